/**
 * Runs one measurement in a fresh Node process (out/bench/child.js), so that a cold start is really cold
 * and each size's peak memory is its own. The child prints its result as JSON on its last stdout line.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

export type ChildResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function runChild<T>(task: string, args: readonly string[], timeoutMs: number, nodeFlags: readonly string[] = []): ChildResult<T> {
  const child = path.join(__dirname, 'child.js');
  const run = spawnSync(process.execPath, ['--expose-gc', ...nodeFlags, child, task, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { ok: false, error: `stopped after ${Math.round(timeoutMs / 1000)} s` };
  }
  if (run.status !== 0) {
    const why = run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`;
    return { ok: false, error: `${why}: ${firstLine(run.stderr) || lastLine(run.stdout)}` };
  }
  try {
    return { ok: true, value: JSON.parse(lastLine(run.stdout)) as T };
  } catch {
    return { ok: false, error: `no result line: ${lastLine(run.stderr) || lastLine(run.stdout)}` };
  }
}

const lastLine = (s: string | null): string => (s ?? '').trim().split('\n').at(-1) ?? '';
/** An error's message: the first line of its stack. */
const firstLine = (s: string | null): string => (s ?? '').trim().split('\n')[0];

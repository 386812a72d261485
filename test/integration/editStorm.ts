// The random edits of the edit storm (hostile.test.ts): a seeded PRNG, so a failing storm replays with STORM_SEED.
import * as vscode from 'vscode';
import { sleep } from './helpers';

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit number, so a run is replayed from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The storm's seed: STORM_SEED when set (to replay a run), else a new one. */
export function stormSeed(): number {
  const given = process.env.STORM_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`STORM_SEED must be a non-negative integer, not ${JSON.stringify(given)}`);
  return seed;
}

/**
 * What a storm over `document` starts from: its random source, whose seed is logged as `label` with the
 * command that replays it, and the document's paragraphs, which pastes copy.
 */
export function stormStart(label: string, document: vscode.TextDocument): { random: () => number; paragraphs: string[] } {
  const seed = stormSeed();
  console.log(`${label}: seed ${seed} (replay: STORM_SEED=${seed} SEED_READER_TEST_GREP=storm npm run test:integration)`);
  const paragraphs = document
    .getText()
    .split('\n\n')
    .filter(p => p.trim() !== '');
  return { random: prng(seed), paragraphs };
}

/** Words a reader might type: names, places, dates, sentence ends, line and paragraph breaks, a See-also heading. */
const TYPED = [
  'Angela Merkel',
  'Jens Stoltenberg',
  ' met ',
  'in Berlin',
  ' on 3 March',
  ' next week',
  'NATO',
  'the United States',
  'Russia',
  'Mr. ',
  '. ',
  '.',
  ',',
  ' ',
  'e',
  'x',
  '\n',
  '\n\n',
  'See also:\n• ',
  '\n• ',
  'Sergei Ryabkov said on Friday that ',
];

export type StormOp = 'insert' | 'delete' | 'paste' | 'undo';
export interface StormCounts {
  readonly applied: Record<StormOp, number>;
  /** Edits VS Code refused (applyEdit returned false): none expected. */
  refused: number;
}

/**
 * Applies `total` random edits to `editor`'s document (the active editor, so `undo` acts on it), in
 * bursts of `burst` edits with no pause between them, then a pause of 0–`maxPauseMs` ms: the bursts are
 * far quicker than the service's 200 ms debounce, and some pauses are long enough for an analysis to
 * start before the next burst supersedes it. `paragraphs` are pasted whole.
 */
export async function editStorm(
  editor: vscode.TextEditor,
  random: () => number,
  paragraphs: readonly string[],
  options: { total: number; burst: number; maxPauseMs: number },
): Promise<StormCounts> {
  const document = editor.document;
  const counts: StormCounts = { applied: { insert: 0, delete: 0, paste: 0, undo: 0 }, refused: 0 };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const offset = () => Math.floor(random() * (document.getText().length + 1));
  for (let done = 0; done < options.total; done++) {
    const roll = random();
    const op: StormOp = roll < 0.45 ? 'insert' : roll < 0.85 ? 'delete' : roll < 0.92 ? 'paste' : 'undo';
    if (op === 'undo') {
      await vscode.commands.executeCommand('undo');
    } else {
      const edit = new vscode.WorkspaceEdit();
      if (op === 'insert') {
        edit.insert(document.uri, document.positionAt(offset()), pick(TYPED));
      } else if (op === 'paste') {
        // A whole paragraph, at the start of a line.
        const line = Math.floor(random() * document.lineCount);
        edit.insert(document.uri, new vscode.Position(line, 0), `${pick(paragraphs)}\n\n`);
      } else {
        const start = offset();
        const end = Math.min(document.getText().length, start + 1 + Math.floor(random() * 80));
        edit.delete(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)));
      }
      if (!(await vscode.workspace.applyEdit(edit))) counts.refused++;
    }
    counts.applied[op]++;
    if ((done + 1) % options.burst === 0) await sleep(Math.floor(random() * (options.maxPauseMs + 1)));
  }
  return counts;
}

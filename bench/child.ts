/**
 * Entry of the bench's child processes (see childProcess.ts): `node out/bench/child.js TASK ARGS…` runs
 * one measurement and prints its result as one JSON line. Each task's module is required only when asked
 * for, so a cold start loads nothing early.
 */
type Task = (args: readonly string[]) => unknown;

const tasks: Record<string, Task> = {
  cold: () => (require('./coldStartChild') as typeof import('./coldStartChild')).coldStart(),
  big: args => (require('./bigDocumentChild') as typeof import('./bigDocumentChild')).bigDocument(Number(args[0]), args[1] === 'detail'),
  lines: args => (require('./bigDocumentChild') as typeof import('./bigDocumentChild')).longLines(args.map(Number)),
  activate: () => (require('./activationChild') as typeof import('./activationChild')).activationTiming(),
  'workspace-service': args => (require('./workspaceServiceChild') as typeof import('./workspaceServiceChild')).serviceFigures(Number(args[0])),
  'activate-coverage': () => (require('./activationChild') as typeof import('./activationChild')).activationCoverage(),
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const task = tasks[name];
  if (!task) throw new Error(`unknown bench task "${name}"; one of ${Object.keys(tasks).join(', ')}`);
  console.log(JSON.stringify(await task(args)));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

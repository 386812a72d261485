import type { Correction, SeedFacts } from '../core';
import type { IndexReply, IndexRequest } from './indexMessages';
import { WorkerThread } from './workerThread';

/** What indexing one file gave: its hash and facts, or why it was skipped. */
export type IndexedFile = { readonly file: string; readonly hash: string; readonly facts: SeedFacts } | { readonly file: string; readonly skipped: string };

/** Requests each thread holds at once: one running, one waiting, so no thread idles between replies. */
const IN_FLIGHT = 2;

/**
 * Indexes `files` on `jobs` worker threads (the compiled `workerFile`, dist/indexWorker.js), each given
 * the next file as it answers (a file above `maxBytes` is skipped unread; `correctionsOf` gives a file's corrections), and resolves with one result per file, in the order given. A thread that
 * dies or a file the analysis fails on rejects the whole run with the reason: an index with a hole
 * would look complete.
 */
export function indexFiles(
  files: readonly string[],
  workerFile: string,
  jobs: number,
  maxBytes: number,
  correctionsOf: (file: string) => readonly Correction[] = () => [],
): Promise<IndexedFile[]> {
  type Thread = WorkerThread<IndexRequest, IndexReply>;
  return new Promise((resolve, reject) => {
    if (files.length === 0) return resolve([]);
    const results = new Array<IndexedFile>(files.length);
    const threads: Thread[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      void Promise.all(threads.map(t => t.terminate())).then(() => (error ? reject(error) : resolve(results)));
    };
    const feed = (thread: Thread) => {
      if (next >= files.length) return;
      const file = files[next];
      const corrections = correctionsOf(file);
      thread.post({ id: next++, file, maxBytes, ...(corrections.length ? { corrections } : {}) }, true, true);
    };
    const onReply = (thread: Thread, reply: IndexReply) => {
      const file = files[reply.id];
      if ('error' in reply) return settle(new Error(`${file}: ${reply.error}`));
      results[reply.id] = 'skipped' in reply ? { file, skipped: reply.skipped } : { file, hash: reply.hash, facts: reply.facts };
      if (++done === files.length) return settle();
      feed(thread);
    };
    for (let i = 0; i < Math.min(Math.max(1, jobs), files.length); i++) {
      const thread: Thread = new WorkerThread<IndexRequest, IndexReply>(
        workerFile,
        reply => onReply(thread, reply),
        death => settle(new Error(`an index worker stopped: ${death.reason}`)),
      );
      threads.push(thread);
    }
    for (let k = 0; k < IN_FLIGHT; k++) for (const thread of threads) feed(thread);
  });
}

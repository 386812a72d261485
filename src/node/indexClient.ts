import type { Correction, SeedFacts } from '../core';
import type { IndexReply, IndexRequest } from './indexMessages';
import { WorkerThread, type WorkerThreadOptions } from './workerThread';

/** What the index worker made of one text: its hash and facts, or why it is not a seed that can be read. */
export type TextFacts = { readonly hash: string; readonly facts: SeedFacts } | { readonly skipped: string };

/**
 * The extension's way to the index worker (dist/indexWorker.js): texts in, facts out, one thread that
 * answers in the order asked, so the workspace index is built off the extension host's thread and apart
 * from the editor's analysis worker. `stop()` ends the thread when a batch is done (a new one starts with
 * the next text); a thread that dies fails the texts it held, and the next text starts another. No
 * `vscode` here.
 */
export class IndexClient {
  private readonly thread: WorkerThread<IndexRequest, IndexReply>;
  private readonly waiting = new Map<number, { resolve: (facts: TextFacts) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private disposed = false;

  constructor(workerFile: string, options: WorkerThreadOptions = {}) {
    this.thread = new WorkerThread(
      workerFile,
      reply => this.receive(reply),
      death => this.fail(new Error(`the index worker stopped (${death.reason})`)),
      options,
    );
  }

  /**
   * The facts of `text` under the reference date `ref` (none: the text's own dateline or tenses decide),
   * with `corrections` applied first.
   */
  facts(text: string, ref?: string, corrections?: readonly Correction[]): Promise<TextFacts> {
    if (this.disposed) return Promise.reject(new Error('the index client is disposed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      try {
        this.thread.post({ id, text, ...(ref === undefined ? {} : { ref }), ...(corrections?.length ? { corrections } : {}) }, true, true);
      } catch (error) {
        this.waiting.delete(id);
        reject(error as Error);
      }
    });
  }

  /** Ends the thread (and fails what it still held): called when indexing is done, so its model leaves memory. */
  async stop(): Promise<void> {
    this.fail(new Error('the index worker was stopped'));
    await this.thread.terminate();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.stop();
  }

  private receive(reply: IndexReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.thread.idle();
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve('skipped' in reply ? { skipped: reply.skipped } : { hash: reply.hash, facts: reply.facts });
  }

  private fail(error: Error): void {
    const waiters = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiter of waiters) waiter.reject(error);
  }
}

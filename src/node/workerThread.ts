import { Worker } from 'worker_threads';

export interface WorkerThreadOptions {
  /** Receives one line for each start and restart (and for a message from the thread that cannot be read). */
  readonly onLog?: (line: string) => void;
  /** No new thread starts after this many deaths within `deathWindowMs`. Default 3 in 60 s. */
  readonly maxDeaths?: number;
  readonly deathWindowMs?: number;
  /**
   * Starts a thread on the compiled worker script. The default passes `execArgv: []`, so no flag of the
   * host process (an inspector port, say) is refused by the thread; an embedder may add resource limits,
   * or keep the threads it starts to watch them.
   */
  readonly startWorker?: (file: string) => Worker;
}

const startWorker = (file: string) => new Worker(file, { execArgv: [] });

/** Why a thread stopped, and whether it was one death too many for now. */
export interface WorkerDeath {
  readonly reason: string;
  readonly givingUp: boolean;
  /** Deaths within the window, this one included, and the window in seconds: for the reader's log line. */
  readonly count: number;
  readonly windowSeconds: number;
}

/**
 * One worker thread at a time, started on the first message that needs it and replaced on the next after
 * it dies, unless it died `maxDeaths` times within `deathWindowMs`: then posting throws `pausedError`
 * until the oldest of those deaths is out of the window. A thread with work holds the process open; an
 * idle one does not. It knows nothing of the messages it carries.
 */
export class WorkerThread<In, Out> {
  private worker: Worker | undefined;
  private started = 0;
  private deaths: number[] = [];
  private lastDeath = '';
  private readonly maxDeaths: number;
  private readonly deathWindowMs: number;

  /** `file`: the compiled worker script. `onMessage` and `onDeath` hear from the current thread only. */
  constructor(
    private readonly file: string,
    private readonly onMessage: (message: Out) => void,
    private readonly onDeath: (death: WorkerDeath) => void,
    private readonly options: WorkerThreadOptions = {},
  ) {
    this.maxDeaths = options.maxDeaths ?? 3;
    this.deathWindowMs = options.deathWindowMs ?? 60_000;
  }

  /**
   * Posts `message` to the thread, starting one first if `start` and none runs (else a message without a
   * thread is dropped). `busy` marks work that must hold the process open until the thread answers.
   * Throws `pausedError()` while the thread keeps dying.
   */
  post(message: In, start: boolean, busy: boolean): void {
    if (!this.worker && start) this.spawn();
    if (!this.worker) return;
    if (busy) this.worker.ref();
    this.worker.postMessage(message);
  }

  /** Lets the process exit while the thread waits for work. */
  idle(): void {
    this.worker?.unref();
  }

  /** Stops the thread for good; its exit is not reported as a death. */
  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  pausedError(): Error {
    return new Error(
      `the analysis worker stopped ${this.deaths.length} times within ${Math.round(this.deathWindowMs / 1000)} s ` +
        `(last: ${this.lastDeath}); analysis is paused for a minute`,
    );
  }

  private spawn(): void {
    const now = Date.now();
    this.deaths = this.deaths.filter(t => now - t < this.deathWindowMs);
    if (this.deaths.length >= this.maxDeaths) throw this.pausedError();
    const worker = (this.options.startWorker ?? startWorker)(this.file);
    this.worker = worker;
    this.started++;
    let failure: string | undefined;
    worker.on('message', (message: Out) => this.onMessage(message));
    worker.on('error', error => {
      failure = error.stack?.split('\n')[0] ?? error.message;
    });
    worker.on('messageerror', error => this.options.onLog?.(`a message from the analysis worker could not be read: ${error.message}`));
    worker.on('exit', code => this.died(worker, failure ?? `exit code ${code}`));
    this.options.onLog?.(this.started === 1 ? `analysis worker started (thread ${worker.threadId})` : `analysis worker restarted (thread ${worker.threadId})`);
  }

  private died(worker: Worker, reason: string): void {
    if (worker !== this.worker) return; // terminated, or already replaced
    this.worker = undefined;
    const now = Date.now();
    this.deaths = [...this.deaths.filter(t => now - t < this.deathWindowMs), now];
    this.lastDeath = reason;
    this.onDeath({ reason, givingUp: this.deaths.length >= this.maxDeaths, count: this.deaths.length, windowSeconds: Math.round(this.deathWindowMs / 1000) });
  }
}

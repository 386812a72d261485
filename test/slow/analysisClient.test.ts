import * as assert from 'assert';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalysisClient, type AnalysisClientOptions } from '../../src/node/analysisClient';
import { analyze, projectRoot, readSeed } from '../unit/helpers/seeds';
import { longText } from '../helpers/longText';
import { sleep } from '../helpers/sleep';

/** The real worker, as the extension ships it (npm run build). */
const workerFile = path.join(projectRoot, 'dist/analysisWorker.js');
/** The real worker, made to die after answering CRASH_TEXT (see the fixture). */
const crashingWorkerFile = path.join(projectRoot, 'test/fixtures/crashingWorker.js');
const CRASH_TEXT = 'Seed Reader test: crash after this reply';
const seed = readSeed();
/** Resolves when the thread has exited (events.once would reject on the 'error' a crash emits first). */
const exitOf = (worker: Worker) => new Promise<number>(resolve => worker.once('exit', resolve));

function everyObjectFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(everyObjectFrozen);
}

describe('AnalysisClient with the real worker', function () {
  this.timeout(120_000);
  const clients: AnalysisClient[] = [];
  let log: string[] = [];
  /** The threads each client started, newest last: the tests watch and stop them from outside. */
  const threads = new Map<AnalysisClient, Worker[]>();
  const client = (options: AnalysisClientOptions = {}, file = workerFile) => {
    const started: Worker[] = [];
    const startWorker = (script: string) => {
      const worker = new Worker(script, { execArgv: [] });
      started.push(worker);
      return worker;
    };
    const made = new AnalysisClient(file, { onLog: line => log.push(line), startWorker, ...options });
    threads.set(made, started);
    clients.push(made);
    return made;
  };
  const newestThread = (c: AnalysisClient) => threads.get(c)!.at(-1)!;
  beforeEach(() => {
    log = [];
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.dispose()));
  });

  it('delivers the analysis the core computes in process, deep-frozen', async () => {
    const received = await client().analyze('seed', 1, seed);
    assert.deepStrictEqual(received, analyze(seed));
    assert.ok(everyObjectFrozen(received), 'every object of the Analysis is frozen');
    assert.deepStrictEqual(log, [`analysis worker started (thread ${log[0]?.match(/thread (\d+)/)?.[1]})`]);
  });

  it("never delivers a stale result: v1 resolves undefined, v2 with v2's analysis", async () => {
    const v1 = longText(200_000, 'stale');
    const added = '\n\nAngela Merkel met Jens Stoltenberg in Berlin on 3 March.\n';
    const v2 = v1 + added;
    const c = client();
    const first = c.analyze('doc', 1, v1);
    const second = c.analyze('doc', 2, v2);
    const older = c.analyze('doc', 1, v1); // an older version asked for late is never run
    assert.strictEqual(await first, undefined);
    assert.strictEqual(await older, undefined);
    const result = (await second)!;
    assert.strictEqual(result.length, v2.length);
    const at = v2.length - added.length + 2;
    assert.deepStrictEqual(
      result.mentions.filter(m => m.start >= at).map(m => [m.start - at, m.end - at, m.type, m.text]),
      [
        [0, 13, 'PERSON', 'Angela Merkel'],
        [18, 34, 'PERSON', 'Jens Stoltenberg'],
        [38, 44, 'PLACE', 'Berlin'],
      ],
    );
  });

  it('cancels a superseded running request mid-way, as the worker reports', async () => {
    const c = client();
    await c.analyze('warm-up', 1, seed); // the model is loaded: the next request starts at once
    const v1 = longText(300_000, 'cancel');
    const first = c.analyze('doc', 1, v1);
    await sleep(300); // well inside the analysis of 300 KB (seconds)
    const second = c.analyze('doc', 2, seed);
    assert.strictEqual(await first, undefined);
    assert.strictEqual((await second)?.length, seed.length);
    const stats = await c.stats();
    assert.deepStrictEqual([stats.analysed, stats.cancelledMidway, stats.cancelledBeforeStart, stats.failed], [2, 1, 0, 0]);
  });

  it('keeps one request waiting per key: a newer version replaces the waiting one, which never runs', async () => {
    const c = client();
    await c.analyze('warm-up', 1, seed);
    const running = c.analyze('doc', 1, longText(100_000, 'queue'));
    const waiting = c.analyze('doc', 2, `${seed}\n\nv2`);
    const newest = c.analyze('doc', 3, `${seed}\n\nv3`);
    assert.deepStrictEqual(await Promise.all([running, waiting]), [undefined, undefined]);
    assert.strictEqual((await newest)?.length, seed.length + 4);
    const stats = await c.stats();
    // warm-up and v3 ran; v1 stopped (mid-way or before it started, depending on timing); v2 was never sent.
    assert.deepStrictEqual([stats.analysed, stats.cancelledMidway + stats.cancelledBeforeStart, stats.failed], [2, 1, 0]);
  });

  it('runs a first look at the visible window before the full analysis of the same version', async () => {
    const c = client();
    await c.analyze('warm-up', 1, seed);
    const text = longText(150_000, 'window');
    const order: string[] = [];
    const full = c.analyze('doc', 1, text).then(a => (order.push('full'), a));
    const window = c.analyze('doc', 1, text, { window: { start: 40_000, end: 42_000 } }).then(a => (order.push('window'), a));
    const [whole, part] = await Promise.all([full, window]);
    assert.deepStrictEqual(order, ['window', 'full']);
    assert.strictEqual(whole?.partial, undefined);
    assert.ok(part?.partial && part.partial.start <= 40_000 && part.partial.end >= 42_000, `partial ${JSON.stringify(part?.partial)}`);
    assert.ok(part.mentions.every(m => m.start >= part.partial!.start && m.end <= part.partial!.end));
    assert.deepStrictEqual(
      part.mentions.map(m => m.text),
      whole!.mentions.filter(m => m.start >= part.partial!.start && m.end <= part.partial!.end).map(m => m.text),
    );
  });

  it('skips work it has done: the same seed again is all cache hits; a one-character edit misses one sentence and one unit', async () => {
    const c = client();
    await c.analyze('seed', 1, seed);
    const before = await c.stats();
    await c.analyze('seed', 2, seed);
    const again = await c.stats();
    const edited = seed.replace('lasted five hours', 'lasted fife hours');
    assert.strictEqual(edited.length, seed.length);
    const result = await c.analyze('seed', 3, edited);
    const after = await c.stats();
    const delta = (a: typeof before, b: typeof before) => ({
      blocks: { hits: b.blocks.hits - a.blocks.hits, misses: b.blocks.misses - a.blocks.misses },
      sentences: { hits: b.sentences.hits - a.sentences.hits, misses: b.sentences.misses - a.sentences.misses },
      units: { hits: b.dates.hits - a.dates.hits, misses: b.dates.misses - a.dates.misses },
    });
    // The seed is one block: the same text again reuses it whole, without asking for any unit or sentence.
    assert.deepStrictEqual(delta(before, again), { blocks: { hits: 1, misses: 0 }, sentences: { hits: 0, misses: 0 }, units: { hits: 0, misses: 0 } });
    assert.deepStrictEqual(delta(again, after), { blocks: { hits: 0, misses: 1 }, sentences: { hits: 20, misses: 1 }, units: { hits: 9, misses: 1 } });
    assert.strictEqual(result?.events.length, 6);
  });

  it('restarts a worker that died and retries the request it was running', async () => {
    const c = client();
    await c.analyze('warm-up', 1, seed);
    const dead = newestThread(c);
    const text = longText(150_000, 'retry');
    const pending = c.analyze('doc', 1, text);
    await sleep(100);
    await dead.terminate(); // dies mid-request, as an out-of-memory kill would
    assert.strictEqual((await pending)?.length, text.length);
    assert.deepStrictEqual([threads.get(c)!.length, newestThread(c) !== dead], [2, true]);
    assert.deepStrictEqual(
      log.slice(1).map(line => line.replace(/thread \d+/, 'thread N')),
      ['analysis worker stopped (exit code 1); retrying 1 request(s) in a new worker', 'analysis worker restarted (thread N)'],
    );
  });

  it('starts a new worker on the next request after a crash, and says so', async () => {
    const c = client({}, crashingWorkerFile);
    await c.analyze('seed', 1, seed);
    const exited = exitOf(newestThread(c));
    assert.strictEqual((await c.analyze('seed', 2, CRASH_TEXT))?.length, CRASH_TEXT.length);
    await exited;
    assert.strictEqual((await c.analyze('seed', 3, `${seed} `))?.length, seed.length + 1);
    assert.deepStrictEqual(
      log.slice(1).map(line => line.replace(/thread \d+/, 'thread N')),
      [
        'analysis worker stopped (Error: analysis worker crash requested by a test); a new one starts with the next request',
        'analysis worker restarted (thread N)',
      ],
    );
  });

  it('stops restarting a worker that died three times within a minute, with a clear error', async () => {
    const c = client({ maxDeaths: 3 }, crashingWorkerFile);
    for (let i = 1; i <= 3; i++) {
      await c.analyze('seed', 2 * i - 1, `${seed}${' '.repeat(i)}`);
      const exited = exitOf(newestThread(c));
      await c.analyze('seed', 2 * i, CRASH_TEXT);
      await exited;
    }
    await assert.rejects(
      c.analyze('seed', 7, seed),
      /^Error: the analysis worker stopped 3 times within 60 s \(last: Error: analysis worker crash requested by a test\); analysis is paused for a minute$/,
    );
    assert.strictEqual(
      log.at(-1),
      'analysis worker stopped (Error: analysis worker crash requested by a test), 3 times within 60 s: not restarting it for now',
    );
  });

  it('forgets a key: its waiting and running requests resolve undefined', async () => {
    const c = client();
    await c.analyze('warm-up', 1, seed);
    const running = c.analyze('doc', 1, longText(100_000, 'forget'));
    const waiting = c.analyze('doc', 1, longText(100_000, 'forget'), { window: { start: 0, end: 100 } });
    c.forget('doc');
    assert.deepStrictEqual(await Promise.all([running, waiting]), [undefined, undefined]);
    assert.strictEqual((await c.analyze('doc', 1, seed))?.length, seed.length); // a reopened document starts again at 1
  });

  it('terminates the worker on dispose and refuses requests after it', async () => {
    const c = client();
    await c.analyze('seed', 1, seed);
    const exited = exitOf(newestThread(c));
    await c.dispose();
    await exited;
    assert.strictEqual(threads.get(c)!.length, 1);
    await assert.rejects(c.analyze('seed', 2, seed), /^Error: the analysis client is disposed$/);
  });
});

import * as assert from 'assert';
import { chooseAnalysisHost } from '../../src/web/analysisHost';
import { WorkerEngine } from '../../src/web/workerEngine';
import type { FromWorker, ToWorker, WorkerLike } from '../../src/web/workerProtocol';
import { analyze, readSeed } from './helpers/seeds';

// The browser build's choice (src/web/analysisHost.ts): a Web Worker where the host allows one, time
// slices on the host's thread otherwise, with the reason; and the host's side of the worker.

/** A stand-in for a Web Worker: records what it is sent and whether it was terminated; `answer` plays its side. */
class FakeWorker implements WorkerLike {
  readonly sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: { readonly data: FromWorker }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;
  constructor(private readonly answer: (message: ToWorker, worker: FakeWorker) => void = () => undefined) {}
  postMessage(message: ToWorker): void {
    this.sent.push(message);
    this.answer(message, this);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: FromWorker): void {
    this.onmessage?.({ data });
  }
}

describe('where the browser build analyses (a Web Worker, or time slices)', () => {
  it('uses time slices when the host has no Worker', async () => {
    assert.deepStrictEqual(await chooseAnalysisHost(undefined), { kind: 'slices', reason: 'this extension host has no Worker' });
  });

  it('uses time slices, with the host’s words, when the host refuses a worker (microsoft/vscode#168942)', async () => {
    const refuse = () => Promise.reject(new Error('Creating workers from remote extensions is currently not supported.'));
    assert.deepStrictEqual(await chooseAnalysisHost(refuse), {
      kind: 'slices',
      reason: 'the host refused a Web Worker: Creating workers from remote extensions is currently not supported.',
    });
  });

  it('uses time slices, and ends the worker, when its script fails to load or it stays silent', async () => {
    const broken = new FakeWorker();
    const failing = chooseAnalysisHost(() => Promise.resolve(broken));
    await new Promise(resolve => setTimeout(resolve, 0));
    broken.onerror?.({ message: 'NetworkError: importScripts failed' });
    const silent = new FakeWorker();
    assert.deepStrictEqual(
      [await failing, broken.terminated, await chooseAnalysisHost(() => Promise.resolve(silent), 5), silent.terminated],
      [
        { kind: 'slices', reason: 'the Web Worker failed to start: NetworkError: importScripts failed' },
        true,
        { kind: 'slices', reason: 'the Web Worker did not answer within 0.005 s' },
        true,
      ],
    );
  });

  it('uses the worker once it says it is ready', async () => {
    const worker = new FakeWorker();
    const choice = chooseAnalysisHost(() => Promise.resolve(worker));
    await new Promise(resolve => setTimeout(resolve, 0));
    worker.say({ type: 'ready' });
    assert.deepStrictEqual([await choice, worker.terminated], [{ kind: 'worker', worker }, false]);
  });
});

describe("the host's side of the analysis worker", () => {
  const seed = readSeed();

  it('sends the model first, then each request, and delivers each answer frozen to its request', async () => {
    const expected = analyze(seed);
    const worker = new FakeWorker((message, self) => {
      if (message.type === 'analyze') self.say({ type: 'done', id: message.id, value: message.version === 2 ? structuredClone(expected) : undefined });
      if (message.type === 'facts') self.say({ type: 'failed', id: message.id, message: 'too large' });
    });
    const engine = new WorkerEngine(worker, '{"model":1}');
    const editors = engine.analysisEngine();
    const [older, newest] = await Promise.all([editors.analyze('a', 1, seed), editors.analyze('a', 2, seed, { ref: '2019-01-25' })]);
    await assert.rejects(engine.indexEngine().facts(seed), /^Error: too large$/);
    editors.forget('a');
    assert.deepStrictEqual(
      [older, newest, Object.isFrozen(newest?.mentions[0]), worker.sent.map(m => [m.type, 'request' in m ? m.request : undefined])],
      [
        undefined,
        expected,
        true,
        [
          ['model', undefined],
          ['analyze', {}],
          ['analyze', { ref: '2019-01-25' }],
          ['facts', undefined],
          ['forget', undefined],
        ],
      ],
    );
  });

  it('when the worker fails, rejects what waits and what comes, ends it and says why once', async () => {
    const worker = new FakeWorker();
    const reasons: string[] = [];
    const engine = new WorkerEngine(worker, '{}', reason => reasons.push(reason));
    const waiting = engine.analysisEngine().analyze('a', 1, seed);
    worker.onerror?.({ message: 'out of memory' });
    worker.onerror?.({ message: 'again' });
    await assert.rejects(waiting, /^Error: the Web Worker failed: out of memory$/);
    await assert.rejects(engine.indexEngine().facts(seed), /^Error: the Web Worker failed: out of memory$/);
    assert.deepStrictEqual([reasons, worker.terminated], [['the Web Worker failed: out of memory'], true]);
  });
});

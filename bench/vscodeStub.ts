/**
 * A stand-in for the `vscode` module, enough to run activate() in plain Node: every property is another
 * stub, every call and `new` returns one, iterating one yields nothing. `require('vscode')` is routed here.
 */
import Module = require('module');

/** A stub that accepts any use; `overrides` gives some properties real values (context.subscriptions). */
export function anyStub(overrides: Record<string | symbol, unknown> = {}): unknown {
  const target = function stub() {
    /* accepts any call */
  };
  const assigned = new Map<string | symbol, unknown>();
  const lookup = (prop: string | symbol): unknown => {
    if (prop in overrides) return overrides[prop];
    if (assigned.has(prop)) return assigned.get(prop);
    if (prop === Symbol.iterator)
      return function* nothing() {
        /* empty */
      };
    if (prop === Symbol.toPrimitive) return () => '';
    if (prop === 'then') return undefined; // not a promise
    if (prop === 'toString' || prop === 'valueOf') return () => '';
    return anyStub();
  };
  // esbuild's __toESM copies a module's own properties onto an object whose prototype is the module's:
  // a prototype that answers like the stub keeps every other property, overrides included, reachable
  // through the copy. Its own prototype is null, so `instanceof` walks end.
  const prototype = new Proxy(Object.create(null) as object, { get: (_t, prop) => lookup(prop) });
  return new Proxy(target, {
    get: (_t, prop) => lookup(prop),
    set(_t, prop, value) {
      assigned.set(prop, value);
      return true;
    },
    apply: () => anyStub(),
    construct: () => anyStub() as object,
    getPrototypeOf: () => prototype,
  });
}

/** Makes `require('vscode')` return `stub` from now on, in this process. */
export function interceptVscode(stub: unknown): void {
  const moduleApi = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = moduleApi._load;
  moduleApi._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : load.call(this, request, ...rest);
  };
}

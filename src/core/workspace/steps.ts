/**
 * Work in steps: a generator that yields now and then and returns its result, so a host that must not
 * block its thread (the extension host) runs it a slice at a time, and any other caller at once.
 */
export type Steps<T> = Generator<void, T>;

/** Runs steps to their end and returns their result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

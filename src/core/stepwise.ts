/**
 * The cooperative form of the core's long passes. A pass over a whole text (a megabyte has tens of
 * thousands of names) is written as a generator that, at its pause points, asks `pause()` whether its
 * caller wants the thread back, and if so yields; the caller resumes it with `next()` when it likes. The
 * core reads no clock and schedules nothing: the caller's `pause` decides (the browser build's compares a
 * slice's time with its budget), and `runToEnd` runs a pass straight through, as the Node build does.
 */

/** A pass that yields at its pause points and returns its result when done. */
export type Stepwise<T> = Generator<void, T, void>;

/** Asked at each pause point: true when the caller wants the thread back now. */
export type Pause = () => boolean;

/** Never pauses: the pass runs straight through. */
export const NEVER: Pause = () => false;

/** Runs a stepwise pass to its end on this thread and returns its result. */
export function runToEnd<T>(pass: Stepwise<T>): T {
  for (;;) {
    const step = pass.next();
    if (step.done) return step.value;
  }
}

/** How many items a tight loop handles between two polls of `pause` (a poll may read a clock). */
export const POLL_EVERY = 16;

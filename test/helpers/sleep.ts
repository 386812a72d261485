// Shared by the tests and the harness.

/** Resolves after `ms` milliseconds: for the few places that must let time pass (a worker mid-run, a UI settling). */
export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

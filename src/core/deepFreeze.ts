import { POLL_EVERY, type Pause, type Stepwise } from './stepwise';

/** Deep-freezes plain data, so no reader can change what others read. */
export function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) freezeObject(value);
  return value;
}

/**
 * `freeze` in its cooperative form (see `stepwise.ts`): the analysis of a megabyte holds a hundred
 * thousand objects, so the items of its first levels (the mentions, the actors, the paragraphs…) are
 * frozen a few at a time, with a pause point between them. Freezes the same objects as `freeze`.
 */
export function* freezeSteps<T extends object>(value: T, pause: Pause, depth = 3): Stepwise<T> {
  if (Object.isFrozen(value)) return value;
  if (depth > 0) {
    const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== 'object' || item === null) continue;
      if (i % POLL_EVERY === 0 && pause()) yield;
      yield* freezeSteps(item, pause, depth - 1);
    }
  }
  freezeObject(value);
  return value;
}

/**
 * Freezes `value` and every unfrozen object under it. Plain loops, and primitives skipped without a call:
 * a big analysis has a hundred thousand objects, most of them holding only numbers and strings.
 */
function freezeObject(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) freezeObject(item);
    }
  } else {
    for (const key in value) {
      const field: unknown = (value as Record<string, unknown>)[key];
      if (typeof field === 'object' && field !== null && !Object.isFrozen(field)) freezeObject(field);
    }
  }
}

/** Corrections that follow a seed renamed in the editor. No `vscode` import: unit-tested. */
import type { Correction } from '../../core';

/**
 * `corrections` with the seed path `from` (a file, or a folder and everything under it) renamed to `to`;
 * undefined when none names it. Their anchors then re-anchor on the renamed seed's text as on any text.
 */
export function withSeedRenamed(corrections: readonly Correction[], from: string, to: string): Correction[] | undefined {
  const moved = (seed: string | undefined) => seed !== undefined && (seed === from || seed.startsWith(`${from}/`));
  if (!corrections.some(c => moved(c.seed))) return undefined;
  return corrections.map(c => (moved(c.seed) ? { ...c, seed: to + c.seed!.slice(from.length) } : c));
}

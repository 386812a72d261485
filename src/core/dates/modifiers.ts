/** Folds the modifiers TimeML keeps inside a date's extent into the candidate: "late October", "mid-1990s". */
import type { Candidate } from './candidate';

const MOD: Record<string, Candidate['mod']> = { early: 'START', mid: 'MID', late: 'END' };
// Looks only at a short window before the candidate, so the check stays constant-time.
const PREFIX = /(?:^|[^\w-])((early|mid|late)(?:-|[ \t]+)|(?:post|pre)-)$/i;

/** Extends candidates preceded by "early", "mid", "late" (setting `mod`) or a hyphenated "post-"/"pre-". */
export function applyModifiers(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map(c => {
    // TimeML keeps "early" in "early 1990s" but not in "late Monday" / "early Friday morning".
    const dayLevel = c.stated.day !== undefined || c.relative?.unit === 'day' || c.relative?.unit === 'weekday';
    if (c.template.endsWith('_REF') || dayLevel || c.kind === 'TIME') return c;
    const m = PREFIX.exec(text.slice(Math.max(0, c.start - 8), c.start));
    if (!m) return c;
    const start = c.start - m[1].length;
    const mod = m[2] ? MOD[m[2].toLowerCase()] : undefined;
    return { ...c, start, ...(mod && { mod }) };
  });
}

/** Keeps the longest of overlapping candidates (then the higher priority, then the earlier), in text order. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    const better = c.end - c.start > last.end - last.start || (c.end - c.start === last.end - last.start && c.priority > last.priority);
    if (better) kept[kept.length - 1] = c;
  }
  // A replacement can reach back over an earlier kept candidate; drop any such leftovers.
  return kept.filter((c, i) => i === 0 || kept[i - 1].end <= c.start);
}

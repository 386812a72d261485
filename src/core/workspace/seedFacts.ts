import type { Analysis, EntityType, ReferenceDate } from '../model';

/** One actor of one seed, as the workspace index keeps it. */
export interface SeedActorFacts {
  /** The actor's id within its seed (`Actor.id`, "person:jens-stoltenberg"). */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Each mention as `[start, end]` offsets into the seed's text, in text order: Shift+F12 across seeds. */
  readonly mentions: readonly (readonly [number, number])[];
}

/** One dated event of one seed. */
export interface SeedEventFacts {
  /** The clause's offsets in the seed's text. */
  readonly start: number;
  readonly end: number;
  /** The clause. */
  readonly text: string;
  readonly summary: string;
  /** The date expression and its value against the seed's reference day ('XXXX-01-15' when no year is known). */
  readonly date: { readonly text: string; readonly value: string };
  /** Local ids (`SeedActorFacts.id`) of the actors in the clause. */
  readonly actors: readonly string[];
}

/**
 * What the workspace keeps of one seed: small, plain data read from its Analysis, enough for the
 * cross-seed actors, the timeline, See Also resolution and workspace symbols without opening the file.
 * It depends on the text only, so the index stores it once per content hash.
 */
export interface SeedFacts {
  /** The title line, '' when the seed has none. */
  readonly title: string;
  /** The day the seed's relative dates count from, and where it came from (`ReferenceDate`). */
  readonly reference: { readonly source: ReferenceDate['source']; readonly value?: string };
  /** In order of first mention. */
  readonly actors: readonly SeedActorFacts[];
  /** In the seed's own time order. */
  readonly events: readonly SeedEventFacts[];
  /** The "See also" headlines. */
  readonly seeAlso: readonly string[];
}

/** The facts of a seed from its full Analysis (not a partial one). */
export function seedFacts(analysis: Analysis): SeedFacts {
  const { reference } = analysis;
  return {
    title: analysis.structure.title?.text ?? '',
    reference: reference.value === undefined ? { source: reference.source } : { source: reference.source, value: reference.value },
    actors: analysis.actors.map(a => ({
      id: a.id,
      type: a.type,
      name: a.name,
      aliases: a.aliases,
      mentions: a.mentions.map(m => [m.start, m.end] as const),
    })),
    events: analysis.events.map(e => ({
      start: e.start,
      end: e.end,
      text: e.text,
      summary: e.summary,
      date: { text: e.date.text, value: e.date.value },
      actors: e.actors,
    })),
    seeAlso: analysis.structure.seeAlso.map(s => s.title),
  };
}

/** The rows of the workspace's pickers: plain data, no `vscode`, unit-tested. */
import * as l10n from '@vscode/l10n';
import { type ActorSeed, fileLabel } from '../../workspaceLookup';

/** One seed of an actor in the "list all" Quick Pick. */
export interface ActorSeedPick {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  /** Where choosing it goes: the seed and its first mention of the actor. */
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** The seeds of an actor as picks, in the order given (most mentions first): file name, title, mentions. */
export function actorSeedPicks(seeds: readonly ActorSeed[]): ActorSeedPick[] {
  return seeds.map(seed => {
    const [start, end] = seed.spans[0] ?? [0, 0];
    return {
      label: fileLabel(seed.file),
      description: seed.title,
      detail: seed.mentions === 1 ? l10n.t('1 mention') : l10n.t('{0} mentions', seed.mentions),
      file: seed.file,
      start,
      end,
    };
  });
}

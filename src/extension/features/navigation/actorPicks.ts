/** The entries of Go to Actor, as plain data. No `vscode` import. */
import type { Actor, Analysis } from '../../../core';
import { KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';

export interface ActorPick {
  readonly label: string;
  readonly description: string;
  readonly detail: string | undefined;
  readonly actor: Actor;
}

/** One entry per actor, in order of first mention: codicon and name, kind and mention count, roles and aliases. */
export function actorPicks(analysis: Analysis): ActorPick[] {
  return analysis.actors.map(actor => {
    const kind = KIND_INFO[KIND_OF_TYPE[actor.type]];
    return {
      label: `$(${kind.icon}) ${actor.name}`,
      description: `${kind.label} · ×${actor.mentions.length}`,
      detail: [...actor.roles, ...actor.aliases].join(' · ') || undefined,
      actor,
    };
  });
}

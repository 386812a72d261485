/** Every feature of the extension, in the order activate() runs them. Adding a feature is adding it here. */
import { registerCorrections } from './corrections/corrections';
import { registerDecorations } from './decorations/decorations';
import type { Feature } from './featureContext';
import { registerHover } from './hover/hover';
import { registerActorNavigation } from './navigation/actorNavigation';
import { registerActorProviders } from './navigation/actorProviders';
import { registerEventNavigation } from './navigation/eventNavigation';
import { registerRevealCommand } from './reveal/revealCommand';
import { registerSeedLanguage } from './seedLanguage/seedLanguage';
import { registerStatusBar } from './statusBar/statusBar';
import { registerStory } from './story/story';
import { registerSymbols } from './symbols/symbols';
import { registerViews } from './views/views';
import { registerWorkspace } from './workspace/workspace';

export const FEATURES = [
  registerSeedLanguage,
  registerRevealCommand,
  registerDecorations,
  registerHover,
  registerSymbols,
  registerActorProviders,
  registerEventNavigation,
  registerActorNavigation,
  registerStatusBar,
  registerViews,
  registerWorkspace,
  registerStory,
  registerCorrections,
] as const satisfies readonly Feature[];

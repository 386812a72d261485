/**
 * The one way into the core for the extension, the worker and the CLI: the analysis function, the
 * public types of what it returns (all in `model.ts`), and the few helpers an adapter needs. Nothing
 * outside `src/core` imports a deeper file (dependency-cruiser checks, see `.dependency-cruiser.cjs`).
 */
export { analyzeSeed, emptyAnalysis, type AnalyzeOptions } from './analysis';
export type {
  Actor,
  Analysis,
  DateMention,
  Dateline,
  EntitySpan,
  EntityType,
  Mention,
  MentionType,
  Paragraph,
  ParagraphKind,
  ReferenceDate,
  SeeAlsoItem,
  SeedEvent,
  SeedStructure,
  Span,
} from './model';
export { AnalysisCache, type CacheCounts } from './incremental/analysisCache';
export { AnalysisCancelled } from './analysisCancelled';
export type { AnalysisSteps, MentionTagger } from './analysisSteps';
export { NerTagger } from './entities/tagger/nerTagger';
export type { NerModelData } from './entities/tagger/modelData';
export { DEFAULT_MAX_SEED_MB, inputProblem } from './inputProblem';
export { contentHash } from './workspace/contentHash';
export { seedFacts, type SeedActorFacts, type SeedEventFacts, type SeedFacts } from './workspace/seedFacts';
export {
  emptyIndex,
  factsOf,
  hashOf,
  indexedSeeds,
  mergeIndexes,
  updateIndex,
  WORKSPACE_FORMAT_VERSION,
  type IndexedSeed,
  type WorkspaceIndex,
} from './workspace/workspaceIndex';
export { deserializeIndex, serializeIndex, serializeIndexParts } from './workspace/indexFormat';
export { linkActors, workspaceActorIds, type WorkspaceActor } from './workspace/linkActors';
export { workspaceTimeline, type TimelineEntry } from './workspace/workspaceTimeline';
export { bestTitleMatch, MIN_TITLE_OVERLAP, resolveSeeAlso, seeAlsoResolver, titleOverlap, titleWords, type SeeAlsoTarget } from './workspace/titleMatch';
export { describeWorkspace, type WorkspaceSeed, type WorkspaceView } from './workspace/describeWorkspace';

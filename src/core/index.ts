/**
 * The one way into the core for the extension, the worker and the CLI: the analysis function, the
 * public types of what it returns (all in `model.ts`), and the few helpers an adapter needs. Nothing
 * outside `src/core` imports a deeper file (dependency-cruiser checks, see `.dependency-cruiser.cjs`).
 */
export { analyzeSeed, analyzeSeedSteps, emptyAnalysis, type AnalyzeOptions } from './analysis';
export type { Stepwise } from './stepwise';
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
export { deserializeIndex, deserializeIndexSteps, INDEX_PIECE_SEPARATOR, serializeIndex, serializeIndexParts } from './workspace/indexFormat';
export { type ActorLinks, linkActors, linkActorsSteps, workspaceActorIds, type WorkspaceActor } from './workspace/linkActors';
export { finishSteps, type Steps } from './workspace/steps';
export { type TimelineEntry, type TimelineParts, workspaceTimeline, workspaceTimelineSteps } from './workspace/workspaceTimeline';
export { bestTitleMatch, MIN_TITLE_OVERLAP, resolveSeeAlso, seeAlsoResolver, titleOverlap, titleWords, type SeeAlsoTarget } from './workspace/titleMatch';
export { describeWorkspace, type WorkspaceSeed, type WorkspaceView } from './workspace/describeWorkspace';
export {
  ANCHOR_CONTEXT,
  CORRECTIONS_VERSION,
  isAnchored,
  type AddMention,
  type AnchoredCorrection,
  type Correction,
  type CorrectionOutcome,
  type CorrectionsFile,
  type Dismiss,
  type DismissMention,
  type Merge,
  type Relabel,
  type Rename,
  type Split,
  type TextAnchor,
} from './corrections/model';
export { anchorAt, locateAnchor, MIN_CONTEXT_SHARE } from './corrections/textAnchor';
export {
  emptyCorrections,
  parseCorrections,
  serializeCorrections,
  withCorrection,
  withoutCorrection,
  type NewCorrection,
  type ReadCorrections,
} from './corrections/correctionsFormat';
export { applyCorrections, correctAnalysis, correctionsForSeed, type CorrectedAnalysis } from './corrections/applyCorrections';
export { codePointIndex, exportSpans, type ExportSeed, type ExportSpan } from './export/exportSpans';
export { EXPORT_FORMATS, toBratAnn, toConll, toJsonl, toW3c, type ExportFormat } from './export/exportFormats';
export {
  analysisSources,
  NOMINAL_YEAR,
  textModifiers,
  timelineItems,
  workspaceSources,
  type Certainty,
  type TimelineItem,
  type TimelineSource,
} from './story/timelineItems';
export { COLOURS, layoutTimeline, MAX_LANES, type PlacedItem, type TimelineGroup, type TimelineLayout, type TimelineScale } from './story/timelineLayout';
export { actorGraph, CONTEXT_CHARS, type ActorEdge, type ActorGraph, type ActorGraphOptions, type ActorNode, type GraphMention } from './story/actorGraph';

/**
 * The one way into the core for the extension, the worker and the CLI: the analysis function, the
 * public types of what it returns, and the few helpers an adapter needs. Nothing outside `src/core`
 * imports a deeper file (a unit test checks).
 */
export { analyzeSeed, emptyAnalysis, type Analysis, type AnalyzeOptions, type Mention } from './analysis';
export type { Actor } from './actors/clusterActors';
export type { SeedEvent } from './events/buildEvents';
export type { ReferenceDate } from './events/referenceDate';
export type { Paragraph, SeeAlsoItem, SeedStructure } from './seed/parseSeed';
export type { DateMention, EntitySpan, EntityType, MentionType, Span } from './types';
export { AnalysisCache, type CacheCounts } from './analysisCache';
export { AnalysisCancelled } from './analysisCancelled';
export type { MentionTagger } from './entities/findMentions';
export { NerTagger } from './entities/tagger/nerTagger';
export type { NerModelData } from './entities/tagger/modelData';
export { DEFAULT_MAX_SEED_MB, inputProblem } from './inputProblem';

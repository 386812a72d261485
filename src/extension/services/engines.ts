/**
 * Where the analysis runs, as the services see it: the Node build hands them worker-thread clients
 * (src/node), the browser build clients that run in a Web Worker or in short time slices on the extension
 * host's own thread (src/web). The services know only these interfaces; the entry point picks the environment.
 */
import type { Analysis, Correction } from '../../core';
import type { AnalysisTiming, AnalyzeRequest } from '../../node/analysisClient';
import type { TextFacts } from '../../node/indexClient';

// Type-only: the browser bundle takes none of src/node's code, only the shapes of what crosses.
export type { AnalysisTiming, AnalyzeRequest, TextFacts };

/**
 * Analyses per key (a document URI): one request at a time per key, only the newest version delivered
 * (undefined for a superseded one), a `window` request before the full one.
 */
export interface AnalysisEngine {
  analyze(key: string, version: number, text: string, options?: AnalyzeRequest): Promise<Analysis | undefined>;
  /** Drops everything about `key` (a closed document). */
  forget(key: string): void;
  /** Empties the engine's cache (no seed is open any more). */
  clear(): void;
  dispose(): Promise<void>;
}

/** The workspace index's analysis: texts in, facts out, in the order asked. */
export interface IndexEngine {
  /** `corrections`: the reader's corrections of this seed, applied before its facts are taken. */
  facts(text: string, ref?: string, corrections?: readonly Correction[]): Promise<TextFacts>;
  /** Indexing is done for now: free what the engine holds (a new request starts it again). */
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

export interface EngineLogs {
  /** One line for each start, death or change of how the engine runs. */
  readonly onLog?: (line: string) => void;
  readonly onTiming?: (timing: AnalysisTiming) => void;
}

/** What an entry point gives the services: how to make their engines. */
export interface Environment {
  /** For the log at activation: which build runs and where its analysis runs. */
  readonly description: string;
  analysisEngine(logs: EngineLogs): AnalysisEngine;
  indexEngine(logs: EngineLogs): IndexEngine;
}

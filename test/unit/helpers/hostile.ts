// The hostile-files corpus (test/fixtures/hostile/, README there), shared by its fast tests (test/unit)
// and its slow ones (test/slow: the generated large files, the CLI).
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../../src/core';
import { analyzeSeed } from '../../../src/core/analysis';
import { repoTagger } from '../../../scripts/lib/repoModel';
import { projectRoot } from '../../helpers/paths';
import { assertAnalysisInvariants } from './analysisInvariants';

export const hostileDir = path.join(projectRoot, 'test/fixtures/hostile');
export const fixture = (name: string) => path.join(hostileDir, name);
/** A file as an editor shows it: UTF-8, with U+FFFD for bytes that are not. */
export const decode = (file: string) => fs.readFileSync(file, 'utf8');

/** Analyses with the committed model and checks the invariants every analysis keeps. */
export function analyse(text: string, window?: { start: number; end: number }): Analysis {
  const a = analyzeSeed(text, { tagger: repoTagger(), window });
  assertAnalysisInvariants(text, a);
  return a;
}

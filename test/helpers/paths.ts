// Where the tests find the project, shared by every tier and the harness (the scripts already know the root).
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot } from '../../scripts/vscode/toolchain';

export { projectRoot };
/** The committed seeds: the user's seed and the project's own, the folder `npm start` opens. */
export const repoSeedsFolder = path.join(projectRoot, 'seeds');
/** The seed the exact expectations are written against, as committed. */
export const USER_SEED = path.join(repoSeedsFolder, '000_dc85feadc19d8c41.txt');
/**
 * The workspace the VS Code suites open: .test-workspace/seeds, holding a copy of the user's seed alone, so
 * that their exact expectations (cards, counts, the workspace index) do not change when seeds/ gains a seed.
 * A suite that needs more seeds writes them into a folder of its own under it.
 */
export const seedsFolder = path.join(projectRoot, '.test-workspace', 'seeds');
/** The user's seed inside the suites' workspace. */
export const TEST_USER_SEED = path.join(seedsFolder, path.basename(USER_SEED));

/** Creates the suites' workspace afresh (called by the harness before VS Code starts). */
export function prepareTestWorkspace(): string {
  fs.rmSync(seedsFolder, { recursive: true, force: true });
  fs.mkdirSync(seedsFolder, { recursive: true });
  fs.copyFileSync(USER_SEED, TEST_USER_SEED);
  return seedsFolder;
}

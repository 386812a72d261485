// Where the tests find the project, shared by every tier and the harness (the scripts already know the root).
import * as path from 'path';
import { projectRoot } from '../../scripts/vscode/toolchain';

export { projectRoot };
/** The workspace the VS Code suites open, and the committed seeds. */
export const seedsFolder = path.join(projectRoot, 'seeds');
/** The seed the exact expectations are written against. */
export const USER_SEED = path.join(seedsFolder, '000_dc85feadc19d8c41.txt');

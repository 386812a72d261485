// `npm run l10n`: writes l10n/bundle.l10n.json, the English bundle of every runtime message (vscode.l10n.t and
// @vscode/l10n's l10n.t calls under src/), from the sources. A message that is not a literal is an error.
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLE_FILE, bundleText, extractMessages } from './lib/l10nBundle';

const root = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const { bundle, errors, calls } = extractMessages(root);
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    throw new Error(`${errors.length} l10n.t call(s) without a literal message; ${BUNDLE_FILE} is unchanged`);
  }
  const file = path.join(root, BUNDLE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await bundleText(root, bundle));
  console.log(`${BUNDLE_FILE}: ${Object.keys(bundle).length} messages from ${calls} calls`);
}

main().catch((error: unknown) => {
  console.error(`[l10n] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

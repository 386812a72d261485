// Copies the README's pictures from the last end-to-end run (`npm run test:e2e` saves them as
// .screenshots/doc-<name>.png) to docs/images/<name>.png, and says how large each is: keep them small.
// Names given on the command line copy only those.
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const all = ['hover-card', 'date-card', 'go-to-event', 'window-dark', 'window-light', 'hover-card-light', 'date-card-light', 'timeline', 'actor-map'];
// `npm run docs:images -- timeline actor-map` copies only those, after an e2e run of the test files that make them.
const asked = process.argv.slice(2);
const unknown = asked.filter(name => !all.includes(name));
if (unknown.length > 0) {
  console.error(`no README picture named ${unknown.join(', ')}: the names are ${all.join(', ')}`);
  process.exit(1);
}
const names = asked.length > 0 ? asked : all;
const missing = names.filter(name => !fs.existsSync(path.join(root, '.screenshots', `doc-${name}.png`)));
if (missing.length > 0) {
  console.error(`no .screenshots/doc-${missing.join('.png, doc-')}.png: run npm run test:e2e first`);
  process.exit(1);
}
for (const name of names) {
  const target = path.join(root, 'docs', 'images', `${name}.png`);
  fs.copyFileSync(path.join(root, '.screenshots', `doc-${name}.png`), target);
  console.log(`${path.relative(root, target)}  ${Math.round(fs.statSync(target).size / 1024)} KB`);
}

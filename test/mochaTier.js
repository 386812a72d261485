// The mocha options of one test tier (a folder of test/), shared by the tiers' .mocharc.js files.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/**
 * The compiled tests of test/<tier>: out/test/<tier>/**\/*.test.js, but only those whose .ts source still
 * exists, since tsc never deletes the output of a file that was moved to another tier or removed.
 */
function tierOptions(tier, timeout) {
  // Mocha adds the files a command line names to the config's spec; `mocha out/test/unit/x.test.js` means those alone.
  if (process.argv.slice(2).some(arg => arg.endsWith('.test.js'))) return { timeout, reporter: 'spec' };
  const sources = path.join(root, 'test', tier);
  const spec = fs
    .readdirSync(sources, { recursive: true })
    .filter(file => file.endsWith('.test.ts'))
    .sort()
    .map(file => path.join('out', 'test', tier, file.replace(/\.ts$/, '.js')));
  return { spec, timeout, reporter: 'spec' };
}

module.exports = { tierOptions };

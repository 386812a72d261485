// The slow tier, `npm run test:slow`: fast-check properties, the large hostile files, the CLI on the
// hostile corpus, linear-time ratios and the real analysis worker.
module.exports = require('../mochaTier').tierOptions('slow', 300_000);

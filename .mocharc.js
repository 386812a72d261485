// The fast tier, `npm run test:unit`: the core and the pure parts of the extension, in plain Node.
module.exports = require('./test/mochaTier').tierOptions('unit', 60_000);

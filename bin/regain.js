#!/usr/bin/env node
'use strict';
// The CLI ships compiled (`npm install` runs `prepare`, which builds dist/).
const path = require('node:path');
const entry = path.join(__dirname, '..', 'dist', 'server', 'cli', 'main.js');
let main;
try {
  ({ main } = require(entry));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(entry)) {
    process.stderr.write('regain: the build is missing. Run `npm install` (or `npm run build`) in the project folder.\n');
    process.exit(2);
  }
  throw err;
}
// `regain classify ... | head` closes the pipe early: stop quietly, as Unix tools do.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`regain: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);

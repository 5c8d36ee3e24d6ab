#!/usr/bin/env node
// The ogp-drafter command: the bundled CLI does the work (it starts itself
// when required from here). Without a build there is nothing to run yet.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'node', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write(`ogp-drafter has not been built yet (${cli} is missing).\nRun "npm run build" in ${join(__dirname, '..')} and try again.\n`);
  process.exit(1);
}
require(cli);

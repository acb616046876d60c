#!/usr/bin/env node
// Build step, run by bundle-cli.mjs: `node scripts/write-code-cache.mjs <bundle> <cache>` runs the CLI bundle
// as `ips-mock --port 0` (bundle-cli.mjs asks it for a WSDL, then sends SIGINT) and, as the process exits,
// writes V8's cached data for all the code that ran: the start-up path and the first answer.
import { writeFileSync } from 'node:fs';
import { compileBundle } from '../dist/cli-bundle.js';

const [bundle, out] = process.argv.slice(2);
// The CLI reads its flags from process.argv.
process.argv.splice(2, process.argv.length - 2, '--port', '0');
const compiled = compileBundle(bundle);
process.on('exit', () => writeFileSync(out, compiled.cacheData()));
compiled.run();

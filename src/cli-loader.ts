#!/usr/bin/env node
/** The `ips-mock` command (dist/cli.js): runs the CLI bundle with its code cache (cli-bundle.ts); the program is cli.ts. */
import { fileURLToPath } from 'node:url';
import { compileBundle } from './cli-bundle.js';
import { tuneServerHeap } from './server-heap.js';

const bundle = fileURLToPath(new URL('cli.cjs', import.meta.url));
const compiled = compileBundle(bundle, `${bundle}.cache`);
// After the compile: V8 takes the code cache only under the flags it was written with (the defaults).
tuneServerHeap();
compiled.run();

#!/usr/bin/env node
/** The `ips-mock` command (dist/cli.js): runs the CLI bundle with its code cache (cli-bundle.ts); the program is cli.ts. */
import { fileURLToPath } from 'node:url';
import { compileBundle } from './cli-bundle.js';

const bundle = fileURLToPath(new URL('cli.cjs', import.meta.url));
compileBundle(bundle, `${bundle}.cache`).run();

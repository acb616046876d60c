#!/usr/bin/env node
/**
 * Build step after tsc: dist/cli.js (the `ips-mock` command) becomes one bundled
 * file. Node loads ~300 separate modules for express, zod, saxes and our own
 * code; resolving, reading and linking them was about half of the time from
 * spawn to the first answer. The library entry (dist/index.js) stays unbundled.
 *
 * Faker stays outside (its per-locale builds are loaded on demand by require,
 * src/locale/faker-locales.ts). Code reached only through a dynamic import (the
 * WSDL writer with xmlbuilder2, for a version without a built WSDL file) goes
 * into a chunk under dist/cli-chunks/, read only when needed.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli-chunks', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'cli-chunks/[name]-[hash]',
  splitting: true,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['@faker-js/faker'],
  // Less text to read and parse at start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  // Bundled CommonJS dependencies (express's) call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// tsc's map described the unbundled dist/cli.js.
rmSync('dist/cli.js.map', { force: true });

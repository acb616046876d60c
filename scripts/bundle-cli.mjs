#!/usr/bin/env node
/**
 * Build step after tsc: the `ips-mock` command becomes one bundled file, dist/cli.cjs, run by a small
 * loader, dist/cli.js (src/cli-loader.ts), with a V8 code cache written here, dist/cli.cjs.cache.
 * Node loads ~300 separate modules for express, zod, saxes and our own code; resolving, reading and
 * linking them was about half of the time from spawn to the first answer, and compiling the bundle
 * then was the largest single cost (src/cli-bundle.ts says why it is CommonJS). The library entry
 * (dist/index.js) stays unbundled.
 *
 * Faker stays outside (its per-locale builds are loaded on demand by require,
 * src/locale/faker-locales.ts). Code reached only through a dynamic import (the WSDL writer with
 * xmlbuilder2, for a version without a built WSDL file; `ips-mock compare`) is in the bundle, but
 * its modules run only when first imported.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLE = 'dist/cli.cjs';
const CACHE = `${BUNDLE}.cache`;
rmSync('dist/cli-chunks', { recursive: true, force: true });
rmSync(CACHE, { force: true });

const shared = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', allowOverwrite: true };
await build({
  ...shared,
  entryPoints: ['src/cli.ts'],
  outfile: BUNDLE,
  format: 'cjs',
  external: ['@faker-js/faker'],
  // Less text to read and parse at start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  // Our modules find the package's files from their own URL (src/config/package-root.ts).
  define: { 'import.meta.url': '__ipsMockBundleUrl' },
  banner: { js: "const __ipsMockBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The loader wraps the bundle in a function (cli-bundle.ts), where a #! line cannot stand.
writeFileSync(BUNDLE, readFileSync(BUNDLE, 'utf8').replace(/^#!.*\n/, ''));
await build({ ...shared, entryPoints: ['src/cli-loader.ts'], outfile: 'dist/cli.js', format: 'esm' });
// tsc's maps described the unbundled files.
rmSync('dist/cli.js.map', { force: true });
rmSync('dist/cli-loader.js.map', { force: true });

/**
 * The code cache: the bundle run once (write-code-cache.mjs) up to its first WSDL answer. Without it the
 * command still works (it compiles the bundle), so a failure here is a warning, not a failed build.
 */
async function writeCodeCache() {
  const child = spawn(process.execPath, ['scripts/write-code-cache.mjs', BUNDLE, CACHE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  try {
    let out = '';
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      void exited.then(() => reject(new Error(`the CLI exited before listening: ${out.slice(0, 300)}`)));
    });
    const res = await fetch(`${url}/scene7/webservice/IpsApi-2014-04-03.wsdl`);
    await res.text();
    if (res.status !== 200) throw new Error(`the WSDL answered ${res.status}`);
    child.kill('SIGINT');
    await exited;
    readFileSync(CACHE);
  } finally {
    clearTimeout(timer);
    child.kill('SIGKILL');
  }
}
try {
  await writeCodeCache();
} catch (e) {
  rmSync(CACHE, { force: true });
  console.warn(`bundle-cli: no code cache for ${BUNDLE} (the command will compile it at each start): ${e instanceof Error ? e.message : e}`);
}

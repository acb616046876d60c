#!/usr/bin/env node
/**
 * `npm run test:mutation [folder…]`: Stryker over src/lifecycle, src/soap and src/operations, one
 * folder at a time (each with its own test set, see vitest.mutation.config.ts, and its own
 * incremental file, so a re-run only tests mutants whose code or tests changed). One test process,
 * niced: the machine is shared. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';

const FOLDERS = ['soap', 'lifecycle', 'operations'];
const wanted = process.argv.slice(2);
const bad = wanted.filter((f) => !FOLDERS.includes(f));
if (bad.length) {
  console.error(`unknown folder(s) ${bad.join(', ')}; choose from ${FOLDERS.join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const folder of wanted.length ? wanted : FOLDERS) {
  console.log(`\n== mutation testing src/${folder} ==`);
  const r = spawnSync(
    'nice',
    ['-n', '19', 'npx', 'stryker', 'run', 'stryker.config.mjs'],
    { stdio: 'inherit', env: { ...process.env, IPS_MUTATION_FOLDER: folder } },
  );
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);

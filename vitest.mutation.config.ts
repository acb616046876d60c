/**
 * The tests Stryker runs against the mutants of one folder (`npm run test:mutation`, which sets
 * IPS_MUTATION_FOLDER): the unit tests beside that folder's functions (test/unit/<folder>/), which run
 * in milliseconds. The HTTP tests reach the same code but cost ~0.1-1 s each (a first-touched company
 * is faked, answers are XSD-validated); with them a folder took hours, so they are left out, and the
 * score is that of the unit tests alone (a floor: the HTTP suite kills more).
 */
import { defineConfig } from 'vitest/config';

const FOLDERS = ['soap', 'lifecycle', 'operations'];
const folder = process.env.IPS_MUTATION_FOLDER ?? '';
if (!FOLDERS.includes(folder)) throw new Error(`IPS_MUTATION_FOLDER must be one of ${FOLDERS.join(', ')} (got '${folder}')`);

export default defineConfig({
  test: {
    include: [`test/unit/${folder}/**/*.test.ts`],
    // As in vitest.config.ts: a worker keeps its loaded modules between files (the tests build their own
    // state), so a mutant costs its tests, not a fresh import of the mock per test file. Static mutants
    // (module-level tables) are still re-evaluated: Stryker reloads the environment for each of them.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

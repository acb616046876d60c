/**
 * The tests Stryker runs against the mutants of one folder (`npm run test:mutation`, which sets
 * IPS_MUTATION_FOLDER): the unit tests beside the pure functions plus the in-process HTTP tests that
 * exercise that folder. Left out: tests that spawn the built CLI (they run dist/, which Stryker does
 * not mutate), drive a browser or real SOAP stacks, or fuzz for minutes — they would turn a run of
 * minutes into hours without reaching code the in-process tests do not.
 */
import { defineConfig } from 'vitest/config';

const TESTS: Readonly<Record<string, readonly string[]>> = {
  soap: ['strict-requests', 'request-limits', 'request-encoding', 'faults', 'namespaces', 'transport', 'fault-status', 'wire-shape'],
  lifecycle: ['lifecycle', 'job-control', 'job-logs', 'get-active-jobs', 'tenants', 'determinism', 'jobs-catalogue', 'fixtures'],
  operations: ['get-active-jobs', 'job-control', 'job-logs', 'catalogue', 'company', 'jobs-catalogue', 'lifecycle', 'tenants', 'faults', 'auth-strict', 'response-cache'],
};
const folder = process.env.IPS_MUTATION_FOLDER ?? '';
const tests = TESTS[folder];
if (!tests) throw new Error(`IPS_MUTATION_FOLDER must be one of ${Object.keys(TESTS).join(', ')} (got '${folder}')`);

export default defineConfig({
  test: {
    include: [`test/unit/${folder}/**/*.test.ts`, ...tests.map((t) => `test/${t}.test.ts`)],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

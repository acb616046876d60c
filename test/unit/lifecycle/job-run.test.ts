/**
 * jobRun builds every run with the same keys in the same order, whatever the order and the optional
 * fields of what it is given: V8 then gives all runs one hidden class (docs/decisions.md §16).
 */
import { describe, expect, it } from 'vitest';
import { jobRun, type JobSpec, type RunIdentity } from '../../../src/lifecycle/job-run.js';

const KEYS = [
  'companyHandle', 'name', 'originalName', 'variant', 'detail', 'locale', 'description', 'submitUserEmail', 'client',
  'durations', 'totalSize', 'plan', 'jobHandle', 'submittedHandle', 'serverName', 'submittedAt', 'stop',
];

const spec: JobSpec = {
  companyHandle: 'c|1', name: 'n', originalName: 'n', variant: 'optimizeImagesJob', detail: {}, locale: 'en-US', submitUserEmail: 'a@example.com', client: 'unit',
  durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 10_000 }, totalSize: 2,
};
const id: RunIdentity = { name: 'n_x', jobHandle: 'j|1||n_x|1', submittedHandle: 'j|1|n||', serverName: 's', submittedAt: 0 };

describe('jobRun', () => {
  it('lists every field, optional ones too, in one order', () => {
    expect(Object.keys(jobRun(spec, id))).toEqual(KEYS);
  });
  it('keeps that order for a spec given in another order, with a plan, a description and a stop', () => {
    const reversed = Object.fromEntries(Object.entries({ ...spec, description: 'd', plan: [] }).reverse()) as unknown as JobSpec;
    const idReversed = Object.fromEntries(Object.entries(id).reverse()) as unknown as RunIdentity;
    const run = jobRun(reversed, idReversed, { at: 5, by: 'x' });
    expect(Object.keys(run)).toEqual(KEYS);
    expect(run).toMatchObject({ name: 'n_x', originalName: 'n', description: 'd', plan: [], jobHandle: 'j|1||n_x|1', submittedAt: 0, stop: { at: 5, by: 'x' } });
  });
});

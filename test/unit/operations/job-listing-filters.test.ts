/**
 * Unit tests of what getActiveJobs lists (reference §6.2, §11.11; docs/limits.md "companies a query
 * without companyHandle covers": the 50 most recently used): includeWaitingJobs=false hides both waiting
 * states, the server a submitted job runs on (serverName like saastex_100_52, real/README.md §4).
 */
import { describe, expect, it } from 'vitest';
import { C, harness } from './harness.js';

const optimize = { emailSetting: 'None' };

describe('getActiveJobs', () => {
  it('includeWaitingJobs=false hides a job waiting for its client (WaitingClient) as well as WaitingCoordinator', () => {
    const h = harness('2016-01-14-beta');
    h.run('uploadPost', { companyHandle: C, jobName: 'client', uploadParams: { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'new', optimizeImagesJob: optimize });
    const states = (p: object) => (h.run('getActiveJobs', { companyHandle: C, ...p }).jobArray.items ?? []).map((j) => [j.originalName, j.state]);
    expect(states({})).toEqual([['client', 'WaitingClient'], ['new', 'New']]);
    expect(states({ includeWaitingJobs: false })).toEqual([['new', 'New']]);
  });
  it('a submitted job shows its description and the server it runs on', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'x', description: 'nightly tidy-up', optimizeImagesJob: optimize });
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items?.[0]).toMatchObject({ description: 'nightly tidy-up', serverName: 'saastex_100_52' });
  });
  it('without companyHandle: the 50 most recently used companies the caller may act on', () => {
    const companies = Array.from({ length: 51 }, (_, i) => ({ handle: `c|${500 + i}`, name: `Co ${500 + i}`, fakeJobs: false }));
    const h = harness('2014-04-03', { companies });
    for (const { handle } of companies) h.run('submitJob', { companyHandle: handle, jobName: `in-${handle.slice(2)}`, optimizeImagesJob: optimize });
    const names = (h.run('getActiveJobs', {}).jobArray.items ?? []).map((j) => j.originalName);
    expect(names).toHaveLength(50);
    // The first company used is the least recent one: left out.
    expect(names).not.toContain('in-500');
    expect(names).toContain('in-550');
  });
});

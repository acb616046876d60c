/**
 * Unit tests of job control and listing beyond the basics (reference §6.2-§6.4, §11.5, §11.11; README
 * lifecycle): who stopped a job, deleteJob on an active job, executeJob on a paused job, fires missed
 * while paused, which namespace shows which job, the companies a query without companyHandle covers.
 */
import { describe, expect, it } from 'vitest';
import { C, harness, T0 } from './harness.js';

const optimize = { emailSetting: 'None' };
const MINUTE = 60_000;
type H = ReturnType<typeof harness>;
const activeNames = (h: H, p: object = {}, user?: string) => (h.run('getActiveJobs', { companyHandle: C, ...p }, user).jobArray.items ?? []).map((j) => j.originalName);
const lastLine = (h: H, jobHandle: string) => h.run('getJobLogDetails', { companyHandle: C, jobHandle }).jobLogArray.items?.[0]?.detailArray?.items?.at(-1);

describe('stopping and deleting', () => {
  it('stopJob: Stopping, then Done; the log says who stopped it', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'run', optimizeImagesJob: optimize });
    h.clock.advance(3_000);
    h.run('stopJob', { companyHandle: C, jobHandle: 'j|1|run||' }, 'user@example.com');
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items?.[0]?.state).toBe('Stopping');
    h.clock.advance(10_000);
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items?.[0]?.state).toBe('Done');
    expect(lastLine(h, 'j|1|run||')?.logMessage).toBe('The job was stopped by user@example.com');
  });
  it('deleteJob on an active job that has not run yet stops it', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'new', optimizeImagesJob: optimize });
    expect(h.run('deleteJob', { companyHandle: C, jobHandle: 'j|1|new||' })).toEqual({});
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items?.map((j) => j.state)).toEqual(['Stopping']);
  });
  it('deleteJob removes the scheduled job named, and only that one', () => {
    const h = harness();
    for (const name of ['a', 'b', 'c']) h.run('submitJob', { companyHandle: C, jobName: name, execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize });
    h.run('deleteJob', { companyHandle: C, jobHandle: 'j|1|b||' });
    expect(h.run('getScheduledJobs', { companyHandle: C }).jobArray.items?.map((s) => s.originalName)).toEqual(['a', 'c']);
  });
});

describe('scheduled jobs', () => {
  it('executeJob runs a paused job at once; it stays paused', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'nightly', execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize });
    h.run('pauseJob', { companyHandle: C, jobHandle: 'j|1|nightly||' });
    h.run('executeJob', { companyHandle: C, jobHandle: 'j|1|nightly||' });
    expect(activeNames(h)).toEqual(['nightly']);
    expect(h.run('getScheduledJobs', { companyHandle: C }).jobArray.items?.[0]?.triggerState).toBe('Paused');
  });
  it('a job paused through its fire times does not run them when resumed; the next fire runs', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'minutely', execSchedule: '30 * * * * ?', optimizeImagesJob: optimize });
    h.run('pauseJob', { companyHandle: C, jobHandle: 'j|1|minutely||' });
    h.clock.advance(5 * MINUTE);
    expect(activeNames(h)).toEqual([]);
    h.run('resumeJob', { companyHandle: C, jobHandle: 'j|1|minutely||' });
    expect(activeNames(h)).toEqual([]);
    expect(h.run('getJobLogs', { companyHandle: C }).jobLogArray.items).toEqual([]);
    h.clock.advance(MINUTE);
    expect(activeNames(h)).toEqual(['minutely']);
  });
});

describe('which jobs a namespace shows', () => {
  it('a job whose detail element the namespace lacks is not listed there (metadataPublishJob before 2013-02-15)', () => {
    const h = harness('2010-01-31');
    h.run('submitJob', { companyHandle: C, jobName: 'meta', metadataPublishJob: { emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'opt', optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: C, jobName: 'meta-s', execSchedule: '0 0 2 * * ?', metadataPublishJob: { emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'opt-s', execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize });
    expect(activeNames(h)).toEqual(['opt']);
    expect(h.run('getScheduledJobs', { companyHandle: C }).jobArray.items?.map((s) => s.originalName)).toEqual(['opt-s']);
    const later = harness('2013-02-15');
    later.run('submitJob', { companyHandle: C, jobName: 'meta', metadataPublishJob: { emailSetting: 'None' } });
    expect(activeNames(later)).toEqual(['meta']);
  });
  it('a system job is listed in every namespace', () => {
    const h = harness('pre-4.0');
    expect(h.run('getScheduledJobs', { companyHandle: 'c|3' }).jobArray.items?.map((s) => s.type)).toContain('Cleanup');
  });
});

describe('time and scope', () => {
  it('a run is neither active nor logged at an instant before it was submitted', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'a', optimizeImagesJob: optimize });
    h.clock.advance(5_000);
    expect(activeNames(h)).toEqual(['a']);
    expect(h.run('getJobLogs', { companyHandle: C }).jobLogArray.items).toHaveLength(1);
    h.clock.set(T0 - 1);
    expect(activeNames(h)).toEqual([]);
    expect(h.run('getJobLogs', { companyHandle: C }).jobLogArray.items).toEqual([]);
    expect(h.run('getJobLogDetails', { companyHandle: C, originalName: 'a' }).jobLogArray.items).toEqual([]);
  });
  it('without companyHandle: the companies the caller may act on', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'one', optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: 'c|2101', jobName: 'acme', optimizeImagesJob: optimize });
    expect(h.run('getActiveJobs', {}, 'acme-user@example.com').jobArray.items?.map((j) => j.originalName)).toEqual(['acme']);
    expect(h.run('getActiveJobs', {}).jobArray.items?.map((j) => j.originalName).sort()).toEqual(['acme', 'one']);
    expect(h.fails('getActiveJobs', { companyHandle: C }, 'acme-user@example.com').code).toBe(20006);
  });
  it('a company handle that is malformed or unknown is 30001 saying which', () => {
    const h = harness();
    expect(h.fails('getActiveJobs', { companyHandle: '2101' })).toEqual({ code: 30001, reason: "companyHandle '2101' is not a company handle; company handles look like c|2101" });
    expect(h.fails('getActiveJobs', { companyHandle: 'c|77' })).toEqual({ code: 30001, reason: "companyHandle 'c|77' does not name a company known to this mock (unknown companies are not faked: see fakeUnknownCompanies)" });
  });
});

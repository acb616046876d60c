/** Unit tests of the job operations (reference §6.1-6.5), called directly; expected values written here. */
import { describe, expect, it } from 'vitest';
import { C, harness, T0 } from './harness.js';
import { checkJobHandle, userHandleEmail } from '../../../src/operations/scope.js';
import { IpsFault } from '../../../src/faults/catalogue.js';

const optimize = { emailSetting: 'None' };
const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof IpsFault) return `${e.entry.code} ${e.reason}`;
    throw e;
  }
  return 'no fault';
};

describe('scope helpers', () => {
  it('checkJobHandle: both handle shapes, the owner company; refuses others', () => {
    expect(checkJobHandle('j|1|n||')).toBe('c|1');
    expect(checkJobHandle('j|12||n_x|3', 'c|12')).toBe('c|12');
    expect(reasonOf(() => checkJobHandle('n'))).toMatch(/^30001 jobHandle 'n' is not a job handle; job handles look like j\|2101\|nightly publish\|\| /);
    expect(reasonOf(() => checkJobHandle('j|1|n||', 'c|2'))).toBe("30001 jobHandle 'j|1|n||' belongs to company c|1, not to c|2");
  });
  it('userHandleEmail: u|<id>|<email> or a bare e-mail', () => {
    expect(userHandleEmail('u|41|a@example.com', 'p')).toBe('a@example.com');
    expect(userHandleEmail('b@example.com', 'p')).toBe('b@example.com');
    expect(reasonOf(() => userHandleEmail('u|41|nobody', 'userHandle'))).toBe("30001 userHandle 'u|41|nobody' is not a user handle; user handles look like u|41|someone@example.com");
    expect(reasonOf(() => userHandleEmail('x|41|a@example.com', 'p'))).toBe('no fault');
  });
});

describe('submitJob', () => {
  it('runs a job now: j|<id>|<name>|| and an active run in New with the operation locale', () => {
    const h = harness();
    expect(h.run('submitJob', { companyHandle: C, jobName: 'now', optimizeImagesJob: optimize })).toEqual({ jobHandle: 'j|1|now||' });
    const jobs = h.run('getActiveJobs', { companyHandle: C }).jobArray?.items ?? [];
    expect(jobs.map((j) => [j.originalName, j.state, j.locale, j.submitUserEmail])).toEqual([['now', 'New', 'en-US', 'ips@example.com']]);
  });
  it('refuses a bad job name, no detail, two details, a bad constant, both triggers, a bad schedule', () => {
    const h = harness();
    expect(h.fails('submitJob', { companyHandle: C, jobName: ' ', optimizeImagesJob: optimize })).toEqual({ code: 30001, reason: "jobName ' ' must be non-empty and must not contain '|'" });
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'a|b', optimizeImagesJob: optimize }).code).toBe(30001);
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x' })).toMatchObject({ code: 30002, reason: expect.stringMatching(/^submitJobParam needs exactly one job detail element, got none; use one of: imageServingPublishJob, /) });
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', optimizeImagesJob: optimize, exportJob: { assetHandleArray: { items: ['a|1'] }, fmt: 'orig' } })).toEqual({ code: 30001, reason: 'submitJobParam needs exactly one job detail element, got 2: optimizeImagesJob, exportJob' });
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', optimizeImagesJob: { emailSetting: 'Sometimes' } }).reason).toMatch(/emailSetting 'Sometimes' is not one of/);
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', execTime: T0, execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize }).reason).toBe('submitJobParam may have execTime (run once) or execSchedule (recurring), not both');
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', execSchedule: '0 0 2 L * ?', optimizeImagesJob: optimize }).reason).toMatch(/^execSchedule: the day-of-month field 'L' uses L, W or #/);
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', uploadUrlsJob: { urlArray: { items: [] } } })).toEqual({ code: 30002, reason: 'submitJobParam/uploadUrlsJob/urlArray must list at least one URL' });
    expect(h.fails('submitJob', { companyHandle: 'c|9', jobName: 'x', optimizeImagesJob: optimize }).code).toBe(30001);
    // Nothing refused left a job behind.
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray?.items ?? []).toEqual([]);
  });
  it('the submitJob locale wins over the operation locale; a userHandle must name a known user of the company', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'fr', locale: 'fr-CA', optimizeImagesJob: optimize }, undefined, 'de-DE');
    h.run('submitJob', { companyHandle: C, jobName: 'de', optimizeImagesJob: optimize }, undefined, 'de-DE');
    h.run('submitJob', { companyHandle: C, jobName: 'for', userHandle: 'u|3|USER@example.com', optimizeImagesJob: optimize });
    const jobs = h.run('getActiveJobs', { companyHandle: C }).jobArray?.items ?? [];
    expect(jobs.map((j) => [j.originalName, j.locale, j.submitUserEmail])).toEqual([['fr', 'fr-FR', 'ips@example.com'], ['de', 'de-DE', 'ips@example.com'], ['for', 'en-US', 'user@example.com']]);
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', userHandle: 'ghost@example.com', optimizeImagesJob: optimize }).reason).toBe("userHandle 'ghost@example.com' names no user of this mock");
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', userHandle: 'acme-user@example.com', optimizeImagesJob: optimize }).reason).toBe("userHandle 'acme-user@example.com' names a user who may not act on company c|1");
  });
  it('execTime in the future or execSchedule → a scheduled job; an execTime passed runs now', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'later', execTime: T0 + 60_000, optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: C, jobName: 'nightly', execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: C, jobName: 'past', execTime: T0 - 1, optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: C, jobName: 'exact', execTime: T0, optimizeImagesJob: optimize });
    const scheduled = (h.run('getScheduledJobs', { companyHandle: C }).jobArray?.items ?? []).map((s) => s.originalName);
    expect(scheduled).toContain('later');
    expect(scheduled).toContain('nightly');
    expect(scheduled).not.toContain('past');
    expect(scheduled).not.toContain('exact');
    expect((h.run('getActiveJobs', { companyHandle: C }).jobArray?.items ?? []).map((j) => j.originalName)).toEqual(['past', 'exact']);
  });
  it('an upload-URLs job counts its URLs', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'urls', uploadUrlsJob: { urlArray: { items: [{ sourceUrl: 'https://e.com/a.jpg', destPath: 'a.jpg' }, { sourceUrl: 'https://e.com/b.jpg', destPath: 'b.jpg' }] } } });
    const job = h.run('getActiveJobs', { companyHandle: C }).jobArray.items![0]!;
    expect(job.uploadUrlsJob?.numUrls).toBe(2);
    expect(job.totalSize).toBe(2);
  });
});

describe('getActiveJobs and getScheduledJobs filters', () => {
  it('by jobHandle (either shape), originalName, and includeWaitingJobs=false', () => {
    const h = harness('2016-01-14-beta');
    h.run('submitJob', { companyHandle: C, jobName: 'a', optimizeImagesJob: optimize });
    h.clock.advance(1_500);
    h.run('submitJob', { companyHandle: C, jobName: 'b', optimizeImagesJob: optimize });
    const all = h.run('getActiveJobs', { companyHandle: C }).jobArray.items!;
    expect(all.map((j) => [j.originalName, j.state])).toEqual([['a', 'WaitingCoordinator'], ['b', 'New']]);
    expect(h.run('getActiveJobs', { companyHandle: C, jobHandle: 'j|1|a||' }).jobArray.items!.map((j) => j.originalName)).toEqual(['a']);
    expect(h.run('getActiveJobs', { companyHandle: C, jobHandle: all[1]!.jobHandle }).jobArray.items!.map((j) => j.originalName)).toEqual(['b']);
    expect(h.run('getActiveJobs', { companyHandle: C, originalName: 'b' }).jobArray.items!.map((j) => j.originalName)).toEqual(['b']);
    expect(h.run('getActiveJobs', { companyHandle: C, includeWaitingJobs: false }).jobArray.items!.map((j) => j.originalName)).toEqual(['b']);
    expect(h.run('getActiveJobs', { companyHandle: C, includeWaitingJobs: true }).jobArray.items).toHaveLength(2);
    expect(h.fails('getActiveJobs', { companyHandle: C, jobHandle: 'j|2|a||' }).code).toBe(30001);
    // Without a company: every company the caller may act on.
    expect(h.run('getActiveJobs', {}).jobArray.items).toHaveLength(2);
  });
  it('a job is not listed before its submit time, and 60 s after Done it is gone', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'a', optimizeImagesJob: optimize });
    h.clock.advance(12_000 + 60_000 - 1);
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items!.map((j) => j.state)).toEqual(['Done']);
    h.clock.advance(1);
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items).toEqual([]);
  });
  it('scheduled jobs by handle and original name; the system Cleanup job is listed', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'x', execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: C, jobName: 'y', execSchedule: '0 0 3 * * ?', optimizeImagesJob: optimize });
    const names = (p: object) => h.run('getScheduledJobs', { companyHandle: C, ...p }).jobArray.items!.map((s) => s.name);
    expect(names({})).toEqual(expect.arrayContaining(['x', 'y']));
    expect(names({ jobHandle: 'j|1|y||' })).toEqual(['y']);
    expect(names({ originalName: 'x' })).toEqual(['x']);
    expect(h.fails('getScheduledJobs', { companyHandle: C, jobHandle: 'bad' }).code).toBe(30001);
  });
});

describe('job control', () => {
  it('stopJob/deleteJob on runs; pause/resume/execute/delete on scheduled jobs; wrong states are 30000', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'run', optimizeImagesJob: optimize });
    h.run('submitJob', { companyHandle: C, jobName: 'sched', execSchedule: '0 0 2 * * ?', optimizeImagesJob: optimize });
    const p = (jobHandle: string) => ({ companyHandle: C, jobHandle });
    expect(h.fails('stopJob', p('j|1|sched||')).reason).toBe("stopJob: job 'j|1|sched||' is scheduled, not running; use pauseJob or deleteJob");
    expect(h.fails('pauseJob', p('j|1|run||')).reason).toBe("pauseJob: job 'j|1|run||' is not a scheduled job; pauseJob acts on jobs listed by getScheduledJobs");
    expect(h.fails('resumeJob', p('j|1|run||')).reason).toMatch(/^resumeJob: job 'j\|1\|run\|\|' is not a scheduled job/);
    expect(h.fails('executeJob', p('j|1|run||')).reason).toMatch(/^executeJob: job 'j\|1\|run\|\|' is not a scheduled job/);
    expect(h.fails('stopJob', p('j|1|nothing||'))).toEqual({ code: 30001, reason: "No job with handle 'j|1|nothing||' in company c|1 (finished jobs appear in getJobLogs)" });
    expect(h.fails('resumeJob', p('j|1|sched||')).reason).toBe("resumeJob: job 'j|1|sched||' is not paused");
    expect(h.run('pauseJob', p('j|1|sched||'))).toEqual({});
    expect(h.fails('pauseJob', p('j|1|sched||')).reason).toBe("pauseJob: job 'j|1|sched||' is already paused");
    expect(h.run('getScheduledJobs', p('j|1|sched||')).jobArray.items![0]!.triggerState).toBe('Paused');
    h.run('resumeJob', p('j|1|sched||'));
    expect(h.run('getScheduledJobs', p('j|1|sched||')).jobArray.items![0]!.triggerState).toBe('Normal');
    h.run('executeJob', p('j|1|sched||'));
    expect(h.run('getActiveJobs', { companyHandle: C, originalName: 'sched' }).jobArray.items).toHaveLength(1);
    h.run('deleteJob', p('j|1|sched||'));
    expect(h.run('getScheduledJobs', p('j|1|sched||')).jobArray.items).toEqual([]);
    h.run('stopJob', p('j|1|run||'));
    expect(h.run('getActiveJobs', { companyHandle: C, originalName: 'run' }).jobArray.items![0]!.state).toBe('Stopping');
    expect(h.fails('stopJob', p('j|1|run||')).reason).toBe("stopJob: job 'j|1|run||' is Stopping; only a job that has not finished can be stopped");
    h.clock.advance(2_000);
    expect(h.fails('deleteJob', p('j|1|run||')).reason).toBe("deleteJob: job 'j|1|run||' is Done; only a job that has not finished can be stopped");
  });
  it('executeJob refuses the system Cleanup job', () => {
    const h = harness();
    // c|3 has the faked default set (fakeJobs: true): it has the system job.
    const cleanup = h.run('getScheduledJobs', { companyHandle: 'c|3' }).jobArray.items!.find((s) => s.type === 'Cleanup')!;
    expect(h.fails('executeJob', { companyHandle: 'c|3', jobHandle: cleanup.jobHandle })).toEqual({ code: 30000, reason: `executeJob: '${cleanup.jobHandle}' is a system job and cannot be run on demand` });
  });
});

describe('job logs', () => {
  function threeJobs() {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'b-first', optimizeImagesJob: optimize });
    h.clock.advance(5_000);
    h.run('submitJob', { companyHandle: C, jobName: 'a-second', userHandle: 'user@example.com', optimizeImagesJob: optimize });
    h.clock.advance(5_000);
    h.run('submitJob', { companyHandle: C, jobName: 'c-third', optimizeImagesJob: optimize });
    h.clock.advance(1_000);
    return h;
  }
  const names = (r: { jobLogArray?: { items?: ReadonlyArray<{ originalJobName?: string }> } }) => r.jobLogArray?.items?.map((l) => l.originalJobName) ?? [];
  it('a run has a log once it runs; newest first by default', () => {
    const h = threeJobs();
    expect(names(h.run('getJobLogs', { companyHandle: C }))).toEqual(['a-second', 'b-first']);
    h.clock.advance(1_000);
    expect(names(h.run('getJobLogs', { companyHandle: C }))).toEqual(['c-third', 'a-second', 'b-first']);
  });
  it('sortBy (ascending by default when given), sortDirection, numRows, userHandle, dates', () => {
    const h = threeJobs();
    h.clock.advance(1_000);
    expect(names(h.run('getJobLogs', { companyHandle: C, sortBy: 'JobName' }))).toEqual(['a-second', 'b-first', 'c-third']);
    expect(names(h.run('getJobLogs', { companyHandle: C, sortBy: 'JobName', sortDirection: 'Descending' }))).toEqual(['c-third', 'b-first', 'a-second']);
    expect(names(h.run('getJobLogs', { companyHandle: C, sortBy: 'StartDate' }))).toEqual(['b-first', 'a-second', 'c-third']);
    expect(names(h.run('getJobLogs', { companyHandle: C, numRows: 1 }))).toEqual(['c-third']);
    expect(names(h.run('getJobLogs', { companyHandle: C, userHandle: 'u|1|USER@example.com' }))).toEqual(['a-second']);
    expect(names(h.run('getJobLogs', { companyHandle: C, startDate: T0 + 7_000 }))).toEqual(['c-third', 'a-second']);
    expect(names(h.run('getJobLogs', { companyHandle: C, endDate: T0 + 7_000 }))).toEqual(['a-second', 'b-first']);
    expect(names(h.run('getJobLogs', { companyHandle: C, startDate: T0 + 7_000, endDate: T0 + 7_000 }))).toEqual(['a-second']);
    expect(h.fails('getJobLogs', { sortBy: 'Size' })).toEqual({ code: 30001, reason: "sortBy 'Size' is not one of: JobName, LogType, StartDate, CompanyName, UserId, Email, FileErrorCount, FileWarningCount, FileSuccessCount" });
    expect(h.fails('getJobLogs', { sortDirection: 'Up' }).reason).toBe("sortDirection 'Up' is not one of: Ascending, Descending");
    expect(h.fails('getJobLogs', { numRows: 0 }).reason).toBe('numRows must be at least 1, got 0');
  });
  it('getJobLogDetails: by handle or name, log types, paging, sort, refusals', () => {
    const h = threeJobs();
    h.clock.advance(20_000);
    const details = (p: object) => h.run('getJobLogDetails', { companyHandle: C, ...p }).jobLogArray?.items ?? [];
    const one = details({ jobHandle: 'j|1|b-first||' });
    expect(one).toHaveLength(1);
    const lines = one[0]!.detailArray!.items!;
    expect(one[0]!.detailTotalRows).toBe(lines.length);
    expect(lines[0]!.logType).toBe('BeginReoptimize');
    expect(lines.at(-1)!.logType).toBe('EndReoptimize');
    expect(details({ originalName: 'a-second' }).map((d) => d.originalJobName)).toEqual(['a-second']);
    const begins = details({ jobHandle: 'j|1|b-first||', logTypeArray: { items: ['BeginReoptimize', 'JobType'] } })[0]!;
    expect(begins.detailArray!.items!.map((l) => l.logType)).toEqual(['BeginReoptimize', 'JobType']);
    expect(begins.detailTotalRows).toBe(2);
    const page2 = details({ jobHandle: 'j|1|b-first||', recordsPerPage: 2, resultsPage: 2 })[0]!;
    expect(page2.detailArray!.items!.map((l) => l.logType)).toEqual(lines.slice(2, 4).map((l) => l.logType));
    expect(page2.detailTotalRows).toBe(lines.length);
    const desc = details({ jobHandle: 'j|1|b-first||', sortDirection: 'Descending' })[0]!;
    expect(desc.detailArray!.items!.map((l) => l.logType)).toEqual([...lines].reverse().map((l) => l.logType));
    const byType = details({ jobHandle: 'j|1|b-first||', sortBy: 'LogType', logTypeArray: { items: ['JobType', 'BeginReoptimize', 'JobClient'] } })[0]!;
    expect(byType.detailArray!.items!.map((l) => l.logType)).toEqual(['BeginReoptimize', 'JobClient', 'JobType']);
    expect(h.fails('getJobLogDetails', { companyHandle: C })).toEqual({ code: 30002, reason: 'getJobLogDetailsParam needs jobHandle or originalName to say which job log to return' });
    expect(h.fails('getJobLogDetails', { companyHandle: C, originalName: 'x', recordsPerPage: 0 }).reason).toBe('recordsPerPage must be at least 1, got 0');
    expect(h.fails('getJobLogDetails', { companyHandle: C, originalName: 'x', resultsPage: 0 }).reason).toBe('resultsPage must be at least 1, got 0');
    expect(h.fails('getJobLogDetails', { companyHandle: C, originalName: 'x', sortBy: 'Size' }).reason).toBe("sortBy 'Size' is not one of: Date, LogType");
    expect(h.fails('getJobLogDetails', { companyHandle: C, jobHandle: 'j|2|x||' }).code).toBe(30001);
  });
  it('getAssetJobLogs: the lines naming an asset; a malformed handle is 30001', () => {
    // An export takes only assets the company has (issue 8), so the fixture gives c|1 three images.
    const images = ['a|5', 'a|6', 'a|7'].map((handle, i) => ({ company: C, name: `img-${i}`, type: 'Image', handle, folder: 'images/' }));
    const h = harness('2014-04-03', { folders: [{ company: C, path: 'images/' }], assets: images });
    h.run('submitJob', { companyHandle: C, jobName: 'exp', exportJob: { assetHandleArray: { items: ['a|5', 'a|6'] }, fmt: 'orig' } });
    h.clock.advance(30_000);
    const logs = h.run('getAssetJobLogs', { companyHandle: C, assetHandle: 'a|6' }).jobLogArray?.items ?? [];
    expect(logs.map((l) => [l.jobName, l.submitUserEmail])).toEqual([['exp_2026-11-28-04:00:00.000', 'ips@example.com']]);
    expect(h.run('getAssetJobLogs', { companyHandle: C, assetHandle: 'a|7' }).jobLogArray?.items).toEqual([]);
    expect(h.fails('getAssetJobLogs', { companyHandle: C, assetHandle: '6' })).toEqual({ code: 30001, reason: "assetHandle '6' is not an asset handle; asset handles look like a|581084652" });
  });
});

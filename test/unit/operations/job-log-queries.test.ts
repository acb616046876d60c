/**
 * Unit tests of the getJobLogs sort fields (reference §8.6) and directions (§8.8), getJobLogDetails
 * sorting, and what getAssetJobLogs says about an asset (§6.7, §7.11; README "Jobs act on the catalogue":
 * the log line carries the new asset's handle).
 */
import { describe, expect, it } from 'vitest';
import { C, harness, T0 } from './harness.js';

const OPTS = { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None' };
const urls = (...destPaths: string[]) => ({ ...OPTS, urlArray: { items: destPaths.map((destPath) => ({ sourceUrl: `https://example.com/${destPath}`, destPath })) } });
type H = ReturnType<typeof harness>;
type Row = { originalJobName?: string; logType?: string; submitUserEmail?: string; companyHandle?: string; fileErrorCount?: number; fileSuccessCount?: number };
const rows = (h: H, p: object): readonly Row[] => h.run('getJobLogs', p).jobLogArray?.items ?? [];
const names = (h: H, p: object) => rows(h, p).map((r) => r.originalJobName);

/** Three jobs of three kinds and submitters, one second apart, all running or done. */
function threeKinds() {
  const h = harness();
  h.run('submitJob', { companyHandle: C, jobName: 'pub', imageServingPublishJob: { publishType: 'Full', emailSetting: 'None' } }, 'webservice@example.com');
  h.clock.advance(1_000);
  h.run('submitJob', { companyHandle: C, jobName: 'opt', optimizeImagesJob: { emailSetting: 'None' } }, 'user@example.com');
  h.clock.advance(1_000);
  h.run('submitJob', { companyHandle: C, jobName: 'urls', uploadUrlsJob: urls('a.jpg') }, 'company-admin@example.com');
  h.clock.advance(5_000);
  return h;
}

describe('getJobLogs sortBy', () => {
  it('LogType: the job\'s first log type', () => {
    const h = threeKinds();
    const byType = rows(h, { companyHandle: C, sortBy: 'LogType' });
    expect(byType.map((r) => [r.originalJobName, r.logType])).toEqual([['pub', 'BeginImageServingPublish'], ['opt', 'BeginReoptimize'], ['urls', 'BeginUploadUrls']]);
    expect(names(h, { companyHandle: C, sortBy: 'LogType', sortDirection: 'Descending' })).toEqual(['urls', 'opt', 'pub']);
  });
  it('UserId and Email: the submitter\'s e-mail', () => {
    const h = threeKinds();
    expect(names(h, { companyHandle: C, sortBy: 'UserId' })).toEqual(['urls', 'opt', 'pub']);
    expect(names(h, { companyHandle: C, sortBy: 'Email', sortDirection: 'Descending' })).toEqual(['pub', 'opt', 'urls']);
  });
  it('CompanyName: by the company the JobLog names (its companyHandle), across companies', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: 'c|2101', jobName: 'acme', optimizeImagesJob: { emailSetting: 'None' } });
    h.clock.advance(1_000);
    h.run('submitJob', { companyHandle: C, jobName: 'one', optimizeImagesJob: { emailSetting: 'None' } });
    h.clock.advance(5_000);
    expect(rows(h, { sortBy: 'CompanyName' }).map((r) => [r.originalJobName, r.companyHandle])).toEqual([['one', 'c|1'], ['acme', 'c|2101']]);
    expect(names(h, { sortBy: 'CompanyName', sortDirection: 'Descending' })).toEqual(['acme', 'one']);
  });
  it('file counts: error, success and warning counts; ties by job handle', () => {
    const h = harness();
    // Upload jobs: a .txt file is an UploadError, an image a success (README "Jobs act on the catalogue").
    h.run('submitJob', { companyHandle: C, jobName: 'two-bad', uploadUrlsJob: urls('a.txt', 'b.txt', 'c.jpg') });
    h.run('submitJob', { companyHandle: C, jobName: 'all-good', uploadUrlsJob: urls('d.jpg', 'e.jpg', 'f.jpg') });
    h.run('submitJob', { companyHandle: C, jobName: 'one-bad', uploadUrlsJob: urls('g.txt', 'h.jpg') });
    h.clock.advance(120_000);
    const errors = rows(h, { companyHandle: C, sortBy: 'FileErrorCount' });
    expect(errors.map((r) => [r.originalJobName, r.fileErrorCount])).toEqual([['all-good', 0], ['one-bad', 1], ['two-bad', 2]]);
    const successes = rows(h, { companyHandle: C, sortBy: 'FileSuccessCount', sortDirection: 'Descending' });
    expect(successes.map((r) => [r.originalJobName, r.fileSuccessCount])).toEqual([['all-good', 3], ['one-bad', 1], ['two-bad', 1]]);
    // No warnings anywhere: all tie, so the run handles (j|1||<name>_<time>|<id>, one submit time) decide, whichever the direction.
    expect(names(h, { companyHandle: C, sortBy: 'FileWarningCount' })).toEqual(['all-good', 'one-bad', 'two-bad']);
    expect(names(h, { companyHandle: C, sortBy: 'FileWarningCount', sortDirection: 'Descending' })).toEqual(['all-good', 'one-bad', 'two-bad']);
  });
  it('a userHandle that is not a user handle is 30001', () => {
    const h = harness();
    expect(h.fails('getJobLogs', { userHandle: 'nobody' })).toEqual({ code: 30001, reason: "userHandle 'nobody' is not a user handle; user handles look like u|41|someone@example.com" });
  });
});

describe('getJobLogDetails sorting', () => {
  it('sortBy LogType, Descending: lines of one type keep their written order reversed', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'u', uploadUrlsJob: urls('a.jpg', 'b.jpg', 'c.jpg') });
    h.clock.advance(60_000);
    const lines = (p: object) => h.run('getJobLogDetails', { companyHandle: C, originalName: 'u', logTypeArray: { items: ['UploadSuccess', 'BeginUploadUrls'] }, ...p }).jobLogArray.items?.[0]?.detailArray?.items ?? [];
    const asc = lines({ sortBy: 'LogType' });
    expect(asc.map((l) => l.logType)).toEqual(['BeginUploadUrls', 'UploadSuccess', 'UploadSuccess', 'UploadSuccess']);
    const desc = lines({ sortBy: 'LogType', sortDirection: 'Descending' });
    expect(desc.map((l) => l.logType)).toEqual(['UploadSuccess', 'UploadSuccess', 'UploadSuccess', 'BeginUploadUrls']);
    expect(desc.slice(0, 3).map((l) => l.logMessage)).toEqual(asc.slice(1).map((l) => l.logMessage).reverse());
    expect(desc.slice(0, 3).map((l) => l.logMessage)).toEqual(['One/c.jpg was uploaded and processed into IPS', 'One/b.jpg was uploaded and processed into IPS', 'One/a.jpg was uploaded and processed into IPS']);
  });
});

describe('getAssetJobLogs', () => {
  it('the lines of every job about the asset: run handle, job name, type, message, submitter, date', () => {
    const h = harness();
    h.run('submitJob', { companyHandle: C, jobName: 'up', uploadUrlsJob: urls('kite.jpg') }, 'user@example.com');
    h.clock.advance(60_000);
    const handle = h.run('getAssetsByName', { companyHandle: C, nameArray: { items: ['kite'] } }).assetArray?.items?.[0]?.assetHandle ?? '';
    h.run('submitJob', { companyHandle: C, jobName: 'again', uploadUrlsJob: urls('kite.png') });
    h.clock.advance(60_000);
    const logs = h.run('getAssetJobLogs', { companyHandle: C, assetHandle: handle }).jobLogArray?.items ?? [];
    expect(logs.map((l) => [l.jobName, l.logType, l.logMessage, l.submitUserEmail])).toEqual([
      ['up_2026-11-28-04:00:00.000', 'UploadSuccess', 'One/kite.jpg was uploaded and processed into IPS', 'user@example.com'],
      ['again_2026-11-28-04:01:00.000', 'FileUpdated', 'One/kite.png replaced an existing asset', 'ips@example.com'],
    ]);
    expect(logs.map((l) => l.jobHandle)).toEqual([expect.stringMatching(/^j\|1\|\|up_2026-11-28-04:00:00\.000\|\d+$/), expect.stringMatching(/^j\|1\|\|again_2026-11-28-04:01:00\.000\|\d+$/)]);
    expect(logs[0]!.logDate).toBeGreaterThan(T0);
    expect(logs[0]!.logDate).toBeLessThan(T0 + 60_000);
    expect(h.fails('getAssetJobLogs', { companyHandle: C, assetHandle: 'a|x' }).code).toBe(30001);
  });
});

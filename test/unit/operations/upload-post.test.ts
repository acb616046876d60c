/**
 * Unit tests of uploadPost, the UploadFile servlet's job (reference §6.8, README "The upload servlet",
 * docs/decisions.md §13), called directly with the file parts a POST would carry.
 */
import { describe, expect, it } from 'vitest';
import type { PostedFile } from '../../../src/operations/context.js';
import type { UploadPostParam } from '../../../src/schema/wire-types.js';
import { C, harness, T0 } from './harness.js';

const OPTIONS = { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None' };
const MINUTE = 60_000;
const file = (filename: string, bytes = 100, part = 'file1'): PostedFile => ({ part, filename, bytes });
/** c|1 with an images/ folder holding the asset 'kestrel' (a|11); the beta namespace, which serves uploadPost. */
const servlet = () => harness('2016-01-14-beta', { folders: [{ company: C, path: 'images/' }], assets: [{ company: C, name: 'kestrel', type: 'Image', handle: 'a|11', folder: 'images/' }] });

type H = ReturnType<typeof servlet>;
const post = (h: H, p: Omit<UploadPostParam, 'companyHandle'>, files: PostedFile[] = [], clientAddress?: string) =>
  h.run('uploadPost', { companyHandle: C, ...p }, undefined, undefined, { uploads: files, clientAddress }).jobHandle;
const refusal = (h: H, p: Omit<UploadPostParam, 'companyHandle'>, files: PostedFile[] = [], clientAddress?: string) =>
  h.fails('uploadPost', { companyHandle: C, ...p }, undefined, { uploads: files, clientAddress });
const active = (h: H, jobHandle: string) => h.run('getActiveJobs', { companyHandle: C, jobHandle }).jobArray.items ?? [];
const stateOf = (h: H, jobHandle: string) => active(h, jobHandle)[0]?.state;
/** Every asset of c|1 as [name, type, folder, fileName, publishState], by name. */
const assets = (h: H) =>
  (h.run('searchAssets', { companyHandle: C, includeSubfolders: true }).assetArray?.items ?? []).map((a) => [a.name, a.type, a.folder, a.fileName, a.readyForPublish]);
const fileSize = (h: H, name: string) => {
  const a = h.run('getAssetsByName', { companyHandle: C, nameArray: { items: [name] } }).assetArray?.items?.[0];
  return a?.imageInfo?.fileSize ?? a?.videoInfo?.fileSize ?? a?.pdfInfo?.fileSize;
};
const logTypes = (h: H, jobHandle: string) =>
  (h.run('getJobLogDetails', { companyHandle: C, jobHandle }).jobLogArray.items?.[0]?.detailArray?.items ?? []).map((d) => [d.logType, d.assetHandle ?? '']);

describe('the first POST (jobName)', () => {
  it('creates an UploadPost job waiting in WaitingClient, answered as j|<companyId>||<jobName>|<id>, with the caller, the options and the files posted', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'my-upload', description: 'spring', uploadParams: OPTIONS }, [file('a.jpg'), file('b.jpg', 1, 'file2')]);
    expect(handle).toMatch(/^j\|1\|\|my-upload\|\d+$/);
    const [job, ...others] = active(h, handle);
    expect(others).toEqual([]);
    expect(job).toMatchObject({
      jobHandle: handle, name: 'my-upload', originalName: 'my-upload', type: 'UploadPost', state: 'WaitingClient', submitUserEmail: 'ips@example.com',
      locale: 'en-US', description: 'spring', serverName: 'saastex_100_52', startDate: T0, totalSize: 2, uploadPostJob: OPTIONS,
    });
  });
  it('takes the uploadPostParam locale, else the operation locale', () => {
    const h = servlet();
    const own = post(h, { jobName: 'de', locale: 'de-DE', uploadParams: OPTIONS });
    const op = h.run('uploadPost', { companyHandle: C, jobName: 'ja', uploadParams: OPTIONS }, undefined, 'ja-JP').jobHandle;
    expect([active(h, own)[0]?.locale, active(h, op)[0]?.locale]).toEqual(['de-DE', 'ja-JP']);
    expect(refusal(h, { jobName: 'x', locale: 'en US', uploadParams: OPTIONS })).toEqual({ code: 30001, reason: "uploadPostParam/locale 'en US' is not a locale; use <language>[-<COUNTRY>], e.g. en-US or fr-FR" });
  });
  it('refuses jobName with jobHandle, neither, no uploadParams, a name that is empty or has |; nothing is left behind', () => {
    const h = servlet();
    expect(refusal(h, { jobName: 'a', jobHandle: 'j|1||a|1', uploadParams: OPTIONS })).toEqual({ code: 30001, reason: 'uploadPostParam takes jobName (the first POST of an upload job) or jobHandle (later POSTs), not both' });
    expect(refusal(h, { uploadParams: OPTIONS })).toEqual({ code: 30002, reason: 'uploadPostParam needs jobName (the first POST of an upload job) or jobHandle (later POSTs, as the first one returned)' });
    expect(refusal(h, { jobName: 'a' })).toMatchObject({ code: 30002, reason: expect.stringMatching(/^uploadPostParam\/uploadParams is required on the first POST of an upload job/) });
    expect(refusal(h, { jobName: ' ', uploadParams: OPTIONS })).toEqual({ code: 30001, reason: "jobName ' ' must be non-empty and must not contain '|'" });
    expect(refusal(h, { jobName: 'a|b', uploadParams: OPTIONS }).code).toBe(30001);
    expect(refusal(h, { jobName: 'a', uploadParams: { ...OPTIONS, emailSetting: 'Sometimes' } }).reason).toMatch(/^uploadPostParam\/uploadParams\/emailSetting 'Sometimes' is not one of/);
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items).toEqual([]);
  });
});

describe('waiting for files', () => {
  it('without endJob the job runs 30 minutes after its last POST; each later POST restarts the wait', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'slow', uploadParams: OPTIONS }, [file('a.jpg')]);
    h.clock.advance(10 * MINUTE);
    post(h, { jobHandle: handle }, [file('b.jpg')]);
    h.clock.advance(30 * MINUTE - 1);
    expect(stateOf(h, handle)).toBe('WaitingClient');
    expect(active(h, handle)[0]?.totalSize).toBe(2);
    h.clock.advance(1);
    expect(stateOf(h, handle)).toBe('Running');
  });
  it('endJob=true lets it run at once, on the first POST or a later one; then it takes no more files', () => {
    const h = servlet();
    const once = post(h, { jobName: 'once', endJob: true, uploadParams: OPTIONS }, [file('a.jpg')]);
    expect(stateOf(h, once)).toBe('Running');
    const later = post(h, { jobName: 'later', uploadParams: OPTIONS }, [file('b.jpg')]);
    h.clock.advance(5 * MINUTE);
    expect(post(h, { jobHandle: later, endJob: true }, [file('c.jpg')])).toBe(later);
    expect(stateOf(h, later)).toBe('Running');
    expect(active(h, later)[0]?.totalSize).toBe(2);
    expect(refusal(h, { jobHandle: later }, [file('d.jpg')])).toMatchObject({ code: 30001, reason: expect.stringMatching(/^jobHandle 'j\|1\|\|later\|\d+' is Running, no longer waiting for files: .* or 30 minutes passed after its last POST\. Start a new job with jobName$/) });
  });
  it('a later POST must name an upload-post job of the company that waits, from the first POST\'s address', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'here', uploadParams: OPTIONS }, [], '10.0.0.1');
    expect(refusal(h, { jobHandle: 'up' }).code).toBe(30001);
    expect(refusal(h, { jobHandle: 'j|2||here|1' })).toEqual({ code: 30001, reason: "jobHandle 'j|2||here|1' belongs to company c|2, not to c|1" });
    expect(refusal(h, { jobHandle: 'j|1||nothing|1' })).toEqual({ code: 30001, reason: "jobHandle 'j|1||nothing|1' names no job of company c|1; a first POST with jobName creates an upload job and returns its handle" });
    const other = h.run('submitJob', { companyHandle: C, jobName: 'opt', optimizeImagesJob: { emailSetting: 'None' } }).jobHandle;
    expect(refusal(h, { jobHandle: other })).toEqual({ code: 30001, reason: `jobHandle '${other}' names a ImageOptimization job; files can only be posted to an upload job the UploadFile servlet (or uploadPost) created` });
    expect(refusal(h, { jobHandle: handle }, [file('a.jpg')], '10.0.0.2')).toEqual({ code: 30001, reason: `jobHandle '${handle}' was started from 10.0.0.1, this POST comes from 10.0.0.2: all POSTs of an upload job must come from the same IP address` });
    // The same address, or a SOAP call (no address), may add files; the address stays that of the first POST.
    post(h, { jobHandle: handle }, [file('a.jpg')], '10.0.0.1');
    post(h, { jobHandle: handle }, [file('b.jpg')]);
    expect(refusal(h, { jobHandle: handle }, [file('c.jpg')], '10.0.0.3').reason).toMatch(/^jobHandle '.*' was started from 10\.0\.0\.1, this POST comes from 10\.0\.0\.3/);
    expect(active(h, handle)[0]?.totalSize).toBe(2);
  });
  it('an upload job takes at most 10,000 files over all its POSTs (docs/limits.md)', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'big', uploadParams: OPTIONS }, [file('first.jpg')]);
    const many = (n: number) => Array.from({ length: n }, (_, i) => file(`f${i}.jpg`, 1, `file${i}`));
    expect(refusal(h, { jobHandle: handle }, many(10_000))).toEqual({ code: 30001, reason: `jobHandle '${handle}' already has 1 files; an upload job takes at most 10000 in ips-mock. End it (endJob=true) and start another job` });
    expect(active(h, handle)[0]?.totalSize).toBe(1);
  });
});

describe('where the files go', () => {
  it('the part\'s filename (a path; repeated slashes read as one), fileName overriding it, destFolder prefixing it', () => {
    const h = servlet();
    post(h, { jobName: 'a', endJob: true, uploadParams: OPTIONS }, [file('images//gull.jpg', 10)]);
    post(h, { jobName: 'b', endJob: true, fileName: 'tern.png', uploadParams: OPTIONS }, [file('ignored/owl.jpg', 20)]);
    post(h, { jobName: 'c', endJob: true, destFolder: 'images/birds', uploadParams: OPTIONS }, [file('crow.jpg', 30)]);
    post(h, { jobName: 'd', endJob: true, destFolder: 'One/images/', fileName: 'wren.pdf', uploadParams: OPTIONS }, [file('x', 40)]);
    h.clock.advance(MINUTE);
    expect(assets(h).filter(([name]) => name !== 'kestrel').sort()).toEqual([
      ['crow', 'Image', 'One/images/birds/', 'crow.jpg', true],
      ['gull', 'Image', 'One/images/', 'gull.jpg', true],
      ['tern', 'Image', 'One/', 'tern.png', true],
      ['wren', 'Pdf', 'One/images/', 'wren.pdf', true],
    ]);
    // An asset's fileSize is the posted byte count.
    expect(['gull', 'tern', 'crow', 'wren'].map((n) => fileSize(h, n))).toEqual([10, 20, 30, 40]);
  });
  it('refuses a part with no name, a target that names a folder, a path that climbs or has |', () => {
    const h = servlet();
    const nameless: PostedFile = { part: 'file3', bytes: 1 };
    expect(refusal(h, { jobName: 'a', uploadParams: OPTIONS }, [nameless])).toEqual({
      code: 30002,
      reason: "The file part 'file3' has no filename, and uploadPostParam has no fileName: name the file in its Content-Disposition (filename=\"images/a.jpg\") or in uploadPostParam/fileName",
    });
    expect(refusal(h, { jobName: 'a', uploadParams: OPTIONS }, [file(' ')]).code).toBe(30002);
    expect(refusal(h, { jobName: 'a', uploadParams: OPTIONS }, [file('images/')])).toEqual({ code: 30001, reason: "The target path 'images/' of file part 'file1' ends in '/': it names a folder, not a file" });
    expect(refusal(h, { jobName: 'a', uploadParams: OPTIONS }, [file('../up.jpg')]).reason).toBe("filename of part 'file1' '../' is not a folder path; use 'One/images/products/' or 'images/products/'");
    expect(refusal(h, { jobName: 'a', destFolder: 'a|b', uploadParams: OPTIONS }, [file('up.jpg')]).reason).toBe("uploadPostParam/destFolder 'a|b/' is not a folder path; use 'One/images/products/' or 'images/products/'");
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items).toEqual([]);
  });
});

describe('the files become assets, as an upload job\'s do', () => {
  it('a new name is an asset (UploadSuccess), a taken one updates it (FileUpdated, same handle), another type is an UploadError', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'mix', uploadParams: OPTIONS }, [file('images/kestrel.png', 7), file('clip.mp4', 8), file('notes.txt', 9)]);
    post(h, { jobHandle: handle, endJob: true }, [file('doc.pdf', 11)]);
    h.clock.advance(MINUTE);
    const lines = logTypes(h, handle).filter(([type]) => /^(Upload|File)/.test(type!));
    expect(lines.map(([type]) => type)).toEqual(['FileUpdated', 'UploadSuccess', 'UploadError', 'UploadSuccess']);
    expect(lines[0]?.[1]).toBe('a|11');
    expect(lines[2]?.[1]).toBe('');
    expect(assets(h).sort()).toEqual([
      ['clip', 'Video', 'One/', 'clip.mp4', true],
      ['doc', 'Pdf', 'One/', 'doc.pdf', true],
      ['kestrel', 'Image', 'One/images/', 'kestrel.png', true],
    ]);
    // Sizes posted by the first POST are kept when a later POST extends the job.
    expect([fileSize(h, 'kestrel'), fileSize(h, 'clip'), fileSize(h, 'doc')]).toEqual([7, 8, 11]);
  });
  it('overwrite=false skips a taken name (DuplicateSkipped); readyForPublish=false marks nothing; a later POST\'s uploadParams are ignored', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'keep', uploadParams: { ...OPTIONS, overwrite: false, readyForPublish: false } }, [file('kestrel.jpg', 5)]);
    post(h, { jobHandle: handle, endJob: true, uploadParams: OPTIONS }, [file('owl.jpg', 6)]);
    expect(active(h, handle)[0]?.uploadPostJob).toMatchObject({ overwrite: false, readyForPublish: false });
    h.clock.advance(MINUTE);
    expect(logTypes(h, handle).filter(([type]) => /^(Upload|File|Duplicate)/.test(type!))).toEqual([['DuplicateSkipped', 'a|11'], ['UploadSuccess', expect.stringMatching(/^a\|\d+$/)]]);
    expect(assets(h).sort()).toEqual([
      ['kestrel', 'Image', 'One/images/', 'kestrel.jpg', true],
      ['owl', 'Image', 'One/', 'owl.jpg', false],
    ]);
  });
  it('a file named twice in one job is one asset, updated by the second', () => {
    const h = servlet();
    const handle = post(h, { jobName: 'twice', uploadParams: OPTIONS }, [file('tern.jpg', 1)]);
    post(h, { jobHandle: handle, endJob: true }, [file('images/tern.jpg', 2)]);
    h.clock.advance(MINUTE);
    const lines = logTypes(h, handle).filter(([type]) => /^(Upload|File)/.test(type!));
    expect(lines.map(([type]) => type)).toEqual(['UploadSuccess', 'FileUpdated']);
    expect(lines[0]?.[1]).toBe(lines[1]?.[1]);
    expect(assets(h).filter(([name]) => name === 'tern')).toEqual([['tern', 'Image', 'One/images/', 'tern.jpg', true]]);
    expect(fileSize(h, 'tern')).toBe(2);
  });
});

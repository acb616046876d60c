/**
 * Unit tests of how submitted jobs act on the catalogue (README "Jobs act on the catalogue"): upload jobs
 * create or update one asset per file when its log line is written, publish jobs publish the assets
 * marked for publish (at most 60), a stop keeps what was done before it; job inputs must exist
 * (docs/decisions.md §14).
 */
import { describe, expect, it } from 'vitest';
import { C, harness, T0 } from './harness.js';

const images = (n: number, over: object = {}) => Array.from({ length: n }, (_, i) => ({ company: C, name: `img-${i}`, type: 'Image', handle: `a|${100 + i}`, folder: 'images/', ...over }));
const CATALOGUE = {
  folders: [{ company: C, path: 'images/' }, { company: C, path: 'docs/' }, { company: C, path: 'video/' }],
  assets: [
    { company: C, name: 'kestrel', type: 'Image', handle: 'a|11', folder: 'images/' },
    { company: C, name: 'hidden', type: 'Image', handle: 'a|12', folder: 'images/', publishState: 'NotMarkedForPublish' },
    { company: C, name: 'manual', type: 'Pdf', handle: 'a|13', folder: 'docs/' },
    { company: C, name: 'clip', type: 'Video', handle: 'a|14', folder: 'video/' },
  ],
};
const cat = (extra: object[] = []) => harness('2014-04-03', { ...CATALOGUE, assets: [...CATALOGUE.assets, ...extra] });
type H = ReturnType<typeof cat>;
const OPTS = { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None' };
const urls = (...destPaths: string[]) => ({ urlArray: { items: destPaths.map((destPath) => ({ sourceUrl: `https://example.com/${destPath}`, destPath })) } });
const assets = (h: H) => (h.run('searchAssets', { companyHandle: C, includeSubfolders: true }).assetArray?.items ?? []).map((a) => [a.name, a.type, a.folder, a.fileName]);
/** The per-file lines of a job's log: [logType, assetHandle]. */
const fileLines = (h: H, originalName: string) =>
  (h.run('getJobLogDetails', { companyHandle: C, originalName }).jobLogArray.items?.[0]?.detailArray?.items ?? [])
    .filter((d) => d.assetType !== undefined)
    .map((d) => [d.logType, d.assetHandle, d.assetType]);
const history = (h: H, assetHandle: string) => (h.run('getAssetPublishHistory', { companyHandle: C, assetHandle }).pubHistoryArray?.items ?? []).map((i) => i.serverName);

describe('upload jobs', () => {
  it('upload by URL: one asset per destPath (name without extension, type by extension); a taken name is updated; another type is an UploadError', () => {
    const h = cat();
    h.run('submitJob', { companyHandle: C, jobName: 'u', uploadUrlsJob: { ...OPTS, ...urls('images/new/gull.JPG', 'kestrel.tif', 'video/run.mov', 'docs/spec.pdf', 'notes.txt', 'noext') } });
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items?.[0]?.totalSize).toBe(6);
    h.clock.advance(60_000);
    const lines = fileLines(h, 'u');
    expect(lines.map(([t, , type]) => [t, type])).toEqual([
      ['UploadSuccess', 'MasterImage'], ['FileUpdated', 'MasterImage'], ['UploadSuccess', 'Video'], ['UploadSuccess', 'Pdf'], ['UploadError', 'NoType'], ['UploadError', 'NoType'],
    ]);
    expect(lines[1]?.[1]).toBe('a|11');
    expect(assets(h).filter(([name]) => !['hidden', 'manual', 'clip'].includes(name!)).sort()).toEqual([
      ['gull', 'Image', 'One/images/new/', 'gull.JPG'],
      ['kestrel', 'Image', 'One/', 'kestrel.tif'],
      ['run', 'Video', 'One/video/', 'run.mov'],
      ['spec', 'Pdf', 'One/docs/', 'spec.pdf'],
    ]);
  });
  it('overwrite=false skips a taken name; readyForPublish=false leaves new assets unmarked; the same name twice in a job is one asset', () => {
    const h = cat();
    h.run('submitJob', { companyHandle: C, jobName: 'u', uploadUrlsJob: { ...OPTS, overwrite: false, readyForPublish: false, ...urls('kestrel.jpg', 'a/tern.png', 'b/tern.png') } });
    h.clock.advance(60_000);
    const lines = fileLines(h, 'u');
    expect(lines.map(([t]) => t)).toEqual(['DuplicateSkipped', 'UploadSuccess', 'DuplicateSkipped']);
    expect(lines[0]?.[1]).toBe('a|11');
    expect(lines[2]?.[1]).toBe(lines[1]?.[1]);
    const got = h.run('getAssetsByName', { companyHandle: C, nameArray: { items: ['kestrel', 'tern'] } }).assetArray?.items ?? [];
    expect(got.map((a) => [a.name, a.folder, a.readyForPublish])).toEqual([['kestrel', 'One/images/', true], ['tern', 'One/a/', false]]);
  });
  it('each file becomes an asset when its log line is written, not before; a stop keeps what was done before it', () => {
    const h = cat();
    h.run('submitJob', { companyHandle: C, jobName: 'u', uploadUrlsJob: { ...OPTS, ...urls(...Array.from({ length: 20 }, (_, i) => `up/f${i}.jpg`)) } });
    const mine = () => assets(h).filter(([, , folder]) => folder === 'One/up/').length;
    h.clock.advance(2_000);
    expect(mine()).toBe(0);
    h.clock.advance(4_000);
    const midway = mine();
    expect(midway).toBeGreaterThan(0);
    expect(midway).toBeLessThan(20);
    h.run('stopJob', { companyHandle: C, jobHandle: 'j|1|u||' });
    h.clock.advance(60_000);
    expect(mine()).toBe(midway);
  });
  it('upload from a server directory: the files drawn for the job go into destFolder (the root without one)', () => {
    const h = cat();
    h.run('submitJob', { companyHandle: C, jobName: 'd', uploadDirectoryJob: { ...OPTS, serverDir: '/in', destFolder: 'images/drop', includeSubfolders: false, processMetadataFiles: false } });
    h.run('submitJob', { companyHandle: C, jobName: 'r', uploadDirectoryJob: { ...OPTS, serverDir: '/in', includeSubfolders: false, processMetadataFiles: false } });
    const [d, r] = h.run('getActiveJobs', { companyHandle: C }).jobArray.items ?? [];
    h.clock.advance(120_000);
    const folders = assets(h).filter(([, , folder]) => folder !== 'One/images/' && folder !== 'One/docs/' && folder !== 'One/video/').map(([, , folder, fileName]) => `${folder}${fileName}`);
    const inDrop = folders.filter((p) => p.startsWith('One/images/drop/'));
    const atRoot = folders.filter((p) => /^One\/[^/]+$/.test(p));
    // Every drawn file is a new asset (image, video or PDF), each in its job's folder.
    expect(inDrop.length + atRoot.length).toBe(folders.length);
    expect(fileLines(h, 'd').filter(([t]) => t === 'UploadSuccess')).toHaveLength(inDrop.length);
    expect(fileLines(h, 'r').filter(([t]) => t === 'UploadSuccess')).toHaveLength(atRoot.length);
    expect([inDrop.length, atRoot.length]).toEqual([d?.totalSize, r?.totalSize]);
    expect(inDrop.every((p) => /\/[a-z]+_\d{4}\.(jpg|tif|png|mp4|pdf)$/.test(p))).toBe(true);
  });
});

describe('publish jobs', () => {
  it('image serving publishes the images marked for publish, video publish the videos, server directory images and PDFs', () => {
    const h = cat();
    h.run('submitJob', { companyHandle: C, jobName: 'is', imageServingPublishJob: { publishType: 'Full', emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'ir', imageRenderingPublishJob: { emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'v', videoPublishJob: { emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'sd', serverDirectoryPublishJob: { emailSetting: 'None' } });
    h.clock.advance(120_000);
    expect(history(h, 'a|11').sort()).toEqual(['ImageRendering', 'ImageServing', 'ServerDirectory']);
    expect(history(h, 'a|12')).toEqual([]);
    expect(history(h, 'a|13')).toEqual(['ServerDirectory']);
    expect(history(h, 'a|14')).toEqual(['VideoServer']);
    expect(fileLines(h, 'v')).toEqual([['VideoPublishSuccess', 'a|14', 'Video']]);
    expect(fileLines(h, 'sd').map(([, handle, type]) => [handle, type]).sort()).toEqual([['a|11', 'OptimizedImage'], ['a|13', 'Pdf']]);
    const formats = h.run('getAssetPublishHistory', { companyHandle: C, assetHandle: 'a|11' }).pubHistoryArray?.items?.map((i) => [i.serverName, i.publishFormat]).sort();
    expect(formats).toEqual([['ImageRendering', 'Image Rendering'], ['ImageServing', 'Image Serving'], ['ServerDirectory', 'Server Directory']]);
  });
  it('at most 60 assets per publish job, the most recently changed kept', () => {
    const h = cat(images(70, { created: '2026-11-01T00:00:00Z' }));
    h.clock.advance(1_000);
    h.run('renameAsset', { companyHandle: C, assetHandle: 'a|169', newName: 'fresh', validateName: true });
    h.run('submitJob', { companyHandle: C, jobName: 'is', imageServingPublishJob: { publishType: 'Full', emailSetting: 'None' } });
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items?.[0]?.totalSize).toBe(60);
    h.clock.advance(300_000);
    const published = fileLines(h, 'is').map(([, handle]) => handle);
    expect(new Set(published).size).toBe(60);
    // The one changed last is published though 70 unchanged ones compete for the other 59 places.
    expect(published).toContain('a|169');
  });
  it('a scheduled publish changes nothing when submitted; a job that names no assets (optimize) changes nothing', () => {
    const h = cat();
    h.run('submitJob', { companyHandle: C, jobName: 'later', execTime: T0 + 3_600_000, imageServingPublishJob: { publishType: 'Full', emailSetting: 'None' } });
    h.run('submitJob', { companyHandle: C, jobName: 'opt', optimizeImagesJob: { emailSetting: 'None' } });
    h.clock.advance(120_000);
    expect(history(h, 'a|11')).toEqual([]);
    expect(assets(h)).toHaveLength(4);
  });
});

describe('job inputs', () => {
  it('assets a job names must be the company\'s: 30001 naming the item; nothing is submitted', () => {
    const h = cat();
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', ripPdfsJob: { pdfHandleArray: { items: ['a|13', 'a|101'] }, emailSetting: 'None' } })).toEqual({
      code: 30001,
      reason: "submitJobParam/ripPdfsJob/pdfHandleArray/items[2] 'a|101' does not name an asset of company c|1",
    });
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', reprocessAssetsJob: { assetHandleArray: { items: ['nope'] }, emailSetting: 'None' } }).reason).toBe(
      "submitJobParam/reprocessAssetsJob/assetHandleArray/items[1] 'nope' is not an asset handle; asset handles look like a|581084652",
    );
    expect(h.fails('submitJob', { companyHandle: C, jobName: 'x', exportJob: { assetHandleArray: { items: ['a|11', 'a|77'] }, fmt: 'orig' } }).reason).toMatch(/^submitJobParam\/exportJob\/assetHandleArray\/items\[2\] 'a\|77'/);
    expect(h.run('getActiveJobs', { companyHandle: C }).jobArray.items).toEqual([]);
    expect(h.run('submitJob', { companyHandle: C, jobName: 'ok', ripPdfsJob: { pdfHandleArray: { items: ['a|13'] }, emailSetting: 'None' } }).jobHandle).toBe('j|1|ok||');
  });
});

/**
 * Unit tests of renameAsset, moveAsset, deleteAsset, deleteAssets, setAssetPublishState and
 * getAssetPublishHistory (README "Companies, folders and assets"; capture rename_asset--failure for the
 * clash wording): who and when a change records, refusals, the per-handle errors of deleteAssets.
 */
import { describe, expect, it } from 'vitest';
import { C, catalogueAtT0, ROOT, T0 } from './harness.js';

const CATALOGUE = {
  folders: [{ company: C, path: 'images/' }, { company: C, path: 'docs/' }],
  assets: [
    { company: C, name: 'tent-a', type: 'Image', handle: 'a|11', folder: 'images/' },
    { company: C, name: 'tent-b', type: 'Image', handle: 'a|12', folder: 'images/' },
    { company: C, name: 'manual', type: 'Pdf', handle: 'a|13', folder: 'docs/' },
  ],
};
const cat = () => catalogueAtT0(CATALOGUE);
type H = ReturnType<typeof cat>;
const R = ROOT;
const asset = (h: H, handle: string) => h.run('getAssets', { companyHandle: C, assetHandleArray: { items: [handle] } }).assetArray?.items?.[0];
const folderModified = (h: H, path: string) => h.run('getFolders', { companyHandle: C }).folderArray?.items?.find((f) => f.path === path)?.lastModified;

describe('renameAsset', () => {
  it('records who changed it and when; validateName=false lets a name repeat; a name with / \\ | or blank is refused', () => {
    const h = cat();
    h.clock.advance(3_000);
    expect(h.run('renameAsset', { companyHandle: C, assetHandle: 'a|11', newName: 'tent-c', validateName: true }, 'user@example.com')).toEqual({});
    expect(asset(h, 'a|11')).toMatchObject({ name: 'tent-c', lastModified: T0 + 3_000, lastModifyUser: 'user@example.com' });
    expect(folderModified(h, `${R}images/`)).toBe(T0 + 3_000);
    // Its own name again is no clash.
    h.run('renameAsset', { companyHandle: C, assetHandle: 'a|11', newName: 'tent-c', validateName: true });
    h.run('renameAsset', { companyHandle: C, assetHandle: 'a|11', newName: 'tent-b', validateName: false });
    expect(h.run('getAssetsByName', { companyHandle: C, nameArray: { items: ['tent-b'] } }).assetArray?.items?.map((a) => a.assetHandle).sort()).toEqual(['a|11', 'a|12']);
    for (const bad of ['a/b', 'a\\b', 'a|b', ' ']) {
      expect(h.fails('renameAsset', { companyHandle: C, assetHandle: 'a|12', newName: bad, validateName: true })).toEqual({ code: 30001, reason: `newName '${bad}' must be non-empty and must not contain '/', '\\' or '|'` });
    }
  });
  it('a handle that is malformed or names no asset of the company is 30001', () => {
    const h = cat();
    expect(h.fails('renameAsset', { companyHandle: C, assetHandle: '11', newName: 'x', validateName: true })).toEqual({ code: 30001, reason: "assetHandle '11' is not an asset handle; asset handles look like a|581084652" });
    expect(h.fails('renameAsset', { companyHandle: C, assetHandle: 'a|99', newName: 'x', validateName: true })).toEqual({ code: 30001, reason: "assetHandle 'a|99' does not name an asset of company c|1" });
  });
});

describe('moveAsset, setAssetPublishState', () => {
  it('moveAsset: the new folder, who and when; both folders marked changed; an unknown folder is 30001', () => {
    const h = cat();
    h.clock.advance(4_000);
    h.run('moveAsset', { companyHandle: C, assetHandle: 'a|12', folderHandle: `f|${R}docs/` }, 'user@example.com');
    expect(asset(h, 'a|12')).toMatchObject({ folder: `${R}docs/`, lastModified: T0 + 4_000, lastModifyUser: 'user@example.com' });
    expect([folderModified(h, `${R}images/`), folderModified(h, `${R}docs/`)]).toEqual([T0 + 4_000, T0 + 4_000]);
    expect(h.fails('moveAsset', { companyHandle: C, assetHandle: 'a|12', folderHandle: `f|${R}nowhere/` }).code).toBe(30001);
  });
  it('setAssetPublishState: either state, who and when; another value is 30001 naming both', () => {
    const h = cat();
    h.clock.advance(2_000);
    h.run('setAssetPublishState', { companyHandle: C, assetHandle: 'a|13', publishState: 'NotMarkedForPublish' }, 'user@example.com');
    expect(asset(h, 'a|13')).toMatchObject({ readyForPublish: false, lastModified: T0 + 2_000, lastModifyUser: 'user@example.com' });
    h.run('setAssetPublishState', { companyHandle: C, assetHandle: 'a|13', publishState: 'MarkedForPublish' });
    expect(asset(h, 'a|13')?.readyForPublish).toBe(true);
    expect(h.fails('setAssetPublishState', { companyHandle: C, assetHandle: 'a|13', publishState: 'Yes' })).toEqual({ code: 30001, reason: "publishState 'Yes' must be one of: MarkedForPublish, NotMarkedForPublish" });
  });
});

describe('deleteAsset, deleteAssets', () => {
  it('deleteAssets deletes what it can; each malformed or unknown handle is one 30001 error, no warnings', () => {
    const h = cat();
    const r = h.run('deleteAssets', { companyHandle: C, assetHandleArray: { items: ['a|11', 'x|1', 'a|99', 'a|13'] } });
    expect(r).toEqual({
      successCount: 2,
      warningCount: 0,
      errorCount: 2,
      warningDetailArray: { items: [] },
      errorDetailArray: { items: [{ assetHandle: 'x|1', code: 30001, reason: "'x|1' is not an asset handle" }, { assetHandle: 'a|99', code: 30001, reason: "'a|99' does not name an asset of company c|1" }] },
    });
    expect(h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|11', 'a|12', 'a|13'] } }).assetArray?.items?.map((a) => a.name)).toEqual(['tent-b']);
    expect(h.run('deleteAssets', { companyHandle: C, assetHandleArray: {} })).toMatchObject({ successCount: 0, errorCount: 0 });
  });
  it('deleteAsset removes one; its folder is marked changed', () => {
    const h = cat();
    h.clock.advance(1_000);
    expect(h.run('deleteAsset', { companyHandle: C, assetHandle: 'a|13' })).toEqual({});
    expect(asset(h, 'a|13')).toBeUndefined();
    expect(folderModified(h, `${R}docs/`)).toBe(T0 + 1_000);
  });
});

describe('getAssetPublishHistory', () => {
  it('empty before a publish; one entry per publish job that published the asset, with its server and format', () => {
    const h = cat();
    expect(h.run('getAssetPublishHistory', { companyHandle: C, assetHandle: 'a|11' })).toEqual({ pubHistoryArray: { items: [] } });
    h.run('submitJob', { companyHandle: C, jobName: 'pub', imageServingPublishJob: { publishType: 'Full', emailSetting: 'None' } });
    h.clock.advance(60_000);
    const items = h.run('getAssetPublishHistory', { companyHandle: C, assetHandle: 'a|11' }).pubHistoryArray?.items ?? [];
    expect(items.map((i) => [i.serverName, i.contextName, i.publishFormat])).toEqual([['ImageServing', 'Default', 'Image Serving']]);
    expect(items[0]?.lastPublished).toBeGreaterThan(T0);
    // A PDF is not published to Image Serving.
    expect(h.run('getAssetPublishHistory', { companyHandle: C, assetHandle: 'a|13' }).pubHistoryArray?.items).toEqual([]);
    expect(h.fails('getAssetPublishHistory', { companyHandle: C, assetHandle: 'a|77' }).code).toBe(30001);
  });
});

/** Unit tests of the folder and asset operations on a fixture catalogue (no faked assets), called directly. */
import { describe, expect, it } from 'vitest';
import type { SearchAssetsParam } from '../../../src/schema/wire-types.js';
import { C, harness } from './harness.js';

const CATALOGUE = {
  folders: [{ company: C, path: 'images/tents/' }, { company: C, path: 'docs/' }],
  assets: [
    { company: C, name: 'tent-a', type: 'Image', handle: 'a|11', folder: 'images/tents/', width: 3000, height: 2000 },
    { company: C, name: 'tent-b', type: 'Image', handle: 'a|12', folder: 'images/tents/', publishState: 'NotMarkedForPublish' },
    { company: C, name: 'manual', type: 'Pdf', handle: 'a|13', folder: 'docs/', fileName: 'manual.pdf' },
    { company: C, name: 'clip', type: 'Video', handle: 'a|14', folder: 'images/' },
  ],
};
const cat = () => harness('2014-04-03', CATALOGUE);
const ROOT = 'One/';

describe('folders', () => {
  it('getFolders lists below a path; getFolderTree nests to a depth', () => {
    const h = cat();
    const paths = (p: object = {}) => (h.run('getFolders', { companyHandle: C, ...p }).folderArray?.items ?? []).map((f) => f.path);
    expect(paths()).toEqual(expect.arrayContaining([`${ROOT}images/`, `${ROOT}images/tents/`, `${ROOT}docs/`]));
    expect(paths({ folderPath: `${ROOT}images/` })).toEqual([`${ROOT}images/tents/`]);
    const tree = h.run('getFolderTree', { companyHandle: C, depth: 1 }).folders;
    expect(tree?.path).toBe(ROOT);
    expect((tree?.subfolderArray?.items ?? []).map((f) => f.path)).toEqual([`${ROOT}docs/`, `${ROOT}images/`]);
    expect(h.fails('getFolders', { companyHandle: C, folderPath: `${ROOT}nowhere/` }).code).toBe(30001);
  });
  it('create (with parents), rename, delete; the root cannot be deleted; a clash is 30000', () => {
    const h = cat();
    expect(h.run('createFolder', { companyHandle: C, folderPath: `${ROOT}new/a/` }).folderHandle).toBe(`f|${ROOT}new/a/`);
    expect(h.fails('createFolder', { companyHandle: C, folderPath: 'new/a' }).code).toBe(30000);
    expect(h.run('renameFolder', { companyHandle: C, folderHandle: `f|${ROOT}new/`, folderName: 'newer' }).folderHandle).toBe(`f|${ROOT}newer/`);
    expect((h.run('getFolders', { companyHandle: C, folderPath: `${ROOT}newer/` }).folderArray?.items ?? []).map((f) => f.path)).toEqual([`${ROOT}newer/a/`]);
    h.run('deleteFolder', { companyHandle: C, folderHandle: `f|${ROOT}newer/` });
    expect(h.fails('getFolders', { companyHandle: C, folderPath: `${ROOT}newer/` }).code).toBe(30001);
    expect(h.fails('deleteFolder', { companyHandle: C, folderHandle: `f|${ROOT}` }).reason).toMatch(/root folder .* cannot be deleted/);
  });
});

describe('assets', () => {
  it('searchAssets by folder (with or without subfolders), type, paging; getAssets; getAssetsByName', () => {
    const h = cat();
    const names = (p: Omit<SearchAssetsParam, 'companyHandle'>) => (h.run('searchAssets', { companyHandle: C, ...p }).assetArray?.items ?? []).map((a) => a.name);
    expect(names({ includeSubfolders: true })?.sort()).toEqual(['clip', 'manual', 'tent-a', 'tent-b']);
    expect(names({ folder: `${ROOT}images/`, includeSubfolders: false })).toEqual(['clip']);
    expect(names({ folder: `${ROOT}images/`, includeSubfolders: true })?.sort()).toEqual(['clip', 'tent-a', 'tent-b']);
    expect(names({ includeSubfolders: true, assetTypeArray: { items: ['Pdf'] } })).toEqual(['manual']);
    const page = h.run('searchAssets', { companyHandle: C, includeSubfolders: true, recordsPerPage: 2, resultsPage: 2 });
    expect(page.totalRows).toBe(4);
    expect(page.assetArray?.items).toHaveLength(2);
    expect((h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|13', 'a|99'] } }).assetArray?.items ?? []).map((a) => a.name)).toEqual(['manual']);
    expect((h.run('getAssetsByName', { companyHandle: C, nameArray: { items: ['tent-b', 'nope'] } }).assetArray?.items ?? []).map((a) => a.assetHandle)).toEqual(['a|12']);
  });
  it('rename (the real clash wording), move, publish state, delete, deleteAssets', () => {
    const h = cat();
    expect(h.fails('renameAsset', { companyHandle: C, assetHandle: 'a|11', newName: 'tent-b', validateName: true })).toEqual({ code: 30000, reason: "Asset ID 'tent-b' is already in use." });
    h.run('renameAsset', { companyHandle: C, assetHandle: 'a|11', newName: 'tent-c', validateName: true }, 'user@example.com');
    const a = h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|11'] } }).assetArray?.items?.[0];
    expect([a?.name, a?.lastModifyUser]).toEqual(['tent-c', 'user@example.com']);
    h.run('moveAsset', { companyHandle: C, assetHandle: 'a|11', folderHandle: `f|${ROOT}docs/` });
    h.run('setAssetPublishState', { companyHandle: C, assetHandle: 'a|11', publishState: 'NotMarkedForPublish' });
    const moved = h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|11'] } }).assetArray?.items?.[0];
    expect([moved?.folder, moved?.readyForPublish]).toEqual([`${ROOT}docs/`, false]);
    expect(h.fails('setAssetPublishState', { companyHandle: C, assetHandle: 'a|11', publishState: 'Published' }).code).toBe(30001);
    h.run('deleteAsset', { companyHandle: C, assetHandle: 'a|11' });
    expect(h.fails('deleteAsset', { companyHandle: C, assetHandle: 'a|11' }).code).toBe(30001);
    const many = h.run('deleteAssets', { companyHandle: C, assetHandleArray: { items: ['a|12', 'a|13', 'a|1'] } });
    expect([many.successCount, many.errorCount, many.errorDetailArray?.items?.[0]?.assetHandle]).toEqual([2, 1, 'a|1']);
  });
});

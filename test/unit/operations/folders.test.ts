/**
 * Unit tests of getFolders, getFolderTree, createFolder, renameFolder and deleteFolder (docs/decisions.md
 * §7: folder handles f|<full path>, flat getFolders in path order, getFolderTree depth, parents created,
 * contents deleted, the root kept; README "Limits": at most 2,000 folders, then 30000).
 */
import { describe, expect, it } from 'vitest';
import { C, catalogueAtT0, harness, ROOT, T0 } from './harness.js';

const CATALOGUE = {
  folders: [{ company: C, path: 'images/tents/alpine/' }, { company: C, path: 'images/boots/' }, { company: C, path: 'docs/' }],
  assets: [
    { company: C, name: 'tent-a', type: 'Image', handle: 'a|11', folder: 'images/tents/alpine/' },
    { company: C, name: 'manual', type: 'Pdf', handle: 'a|13', folder: 'docs/' },
    { company: C, name: 'clip', type: 'Video', handle: 'a|14', folder: 'images/boots/' },
  ],
};
const cat = () => catalogueAtT0(CATALOGUE);
type H = ReturnType<typeof cat>;
const R = ROOT;
const paths = (h: H, p: object = {}) => (h.run('getFolders', { companyHandle: C, ...p }).folderArray?.items ?? []).map((f) => f.path);
type Tree = { path?: string; subfolderArray?: { items?: readonly Tree[] } };
/** A folder tree as nested [path, children] pairs. */
const shape = (t: Tree | undefined): unknown => [t?.path, (t?.subfolderArray?.items ?? []).map(shape)];
const tree = (h: H, p: { depth: number; folderPath?: string; assetTypeArray?: { items: string[] } }) => shape(h.run('getFolderTree', { companyHandle: C, ...p }).folders);

describe('reading folders', () => {
  it('getFolders: every folder below folderPath, flat and in path order; the path with or without the root and the slash', () => {
    const h = cat();
    expect(paths(h)).toEqual([`${R}docs/`, `${R}images/`, `${R}images/boots/`, `${R}images/tents/`, `${R}images/tents/alpine/`]);
    expect(paths(h, { folderPath: 'images/tents' })).toEqual([`${R}images/tents/alpine/`]);
    expect(paths(h, { folderPath: `${R}images/tents/` })).toEqual([`${R}images/tents/alpine/`]);
    expect(paths(h, { folderPath: '/' })).toHaveLength(5);
    expect(h.fails('getFolders', { companyHandle: C, folderPath: 'images/../docs/' })).toEqual({ code: 30001, reason: "folderPath 'images/../docs/' is not a folder path; use 'One/images/products/' or 'images/products/'" });
    expect(h.fails('getFolders', { companyHandle: C, folderPath: 'nowhere' })).toEqual({ code: 30001, reason: "folderPath 'nowhere' does not name a folder of company c|1" });
  });
  it('getFolders with assetTypeArray: only folders holding an asset of those types, and their parents', () => {
    const h = cat();
    expect(paths(h, { assetTypeArray: { items: ['Image'] } })).toEqual([`${R}images/`, `${R}images/tents/`, `${R}images/tents/alpine/`]);
    expect(paths(h, { assetTypeArray: { items: ['Video', 'Pdf'] } })).toEqual([`${R}docs/`, `${R}images/`, `${R}images/boots/`]);
    expect(paths(h, { assetTypeArray: { items: [] } })).toHaveLength(5);
  });
  it('getFolderTree: depth 0 the top level below the start, n more levels, negative the whole tree', () => {
    const h = cat();
    expect(tree(h, { depth: 0 })).toEqual([R, [[`${R}docs/`, []], [`${R}images/`, []]]]);
    expect(tree(h, { depth: 1 })).toEqual([R, [[`${R}docs/`, []], [`${R}images/`, [[`${R}images/boots/`, []], [`${R}images/tents/`, []]]]]]);
    const whole = [R, [[`${R}docs/`, []], [`${R}images/`, [[`${R}images/boots/`, []], [`${R}images/tents/`, [[`${R}images/tents/alpine/`, []]]]]]]];
    expect(tree(h, { depth: -1 })).toEqual(whole);
    expect(tree(h, { depth: 2 })).toEqual(whole);
    expect(tree(h, { depth: 0, folderPath: 'images/' })).toEqual([`${R}images/`, [[`${R}images/boots/`, []], [`${R}images/tents/`, []]]]);
    expect(tree(h, { depth: -1, assetTypeArray: { items: ['Pdf'] } })).toEqual([R, [[`${R}docs/`, []]]]);
  });
  it('a folder shows whether it has subfolders', () => {
    const h = cat();
    const flags = (h.run('getFolders', { companyHandle: C }).folderArray?.items ?? []).map((f) => [f.path, f.hasSubfolders]);
    expect(flags).toEqual([[`${R}docs/`, false], [`${R}images/`, true], [`${R}images/boots/`, false], [`${R}images/tents/`, true], [`${R}images/tents/alpine/`, false]]);
  });
});

describe('changing folders', () => {
  it('createFolder: f|<full path>, parents created, the parent marked changed at the mock time; an existing folder is 30000', () => {
    const h = cat();
    h.clock.advance(5_000);
    expect(h.run('createFolder', { companyHandle: C, folderPath: 'docs/new/deeper' })).toEqual({ folderHandle: `f|${R}docs/new/deeper/` });
    expect(paths(h, { folderPath: 'docs/' })).toEqual([`${R}docs/new/`, `${R}docs/new/deeper/`]);
    const docs = h.run('getFolders', { companyHandle: C, folderPath: R }).folderArray?.items?.find((f) => f.path === `${R}docs/`);
    expect(docs?.lastModified).toBe(T0 + 5_000);
    expect(h.fails('createFolder', { companyHandle: C, folderPath: `${R}docs/new/` })).toEqual({ code: 30000, reason: `Folder '${R}docs/new/' already exists` });
    expect(h.fails('createFolder', { companyHandle: C, folderPath: 'a//b' }).code).toBe(30001);
    expect(h.fails('createFolder', { companyHandle: C, folderPath: 'a\\b' }).code).toBe(30001);
  });
  it('a company holds at most 2,000 folders: beyond, 30000 saying so', () => {
    // The root and 1,998 fixture folders: one more fits, a second does not.
    const h = harness('2014-04-03', { folders: Array.from({ length: 1_998 }, (_, i) => ({ company: C, path: `f${i}/` })) });
    expect(h.run('createFolder', { companyHandle: C, folderPath: 'last' })).toEqual({ folderHandle: `f|${R}last/` });
    expect(h.fails('createFolder', { companyHandle: C, folderPath: 'over' })).toEqual({
      code: 30000,
      reason: 'a company holds at most 2000 folders in ips-mock; delete assets or folders, or use another company',
    });
  });
  it('renameFolder: the handles below change with it; one name only; not the root; not onto another folder', () => {
    const h = cat();
    const rename = (folderHandle: string, folderName: string) => h.run('renameFolder', { companyHandle: C, folderHandle, folderName });
    const refused = (folderHandle: string, folderName: string) => h.fails('renameFolder', { companyHandle: C, folderHandle, folderName });
    expect(rename(`f|${R}images/tents/`, ' shelters/ ')).toEqual({ folderHandle: `f|${R}images/shelters/` });
    expect(paths(h, { folderPath: 'images/' })).toEqual([`${R}images/boots/`, `${R}images/shelters/`, `${R}images/shelters/alpine/`]);
    expect(h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|11'] } }).assetArray?.items?.[0]?.folder).toBe(`${R}images/shelters/alpine/`);
    expect(rename(`f|${R}images/boots/`, 'boots')).toEqual({ folderHandle: `f|${R}images/boots/` });
    for (const bad of ['', 'a/b', 'a\\b', 'a|b', '.', '..']) expect(refused(`f|${R}images/boots/`, bad)).toEqual({ code: 30001, reason: `folderName '${bad}' must be one folder name, without '/', '\\' or '|'` });
    expect(refused(`f|${R}`, 'Two')).toEqual({ code: 30001, reason: `The company root folder '${R}' cannot be renamed` });
    expect(refused(`f|${R}images/boots/`, 'shelters')).toEqual({ code: 30000, reason: `Folder '${R}images/shelters/' already exists` });
    expect(refused(`${R}images/boots/`, 'x')).toEqual({ code: 30001, reason: `folderHandle '${R}images/boots/' is not a folder handle; folder handles look like f|${R}images/` });
    expect(refused(`f|${R}nowhere/`, 'x')).toEqual({ code: 30001, reason: `folderHandle 'f|${R}nowhere/' does not name a folder of company c|1` });
  });
  it('deleteFolder removes the folder, its subfolders and their assets; never the root', () => {
    const h = cat();
    expect(h.run('deleteFolder', { companyHandle: C, folderHandle: `f|${R}images/tents/` })).toEqual({});
    expect(paths(h)).toEqual([`${R}docs/`, `${R}images/`, `${R}images/boots/`]);
    expect(h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|11', 'a|14'] } }).assetArray?.items?.map((a) => a.name)).toEqual(['clip']);
    expect(h.fails('deleteFolder', { companyHandle: C, folderHandle: `f|${R}` })).toEqual({ code: 30001, reason: `The company root folder '${R}' cannot be deleted` });
  });
});

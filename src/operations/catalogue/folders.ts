/**
 * getFolders, getFolderTree, createFolder, renameFolder, deleteFolder.
 * Folder handles are `f|<full path>` (the form of the real answers), so a
 * rename changes the handles of the folder and everything below it.
 * Decisions: getFolders lists every folder below folderPath (flat, in path
 * order); createFolder creates missing parent folders; deleteFolder removes
 * the folder with its subfolders and assets; the root cannot be renamed or deleted.
 */
import { parentPath, type Catalogue, type FolderRecord } from '../../data/catalogue/catalogue.js';
import { fault } from '../../faults/catalogue.js';
import { folderHandleOf, folderView } from '../../views/asset-view.js';
import type { OperationHandler } from '../context.js';
import { catalogueScope, changing, folderByHandle, folderByPath, normalizeFolderPath } from './catalogue-scope.js';

const byPath = (a: FolderRecord, b: FolderRecord) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Folders holding an asset of one of the types (with their parents), when assetTypeArray filters. */
function withAssetTypes(cat: Catalogue, types: readonly string[] | undefined): ((f: FolderRecord) => boolean) | undefined {
  if (!types || types.length === 0) return undefined;
  const keep = new Set<string>();
  for (const a of cat.assets.values()) {
    if (!types.includes(a.type)) continue;
    for (let p: string | undefined = a.folder; p !== undefined; p = parentPath(p)) keep.add(p);
  }
  return (f) => keep.has(f.path);
}

const assetTypes = (v: { readonly items?: readonly string[] } | undefined): readonly string[] | undefined => v?.items;

export const getFolders: OperationHandler<'getFolders'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const start = folderByPath(cat, ctx.params.folderPath ?? '', 'folderPath');
  const filter = withAssetTypes(cat, assetTypes(ctx.params.assetTypeArray));
  const items = [...cat.folders.values()]
    .filter((f) => f.path !== start.path && f.path.startsWith(start.path) && (!filter || filter(f)))
    .sort(byPath)
    .map((f) => folderView(f, cat));
  return { folderArray: { items } };
};

export const getFolderTree: OperationHandler<'getFolderTree'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const start = folderByPath(cat, ctx.params.folderPath ?? '', 'folderPath');
  const depth = ctx.params.depth;
  const filter = withAssetTypes(cat, assetTypes(ctx.params.assetTypeArray));
  // depth 0 = the top-level folders below the start; n = n more levels; negative = the whole tree.
  const tree = (f: FolderRecord, level: number): Record<string, unknown> => {
    const subs = level <= depth || depth < 0 ? cat.subfolders(f.path).filter((s) => !filter || filter(s)).sort(byPath) : [];
    return { ...folderView(f, cat), subfolderArray: { items: subs.map((s) => tree(s, level + 1)) } };
  };
  return { folders: tree(start, 0) };
};

export const createFolder: OperationHandler<'createFolder'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const path = normalizeFolderPath(scope.cat, ctx.params.folderPath, 'folderPath');
  if (scope.cat.folders.has(path)) throw fault('exception', `Folder '${path}' already exists`);
  changing(() => scope.cat.addFolder(path, ctx.now));
  return { folderHandle: folderHandleOf(path) };
};

export const renameFolder: OperationHandler<'renameFolder'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const f = folderByHandle(scope.cat, ctx.params.folderHandle);
  const name = (ctx.params.folderName).trim().replace(/\/+$/, '');
  if (name === '' || /[/\\|]/.test(name) || name === '.' || name === '..') throw fault('invalidParameter', `folderName '${ctx.params.folderName}' must be one folder name, without '/', '\\' or '|'`);
  const parent = parentPath(f.path);
  if (parent === undefined) throw fault('invalidParameter', `The company root folder '${f.path}' cannot be renamed`);
  const to = `${parent}${name}/`;
  if (to !== f.path && scope.cat.folders.has(to)) throw fault('exception', `Folder '${to}' already exists`);
  changing(() => scope.cat.moveFolder(f.path, to, ctx.now));
  return { folderHandle: folderHandleOf(to) };
};

export const deleteFolder: OperationHandler<'deleteFolder'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const f = folderByHandle(scope.cat, ctx.params.folderHandle);
  if (parentPath(f.path) === undefined) throw fault('invalidParameter', `The company root folder '${f.path}' cannot be deleted`);
  changing(() => scope.cat.removeFolder(f.path, ctx.now));
  return {};
};

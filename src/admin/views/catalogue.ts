/**
 * One folder of a company's catalogue as the inspector shows it: the folder,
 * its direct subfolders (with how much each holds) and the assets in it, with
 * every job effect due by now applied (as getFolders/searchAssets see it).
 */
import { parentPath, type AssetRecord, type Catalogue, type FolderRecord } from '../../data/catalogue/catalogue.js';

const iso = (ms: number): string => new Date(ms).toISOString();

export interface FolderListing {
  readonly rootPath: string;
  readonly path: string;
  readonly parent: string | null;
  readonly folders: { path: string; name: string; subfolders: number; assets: number; lastModified: string }[];
  readonly assets: Record<string, unknown>[];
  readonly totals: { folders: number; assets: number };
}

const folderName = (f: FolderRecord) => f.path.slice(0, -1).split('/').at(-1) ?? f.path;

function assetJson(a: AssetRecord): Record<string, unknown> {
  return {
    handle: a.handle,
    name: a.name,
    type: a.type,
    fileName: a.fileName,
    publishState: a.publishState,
    width: a.width,
    height: a.height,
    fileSize: a.fileSize,
    created: iso(a.created),
    lastModified: iso(a.lastModified),
    lastModifyUser: a.lastModifyUser,
    published: a.publishHistory.length,
  };
}

/** The listing of `path` (a full path ending in "/"), or undefined if the company has no such folder. */
export function folderListing(cat: Catalogue, path: string): FolderListing | undefined {
  const folder = cat.folders.get(path);
  if (!folder) return undefined;
  const assets = [...cat.assets.values()];
  const countIn = (p: string) => assets.filter((a) => a.folder === p).length;
  return {
    rootPath: cat.rootPath,
    path,
    parent: parentPath(path) ?? null,
    folders: cat
      .subfolders(path)
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((f) => ({ path: f.path, name: folderName(f), subfolders: cat.subfolders(f.path).length, assets: countIn(f.path), lastModified: iso(f.lastModified) })),
    assets: assets.filter((a) => a.folder === path).sort((a, b) => a.name.localeCompare(b.name)).map(assetJson),
    totals: { folders: cat.folders.size, assets: cat.assets.size },
  };
}

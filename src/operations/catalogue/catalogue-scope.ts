/**
 * Resolving folders and assets named in requests. A malformed or unknown
 * handle or path is an invalid parameter (ipsApiFault 30001); conflicts with
 * what exists are 30000, as the real service answered a rename to a taken
 * name (capture rename_asset--failure).
 */
import { CatalogueFull, type AssetRecord, type Catalogue, type FolderRecord } from '../../data/catalogue/catalogue.js';
import { fault } from '../../faults/catalogue.js';
import type { Tenant } from '../../lifecycle/tenant.js';
import type { OperationBase } from '../context.js';
import { companyTenant } from '../scope.js';

export interface CatalogueScope {
  readonly tenant: Tenant;
  readonly cat: Catalogue;
}

/** The company's catalogue, with every job effect due by now applied. */
export function catalogueScope(ctx: OperationBase, handle: string): CatalogueScope {
  const tenant = companyTenant(ctx, handle);
  const cat = ctx.store.catalogue(tenant);
  cat.advance(ctx.now);
  return { tenant, cat };
}

export const ASSET_HANDLE_RE = /^a\|[\d|]+$/;

export function findAsset(cat: Catalogue, assetHandle: string, param = 'assetHandle'): AssetRecord {
  if (!ASSET_HANDLE_RE.test(assetHandle)) throw fault('invalidParameter', `${param} '${assetHandle}' is not an asset handle; asset handles look like a|581084652`);
  const a = cat.assets.get(assetHandle);
  if (!a) throw fault('invalidParameter', `${param} '${assetHandle}' does not name an asset of company ${cat.companyHandle}`);
  return a;
}

/**
 * A folder path as a request gives it: the full IPS path (`<company name>/a/b/`)
 * or a path below the root (`a/b`); the trailing slash is optional.
 */
export function normalizeFolderPath(cat: Catalogue, raw: string, param: string): string {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '/') return cat.rootPath;
  const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  const full = withSlash.startsWith(cat.rootPath) ? withSlash : `${cat.rootPath}${withSlash.replace(/^\/+/, '')}`;
  const below = full.slice(cat.rootPath.length);
  if (/(^|\/)\.\.?\//.test(below) || below.includes('//') || /[|\\]/.test(below)) {
    throw fault('invalidParameter', `${param} '${raw}' is not a folder path; use '${cat.rootPath}images/products/' or 'images/products/'`);
  }
  return full;
}

export function folderByPath(cat: Catalogue, raw: string, param: string): FolderRecord {
  const path = normalizeFolderPath(cat, raw, param);
  const f = cat.folders.get(path);
  if (!f) throw fault('invalidParameter', `${param} '${raw}' does not name a folder of company ${cat.companyHandle}`);
  return f;
}

export function folderByHandle(cat: Catalogue, handle: string, param = 'folderHandle'): FolderRecord {
  if (!handle.startsWith('f|')) throw fault('invalidParameter', `${param} '${handle}' is not a folder handle; folder handles look like f|${cat.rootPath}images/`);
  const f = cat.folders.get(handle.slice(2));
  if (!f) throw fault('invalidParameter', `${param} '${handle}' does not name a folder of company ${cat.companyHandle}`);
  return f;
}

/** An asset name: non-empty, no path separators or '|'. */
export function checkAssetName(name: string, param: string): string {
  if (name.trim() === '' || /[/\\|]/.test(name)) throw fault('invalidParameter', `${param} '${name}' must be non-empty and must not contain '/', '\\' or '|'`);
  return name;
}

/**
 * Runs a change to the catalogue, turning the memory bound into a fault a
 * person can act on. (The engine marks the company changed after every write
 * operation, which keys cached reads.)
 */
export function changing<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CatalogueFull) throw fault('exception', `${e.message}; delete assets or folders, or use another company`);
    throw e;
  }
}

/**
 * searchAssets, searchAssetsByMetadata, getAssets, getAssetsByName.
 * Documented limits: at most 1,000 assets per page (recordsPerPage, default
 * 1,000); resultsPage counts from 1; trashState defaults to NotInTrash (the
 * mock has no trash: deleted assets are gone, so InTrash finds nothing).
 * keywordArray matches words in the name or file name (case-insensitive).
 */
import type { AssetRecord, Catalogue } from '../../data/catalogue/catalogue.js';
import { fault } from '../../faults/catalogue.js';
import { assetView, selectFields, summaryView } from '../../views/asset-view.js';
import type { OperationContext, OperationHandler } from '../context.js';
import { combine, compileCondition, sortKey, type AssetTest, type Condition } from './asset-conditions.js';
import { ASSET_HANDLE_RE, catalogueScope, folderByPath } from './catalogue-scope.js';

const MAX_RECORDS_PER_PAGE = 1_000;
const PUBLISH_STATES = ['MarkedForPublish', 'NotMarkedForPublish'];
const TRASH_STATES = ['NotInTrash', 'InTrash', 'All'];

type Items<T> = { readonly items?: readonly T[] } | undefined;
const itemsOf = <T>(v: Items<T>): readonly T[] => v?.items ?? [];

function oneOf(value: string | undefined, allowed: readonly string[], param: string): string | undefined {
  if (value !== undefined && !allowed.includes(value)) throw fault('invalidParameter', `${param} '${value}' must be one of: ${allowed.join(', ')}`);
  return value;
}

interface Filters {
  readonly folder?: string;
  readonly includeSubfolders?: boolean;
  readonly publishState?: string;
  readonly trashState?: string;
  readonly assetTypeArray?: Items<string>;
  readonly excludeAssetTypeArray?: Items<string>;
}

/** The folder, publish-state, trash-state and type filters shared by searchAssets and SearchFilter. */
function baseTests(cat: Catalogue, f: Filters, path: string): AssetTest[] | 'none' {
  const tests: AssetTest[] = [];
  if (f.folder !== undefined && f.folder.trim() !== '') {
    const folder = folderByPath(cat, f.folder, `${path}/folder`).path;
    tests.push(f.includeSubfolders ? (a) => a.folder.startsWith(folder) : (a) => a.folder === folder);
  } else if (f.includeSubfolders === false) {
    tests.push((a) => a.folder === cat.rootPath);
  }
  const publish = oneOf(f.publishState, PUBLISH_STATES, `${path}/publishState`);
  if (publish) tests.push((a) => a.publishState === publish);
  if (oneOf(f.trashState, TRASH_STATES, `${path}/trashState`) === 'InTrash') return 'none';
  const types = itemsOf<string>(f.assetTypeArray);
  if (types.length > 0) tests.push((a) => types.includes(a.type));
  const excluded = itemsOf<string>(f.excludeAssetTypeArray);
  if (excluded.length > 0) tests.push((a) => !excluded.includes(a.type));
  return tests;
}

const conditionTests = (v: Items<Condition>, path: string): AssetTest[] => itemsOf(v).map((c, i) => compileCondition(c, `${path}/items[${i + 1}]`));

type Paged = OperationContext<'searchAssets' | 'searchAssetsByMetadata'>;

function page(ctx: Paged): { perPage: number; page: number } {
  const perPage = (ctx.params.recordsPerPage) ?? MAX_RECORDS_PER_PAGE;
  const pageNo = (ctx.params.resultsPage) ?? 1;
  if (perPage < 1 || perPage > MAX_RECORDS_PER_PAGE) throw fault('invalidParameter', `recordsPerPage must be between 1 and ${MAX_RECORDS_PER_PAGE}, got ${perPage}`);
  if (pageNo < 1) throw fault('invalidParameter', `resultsPage counts from 1, got ${pageNo}`);
  return { perPage, page: pageNo };
}

/** Matching assets, sorted and paged. */
function run(ctx: Paged, cat: Catalogue, all: AssetTest | undefined): { total: number; rows: AssetRecord[] } {
  const { perPage, page: pageNo } = page(ctx);
  const key = sortKey(ctx.params.sortBy);
  const dir = oneOf(ctx.params.sortDirection, ['Ascending', 'Descending'], 'sortDirection') === 'Descending' ? -1 : 1;
  const matched: AssetRecord[] = [];
  for (const a of cat.assets.values()) if (!all || all(a)) matched.push(a);
  matched.sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    return dir * (kx < ky ? -1 : kx > ky ? 1 : x.handle < y.handle ? -1 : x.handle > y.handle ? 1 : 0);
  });
  return { total: matched.length, rows: matched.slice((pageNo - 1) * perPage, pageNo * perPage) };
}

const viewFields = (ctx: OperationContext<'searchAssets' | 'getAssets' | 'getAssetsByName'>) => {
  const keep = itemsOf<string>(ctx.params.responseFieldArray);
  const drop = itemsOf<string>(ctx.params.excludeFieldArray);
  return (a: AssetRecord, cat: Catalogue) => selectFields(assetView(a, cat), keep, drop);
};

export const searchAssets: OperationHandler<'searchAssets'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const p = ctx.params;
  const base = baseTests(cat, p, 'searchAssetsParam');
  if (base === 'none') return { totalRows: 0, assetArray: { items: [] } };
  const keywords = itemsOf<string>(p.keywordArray).map((k) => k.toLowerCase());
  const keywordTests: AssetTest[] = keywords.map((k) => (a) => a.name.toLowerCase().includes(k) || a.fileName.toLowerCase().includes(k));
  const system = combine(conditionTests(p.systemFieldConditionArray, 'systemFieldConditionArray'), ctx.params.systemFieldMatchMode, 'systemFieldMatchMode');
  const metadata = combine(conditionTests(p.metadataConditionArray, 'metadataConditionArray'), ctx.params.metadataMatchMode, 'metadataMatchMode');
  if (itemsOf(p.tagConditionArray).length > 0) throw fault('invalidParameter', 'tagConditionArray: ips-mock has no tag fields; search by name, folder, type, dates or size instead');
  const conditions = combine([...keywordTests, ...(system ? [system] : []), ...(metadata ? [metadata] : [])], ctx.params.conditionMatchMode, 'conditionMatchMode');
  const { total, rows } = run(ctx, cat, combine([...base, ...(conditions ? [conditions] : [])], undefined, ''));
  const view = viewFields(ctx);
  return { totalRows: total, assetArray: { items: rows.map((a) => view(a, cat)) } };
};

export const searchAssetsByMetadata: OperationHandler<'searchAssetsByMetadata'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const base = ctx.params.filters === undefined ? [] : baseTests(cat, ctx.params.filters, 'filters');
  if (base === 'none') return { totalRows: 0, assetSummaryArray: { items: [] } };
  const conditions = combine(conditionTests(ctx.params.metadataConditionArray, 'metadataConditionArray'), ctx.params.metadataConditionMatchMode, 'metadataConditionMatchMode');
  const { total, rows } = run(ctx, cat, combine([...base, ...(conditions ? [conditions] : [])], undefined, ''));
  return { totalRows: total, assetSummaryArray: { items: rows.map(summaryView) } };
};

/** Assets by handle, in the order asked; handles of no asset of the company are left out. */
export const getAssets: OperationHandler<'getAssets'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const handles = itemsOf<string>(ctx.params.assetHandleArray);
  const bad = handles.find((h) => !ASSET_HANDLE_RE.test(h));
  if (bad !== undefined) throw fault('invalidParameter', `assetHandleArray: '${bad}' is not an asset handle; asset handles look like a|581084652`);
  const view = viewFields(ctx);
  const items = handles.map((h) => cat.assets.get(h)).filter((a): a is AssetRecord => a !== undefined).map((a) => view(a, cat));
  return { assetArray: { items } };
};

/** Assets by exact name (IPS asset ID), in the order of nameArray, filtered by type. */
export const getAssetsByName: OperationHandler<'getAssetsByName'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const types = itemsOf<string>(ctx.params.assetTypeArray);
  const excluded = itemsOf<string>(ctx.params.excludeAssetTypeArray);
  const view = viewFields(ctx);
  const items = itemsOf<string>(ctx.params.nameArray)
    .flatMap((n) => cat.assetsByName(n))
    .filter((a) => (types.length === 0 || types.includes(a.type)) && !excluded.includes(a.type))
    .map((a) => view(a, cat));
  return { assetArray: { items } };
};

/**
 * Unit tests of searchAssets, searchAssetsByMetadata, getAssets and getAssetsByName (README "Companies,
 * folders and assets": filters, keywords, conditions, match modes, sort, paging), on a fixture catalogue.
 */
import { describe, expect, it } from 'vitest';
import type { SearchAssetsByMetadataParam, SearchAssetsParam } from '../../../src/schema/wire-types.js';
import { C, harness } from './harness.js';

const CATALOGUE = {
  folders: [{ company: C, path: 'images/tents/' }, { company: C, path: 'docs/' }],
  assets: [
    { company: C, name: 'tent-a', type: 'Image', handle: 'a|11', folder: 'images/tents/', width: 3000, height: 2000, fileName: 'Alpine.jpg' },
    { company: C, name: 'tent-b', type: 'Image', handle: 'a|12', folder: 'images/tents/', publishState: 'NotMarkedForPublish', width: 800, height: 600 },
    { company: C, name: 'manual', type: 'Pdf', handle: 'a|13', folder: 'docs/', fileName: 'manual.pdf', width: 400, height: 500 },
    { company: C, name: 'clip', type: 'Video', handle: 'a|14', folder: 'images/', width: 320, height: 240 },
    { company: C, name: 'logo', type: 'Image', handle: 'a|15', folder: '', width: 100, height: 100 },
  ],
};
const cat = () => harness('2014-04-03', CATALOGUE);
type H = ReturnType<typeof cat>;
/** searchAssets parameters besides the company; includeSubfolders (required by the schema) true unless given. */
type Query = Omit<SearchAssetsParam, 'companyHandle' | 'includeSubfolders'> & { includeSubfolders?: boolean };
const search = (h: H, p: Query) => h.run('searchAssets', { companyHandle: C, includeSubfolders: true, ...p });
const names = (h: H, p: Query) => (search(h, p).assetArray?.items ?? []).map((a) => a.name);
const refused = (h: H, p: Query) => h.fails('searchAssets', { companyHandle: C, includeSubfolders: true, ...p });
const byMetadata = (h: H, p: Omit<SearchAssetsByMetadataParam, 'companyHandle'>) => h.run('searchAssetsByMetadata', { companyHandle: C, ...p });

describe('searchAssets filters', () => {
  it('no folder: every asset, sorted by name; includeSubfolders=false without a folder: the root folder only', () => {
    const h = cat();
    expect(names(h, {})).toEqual(['clip', 'logo', 'manual', 'tent-a', 'tent-b']);
    expect(names(h, { includeSubfolders: false })).toEqual(['logo']);
    expect(names(h, { folder: ' ', includeSubfolders: true })).toEqual(['clip', 'logo', 'manual', 'tent-a', 'tent-b']);
    expect(refused(h, { folder: 'nowhere/' })).toEqual({ code: 30001, reason: "searchAssetsParam/folder 'nowhere/' does not name a folder of company c|1" });
  });
  it('publishState and trashState (no trash: InTrash finds nothing); other values are refused', () => {
    const h = cat();
    expect(names(h, { publishState: 'NotMarkedForPublish' })).toEqual(['tent-b']);
    expect(names(h, { publishState: 'MarkedForPublish' })).toEqual(['clip', 'logo', 'manual', 'tent-a']);
    expect(search(h, { trashState: 'InTrash' })).toEqual({ totalRows: 0, assetArray: { items: [] } });
    expect(names(h, { trashState: 'All' })).toHaveLength(5);
    expect(names(h, { trashState: 'NotInTrash' })).toHaveLength(5);
    expect(refused(h, { publishState: 'Published' })).toEqual({ code: 30001, reason: "searchAssetsParam/publishState 'Published' must be one of: MarkedForPublish, NotMarkedForPublish" });
    expect(refused(h, { trashState: 'Bin' })).toEqual({ code: 30001, reason: "searchAssetsParam/trashState 'Bin' must be one of: NotInTrash, InTrash, All" });
  });
  it('assetTypeArray keeps, excludeAssetTypeArray drops those types', () => {
    const h = cat();
    expect(names(h, { assetTypeArray: { items: ['Pdf', 'Video'] } })).toEqual(['clip', 'manual']);
    expect(names(h, { excludeAssetTypeArray: { items: ['Image'] } })).toEqual(['clip', 'manual']);
    expect(names(h, { assetTypeArray: { items: [] }, excludeAssetTypeArray: { items: [] } })).toHaveLength(5);
  });
  it('keywords match words of the name or the file name, case-insensitively; several must all match unless MatchAny', () => {
    const h = cat();
    expect(names(h, { keywordArray: { items: ['TENT'] } })).toEqual(['tent-a', 'tent-b']);
    expect(names(h, { keywordArray: { items: ['alpine'] } })).toEqual(['tent-a']);
    expect(names(h, { keywordArray: { items: ['tent', 'alpine'] } })).toEqual(['tent-a']);
    expect(names(h, { keywordArray: { items: ['manual', 'alpine'] }, conditionMatchMode: 'MatchAny' })).toEqual(['manual', 'tent-a']);
  });
  it('system-field and metadata conditions, each with its match mode, combined by conditionMatchMode', () => {
    const h = cat();
    const wide = { field: 'Width', op: 'GreaterThan', longVal: 500 };
    const pdf = { field: 'Type', op: 'Equals', value: 'Pdf' };
    const pdfMeta = { fieldHandle: 'Type', op: 'Equals', value: 'Pdf' };
    expect(names(h, { systemFieldConditionArray: { items: [wide] } })).toEqual(['tent-a', 'tent-b']);
    expect(names(h, { systemFieldConditionArray: { items: [wide, pdf] }, systemFieldMatchMode: 'MatchAny' })).toEqual(['manual', 'tent-a', 'tent-b']);
    expect(names(h, { systemFieldConditionArray: { items: [wide, pdf] } })).toEqual([]);
    expect(names(h, { metadataConditionArray: { items: [pdfMeta] } })).toEqual(['manual']);
    expect(names(h, { systemFieldConditionArray: { items: [wide] }, metadataConditionArray: { items: [pdfMeta] }, conditionMatchMode: 'MatchAny' })).toEqual(['manual', 'tent-a', 'tent-b']);
    expect(names(h, { systemFieldConditionArray: { items: [wide] }, metadataConditionArray: { items: [pdfMeta] } })).toEqual([]);
    expect(refused(h, { systemFieldConditionArray: { items: [wide, { field: 'Colour', op: 'Equals', value: 'x' }] } }).reason).toMatch(/^systemFieldConditionArray\/items\[2\]: field 'Colour' is not searchable/);
    expect(refused(h, { metadataConditionArray: { items: [pdfMeta] }, metadataMatchMode: 'Some' }).reason).toBe("metadataMatchMode 'Some' must be one of: MatchAll, MatchAny");
    expect(refused(h, { tagConditionArray: { items: [{ fieldHandle: 'Colour', op: 'Equals', value: 'x' }] } })).toEqual({ code: 30001, reason: 'tagConditionArray: ips-mock has no tag fields; search by name, folder, type, dates or size instead' });
  });
});

describe('searchAssets sort, paging and fields', () => {
  it('sortBy a field, sortDirection; ties by handle', () => {
    const h = cat();
    expect(names(h, { assetTypeArray: { items: ['Image'] }, sortBy: 'Width' })).toEqual(['logo', 'tent-b', 'tent-a']);
    expect(names(h, { assetTypeArray: { items: ['Image'] }, sortBy: 'Width', sortDirection: 'Descending' })).toEqual(['tent-a', 'tent-b', 'logo']);
    expect(names(h, { sortDirection: 'Descending' })).toEqual(['tent-b', 'tent-a', 'manual', 'logo', 'clip']);
    expect(names(h, { sortBy: 'Type', assetTypeArray: { items: ['Image'] } })).toEqual(['tent-a', 'tent-b', 'logo']);
    expect(refused(h, { sortDirection: 'Up' })).toEqual({ code: 30001, reason: "sortDirection 'Up' must be one of: Ascending, Descending" });
  });
  it('recordsPerPage from 1 to 1,000, resultsPage from 1; totalRows counts every match', () => {
    const h = cat();
    const page = (recordsPerPage: number, resultsPage: number) => search(h, { recordsPerPage, resultsPage });
    expect(page(2, 1).assetArray?.items?.map((a) => a.name)).toEqual(['clip', 'logo']);
    expect(page(2, 3)).toMatchObject({ totalRows: 5, assetArray: { items: [{ name: 'tent-b' }] } });
    expect(page(1_000, 1).assetArray?.items).toHaveLength(5);
    expect(refused(h, { recordsPerPage: 0 })).toEqual({ code: 30001, reason: 'recordsPerPage must be between 1 and 1000, got 0' });
    expect(refused(h, { recordsPerPage: 1_001 }).reason).toBe('recordsPerPage must be between 1 and 1000, got 1001');
    expect(refused(h, { resultsPage: 0 })).toEqual({ code: 30001, reason: 'resultsPage counts from 1, got 0' });
  });
  it('responseFieldArray keeps the fields named (and the handle), excludeFieldArray drops them', () => {
    const h = cat();
    const [only] = search(h, { assetTypeArray: { items: ['Pdf'] }, responseFieldArray: { items: ['name', 'asset/folder'] } }).assetArray?.items ?? [];
    expect(only).toEqual({ assetHandle: 'a|13', name: 'manual', folder: 'One/docs/' });
    const [less] = search(h, { assetTypeArray: { items: ['Pdf'] }, excludeFieldArray: { items: ['folder'] } }).assetArray?.items ?? [];
    expect(less).toMatchObject({ assetHandle: 'a|13', name: 'manual', type: 'Pdf' });
    expect(less).not.toHaveProperty('folder');
  });
});

describe('searchAssetsByMetadata', () => {
  it('filters and metadata conditions; summaries with the file name as filename', () => {
    const h = cat();
    const all = byMetadata(h, {});
    expect(all.totalRows).toBe(5);
    const pdf = byMetadata(h, { metadataConditionArray: { items: [{ fieldHandle: 'Type', op: 'Equals', value: 'Pdf' }] } }).assetSummaryArray?.items ?? [];
    expect(pdf).toMatchObject([{ assetHandle: 'a|13', type: 'Pdf', name: 'manual', folder: 'One/docs/', filename: 'manual.pdf' }]);
    const inTents = byMetadata(h, { filters: { folder: 'images/tents/' } }).assetSummaryArray?.items?.map((a) => a.name);
    expect(inTents).toEqual(['tent-a', 'tent-b']);
    expect(byMetadata(h, { filters: { trashState: 'InTrash' } })).toEqual({ totalRows: 0, assetSummaryArray: { items: [] } });
    const either = { items: [{ fieldHandle: 'Type', op: 'Equals', value: 'Pdf' }, { fieldHandle: 'Type', op: 'Equals', value: 'Video' }] };
    expect(byMetadata(h, { metadataConditionArray: either, metadataConditionMatchMode: 'MatchAny' }).totalRows).toBe(2);
    expect(byMetadata(h, { metadataConditionArray: either }).totalRows).toBe(0);
    expect(h.fails('searchAssetsByMetadata', { companyHandle: C, filters: { publishState: 'x' } }).reason).toBe("filters/publishState 'x' must be one of: MarkedForPublish, NotMarkedForPublish");
    expect(h.fails('searchAssetsByMetadata', { companyHandle: C, recordsPerPage: 1_001 }).code).toBe(30001);
  });
});

describe('getAssets and getAssetsByName', () => {
  it('getAssets: in the order asked, unknown handles left out, a malformed one refused', () => {
    const h = cat();
    const got = h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|14', 'a|99', 'a|11'] } }).assetArray?.items?.map((a) => a.name);
    expect(got).toEqual(['clip', 'tent-a']);
    expect(h.fails('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|11', 'f|x'] } })).toEqual({ code: 30001, reason: "assetHandleArray: 'f|x' is not an asset handle; asset handles look like a|581084652" });
    const [slim] = h.run('getAssets', { companyHandle: C, assetHandleArray: { items: ['a|13'] }, responseFieldArray: { items: ['type'] } }).assetArray?.items ?? [];
    expect(slim).toEqual({ assetHandle: 'a|13', type: 'Pdf' });
  });
  it('getAssetsByName: in the order of nameArray, filtered by type and excluded type', () => {
    const h = cat();
    const got = (p: object) => (h.run('getAssetsByName', { companyHandle: C, nameArray: { items: ['manual', 'tent-a', 'clip'] }, ...p }).assetArray?.items ?? []).map((a) => a.name);
    expect(got({})).toEqual(['manual', 'tent-a', 'clip']);
    expect(got({ assetTypeArray: { items: ['Image', 'Video'] } })).toEqual(['tent-a', 'clip']);
    expect(got({ excludeAssetTypeArray: { items: ['Image'] } })).toEqual(['manual', 'clip']);
    expect(got({ excludeFieldArray: { items: ['name'] } })).toEqual([undefined, undefined, undefined]);
  });
});

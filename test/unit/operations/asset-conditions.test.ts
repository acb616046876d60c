/** Unit tests of the search conditions (searchAssets, searchAssetsByMetadata): fields, operators, match modes, sort keys. */
import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '../../../src/data/catalogue/catalogue.js';
import { IpsFault } from '../../../src/faults/catalogue.js';
import { combine, compileCondition, sortKey, type Condition } from '../../../src/operations/catalogue/asset-conditions.js';

const T = Date.parse('2026-11-28T10:00:00Z');
const asset = (over: Partial<AssetRecord>): AssetRecord => ({
  handle: 'a|1', name: 'Tent-Alpine', type: 'Image', folder: 'One/images/', fileName: 'tent_alpine.jpg', created: T, createUser: 'a@example.com',
  lastModified: T + 1_000, lastModifyUser: 'b@example.com', publishState: 'MarkedForPublish', width: 3000, height: 2000, fileSize: 5_000, publishHistory: [],
  ...over,
});
const A = asset({});
const B = asset({ handle: 'a|2', name: 'manual', type: 'Pdf', fileName: 'manual.pdf', width: 10, height: 1, fileSize: 100, created: T - 86_400_000 });
const match = (c: Condition) => [A, B].filter(compileCondition(c, 'p')).map((a) => a.name);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof IpsFault) return `${e.entry.code} ${e.reason}`;
    throw e;
  }
  return 'none';
};

describe('text conditions (case-insensitive unless asked)', () => {
  it('each operator', () => {
    expect(match({ field: 'Name', op: 'Equals', value: 'tent-alpine' })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'Name', op: 'Equals', value: 'tent-alpine', caseSensitive: true })).toEqual([]);
    expect(match({ field: 'name', op: 'NotEquals', value: 'MANUAL' })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'FileName', op: 'Contains', value: 'alp' })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'FileName', op: 'NotContains', value: 'alp' })).toEqual(['manual']);
    expect(match({ fieldHandle: 'File_Name', op: 'StartsWith', value: 'MAN' })).toEqual(['manual']);
    expect(match({ field: 'filename', op: 'EndsWith', value: '.JPG' })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'Type', op: 'Equals', value: 'pdf' })).toEqual(['manual']);
    expect(match({ field: 'Folder', op: 'StartsWith', value: 'one/' })).toEqual(['Tent-Alpine', 'manual']);
    expect(match({ field: 'CreatedBy', op: 'Equals', value: 'a@example.com' })).toEqual(['Tent-Alpine', 'manual']);
    expect(match({ field: 'ModifiedBy', op: 'Equals', value: 'a@example.com' })).toEqual([]);
    expect(match({ field: 'AssetName', op: 'Equals', value: 'manual' })).toEqual(['manual']);
  });
  it('refuses a range operator, no value, an unknown field', () => {
    expect(refusal(() => compileCondition({ field: 'Name', op: 'LessThan', value: 'x' }, 'p/c'))).toBe("30001 p/c: op 'LessThan' does not apply to text field Name; use one of: Equals, NotEquals, Contains, NotContains, StartsWith, EndsWith");
    expect(refusal(() => compileCondition({ field: 'Name', op: 'Equals' }, 'p/c'))).toBe('30002 p/c: op Equals needs a value');
    expect(refusal(() => compileCondition({ field: 'Colour', op: 'Equals', value: 'x' }, 'p/c'))).toBe(
      "30001 p/c: field 'Colour' is not searchable in ips-mock; use one of: Name, FileName, Folder, Type, CreateUser, LastModifyUser, Created, LastModified, FileSize, Width, Height",
    );
    expect(refusal(() => compileCondition({ op: 'Equals', value: 'x' }, 'p/c'))).toMatch(/^30001 p\/c: field '' is not searchable/);
  });
});

describe('number and date conditions', () => {
  it('each operator on a number, from longVal, doubleVal or a numeric value', () => {
    expect(match({ field: 'Width', op: 'Equals', longVal: 3000 })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'Width', op: 'NotEquals', doubleVal: 3000 })).toEqual(['manual']);
    expect(match({ field: 'FileSize', op: 'LessThan', value: '5000' })).toEqual(['manual']);
    expect(match({ field: 'FileSize', op: 'LessThanEquals', longVal: 5000 })).toEqual(['Tent-Alpine', 'manual']);
    expect(match({ field: 'Height', op: 'GreaterThan', longVal: 1 })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'Height', op: 'GreaterThanEquals', longVal: 1 })).toEqual(['Tent-Alpine', 'manual']);
    expect(match({ field: 'Width', op: 'Between', minLong: 10, maxLong: 10 })).toEqual(['manual']);
    expect(match({ field: 'Width', op: 'Between', minDouble: 11, maxDouble: 3000 })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'Width', op: 'NotBetween', minLong: 10, maxLong: 2999 })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'Width', op: 'NotBetween', minLong: 11, maxLong: 3000 })).toEqual(['manual']);
  });
  it('dates: dateVal, an ISO value, minDate/maxDate', () => {
    expect(match({ field: 'Created', op: 'GreaterThanEquals', dateVal: T })).toEqual(['Tent-Alpine']);
    expect(match({ field: 'CreateDate', op: 'LessThan', value: '2026-11-28T00:00:00Z' })).toEqual(['manual']);
    expect(match({ field: 'LastModified', op: 'Between', minDate: T, maxDate: T + 1_000 })).toEqual(['Tent-Alpine', 'manual']);
    expect(match({ field: 'ModifyDate', op: 'Equals', dateVal: T + 1_000 })).toEqual(['Tent-Alpine', 'manual']);
  });
  it('refuses a text operator, a missing value or bound', () => {
    expect(refusal(() => compileCondition({ field: 'Width', op: 'Contains', longVal: 1 }, 'p'))).toBe("30001 p: op 'Contains' does not apply to field Width; use one of: Equals, NotEquals, LessThan, LessThanEquals, GreaterThan, GreaterThanEquals, Between, NotBetween");
    expect(refusal(() => compileCondition({ field: 'Width', op: 'Equals' }, 'p'))).toBe('30001 p: op Equals needs a value (dateVal, longVal, doubleVal or value)');
    expect(refusal(() => compileCondition({ field: 'Width', op: 'Equals', value: 'wide' }, 'p'))).toBe('30001 p: op Equals needs a value (dateVal, longVal, doubleVal or value)');
    expect(refusal(() => compileCondition({ field: 'Width', op: 'Equals', value: ' ' }, 'p'))).toBe('30001 p: op Equals needs a value (dateVal, longVal, doubleVal or value)');
    expect(refusal(() => compileCondition({ field: 'Width', op: 'Between', minLong: 1 }, 'p'))).toBe('30001 p: op Between needs a min and a max value (minDate/maxDate, minLong/maxLong or minDouble/maxDouble)');
    expect(refusal(() => compileCondition({ field: 'Width', op: 'NotBetween', maxLong: 1 }, 'p'))).toMatch(/^30001 p: op NotBetween needs a min and a max/);
  });
});

describe('match modes and sort keys', () => {
  const isPdf = compileCondition({ field: 'Type', op: 'Equals', value: 'Pdf' }, 'p');
  const wide = compileCondition({ field: 'Width', op: 'GreaterThan', longVal: 100 }, 'p');
  it('MatchAll by default, MatchAny, none is no test; another mode is refused', () => {
    expect([A, B].filter(combine([isPdf, wide], undefined, 'm')!)).toEqual([]);
    expect([A, B].filter(combine([isPdf, wide], 'MatchAll', 'm')!)).toEqual([]);
    expect([A, B].filter(combine([isPdf, wide], 'MatchAny', 'm')!)).toEqual([A, B]);
    expect([A, B].filter(combine([isPdf], 'MatchAny', 'm')!)).toEqual([B]);
    expect(combine([], 'MatchAny', 'm')).toBeUndefined();
    expect(refusal(() => combine([isPdf], 'MatchSome', 'p/mode'))).toBe("30001 p/mode 'MatchSome' must be one of: MatchAll, MatchAny");
  });
  it('sortKey: name by default, any searchable field or alias', () => {
    expect(sortKey(undefined)(A)).toBe('Tent-Alpine');
    expect(sortKey('File Size')(A)).toBe(5_000);
    expect(sortKey('createdate')(B)).toBe(T - 86_400_000);
    expect(refusal(() => sortKey('Colour'))).toMatch(/^30001 sortBy 'Colour' is not a sort field of ips-mock; use one of: Name, /);
  });
});

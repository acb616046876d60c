/**
 * The search conditions ips-mock evaluates (searchAssets system-field and
 * metadata conditions, searchAssetsByMetadata): one table of fields and one of
 * operators. Anything else is refused with 30001 naming what is supported,
 * rather than silently matching everything.
 */
import type { AssetRecord } from '../../data/catalogue/catalogue.js';
import { fault } from '../../faults/catalogue.js';

type Value = string | number;

/** Searchable fields by name (case-insensitive). Text fields compare as text, dates as instants, sizes as numbers. */
const FIELDS: Readonly<Record<string, { readonly kind: 'text' | 'date' | 'number'; readonly get: (a: AssetRecord) => Value }>> = {
  name: { kind: 'text', get: (a) => a.name },
  filename: { kind: 'text', get: (a) => a.fileName },
  folder: { kind: 'text', get: (a) => a.folder },
  type: { kind: 'text', get: (a) => a.type },
  createuser: { kind: 'text', get: (a) => a.createUser },
  lastmodifyuser: { kind: 'text', get: (a) => a.lastModifyUser },
  created: { kind: 'date', get: (a) => a.created },
  lastmodified: { kind: 'date', get: (a) => a.lastModified },
  filesize: { kind: 'number', get: (a) => a.fileSize },
  width: { kind: 'number', get: (a) => a.width },
  height: { kind: 'number', get: (a) => a.height },
};
const FIELD_ALIASES: Readonly<Record<string, string>> = { assetname: 'name', createdby: 'createuser', modifiedby: 'lastmodifyuser', createdate: 'created', modifydate: 'lastmodified' };

const TEXT_OPS = ['Equals', 'NotEquals', 'Contains', 'NotContains', 'StartsWith', 'EndsWith'] as const;
const RANGE_OPS = ['Equals', 'NotEquals', 'LessThan', 'LessThanEquals', 'GreaterThan', 'GreaterThanEquals', 'Between', 'NotBetween'] as const;

export interface Condition {
  readonly field?: string;
  readonly fieldHandle?: string;
  readonly op: string;
  readonly caseSensitive?: boolean;
  readonly value?: string;
  readonly longVal?: number;
  readonly doubleVal?: number;
  readonly dateVal?: number;
  readonly minLong?: number;
  readonly maxLong?: number;
  readonly minDouble?: number;
  readonly maxDouble?: number;
  readonly minDate?: number;
  readonly maxDate?: number;
}

export type AssetTest = (a: AssetRecord) => boolean;

/** The value, or min and max, a range operator compares with (NaN where the operator needs none). */
function rangeOf(c: Condition, path: string): { v: number; min: number; max: number } {
  const v = c.dateVal ?? c.longVal ?? c.doubleVal ?? (c.value !== undefined && c.value.trim() !== '' && !Number.isNaN(Number(c.value)) ? Number(c.value) : c.value !== undefined ? Date.parse(c.value) : undefined);
  const min = c.minDate ?? c.minLong ?? c.minDouble;
  const max = c.maxDate ?? c.maxLong ?? c.maxDouble;
  if ((c.op === 'Between' || c.op === 'NotBetween') && (min === undefined || max === undefined)) throw fault('invalidParameter', `${path}: op ${c.op} needs a min and a max value (minDate/maxDate, minLong/maxLong or minDouble/maxDouble)`);
  if (c.op !== 'Between' && c.op !== 'NotBetween' && (v === undefined || Number.isNaN(v))) throw fault('invalidParameter', `${path}: op ${c.op} needs a value (dateVal, longVal, doubleVal or value)`);
  return { v: v ?? NaN, min: min ?? NaN, max: max ?? NaN };
}

/** Compiles one condition into a test; `path` names it in fault reasons. */
export function compileCondition(c: Condition, path: string): AssetTest {
  const raw = c.field ?? c.fieldHandle ?? '';
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  const field = FIELDS[FIELD_ALIASES[key] ?? key];
  if (!field) throw fault('invalidParameter', `${path}: field '${raw}' is not searchable in ips-mock; use one of: Name, FileName, Folder, Type, CreateUser, LastModifyUser, Created, LastModified, FileSize, Width, Height`);
  if (field.kind === 'text') {
    const op = TEXT_OPS.find((o) => o === c.op);
    if (op === undefined) throw fault('invalidParameter', `${path}: op '${c.op}' does not apply to text field ${raw}; use one of: ${TEXT_OPS.join(', ')}`);
    if (c.value === undefined) throw fault('missingParameter', `${path}: op ${c.op} needs a value`);
    const fold = c.caseSensitive ? (s: string) => s : (s: string) => s.toLowerCase();
    const want = fold(c.value);
    const test: Record<(typeof TEXT_OPS)[number], (s: string) => boolean> = {
      Equals: (s) => s === want,
      NotEquals: (s) => s !== want,
      Contains: (s) => s.includes(want),
      NotContains: (s) => !s.includes(want),
      StartsWith: (s) => s.startsWith(want),
      EndsWith: (s) => s.endsWith(want),
    };
    const t = test[op];
    return (a) => t(fold(String(field.get(a))));
  }
  const op = RANGE_OPS.find((o) => o === c.op);
  if (op === undefined) throw fault('invalidParameter', `${path}: op '${c.op}' does not apply to field ${raw}; use one of: ${RANGE_OPS.join(', ')}`);
  const { v, min, max } = rangeOf(c, path);
  const test: Record<(typeof RANGE_OPS)[number], (x: number) => boolean> = {
    Equals: (x) => x === v,
    NotEquals: (x) => x !== v,
    LessThan: (x) => x < v,
    LessThanEquals: (x) => x <= v,
    GreaterThan: (x) => x > v,
    GreaterThanEquals: (x) => x >= v,
    Between: (x) => x >= min && x <= max,
    NotBetween: (x) => x < min || x > max,
  };
  const t = test[op];
  // Date and number fields hold numbers (dates as epoch milliseconds).
  return (a) => t(Number(field.get(a)));
}

const MATCH_MODES = ['MatchAll', 'MatchAny'] as const;

/** Combines tests by a Search Match Mode (MatchAll by default). */
export function combine(tests: readonly AssetTest[], mode: string | undefined, param: string): AssetTest | undefined {
  if (mode !== undefined && !MATCH_MODES.some((m) => m === mode)) throw fault('invalidParameter', `${param} '${mode}' must be one of: ${MATCH_MODES.join(', ')}`);
  if (tests.length === 0) return undefined;
  return mode === 'MatchAny' ? (a) => tests.some((t) => t(a)) : (a) => tests.every((t) => t(a));
}

/** A sort key for searchAssets sortBy (the same field names as conditions; default Name). */
export function sortKey(sortBy: string | undefined): (a: AssetRecord) => Value {
  if (sortBy === undefined) return (a) => a.name;
  const key = sortBy.toLowerCase().replace(/[^a-z]/g, '');
  const field = FIELDS[FIELD_ALIASES[key] ?? key];
  if (!field) throw fault('invalidParameter', `sortBy '${sortBy}' is not a sort field of ips-mock; use one of: Name, FileName, Folder, Type, CreateUser, LastModifyUser, Created, LastModified, FileSize, Width, Height`);
  return field.get;
}

/**
 * The schema model: the single source of truth for every IPS type, element and
 * operation that the mock serves. The WSDL text, the request decoder and the
 * response serializer are all derived from these tables, so element order,
 * cardinality and per-release presence cannot drift between them.
 *
 * Per-release differences are data on the items: `since` / `until`
 * (releases.ts) say in which releases an item exists, and `stored` says where
 * an older element's value lives in the newest shape (a type that changed
 * shape keeps one stored form; each release reads and writes its own).
 */
import type { Availability, ReleaseId } from './releases.js';

export type XsdType = 'string' | 'int' | 'long' | 'double' | 'boolean' | 'dateTime';

/** A type reference: a built-in (`xsd:int`) or a named complex type of the versioned namespace. */
export type TypeRef = `xsd:${XsdType}` | `types:${string}`;

/** Where an element of an older shape keeps its value in the stored (newest) shape. */
export interface StoredAt {
  /** Path from the parent object, e.g. ['layerOptions', 'anchor']. */
  readonly path: readonly string[];
  /** [wire value, stored value] pairs when the old element encodes the value differently. */
  readonly values?: ReadonlyArray<readonly [wire: unknown, stored: unknown]>;
}

export interface Field extends Availability {
  readonly name: string;
  readonly type: TypeRef;
  readonly minOccurs: 0 | 1;
  /** `undefined` = 1; a number or 'unbounded' makes the field repeat. */
  readonly maxOccurs?: number | 'unbounded';
  /** Other element names accepted on input for this field (doc spellings, §10 of the reference). */
  readonly aliases?: readonly string[];
  /** Set on elements of an older shape whose value lives elsewhere in the stored object. */
  readonly stored?: StoredAt;
}

export interface ComplexType extends Availability {
  readonly name: string;
  readonly fields: readonly Field[];
}

/** A global element whose content is an anonymous sequence (every xxxParam / xxxReturn) or `all` group. */
export interface GlobalElement extends Availability {
  readonly name: string;
  readonly fields: readonly Field[];
  /** `all` for the authHeader (real WSDL); a sequence otherwise. */
  readonly compositor?: 'all';
  /** The real base-namespace elements allow foreign attributes (`anyAttribute ##other lax`). */
  readonly anyAttribute?: boolean;
}

/** A release id (= since) or a full availability. */
export type When = ReleaseId | Availability;
const when = (w: When | undefined): Availability => (w === undefined ? {} : typeof w === 'string' ? { since: w } : w);

export const req = (name: string, type: TypeRef, w?: When): Field => ({ name, type, minOccurs: 1, ...when(w) });
export const opt = (name: string, type: TypeRef, w?: When, aliases?: readonly string[]): Field => ({
  name,
  type,
  minOccurs: 0,
  ...when(w),
  ...(aliases ? { aliases } : {}),
});
/** An element of an older shape: its value is stored at `stored.path` of the newest shape. */
export const moved = (field: Field, stored: StoredAt): Field => ({ ...field, stored });
const items = (type: TypeRef, minOccurs: 0 | 1 = 0, maxOccurs: number | 'unbounded' = 'unbounded'): Field => ({
  name: 'items',
  type,
  minOccurs,
  maxOccurs,
});

export const type = (name: string, fields: readonly Field[], w?: When): ComplexType => ({ name, fields, ...when(w) });

/** An array wrapper type: a sequence of repeated `items` children, as every IPS array is. */
export const arrayOf = (name: string, itemType: TypeRef, w?: When, minItems: 0 | 1 = 0, maxItems: number | 'unbounded' = 'unbounded'): ComplexType =>
  type(name, [items(itemType, minItems, maxItems)], w);

const BUILT_INS: Readonly<Record<`xsd:${XsdType}`, XsdType>> = {
  'xsd:string': 'string',
  'xsd:int': 'int',
  'xsd:long': 'long',
  'xsd:double': 'double',
  'xsd:boolean': 'boolean',
  'xsd:dateTime': 'dateTime',
};
export const isBuiltIn = (t: TypeRef): t is `xsd:${XsdType}` => t.startsWith('xsd:');
/** The XSD built-in a reference names. */
export const builtIn = (t: `xsd:${XsdType}`): XsdType => BUILT_INS[t];
export const typeName = (t: TypeRef): string => t.slice(t.indexOf(':') + 1);
export const repeats = (f: Field): boolean => f.maxOccurs !== undefined && f.maxOccurs !== 1;

/**
 * The schema model: the single source of truth for every IPS type, element and
 * operation that the mock serves. The WSDL text, the request decoder and the
 * response serializer are all derived from these tables, so element order,
 * cardinality and per-version presence cannot drift between them.
 */

/** A release feature; a version row (versions.ts) lists the features it has. */
export type Feature =
  | 'v4_0' // 2008-01-15: job locale/description, optimize/reprocess jobs, PDF/Illustrator options
  | 'v4_2' // 2008-09-10: preservePublishState / preserveCrop
  | 'v4_4' // 2009-07-31: JobLog transfer counts, autoSetCreationOptions
  | 'v4_5' // 2010-01-31: JobLogDetailAux, new PhotoshopOptions shape, numUrls
  | 'v6_0' // 2012-02-14: exportJob, TaskProgress.taskState, contextHandle on rendering/video
  | 'v6_8' // 2014-04-03: items documented without a release note (task progress, upload post, …)
  | 'beta'; // 2016-01-14-beta: items known only from code generated off the beta WSDL

export type XsdType = 'string' | 'int' | 'long' | 'double' | 'boolean' | 'dateTime';

/** A type reference: a built-in (`xsd:int`) or a named complex type of the versioned namespace. */
export type TypeRef = `xsd:${XsdType}` | `types:${string}`;

export interface Field {
  readonly name: string;
  readonly type: TypeRef;
  readonly minOccurs: 0 | 1;
  /** `undefined` = 1; a number or 'unbounded' makes the field repeat. */
  readonly maxOccurs?: number | 'unbounded';
  /** Present only in versions that have this feature. */
  readonly feature?: Feature;
  /** Other element names accepted on input for this field (doc spellings, §10 of the reference). */
  readonly aliases?: readonly string[];
}

export interface ComplexType {
  readonly name: string;
  readonly fields: readonly Field[];
  readonly feature?: Feature;
  readonly doc?: string;
}

/** A global element whose content is an anonymous sequence (every xxxParam / xxxReturn). */
export interface GlobalElement {
  readonly name: string;
  readonly fields: readonly Field[];
  readonly feature?: Feature;
}

export const req = (name: string, type: TypeRef, feature?: Feature): Field => ({ name, type, minOccurs: 1, feature });
export const opt = (name: string, type: TypeRef, feature?: Feature, aliases?: readonly string[]): Field => ({
  name,
  type,
  minOccurs: 0,
  feature,
  aliases,
});
export const items = (type: TypeRef, minOccurs: 0 | 1 = 0, maxOccurs: number | 'unbounded' = 'unbounded'): Field => ({
  name: 'items',
  type,
  minOccurs,
  maxOccurs,
});

export const type = (name: string, fields: readonly Field[], feature?: Feature, doc?: string): ComplexType => ({
  name,
  fields,
  feature,
  doc,
});

/** An array wrapper type: a sequence of repeated `items` children, as every IPS array is. */
export const arrayOf = (name: string, itemType: TypeRef, feature?: Feature, minItems: 0 | 1 = 0, maxItems: number | 'unbounded' = 'unbounded'): ComplexType =>
  type(name, [items(itemType, minItems, maxItems)], feature);

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

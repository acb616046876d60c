/**
 * Schema-driven serialization: writes a plain object as the children of an
 * element, in the sequence order of the resolved schema. Fields the version
 * does not have are never written; a missing required field is a bug in the
 * mock, reported loudly rather than sent to a strict client.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { isBuiltIn, repeats, typeName, type Field } from '../schema/model.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import { formatValue } from './format-value.js';
import type { XsdType } from '../schema/model.js';

export type Plain = { readonly [key: string]: unknown };

export function writeFields(parent: XMLBuilder, fields: readonly Field[], value: Plain, schema: ResolvedSchema, path: string): void {
  for (const f of fields) {
    const v = value[f.name];
    if (v === undefined || v === null) {
      if (f.minOccurs === 1) throw new TypeError(`${path}/${f.name} is required but missing`);
      continue;
    }
    const list = repeats(f) ? (v as unknown[]) : [v];
    if (repeats(f) && !Array.isArray(v)) throw new TypeError(`${path}/${f.name} must be an array`);
    for (const item of list) writeOne(parent, f, item, schema, `${path}/${f.name}`);
  }
}

function writeOne(parent: XMLBuilder, f: Field, v: unknown, schema: ResolvedSchema, path: string): void {
  const el = parent.ele(f.name);
  if (isBuiltIn(f.type)) {
    el.txt(formatValue(typeName(f.type) as XsdType, v));
    return;
  }
  const t = schema.types.get(typeName(f.type));
  if (!t) throw new TypeError(`${path}: type ${f.type} is not in ${schema.version.id}`);
  writeFields(el, t.fields, v as Plain, schema, path);
}

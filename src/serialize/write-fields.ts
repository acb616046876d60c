/**
 * Schema-driven serialization: writes a plain object as the children of an
 * element, in the sequence order of the resolved schema. Fields the version
 * does not have are never written; a missing required field is a bug in the
 * mock, reported loudly rather than sent to a strict client. Written as text
 * (no DOM): this runs for every uncached response.
 */
import { isBuiltIn, repeats, typeName, type Field } from '../schema/model.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import { formatValue } from './format-value.js';
import type { XsdType } from '../schema/model.js';
import { element, escapeText } from './xml-text.js';

export type Plain = { readonly [key: string]: unknown };

/** The child elements of `value`, or undefined when there are none (the parent is then written `<name/>`). */
export function writeFields(fields: readonly Field[], value: Plain, schema: ResolvedSchema, path: string): string | undefined {
  let out: string | undefined;
  for (const f of fields) {
    const v = value[f.name];
    if (v === undefined || v === null) {
      if (f.minOccurs === 1) throw new TypeError(`${path}/${f.name} is required but missing`);
      continue;
    }
    if (repeats(f) && !Array.isArray(v)) throw new TypeError(`${path}/${f.name} must be an array`);
    const list = repeats(f) ? (v as unknown[]) : [v];
    for (const item of list) out = (out ?? '') + writeOne(f, item, schema, `${path}/${f.name}`);
  }
  return out;
}

function writeOne(f: Field, v: unknown, schema: ResolvedSchema, path: string): string {
  if (isBuiltIn(f.type)) return element(f.name, escapeText(formatValue(typeName(f.type) as XsdType, v)));
  const t = schema.types.get(typeName(f.type));
  if (!t) throw new TypeError(`${path}: type ${f.type} is not in ${schema.version.id}`);
  return element(f.name, writeFields(t.fields, v as Plain, schema, path));
}

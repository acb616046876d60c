/**
 * Schema-driven serialization: writes a plain object as an element and its
 * children, in the sequence order of the resolved schema. Fields the version
 * does not have are never written; a key that no version of the type declares
 * (a misspelt view field), a missing required field or a value of the wrong
 * shape is a bug in the mock, reported loudly rather than dropped or sent to a
 * strict client. Written as text (no DOM): this runs for every uncached response.
 * Children are unqualified names under the result element's default namespace,
 * and an empty string or array is an empty element (<urlArray/>), as in the captures.
 */
import type { ServerZone } from '../clock/server-zone.js';
import { builtIn, isBuiltIn, repeats, typeName, type Field } from '../schema/model.js';
import { declaredNames } from '../schema/model-index.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import { wireValue } from '../schema/stored-shape.js';
import { formatValue } from './format-value.js';
import { XmlOut } from './xml-out.js';
import { XmlPiece } from './xml-piece.js';
import { element, escapeText } from './xml-text.js';

export type Plain = { readonly [key: string]: unknown };

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `value` gives any field of `fields` something to write (the element is `<name/>` if not). */
function hasContent(fields: readonly Field[], value: Plain): boolean {
  for (const f of fields) {
    const v = wireValue(value, f);
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) return true;
  }
  return false;
}

/**
 * `<name attrs>` and the elements for the fields of `owner` (a complex type or a global element of
 * the model) that `schema`'s version has, with values from `value`, then `</name>`; `<name attrs/>`
 * when there are none.
 */
export function writeElement(out: XmlOut, name: string, attrs: string, owner: string, fields: readonly Field[], value: Plain, schema: ResolvedSchema, zone: ServerZone, path: string): void {
  const declared = declaredNames(owner);
  for (const k in value) if (!declared.has(k)) throw new TypeError(`${path}: ${owner} declares no element '${k}'`);
  if (!hasContent(fields, value)) {
    for (const f of fields) if (f.minOccurs === 1 && (wireValue(value, f) ?? undefined) === undefined) throw new TypeError(`${path}/${f.name} is required but missing`);
    return out.write(`<${name}${attrs}/>`);
  }
  out.write(`<${name}${attrs}>`);
  for (const f of fields) {
    const v = wireValue(value, f);
    if (v === undefined || v === null) {
      if (f.minOccurs === 1) throw new TypeError(`${path}/${f.name} is required but missing`);
      continue;
    }
    if (Array.isArray(v)) writeField(out, f, v, schema, zone, path);
    else if (repeats(f)) throw new TypeError(`${path}/${f.name} must be an array`);
    else writeField(out, f, [v], schema, zone, path);
  }
  out.write(`</${name}>`);
}

/**
 * The pieces written for frozen values, per namespace, zone and element name (encoded once, deflated
 * once when a gzip answer needs it). A frozen value (a view kept while its job does not change,
 * ../views/active-job-view.ts) always writes the same XML, so it is written once; the piece goes with
 * the value when the value is dropped.
 */
const written = new WeakMap<Plain, Map<string, XmlPiece>>();

/** The elements of one field, one per item; the item type is looked up once for all of them (a list of 10,000 jobs). */
function writeField(out: XmlOut, f: Field, list: readonly unknown[], schema: ResolvedSchema, zone: ServerZone, parentPath: string): void {
  if (isBuiltIn(f.type)) {
    const type = builtIn(f.type);
    for (const v of list) {
      const text = formatValue(type, v, zone);
      out.write(element(f.name, text === '' ? undefined : escapeText(text)));
    }
    return;
  }
  const path = `${parentPath}/${f.name}`;
  const t = schema.types.get(typeName(f.type));
  if (!t) throw new TypeError(`${path}: type ${f.type} is not in ${schema.version.id}`);
  // One key string for every item: its hash is computed once, not once per job.
  const key = `${schema.version.id}|${zone.id}|${f.name}`;
  for (const v of list) {
    if (!isPlain(v)) throw new TypeError(`${path} must be an object (${t.name})`);
    if (!Object.isFrozen(v)) {
      writeElement(out, f.name, '', t.name, t.fields, v, schema, zone, path);
      continue;
    }
    let byTarget = written.get(v);
    if (!byTarget) written.set(v, (byTarget = new Map<string, XmlPiece>()));
    let piece = byTarget.get(key);
    if (piece === undefined) {
      const own = new XmlOut();
      writeElement(own, f.name, '', t.name, t.fields, v, schema, zone, path);
      byTarget.set(key, (piece = XmlPiece.of(own.toString()).keep()));
    }
    out.piece(piece);
  }
}

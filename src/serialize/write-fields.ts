/**
 * Schema-driven serialization: writes a plain object as the children of an
 * element, in the sequence order of the resolved schema. Fields the version
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
import { element, escapeText } from './xml-text.js';

export type Plain = { readonly [key: string]: unknown };

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The child elements for the fields of `owner` (a complex type or a global
 * element of the model) that `schema`'s version has, with values from `value`;
 * undefined when there are none (the parent is then written `<name/>`).
 */
export function writeFields(owner: string, fields: readonly Field[], value: Plain, schema: ResolvedSchema, zone: ServerZone, path: string): string | undefined {
  const declared = declaredNames(owner);
  const stray = Object.keys(value).find((k) => !declared.has(k));
  if (stray !== undefined) throw new TypeError(`${path}: ${owner} declares no element '${stray}'`);
  // Collected and joined once: a list of 10,000 jobs as one flat string, not a rope of 10,000 concatenations to flatten.
  const out: string[] = [];
  for (const f of fields) {
    const v = wireValue(value, f);
    if (v === undefined || v === null) {
      if (f.minOccurs === 1) throw new TypeError(`${path}/${f.name} is required but missing`);
      continue;
    }
    if (repeats(f) && !Array.isArray(v)) throw new TypeError(`${path}/${f.name} must be an array`);
    const list: readonly unknown[] = Array.isArray(v) ? v : [v];
    for (const item of list) out.push(writeOne(f, item, schema, zone, `${path}/${f.name}`));
  }
  return out.length === 0 ? undefined : out.join('');
}

/**
 * The XML written for frozen values, per namespace, zone and element name. A frozen value (a view
 * kept while its job does not change, ../views/active-job-view.ts) always writes the same XML, so it
 * is written once; the XML goes with the value when the value is dropped.
 */
const written = new WeakMap<Plain, Map<string, string>>();

function writeOne(f: Field, v: unknown, schema: ResolvedSchema, zone: ServerZone, path: string): string {
  if (isBuiltIn(f.type)) {
    const text = formatValue(builtIn(f.type), v, zone);
    return element(f.name, text === '' ? undefined : escapeText(text));
  }
  const t = schema.types.get(typeName(f.type));
  if (!t) throw new TypeError(`${path}: type ${f.type} is not in ${schema.version.id}`);
  if (!isPlain(v)) throw new TypeError(`${path} must be an object (${t.name})`);
  if (!Object.isFrozen(v)) return element(f.name, writeFields(t.name, t.fields, v, schema, zone, path));
  let byTarget = written.get(v);
  if (!byTarget) written.set(v, (byTarget = new Map<string, string>()));
  const key = `${schema.version.id}|${zone.id}|${f.name}`;
  let xml = byTarget.get(key);
  if (xml === undefined) byTarget.set(key, (xml = element(f.name, writeFields(t.name, t.fields, v, schema, zone, path))));
  return xml;
}

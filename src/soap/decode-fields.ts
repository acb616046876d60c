/**
 * Request stage 3: the request element → a typed plain object, checked against
 * the resolved schema. Elements may come in any order (reference §6.1);
 * unknown elements are refused (30003), missing required ones are 30002, values
 * that are not of their XSD type are 30001. Each reason names the path.
 */
import { fault } from '../faults/catalogue.js';
import { builtIn, isBuiltIn, repeats, typeName, type Field, type XsdType } from '../schema/model.js';
import type { Operation, OperationName } from '../schema/operations.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import type { OperationTypes } from '../schema/wire-types.js';
import type { XmlElement } from '../xml/parse-xml.js';
import { echo } from '../xml/xml-chars.js';
import { checkRepeats, checkString } from './value-limits.js';

export type Decoded = { [key: string]: unknown };

const INT = /^[+-]?\d+$/;
const DOUBLE = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function decodeBuiltIn(type: XsdType, raw: string, path: string): unknown {
  const text = type === 'string' ? raw : raw.trim();
  const bad = (expected: string) => fault('invalidParameter', `${path} must be ${expected}, got '${echo(text)}'`);
  switch (type) {
    case 'string':
      return checkString(text, path);
    case 'boolean':
      if (text === 'true' || text === '1') return true;
      if (text === 'false' || text === '0') return false;
      throw bad('a boolean (true or false)');
    case 'int': {
      const n = Number(text);
      if (!INT.test(text) || n > 2147483647 || n < -2147483648) throw bad('a 32-bit integer');
      return n;
    }
    case 'long': {
      if (!INT.test(text) || !Number.isSafeInteger(Number(text))) throw bad('an integer');
      return Number(text);
    }
    case 'double':
      if (!DOUBLE.test(text)) throw bad('a number');
      return text === 'INF' || text === '+INF' ? Infinity : text === '-INF' ? -Infinity : Number(text);
    case 'dateTime': {
      // Decision: a dateTime without a zone is read as UTC, the mock's own zone.
      const ms = DATE_TIME.test(text) ? Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`) : NaN;
      if (Number.isNaN(ms)) throw bad('an xsd:dateTime such as 2026-11-28T10:00:00.000Z');
      return ms;
    }
  }
}

const fieldFor = (fields: readonly Field[], local: string): Field | undefined =>
  fields.find((f) => f.name === local) ?? fields.find((f) => f.aliases?.includes(local));

export function decodeFields(el: XmlElement, fields: readonly Field[], schema: ResolvedSchema, path: string): Decoded {
  const out: Decoded = {};
  const lists = new Map<string, unknown[]>();
  const ns = schema.version.namespace;
  for (const child of el.children) {
    const f = fieldFor(fields, child.local);
    // Children must be qualified (elementFormDefault="qualified"); unqualified ones are tolerated for lenient clients.
    if (!f || (child.ns !== ns && child.ns !== '')) {
      const expected = fields.map((x) => x.name).join(', ') || '(no child elements)';
      throw fault('invalidRequestXml', `Unexpected element {${echo(child.ns)}}${echo(child.local)} in ${path}; expected: ${expected}`);
    }
    const value = decodeOne(child, f, schema, `${path}/${f.name}`);
    if (repeats(f)) {
      const list = lists.get(f.name) ?? [];
      lists.set(f.name, list);
      out[f.name] = list;
      list.push(value);
      checkRepeats(list.length, `${path}/${f.name}`);
      if (typeof f.maxOccurs === 'number' && list.length > f.maxOccurs) {
        throw fault('invalidParameter', `${path}/${f.name} may occur at most ${f.maxOccurs} times`);
      }
    } else if (f.name in out) {
      throw fault('invalidParameter', `${path}/${f.name} may occur only once`);
    } else {
      out[f.name] = value;
    }
  }
  for (const f of fields) {
    if (f.minOccurs === 1 && !(f.name in out)) throw fault('missingParameter', `Missing required parameter ${path}/${f.name}`);
  }
  return out;
}

function decodeOne(el: XmlElement, f: Field, schema: ResolvedSchema, path: string): unknown {
  if (isBuiltIn(f.type)) return decodeBuiltIn(builtIn(f.type), el.text, path);
  const t = schema.types.get(typeName(f.type));
  if (!t) throw new TypeError(`schema model: ${f.type} missing from ${schema.version.id}`);
  return decodeFields(el, t.fields, schema, path);
}

/**
 * `operation`'s parameters, decoded by decodeFields from its request element,
 * with their generated type. This is the one place the static type is
 * attached: decodeFields builds the object from the same schema fields that
 * wire-types.ts is generated from (a test keeps the two equal) and has checked
 * every value against its field's XSD type; the names are checked again here.
 */
export function typedParams<N extends OperationName>(operation: Operation<N>, decoded: Decoded): OperationTypes[N]['param'] {
  const names = new Set(operation.param.fields.map((f) => f.name));
  const stray = Object.keys(decoded).find((k) => !names.has(k));
  if (stray !== undefined) throw new TypeError(`${operation.param.name} has no parameter '${stray}'; decode it with its own fields`);
  return decoded as OperationTypes[N]['param'];
}

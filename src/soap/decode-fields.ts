/**
 * Request stage 3: the request element → a typed plain object, checked against
 * the resolved schema the way the real service's Axis2 (ADB) generated parsers
 * read it (reference §0.1: "Unexpected subelement"): children in xsd:sequence
 * order, each qualified with the version's namespace URI (prefixes do not
 * matter), named as in the WSDL, at most maxOccurs times. Those are structure
 * violations (30003) — or, checked leniently, recorded and tolerated. Missing
 * required elements (30002) and values not of their XSD type (30001) are
 * faults either way: there is nothing sensible to answer. Each reason names
 * the element path, what was expected and what came.
 */
import { fault } from '../faults/catalogue.js';
import { builtIn, isBuiltIn, repeats, typeName, type Field, type XsdType } from '../schema/model.js';
import type { Operation, OperationName } from '../schema/operations.js';
import { fieldInOtherRelease, type ResolvedSchema } from '../schema/resolved-schema.js';
import { otherReleaseReason } from './other-release.js';
import type { OperationTypes } from '../schema/wire-types.js';
import { storedForm } from '../schema/stored-shape.js';
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

/** How structure violations are treated: a fault (strict, the default), or recorded in `violations` and tolerated. */
export interface RequestCheck {
  readonly lenient: boolean;
  readonly violations: string[];
}

const STRICT: RequestCheck = { lenient: false, violations: [] };

/** A structure violation: a 30003 fault, or (lenient) a note, and the element is read as well as it can be. */
function violation(check: RequestCheck, reason: string): void {
  if (!check.lenient) throw fault('invalidRequestXml', reason);
  check.violations.push(reason);
}

const sequence = (fields: readonly Field[]) => fields.map((x) => x.name).join(', ') || '(no child elements)';

/** What may come next after field `cursor` of the sequence (Axis2 reads in order and never looks back). */
function expectedAfter(fields: readonly Field[], cursor: number): string {
  const next: string[] = [];
  for (let i = cursor; i < fields.length; i++) {
    next.push(fields[i]!.name);
    if (fields[i]!.minOccurs === 1 && i > cursor) break;
  }
  return next.length ? next.join(' or ') : 'the end of the element';
}

export function decodeFields(el: XmlElement, fields: readonly Field[], schema: ResolvedSchema, path: string, check: RequestCheck = STRICT): Decoded {
  const out: Decoded = {};
  const lists = new Map<string, unknown[]>();
  const ns = schema.version.namespace;
  let cursor = 0;
  for (const child of el.children) {
    const got = `{${echo(child.ns)}}${echo(child.local)}`;
    const f = child.ns === ns || child.ns === '' ? fieldFor(fields, child.local) : undefined;
    if (!f) {
      // An element of this type in another release: 30001 naming the release that has it.
      const elsewhere = child.ns === ns || child.ns === '' ? fieldInOtherRelease(fields, child.local) : undefined;
      if (elsewhere) {
        const reason = otherReleaseReason(`${path}/${echo(child.local)}`, elsewhere, schema.version);
        if (!check.lenient) throw fault('invalidParameter', reason);
        check.violations.push(reason);
        continue;
      }
      violation(check, `Unexpected subelement ${got} in ${path}: expected ${expectedAfter(fields, cursor)} in namespace ${ns} (the sequence is ${sequence(fields)})`);
      continue;
    }
    const at = `${path}/${f.name}`;
    // elementFormDefault="qualified": an unprefixed child without a default namespace is not the WSDL's element.
    if (child.ns === '') violation(check, `${at} must be in namespace ${ns}, got it unqualified (no namespace)`);
    if (child.local !== f.name) violation(check, `${path}/${echo(child.local)} is not an element of the WSDL: expected ${f.name}, got ${echo(child.local)}`);
    const index = fields.indexOf(f);
    if (index < cursor) {
      violation(check, `${at} is out of order: expected ${expectedAfter(fields, cursor)} after ${path}/${fields[cursor]!.name}, got ${f.name} (the sequence is ${sequence(fields)})`);
    } else {
      cursor = index;
    }
    const value = decodeOne(child, f, schema, at, check);
    if (repeats(f)) {
      const list = lists.get(f.name) ?? [];
      lists.set(f.name, list);
      out[f.name] = list;
      list.push(value);
      checkRepeats(list.length, at);
      if (typeof f.maxOccurs === 'number' && list.length === f.maxOccurs + 1) {
        violation(check, `${at} occurs too often: expected at most ${f.maxOccurs}, got more`);
      }
    } else if (f.name in out) {
      violation(check, `${at} occurs more than once: expected at most 1 (the first is used)`);
    } else {
      out[f.name] = value;
    }
  }
  for (const f of fields) {
    if (f.minOccurs === 1 && !(f.name in out)) throw fault('missingParameter', `Missing required parameter ${path}/${f.name}`);
  }
  // Elements of an older shape (e.g. pre-4.5 PhotoshopOptions) are kept in the newest shape.
  return storedForm(out, fields);
}

function decodeOne(el: XmlElement, f: Field, schema: ResolvedSchema, path: string, check: RequestCheck): unknown {
  if (isBuiltIn(f.type)) return decodeBuiltIn(builtIn(f.type), el.text, path);
  const t = schema.types.get(typeName(f.type));
  if (!t) throw new TypeError(`schema model: ${f.type} missing from ${schema.version.id}`);
  return decodeFields(el, t.fields, schema, path, check);
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
  return decoded;
}

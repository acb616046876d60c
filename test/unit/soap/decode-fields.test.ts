/**
 * Unit tests of the request decoder (src/soap/decode-fields.ts) on small field lists: XSD built-in
 * types, order, namespaces, cardinality, lenient mode. Expected reasons are written out here.
 */
import { describe, expect, it } from 'vitest';
import { opt, req, type Field } from '../../../src/schema/model.js';
import { resolveSchema } from '../../../src/schema/resolved-schema.js';
import { versionById } from '../../../src/schema/versions.js';
import { decodeFields, typedParams, type RequestCheck } from '../../../src/soap/decode-fields.js';
import { parseXml } from '../../../src/xml/parse-xml.js';
import { faultOf } from './fault-of.js';

const schema = resolveSchema(versionById('2014-04-03')!);
const NS = 'http://www.scene7.com/IpsApi/xsd/2014-04-03';
const el = (inner: string, ns = NS) => parseXml(`<p xmlns="${ns}">${inner}</p>`);
const decode = (fields: readonly Field[], inner: string, check?: RequestCheck) => decodeFields(el(inner), fields, schema, 'p', check);
const one = (type: Field['type']) => [opt('v', type)];
const value = (type: Field['type'], text: string) => decode(one(type), `<v>${text}</v>`).v;
const bad = (type: Field['type'], text: string) => faultOf(() => decode(one(type), `<v>${text}</v>`));

describe('XSD built-in types', () => {
  it('xsd:string keeps spaces; xsd:boolean is true/false/1/0 (trimmed)', () => {
    expect(value('xsd:string', '  a b ')).toBe('  a b ');
    expect([value('xsd:boolean', 'true'), value('xsd:boolean', ' 1 '), value('xsd:boolean', 'false'), value('xsd:boolean', '0')]).toEqual([true, true, false, false]);
    expect(bad('xsd:boolean', 'yes')).toEqual({ code: 30001, reason: "p/v must be a boolean (true or false), got 'yes'" });
    expect(bad('xsd:boolean', 'TRUE').code).toBe(30001);
  });
  it('xsd:int is a 32-bit integer, signs allowed', () => {
    expect([value('xsd:int', '2147483647'), value('xsd:int', '-2147483648'), value('xsd:int', '+7'), value('xsd:int', ' 12 ')]).toEqual([2147483647, -2147483648, 7, 12]);
    expect(bad('xsd:int', '2147483648')).toEqual({ code: 30001, reason: "p/v must be a 32-bit integer, got '2147483648'" });
    expect(bad('xsd:int', '-2147483649').code).toBe(30001);
    expect(bad('xsd:int', '1.0').code).toBe(30001);
    expect(bad('xsd:int', '').code).toBe(30001);
    expect(bad('xsd:int', '1e3').code).toBe(30001);
  });
  it('xsd:long is a safe integer', () => {
    expect(value('xsd:long', '9007199254740991')).toBe(9007199254740991);
    expect(value('xsd:long', '-5')).toBe(-5);
    expect(bad('xsd:long', '9007199254740993')).toEqual({ code: 30001, reason: "p/v must be an integer, got '9007199254740993'" });
    expect(bad('xsd:long', '5x').code).toBe(30001);
  });
  it('xsd:double: decimals, exponents, INF, -INF, NaN', () => {
    expect([value('xsd:double', '1.5'), value('xsd:double', '.5'), value('xsd:double', '-2E3'), value('xsd:double', '7.')]).toEqual([1.5, 0.5, -2000, 7]);
    expect([value('xsd:double', 'INF'), value('xsd:double', '+INF'), value('xsd:double', '-INF')]).toEqual([Infinity, Infinity, -Infinity]);
    expect(value('xsd:double', 'NaN')).toBeNaN();
    expect([value('xsd:double', '12.5'), value('xsd:double', '.25'), value('xsd:double', '1e+5'), value('xsd:double', '1E10'), value('xsd:double', '2e-2')]).toEqual([12.5, 0.25, 100000, 1e10, 0.02]);
    expect(bad('xsd:double', 'Infinity')).toEqual({ code: 30001, reason: "p/v must be a number, got 'Infinity'" });
    expect(bad('xsd:double', '1,5').code).toBe(30001);
    expect(bad('xsd:double', '').code).toBe(30001);
  });
  it('xsd:dateTime: with a zone, or read as UTC without one; refused otherwise', () => {
    expect(value('xsd:dateTime', '2026-11-28T10:00:00Z')).toBe(Date.parse('2026-11-28T10:00:00Z'));
    expect(value('xsd:dateTime', '2026-11-28T04:00:00.250-06:00')).toBe(Date.parse('2026-11-28T10:00:00.250Z'));
    expect(value('xsd:dateTime', '2026-11-28T10:00:00')).toBe(Date.parse('2026-11-28T10:00:00Z'));
    expect(bad('xsd:dateTime', 'yesterday')).toEqual({ code: 30001, reason: "p/v must be an xsd:dateTime such as 2026-11-28T10:00:00.000Z, got 'yesterday'" });
    expect(bad('xsd:dateTime', '2026-11-28').code).toBe(30001);
    expect(bad('xsd:dateTime', '2026-13-45T10:00:00Z').code).toBe(30001);
    expect(bad('xsd:dateTime', '2026-11-28 10:00:00Z').code).toBe(30001);
  });
});

describe('structure (Axis2 reads in order)', () => {
  const fields = [req('a', 'xsd:string'), opt('b', 'xsd:int'), req('c', 'xsd:string'), opt('d', 'xsd:string', undefined, ['dee'])];
  it('reads the sequence; leaves out what is absent', () => {
    expect(decode(fields, '<a>x</a><c>y</c>')).toEqual({ a: 'x', c: 'y' });
    expect(decode(fields, '<a>x</a><b>2</b><c>y</c><d>z</d>')).toEqual({ a: 'x', b: 2, c: 'y', d: 'z' });
  });
  it('a missing required element → 30002 naming its path', () => {
    expect(faultOf(() => decode(fields, '<a>x</a>'))).toEqual({ code: 30002, reason: 'Missing required parameter p/c' });
    expect(faultOf(() => decode(fields, '<c>y</c>'))).toEqual({ code: 30002, reason: 'Missing required parameter p/a' });
  });
  it('out of order → 30003 naming what may come next', () => {
    expect(faultOf(() => decode(fields, '<a>x</a><c>y</c><b>2</b>'))).toEqual({
      code: 30003,
      reason: 'p/b is out of order: expected d or the end of the element after p/c, got b (the sequence is a, b, c, d)'.replace('d or the end of the element', 'c or d'),
    });
  });
  it('an unknown element → 30003 naming what may come from the last element read up to the next required one', () => {
    expect(faultOf(() => decode(fields, '<x/>'))).toEqual({
      code: 30003,
      reason: `Unexpected subelement {${NS}}x in p: expected a or b or c in namespace ${NS} (the sequence is a, b, c, d)`,
    });
    expect(faultOf(() => decode(fields, '<a>x</a><b>1</b><x/>')).reason).toBe(`Unexpected subelement {${NS}}x in p: expected b or c in namespace ${NS} (the sequence is a, b, c, d)`);
    expect(faultOf(() => decode(fields, '<a>x</a><c>y</c><x/>')).reason).toBe(`Unexpected subelement {${NS}}x in p: expected c or d in namespace ${NS} (the sequence is a, b, c, d)`);
    expect(faultOf(() => decode(fields, '<a>x</a><c>y</c><d>z</d><x/>')).reason).toMatch(/expected d in namespace/);
    expect(faultOf(() => decode([], '<x/>')).reason).toBe(`Unexpected subelement {${NS}}x in p: expected the end of the element in namespace ${NS} (the sequence is (no child elements))`);
  });
  it('an element of another namespace is unexpected; an unqualified one is named as such', () => {
    expect(faultOf(() => decode(fields, '<a xmlns="urn:x">x</a><c>y</c>')).reason).toMatch(/^Unexpected subelement \{urn:x\}a in p/);
    expect(faultOf(() => decode(fields, '<a xmlns="">x</a><c>y</c>'))).toEqual({ code: 30003, reason: `p/a must be in namespace ${NS}, got it unqualified (no namespace)` });
  });
  it('an alias spelling is refused strictly, read leniently', () => {
    expect(faultOf(() => decode(fields, '<a>x</a><c>y</c><dee>z</dee>'))).toEqual({ code: 30003, reason: 'p/dee is not an element of the WSDL: expected d, got dee' });
    const check: RequestCheck = { lenient: true, violations: [] };
    expect(decode(fields, '<a>x</a><c>y</c><dee>z</dee>', check)).toEqual({ a: 'x', c: 'y', d: 'z' });
    expect(check.violations).toEqual(['p/dee is not an element of the WSDL: expected d, got dee']);
  });
  it('a single-valued element twice: 30003 strictly; leniently the first is kept', () => {
    expect(faultOf(() => decode(fields, '<a>x</a><a>w</a><c>y</c>')).reason).toBe('p/a occurs more than once: expected at most 1 (the first is used)');
    const check: RequestCheck = { lenient: true, violations: [] };
    expect(decode(fields, '<a>x</a><a>w</a><c>y</c><zz/>', check)).toEqual({ a: 'x', c: 'y' });
    expect(check.violations).toHaveLength(2);
    expect(check.violations[1]).toMatch(/^Unexpected subelement/);
  });
  it('repeated elements collect into a list, up to maxOccurs', () => {
    const list: Field[] = [{ name: 'items', type: 'xsd:string', minOccurs: 0, maxOccurs: 2 }];
    expect(decode(list, '<items>a</items><items>b</items>')).toEqual({ items: ['a', 'b'] });
    expect(faultOf(() => decode(list, '<items>a</items><items>b</items><items>c</items>'))).toEqual({ code: 30003, reason: 'p/items occurs too often: expected at most 2, got more' });
    const unbounded: Field[] = [{ name: 'items', type: 'xsd:int', minOccurs: 1, maxOccurs: 'unbounded' }];
    expect(decode(unbounded, '<items>1</items><items>2</items><items>3</items>')).toEqual({ items: [1, 2, 3] });
    expect(faultOf(() => decode(unbounded, '')).code).toBe(30002);
  });
  it('complex types decode their own fields, with the path growing', () => {
    const fields2 = [opt('urlArray', 'types:UploadUrlArray')];
    const out = decode(fields2, '<urlArray><items><sourceUrl>https://e.com/a.jpg</sourceUrl><destPath>a.jpg</destPath></items></urlArray>');
    expect(out).toEqual({ urlArray: { items: [{ sourceUrl: 'https://e.com/a.jpg', destPath: 'a.jpg' }] } });
    expect(faultOf(() => decode(fields2, '<urlArray><items><destPath>a.jpg</destPath></items></urlArray>'))).toEqual({ code: 30002, reason: 'Missing required parameter p/urlArray/items/sourceUrl' });
  });
  it('an element of another namespace is unexpected even if another release has that name', () => {
    const op = schema.operations.get('getActiveJobs')!;
    expect(faultOf(() => decode(op.param.fields, '<includeWaitingJobs xmlns="urn:x">true</includeWaitingJobs>'))).toEqual({
      code: 30003,
      reason: `Unexpected subelement {urn:x}includeWaitingJobs in p: expected companyHandle or jobHandle or originalName in namespace ${NS} (the sequence is companyHandle, jobHandle, originalName)`,
    });
    expect(faultOf(() => decode(op.param.fields, '<includeWaitingJobs xmlns="">true</includeWaitingJobs>')).code).toBe(30001);
  });
  it('an element a later release dropped → 30001 naming the first and last release that had it', () => {
    const beta = resolveSchema(versionById('2016-01-14-beta')!);
    const fields = beta.types.get('UploadDirectoryJob')!.fields;
    const inner = '<destFolder>a/</destFolder><serverDir>/s/</serverDir><overwrite>true</overwrite><readyForPublish>true</readyForPublish><includeSubfolders>false</includeSubfolders><createMask>false</createMask><processMetadataFiles>false</processMetadataFiles><xmpTemplateId>t</xmpTemplateId>';
    const f = faultOf(() => decodeFields(parseXml(`<p xmlns="${beta.version.namespace}">${inner}</p>`), fields, beta, 'p'));
    expect(f).toEqual({ code: 30001, reason: `p/xmpTemplateId is not in the 2016-01-14-beta namespace (${beta.version.namespace}): 2016-01-14-beta dropped it; the first release that has it is 2010-01-31, the last 2014-04-03` });
  });
  it('an element of another release → 30001 naming that release, leniently a note', () => {
    const op = schema.operations.get('getActiveJobs')!;
    expect(faultOf(() => decode(op.param.fields, '<includeWaitingJobs>true</includeWaitingJobs>')).reason).toBe(
      `p/includeWaitingJobs is not in the 2014-04-03 namespace (${NS}); the first release that has it is 2016-01-14-beta (IpsApi-2016-01-14-beta.wsdl, namespace http://www.scene7.com/IpsApi/xsd/2016-01-14-beta)`,
    );
    const check: RequestCheck = { lenient: true, violations: [] };
    expect(decode(op.param.fields, '<includeWaitingJobs>true</includeWaitingJobs>', check)).toEqual({});
    expect(check.violations).toHaveLength(1);
  });
});

describe('typedParams', () => {
  it('passes decoded parameters through and refuses a name the operation does not have', () => {
    const op = schema.operations.get('getActiveJobs')!;
    expect(typedParams(op, { companyHandle: 'c|1' })).toEqual({ companyHandle: 'c|1' });
    expect(() => typedParams(op, { colour: 'red' })).toThrow("getActiveJobsParam has no parameter 'colour'; decode it with its own fields");
  });
});

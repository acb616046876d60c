/** Unit tests of reading the envelope and routing it to an operation (reference §1.1, §0.1). */
import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../src/soap/read-envelope.js';
import { routeOperation } from '../../../src/soap/route-operation.js';
import { parseXml } from '../../../src/xml/parse-xml.js';
import { faultOf as throws, rejects } from './fault-of.js';

const S11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const S12 = 'http://www.w3.org/2003/05/soap-envelope';
const V = 'http://www.scene7.com/IpsApi/xsd/2014-04-03';
const BASE = 'http://www.scene7.com/IpsApi/xsd';
const env = (ns: string, inner: string, header = '<s:Header><a:h xmlns:a="urn:a"/></s:Header>') => Buffer.from(`<s:Envelope xmlns:s="${ns}">${header}${inner}</s:Envelope>`);

describe('readEnvelope', () => {
  it('SOAP 1.1 and 1.2: the version, the header children and the one body element', async () => {
    const e = await readEnvelope(env(S11, `<s:Body><p xmlns="${V}"/></s:Body>`), 'text/xml');
    expect([e.soap.id, e.headers.map((h) => h.local), e.body.local, e.body.ns]).toEqual(['1.1', ['h'], 'p', V]);
    const e12 = await readEnvelope(env(S12, `<s:Body><p xmlns="${V}"/></s:Body>`, ''), 'application/soap+xml');
    expect([e12.soap.id, e12.headers]).toEqual(['1.2', []]);
  });
  it('a Header or Body of another namespace does not count', async () => {
    const e = await readEnvelope(Buffer.from(`<s:Envelope xmlns:s="${S11}" xmlns:o="urn:o"><o:Header><x/></o:Header><s:Body><p xmlns="${V}"/></s:Body></s:Envelope>`), undefined);
    expect(e.headers).toEqual([]);
    expect(await rejects(readEnvelope(Buffer.from(`<s:Envelope xmlns:s="${S11}" xmlns:o="urn:o"><o:Body><p/></o:Body></s:Envelope>`), undefined))).toEqual({ code: 30003, reason: 'The SOAP envelope must contain exactly one Body, found 0' });
  });
  it('refuses what is not a SOAP envelope, not well-formed, or has not exactly one body element (30003)', async () => {
    expect(await rejects(readEnvelope(Buffer.from('<Envelope/>'), undefined))).toEqual({ code: 30003, reason: `The request is not a SOAP envelope: expected {${S11}}Envelope, got {}Envelope` });
    expect((await rejects(readEnvelope(Buffer.from(`<s:Other xmlns:s="${S11}"/>`), undefined))).reason).toBe(`The request is not a SOAP envelope: expected {${S11}}Envelope, got {${S11}}Other`);
    expect((await rejects(readEnvelope(Buffer.from('<a><b></a>'), undefined))).reason).toMatch(/^The request is not well-formed XML: /);
    expect((await rejects(readEnvelope(env(S11, '<s:Body/>'), undefined))).reason).toBe('The SOAP Body must contain exactly one request element (document/literal), found 0');
    expect((await rejects(readEnvelope(env(S11, '<s:Body><a/><b/></s:Body>'), undefined))).reason).toBe('The SOAP Body must contain exactly one request element (document/literal), found 2');
    expect((await rejects(readEnvelope(env(S11, '<s:Body><a/></s:Body><s:Body><a/></s:Body>'), undefined))).reason).toBe('The SOAP envelope must contain exactly one Body, found 2');
  });
});

describe('routeOperation', () => {
  const body = (xml: string) => parseXml(xml);
  it('the namespace picks the version; SOAPAction (quoted, a URI, or empty) or the element names the operation', () => {
    const el = body(`<getActiveJobsParam xmlns="${V}"/>`);
    for (const action of [undefined, '', '""', 'getActiveJobs', '"getActiveJobs"', ' "urn:x:getActiveJobs" ', 'http://x/IpsApi#getActiveJobs', 'http://x/IpsApi/getActiveJobs']) {
      const r = routeOperation(el, action);
      expect([r.schema.version.id, r.operation.name], String(action)).toEqual(['2014-04-03', 'getActiveJobs']);
    }
    expect(routeOperation(body(`<getActiveJobsParam xmlns="${BASE}"/>`), undefined).schema.version.id).toBe('pre-4.0');
  });
  it('a namespace that is not IPS, or an IPS one the mock does not serve (30003)', () => {
    expect(throws(() => routeOperation(body('<p xmlns="urn:x"/>'), undefined)).reason).toMatch(/^The request element \{urn:x\}p is not in an IPS API namespace\. Use one of: http:\/\/www\.scene7\.com\/IpsApi\/xsd, /);
    const f = throws(() => routeOperation(body(`<p xmlns="${BASE}/2012-07-31"/>`), undefined));
    expect(f.code).toBe(30003);
    expect(f.reason).toMatch(/^The request element \{http:\/\/www\.scene7\.com\/IpsApi\/xsd\/2012-07-31\}p is in a real IPS namespace \(seen in the IPS docs: Photoshop path and auto-crop examples\) that ips-mock does not serve/);
  });
  it('unknown names: the nearest served one, a real IPS operation not served, one of another release (30001)', () => {
    expect(throws(() => routeOperation(body(`<getActiveJobParam xmlns="${V}"/>`), undefined)).reason).toMatch(/^Unknown operation 'getActiveJob'\. Did you mean 'getActiveJobs'\? ips-mock serves in 2014-04-03: submitJob, /);
    expect(throws(() => routeOperation(body(`<getImageSetMembersParam xmlns="${V}"/>`), undefined)).reason).toMatch(/^'getImageSetMembers' is an IPS operation that ips-mock does not serve yet\. ips-mock serves in 2014-04-03: /);
    expect(throws(() => routeOperation(body(`<getAssetJobLogsParam xmlns="${BASE}"/>`), undefined)).reason).toMatch(/^'getAssetJobLogs' is not an operation of the pre-4\.0 API; ips-mock serves it in 2008-01-15, /);
    expect(throws(() => routeOperation(body(`<xParam xmlns="${V}"/>`), 'x'.repeat(70))).reason).toMatch(/^Unknown operation 'x{70}'\. ips-mock serves in/);
  });
  it('SOAPAction and element that disagree: 30003 when both are operations, else the unknown element', () => {
    expect(throws(() => routeOperation(body(`<getActiveJobsParam xmlns="${V}"/>`), 'getJobLogs'))).toEqual({ code: 30003, reason: "SOAPAction 'getJobLogs' does not match the request element 'getActiveJobsParam'; send getJobLogsParam for getJobLogs." });
    expect(throws(() => routeOperation(body(`<getActiveJobs xmlns="${V}"/>`), 'getActiveJobs')).code).toBe(30003);
    expect(throws(() => routeOperation(body(`<nonsenseParam xmlns="${V}"/>`), 'getActiveJobs')).reason).toMatch(/^Unknown operation 'nonsense'\./);
  });
});

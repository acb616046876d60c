import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { fault } from '../src/faults/catalogue.js';
import { authHeader, call, envelope, faultOf, mockApp, NS, SERVICE } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';

const { app } = mockApp();
let schemas: SchemaSet;

beforeAll(async () => {
  schemas = schemasFromWsdl((await request(app).get('/scene7/webservice/IpsApi-2014-04-03.wsdl')).text, NS['2014-04-03']);
});

/**
 * The real service's fault shape (../shared/reference/real/captures-2010-01-31/rename_asset--failure.xml):
 * <faultcode>soapenv:Server</faultcode><faultstring>ipsApiFault</faultstring>
 * <detail><tns:ipsApiFault xmlns:tns="http://www.scene7.com/IpsApi/xsd"><tns:code>30000</tns:code><tns:reason>…
 * — Server even for a caller's mistake, the element's name as faultstring, the reason only in the detail.
 */
function expectFault(res: request.Response, element: string, code: number, reason: RegExp, status = 500) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
  const f = faultOf(res.text);
  expect({ element: f.element, ns: f.ns, code: f.code }).toEqual({ element, ns: 'http://www.scene7.com/IpsApi/xsd', code });
  expect(f.reason).toMatch(reason);
  expect(f.faultcode).toBe('soapenv:Server');
  expect(f.faultstring).toBe(element);
  expect(f.prefixes).toEqual(['tns', 'tns', 'tns']);
  expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
  // Each fault validates against the served schemas (envelope + detail) where it is made, so no test
  // depends on another having run first.
  const r = validateEnvelopes(schemas, [res.text]);
  expect(r.ok, r.errors).toBe(true);
  return f;
}

const post = (body: string, headers: Record<string, string> = {}) =>
  request(app).post(SERVICE).set({ 'Content-Type': 'text/xml; charset=utf-8', ...headers }).send(body);

describe('a fault is an answer, not a bug', () => {
  it('carries no stack trace, and errors made after it still do', () => {
    const f = fault('invalidParameter', 'no such job');
    expect(f.stack).toBe('Error: no such job');
    expect(new Error('a bug').stack?.split('\n').length).toBeGreaterThan(1);
  });
});

describe('authentication faults', () => {
  it('no credentials → 10000', async () => {
    expectFault(await call(app, 'getActiveJobs', '', { header: '' }), 'authenticationFault', 10000, /No credentials/);
  });
  it('wrong password → 10001', async () => {
    expectFault(await call(app, 'getActiveJobs', '', { header: authHeader({ password: 'nope' }) }), 'authenticationFault', 10001, /Invalid username\/password/);
  });
  it('unknown user → 10002', async () => {
    expectFault(await call(app, 'getActiveJobs', '', { header: authHeader({ user: 'ghost@example.com' }) }), 'authenticationFault', 10002, /Unknown user 'ghost@example.com'/);
  });
});

describe('authorization faults', () => {
  it('a role not allowed for the operation → 20003', async () => {
    const header = authHeader({ user: 'portal-user@example.com' });
    expectFault(await call(app, 'submitJob', '<companyHandle>c|1</companyHandle><jobName>x</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>', { header }), 'authorizationFault', 20003, /permission to access operation 'submitJob'/);
    // The same read-only role may read job logs.
    expect((await call(app, 'getJobLogs', '<companyHandle>c|1</companyHandle>', { header })).status).toBe(200);
  });
  it('a company the user may not act on → 20006', async () => {
    const header = authHeader({ user: 'acme-user@example.com' });
    expectFault(await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>', { header }), 'authorizationFault', 20006, /may not act on company c\|77/);
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { header })).status).toBe(200);
  });
});

describe('ipsApiFault for bad input', () => {
  it('malformed XML → 30003', async () => {
    expectFault(await post('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'), 'ipsApiFault', 30003, /not well-formed/);
  });
  it('not a SOAP envelope → 30003', async () => {
    expectFault(await post('<hello/>'), 'ipsApiFault', 30003, /not a SOAP envelope/);
  });
  it('an empty body → 30003', async () => {
    expectFault(await post(''), 'ipsApiFault', 30003, /well-formed/);
  });
  it('a request element in a foreign namespace → 30003 naming the IPS namespaces', async () => {
    const body = envelope('getActiveJobs', '').replace(NS['2014-04-03'], 'urn:not-ips');
    expectFault(await post(body, { SOAPAction: 'getActiveJobs' }), 'ipsApiFault', 30003, /not in an IPS API namespace.*2014-04-03/);
  });
  it('a missing required parameter → 30002', async () => {
    expectFault(await call(app, 'submitJob', '<companyHandle>c|1</companyHandle><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>'), 'ipsApiFault', 30002, /submitJobParam\/jobName/);
    expectFault(await call(app, 'stopJob', '<companyHandle>c|1</companyHandle>'), 'ipsApiFault', 30002, /stopJobParam\/jobHandle/);
  });
  it('a malformed company handle → 30001', async () => {
    expectFault(await call(app, 'getActiveJobs', '<companyHandle>2101</companyHandle>'), 'ipsApiFault', 30001, /not a company handle.*c\|2101/);
  });
  it('a reason quoting input that looks like an entity reads back as that input (every & escaped)', async () => {
    // The request says companyHandle "&lt;x&gt;"; the reason must quote exactly that, not "<x>".
    const f = expectFault(await call(app, 'getActiveJobs', '<companyHandle>&amp;lt;x&amp;gt;</companyHandle>'), 'ipsApiFault', 30001, /not a company handle/);
    expect(f.reason).toContain("companyHandle '&lt;x&gt;'");
  });
  it('an unknown company when faking is off → 30001', async () => {
    const strict = mockApp({ fakeUnknownCompanies: false }).app;
    expectFault(await call(strict, 'getActiveJobs', '<companyHandle>c|5</companyHandle>'), 'ipsApiFault', 30001, /does not name a company/);
  });
  it('a malformed job handle → 30001', async () => {
    expectFault(await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle><jobHandle>42</jobHandle>'), 'ipsApiFault', 30001, /not a job handle/);
  });
  it('a value of the wrong XSD type → 30001', async () => {
    expectFault(await call(app, 'getJobLogs', '<companyHandle>c|1</companyHandle><numRows>many</numRows>'), 'ipsApiFault', 30001, /numRows must be a 32-bit integer/);
    expectFault(await call(app, 'getJobLogs', '<companyHandle>c|1</companyHandle><startDate>yesterday</startDate>'), 'ipsApiFault', 30001, /xsd:dateTime/);
  });
  it('a bad constant → 30001 listing the allowed values', async () => {
    expectFault(await call(app, 'submitJob', '<companyHandle>c|1</companyHandle><jobName>x</jobName><imageServingPublishJob><publishType>Sometimes</publishType><emailSetting>None</emailSetting></imageServingPublishJob>'), 'ipsApiFault', 30001, /publishType 'Sometimes' is not one of: Full, FullWithSearch, Incremental/);
    expectFault(await call(app, 'getJobLogs', '<sortBy>Size</sortBy>'), 'ipsApiFault', 30001, /sortBy 'Size'/);
  });
  it('an unexpected element → 30003 naming the expected ones', async () => {
    expectFault(await call(app, 'getActiveJobs', '<company>c|1</company>'), 'ipsApiFault', 30003, /Unexpected subelement .*company.*expected companyHandle or jobHandle or originalName/);
  });
  it('a beta-only parameter in 2014-04-03 → 30001 naming the release that has it (issue 7)', async () => {
    expectFault(await call(app, 'getActiveJobs', '<includeWaitingJobs>true</includeWaitingJobs>'), 'ipsApiFault', 30001, /includeWaitingJobs.*first release that has it is 2016-01-14-beta/);
  });
  it('a malformed locale → 30001', async () => {
    expectFault(await call(app, 'getActiveJobs', '', { header: authHeader({ locale: 'english please' }) }), 'ipsApiFault', 30001, /not a locale/);
  });
});

describe('unknown operations', () => {
  it('a SOAPAction naming no operation → 30001 naming the nearest one', async () => {
    const body = envelope('getActiveJob', '');
    expectFault(await post(body, { SOAPAction: '"getActiveJob"' }), 'ipsApiFault', 30001, /Unknown operation 'getActiveJob'\. Did you mean 'getActiveJobs'\?/);
  });
  it('deleteJobLogs (which IPS does not have) → the nearest real IPS operation, getJobLogs (3 edits; deleteJob is 4)', async () => {
    expectFault(await post(envelope('deleteJobLogs', '')), 'ipsApiFault', 30001, /^Unknown operation 'deleteJobLogs'\. Did you mean 'getJobLogs'\?/);
  });
  it('a real IPS operation the mock does not serve is named as such, never answered with another name', async () => {
    // getImageSetMembers is one of the 163 operations of the real 2013-02-15 WSDL.
    const f = expectFault(await post(envelope('getImageSetMembers', '')), 'ipsApiFault', 30001, /^'getImageSetMembers' is an IPS operation that ips-mock does not serve yet\./);
    expect(f.reason).not.toMatch(/Did you mean/);
  });
  it('SOAPAction and body element that disagree → 30003', async () => {
    expectFault(await post(envelope('getActiveJobs', ''), { SOAPAction: 'getJobLogs' }), 'ipsApiFault', 30003, /does not match/);
  });
  it('routes by body element when SOAPAction is empty or absent', async () => {
    expect((await post(envelope('getActiveJobs', '<companyHandle>c|1</companyHandle>'), { SOAPAction: '""' })).status).toBe(200);
    expect((await post(envelope('getActiveJobs', '<companyHandle>c|1</companyHandle>'))).status).toBe(200);
  });
});

describe('fault HTTP status and shape', () => {
  it('uses authHeader faultHttpStatusCode when given', async () => {
    const header = authHeader({ password: 'bad', extra: '<faultHttpStatusCode>200</faultHttpStatusCode>' });
    expectFault(await call(app, 'getActiveJobs', '', { header }), 'authenticationFault', 10001, /Invalid/, 200);
  });
  it('with faultString "reason" (--fault-string reason) faultstring carries the reason; detail and faultcode unchanged', async () => {
    const friendly = mockApp({ faultString: 'reason' }).app;
    const f = faultOf((await call(friendly, 'getActiveJobs', '', { header: authHeader({ password: 'nope' }) })).text);
    expect(f.faultstring).toBe("Invalid username/password for 'ips@example.com' (from authHeader)");
    expect(f.reason).toBe(f.faultstring);
    expect({ faultcode: f.faultcode, element: f.element, code: f.code }).toEqual({ faultcode: 'soapenv:Server', element: 'authenticationFault', code: 10001 });
  });
});

import request from 'supertest';
import soap from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { authHeader, call, CLOCK, faultOf, items, mockApp, NS, SERVICE, SUBMIT_DETAILS, text } from './support/mock.js';

const submit = (detail: string) => `<companyHandle>c|70</companyHandle><jobName>strict</jobName>${detail}`;

describe('strict requests (the default): checked like the real service’s generated parser', () => {
  const { app } = mockApp();

  it('refuses children out of xsd:sequence order with 30003 naming the path, what was expected and what came', async () => {
    const res = await call(app, 'getActiveJobs', '<originalName>x</originalName><companyHandle>c|1</companyHandle>');
    const f = faultOf(res.text);
    expect(f.code).toBe(30003);
    expect(f.reason).toBe(
      'getActiveJobsParam/companyHandle is out of order: expected originalName after getActiveJobsParam/originalName, got companyHandle (the sequence is companyHandle, jobHandle, originalName)',
    );
  });

  it('checks order inside nested types too (a job detail)', async () => {
    // uploadDirectoryJob: destFolder comes before serverDir in the WSDL.
    const detail = '<uploadDirectoryJob><serverDir>/ftp/in/</serverDir><destFolder>shop/in/</destFolder><overwrite>true</overwrite><readyForPublish>true</readyForPublish><includeSubfolders>false</includeSubfolders><createMask>false</createMask><processMetadataFiles>false</processMetadataFiles><emailSetting>None</emailSetting></uploadDirectoryJob>';
    const f = faultOf((await call(app, 'submitJob', submit(detail))).text);
    expect(f.code).toBe(30003);
    expect(f.reason).toMatch(/^submitJobParam\/uploadDirectoryJob\/destFolder is out of order: expected .* got destFolder/);
  });

  it('refuses submitJob parameters out of order (jobName before companyHandle)', async () => {
    const f = faultOf((await call(app, 'submitJob', `<jobName>x</jobName><companyHandle>c|1</companyHandle>${'<optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>'}`)).text);
    expect(f).toMatchObject({ code: 30003 });
    expect(f.reason).toMatch(/submitJobParam\/companyHandle is out of order/);
  });

  it('refuses an unqualified child (elementFormDefault="qualified"), but any prefix for the right URI is fine', async () => {
    const unqualified = `<?xml version="1.0"?><s:Envelope xmlns:s="${NS.soap11}"><s:Header>${authHeader()}</s:Header><s:Body><p:getActiveJobsParam xmlns:p="${NS['2014-04-03']}"><companyHandle>c|1</companyHandle></p:getActiveJobsParam></s:Body></s:Envelope>`;
    const bad = await request(app).post(SERVICE).set('Content-Type', 'text/xml').set('SOAPAction', 'getActiveJobs').send(unqualified);
    expect(faultOf(bad.text)).toMatchObject({ code: 30003, reason: `getActiveJobsParam/companyHandle must be in namespace ${NS['2014-04-03']}, got it unqualified (no namespace)` });
    const prefixed = unqualified.replace('<companyHandle>c|1</companyHandle>', '<p:companyHandle>c|1</p:companyHandle>');
    const ok = await request(app).post(SERVICE).set('Content-Type', 'text/xml').set('SOAPAction', 'getActiveJobs').send(prefixed);
    expect(ok.status).toBe(200);
  });

  it('refuses a child in another IPS namespace (namespaces are compared by URI)', async () => {
    const f = faultOf((await call(app, 'getActiveJobs', `<companyHandle xmlns="${NS['2016-01-14-beta']}">c|1</companyHandle>`)).text);
    expect(f.code).toBe(30003);
    expect(f.reason).toMatch(/^Unexpected subelement \{http:\/\/www\.scene7\.com\/IpsApi\/xsd\/2016-01-14-beta\}companyHandle in getActiveJobsParam: expected companyHandle or jobHandle or originalName in namespace http:\/\/www\.scene7\.com\/IpsApi\/xsd\/2014-04-03/);
  });

  it('refuses an element given twice (cardinality)', async () => {
    const f = faultOf((await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle><companyHandle>c|2</companyHandle>')).text);
    expect(f).toMatchObject({ code: 30003, reason: 'getActiveJobsParam/companyHandle occurs more than once: expected at most 1 (the first is used)' });
  });

  it('refuses a documentation spelling that is not the WSDL element name', async () => {
    // autoColorCropOptions sits between processMetadataFiles and emailSetting in UploadDirectoryJob.
    const detail = SUBMIT_DETAILS.uploadDirectoryJob!.replace('<emailSetting>', '<autoColorOptions><corner>UpperLeft</corner><tolerance>0.1</tolerance></autoColorOptions><emailSetting>');
    const f = faultOf((await call(app, 'submitJob', submit(`<uploadDirectoryJob>${detail}</uploadDirectoryJob>`))).text);
    expect(f.code).toBe(30003);
    expect(f.reason).toMatch(/autoColorOptions is not an element of the WSDL: expected autoColorCropOptions, got autoColorOptions/);
  });

  it('still answers type and constant errors with 30001 and missing ones with 30002', async () => {
    expect(faultOf((await call(app, 'getJobLogs', '<numRows>ten</numRows>')).text).code).toBe(30001);
    expect(faultOf((await call(app, 'submitJob', submit('<optimizeImagesJob><emailSetting>Sometimes</emailSetting></optimizeImagesJob>'))).text).code).toBe(30001);
    expect(faultOf((await call(app, 'getJobLogDetails', '<jobHandle>j|1||x|1</jobHandle>')).text).code).toBe(30002);
  });
});

describe('lenient requests (--requests lenient)', () => {
  it('answers out-of-order requests as if in order, recording the violations in a header and the journal', async () => {
    const { app } = mockApp({ requests: 'lenient' });
    const inOrder = await call(app, 'getActiveJobs', '<companyHandle>c|71</companyHandle><originalName>nope</originalName>');
    expect(inOrder.headers['x-ips-mock-violations']).toBeUndefined();
    const swapped = await call(app, 'getActiveJobs', '<originalName>nope</originalName><companyHandle>c|71</companyHandle>');
    expect(swapped.status).toBe(200);
    expect(swapped.text).toBe(inOrder.text);
    const header = JSON.parse(swapped.headers['x-ips-mock-violations']!) as string[];
    expect(header).toEqual([expect.stringMatching(/^getActiveJobsParam\/companyHandle is out of order/)]);
    const journal = (await request(app).get('/__admin/requests')).body.requests;
    expect(journal[0].violations).toBeUndefined();
    expect(journal[1].violations).toEqual(header);
  });

  it('tolerates unknown and unqualified elements and doc spellings, reporting each', async () => {
    const { app } = mockApp({ requests: 'lenient' });
    const res = await call(app, 'getActiveJobs', '<company>c|1</company><companyHandle xmlns="">c|72</companyHandle>');
    expect(res.status).toBe(200);
    expect(items(res.text).every((j) => text(j, 'companyHandle') === 'c|72')).toBe(true);
    const v = JSON.parse(res.headers['x-ips-mock-violations']!) as string[];
    expect(v).toHaveLength(2);
    expect(v[0]).toMatch(/^Unexpected subelement \{http:\/\/www\.scene7\.com\/IpsApi\/xsd\/2014-04-03\}company in getActiveJobsParam/);
    expect(v[1]).toMatch(/companyHandle must be in namespace/);
  });

  it('still refuses what cannot be answered (a missing required parameter)', async () => {
    const { app } = mockApp({ requests: 'lenient' });
    expect(faultOf((await call(app, 'getJobLogDetails', '<jobHandle>j|1||x|1</jobHandle>')).text).code).toBe(30002);
  });
});

describe('a real client under strict checking', () => {
  let mock: RunningIpsMock;
  beforeAll(async () => {
    mock = await startIpsMock({ port: 0, clock: CLOCK });
  });
  afterAll(() => mock.close());

  const client = async () => {
    const c = await soap.createClientAsync(mock.wsdlUrl('2014-04-03'));
    c.addSoapHeader({ authHeader: { user: 'ips@example.com', password: 'ips-mock' } }, '', 'ips', NS.base);
    return c;
  };

  it('node-soap writes top-level parameters in the caller’s key order: out of order, it gets the fault IPS would give', async () => {
    const c = await client();
    const err = await c.getActiveJobsAsync({ originalName: 'none-such', companyHandle: 'c|74' }).then(
      () => undefined,
      (e: { root?: { Envelope: { Body: { Fault: { detail: { ipsApiFault: { code: string; reason: string } } } } } } }) => e,
    );
    expect(err?.root?.Envelope.Body.Fault.detail.ipsApiFault).toMatchObject({ code: '30003', reason: expect.stringMatching(/^getActiveJobsParam\/companyHandle is out of order/) });
  });

  it('node-soap in WSDL order passes, with no violations journaled', async () => {
    const c = await client();
    const [res] = await c.getActiveJobsAsync({ companyHandle: 'c|73', originalName: 'none-such' });
    expect(res.jobArray ?? null).toBeNull();
    const journal = await (await fetch(`${mock.url}/__admin/requests?company=c%7C73`)).json();
    expect(journal.requests[0]).toMatchObject({ status: 200, params: { companyHandle: 'c|73', originalName: 'none-such' } });
    expect(journal.requests[0].violations).toBeUndefined();
  });
});

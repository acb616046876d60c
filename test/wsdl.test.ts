import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '../src/schema/versions.js';
import { writeWsdl } from '../src/wsdl/write-wsdl.js';
import { compileSchema, schemasFromWsdl } from './support/xsd.js';
import { parseWsdl, wsdlOperations, wsdlShape } from './support/wsdl-shape.js';
import { ALL_VERSIONS, mockApp, NS, wsdlPath, type VersionId } from './support/mock.js';
import { parseXml, type XmlElement } from '../src/xml/parse-xml.js';

const JOB_OPERATIONS = ['submitJob', 'getActiveJobs', 'getScheduledJobs', 'stopJob', 'pauseJob', 'resumeJob', 'executeJob', 'deleteJob', 'getJobLogs', 'getJobLogDetails', 'getAssetJobLogs'];
/** Login, company, folder and asset operations (issue 8), all in the real 2013-02-15 WSDL. */
const COMPANY_OPERATIONS = ['checkLogin', 'getCompanyInfo', 'getAllCompanies', 'getUserInfo', 'getCompanyMembership', 'getCompanyMembers', 'getCompanySettings'];
const CATALOGUE_OPERATIONS = [
  'getFolders', 'getFolderTree', 'createFolder', 'renameFolder', 'deleteFolder', 'searchAssets', 'getAssets', 'getAssetsByName',
  'searchAssetsByMetadata', 'renameAsset', 'moveAsset', 'deleteAsset', 'deleteAssets', 'setAssetPublishState', 'getAssetPublishHistory',
];
const OPERATIONS = [...JOB_OPERATIONS, ...COMPANY_OPERATIONS, ...CATALOGUE_OPERATIONS];
/**
 * Served operations a release lacks. Pre-4.0: not among the operations of the classes generated from the
 * pre-4.0 WSDL (reference §0.1 PHP); getAssetJobLogs (reference §6.0), getCompanySettings, deleteAssets and
 * getAssetPublishHistory came with 4.0 (change log); searchAssetsByMetadata with 4.5 (change log);
 * getAssetsByName is first seen in the real 2010-01-31 answers.
 */
const BEFORE_45: readonly VersionId[] = ['pre-4.0', '2008-01-15', '2008-09-10', '2009-07-31'];
const NOT_IN: Readonly<Record<string, readonly VersionId[]>> = {
  getAssetJobLogs: ['pre-4.0'],
  getCompanySettings: ['pre-4.0'],
  deleteAssets: ['pre-4.0'],
  getAssetPublishHistory: ['pre-4.0'],
  searchAssetsByMetadata: BEFORE_45,
  getAssetsByName: BEFORE_45,
};
const { app } = mockApp();

const all = (el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] => {
  if (pred(el)) out.push(el);
  el.children.forEach((c) => all(c, pred, out));
  return out;
};
const attr = (el: XmlElement, name: string) => el.attrs.find((a) => a.local === name)?.value;

async function served(version: VersionId) {
  const res = await request(app).get(wsdlPath(version)).set('Host', 'ips.test:9999');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/xml/);
  return res.text;
}

/** The sequence of a named complex type as [name, type, minOccurs] triples. */
function sequenceOf(wsdl: string, typeName: string): string[][] {
  const doc = parseXml(wsdl);
  const t = all(doc, (e) => e.local === 'complexType' && attr(e, 'name') === typeName)[0];
  if (!t) return [];
  return t.children[0]!.children.map((e) => [attr(e, 'name')!, attr(e, 'type')!, attr(e, 'minOccurs')!]);
}

describe('WSDL', () => {
  it.each(ALL_VERSIONS)('%s is served with soap:address on the request host, with every served operation of its release', async (v) => {
    const wsdl = await served(v);
    const doc = parseXml(wsdl);
    // A SOAP 1.1 and a SOAP 1.2 port, both on the request's host, as in the real 2013-02-15 WSDL.
    const addresses = all(doc, (e) => e.local === 'address').map((e) => [e.ns, attr(e, 'location')]);
    expect(addresses).toEqual([
      ['http://schemas.xmlsoap.org/wsdl/soap/', 'http://ips.test:9999/scene7/services/IpsApiService'],
      ['http://schemas.xmlsoap.org/wsdl/soap12/', 'http://ips.test:9999/scene7/services/IpsApiService'],
    ]);
    const ops = all(doc, (e) => e.local === 'operation' && e.ns === 'http://schemas.xmlsoap.org/wsdl/' && !!attr(e, 'name'))
      .map((e) => attr(e, 'name'));
    // uploadPost is a SOAP operation only in the beta (reference §6.8).
    const expected = [...OPERATIONS.filter((o) => !(NOT_IN[o] ?? []).includes(v)), ...(v === '2016-01-14-beta' ? ['uploadPost'] : [])];
    for (const op of expected) expect(ops).toContain(op);
    const actions = all(doc, (e) => e.local === 'operation' && e.ns === 'http://schemas.xmlsoap.org/wsdl/soap/').map((e) => attr(e, 'soapAction'));
    expect(actions.sort()).toEqual([...expected].sort());
    const headers = all(doc, (e) => e.local === 'header' && e.ns === 'http://schemas.xmlsoap.org/wsdl/soap/');
    expect(headers.length).toBe(expected.length);
    expect(attr(all(doc, (e) => e.local === 'definitions')[0]!, 'targetNamespace')).toBe('http://www.scene7.com/IpsApi');
    const versioned = all(doc, (e) => e.local === 'schema').map((e) => attr(e, 'targetNamespace'));
    expect(versioned).toContain(NS[v]);
  });

  it('is also served at ?wsdl (latest documented) and the short path, and honours serviceUrl', async () => {
    const q = await request(app).get('/scene7/services/IpsApiService?wsdl');
    expect(q.text).toContain(`xmlns:types="${NS['2014-04-03']}"`);
    const short = await request(app).get('/scene7/IpsApi-2016-01-14-beta.wsdl');
    expect(short.text).toContain(NS['2016-01-14-beta']);
    const pre40 = await request(app).get('/scene7/webservice/IpsApi.wsdl');
    expect(pre40.status).toBe(200);
    expect(pre40.text).not.toContain('http://www.scene7.com/IpsApi/xsd/2');
    expect((await request(app).get('/scene7/webservice/IpsApi-pre-4.0.wsdl')).status).toBe(404);
    const proxied = await request(app).get('/scene7/webservice/IpsApi-2014-04-03.wsdl?serviceUrl=http://localhost:8081');
    expect(proxied.text).toContain('location="http://localhost:8081/scene7/services/IpsApiService"');
    expect((await request(app).get('/scene7/webservice/IpsApi-2099-01-01.wsdl')).status).toBe(404);
  });

  it.each(ALL_VERSIONS)('%s at ?soap=1.1 is the same WSDL without the SOAP 1.2 binding and port (for Axis 1.4)', async (v) => {
    const full = await served(v);
    const res = await request(app).get(`${wsdlPath(v)}?soap=1.1`).set('Host', 'ips.test:9999');
    expect(res.status).toBe(200);
    const doc = parseXml(res.text);
    expect(all(doc, (e) => e.ns === 'http://schemas.xmlsoap.org/wsdl/soap12/')).toEqual([]);
    expect(res.text).not.toContain('soap12');
    expect(all(doc, (e) => e.local === 'binding' && e.ns === 'http://schemas.xmlsoap.org/wsdl/').map((e) => attr(e, 'name'))).toEqual(['IpsApiServiceSoapBinding']);
    expect(all(doc, (e) => e.local === 'port').map((e) => attr(e, 'name'))).toEqual(['IpsApiSoapPort']);
    // Everything else is the full WSDL's: its facts minus exactly those of the SOAP 1.2 binding and port.
    const operations = wsdlOperations(parseWsdl(full));
    const facts = (text: string) => wsdlShape(parseWsdl(text), { versionNs: NS[v], operations });
    expect(facts(res.text)).toEqual(facts(full).filter((f) => !/IpsApiServiceSoap12Binding|IpsApiSoap12Port/.test(f)));
  });

  it('?wsdl&soap=1.1 on the service path is the latest documented one without SOAP 1.2; another soap value is a 400', async () => {
    const q = await request(app).get('/scene7/services/IpsApiService?wsdl&soap=1.1');
    expect(q.text).toContain(`xmlns:types="${NS['2014-04-03']}"`);
    expect(q.text).not.toContain('IpsApiSoap12Port');
    expect((await request(app).get('/scene7/services/IpsApiService?wsdl')).text).toContain('IpsApiSoap12Port');
    const bad = await request(app).get('/scene7/webservice/IpsApi-2014-04-03.wsdl?soap=1.2');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/soap must be 1\.1/);
  });

  it.each(API_VERSIONS)('the checked-in wsdl/$wsdlFile equals what the schema model generates (no drift)', (v) => {
    const file = readFileSync(new URL(`../wsdl/${v.wsdlFile}`, import.meta.url), 'utf8');
    expect(file).toBe(writeWsdl(v));
  });

  it.each(ALL_VERSIONS)('the schemas embedded in %s compile with libxml2', async (v) => {
    const set = schemasFromWsdl(await served(v), NS[v]);
    for (const xsd of v === 'pre-4.0' ? [set.baseXsd, set.envelopeXsd] : [set.baseXsd, set.versionedXsd, set.envelopeXsd]) {
      const r = compileSchema(xsd);
      expect(r.ok, r.errors).toBe(true);
    }
  });

  it('follows the reference order and types for ActiveJob, with beta-only items only in the beta namespace', async () => {
    const w14 = await served('2014-04-03');
    const w12 = await served('2012-02-14');
    const beta = await served('2016-01-14-beta');
    const names = (w: string, t: string) => sequenceOf(w, t).map(([n]) => n);
    expect(names(beta, 'ActiveJob').slice(0, 17)).toEqual([
      'companyHandle', 'jobHandle', 'name', 'originalName', 'type', 'state', 'submitUserEmail', 'locale', 'description',
      'serverName', 'startDate', 'triggerTime', 'totalSize', 'progress', 'progressMessage', 'lastProgressUpdate', 'taskProgressArray',
    ]);
    expect(names(w14, 'ActiveJob')).not.toContain('triggerTime');
    const detailCount = (w: string) => names(w, 'ActiveJob').filter((n) => n!.endsWith('Job')).length;
    // The real 2013-02-15 WSDL and the beta both have all 14 detail elements, so 2014-04-03 has them too.
    expect(detailCount(w14)).toBe(14);
    expect(detailCount(beta)).toBe(14);
    expect(sequenceOf(beta, 'ActiveJob').find(([n]) => n === 'totalSize')).toEqual(['totalSize', 'xs:int', '1']);
    expect(sequenceOf(beta, 'ActiveJob').find(([n]) => n === 'progressMessage')).toEqual(['progressMessage', 'xs:string', '1']);
    expect(names(beta, 'JobLogDetail')).toContain('dateCreated');
    expect(names(w14, 'JobLogDetail')).not.toContain('dateCreated');
    expect(names(w14, 'UploadUrlsJob')[0]).toBe('urlArray');
    expect(names(w14, 'TaskProgress').slice(0, 2)).toEqual(['taskType', 'taskState']);
    expect(sequenceOf(w12, 'MetadataPublishJob')).toEqual([]);
    expect(sequenceOf(w14, 'MetadataPublishJob')).toEqual([['forcePublish', 'xs:boolean', '0']]);
    expect(sequenceOf(beta, 'MetadataPublishJob')).toEqual([['forcePublish', 'xs:boolean', '0']]);
    expect(sequenceOf(beta, 'ScheduledJob').map(([n]) => n)).not.toContain('uploadPostJob');
  });
});

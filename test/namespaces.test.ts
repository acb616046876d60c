/**
 * Every IPS namespace served side by side (reference §1.1): each answers in the
 * namespace it was called in, with what its release has. Expected values are
 * written here from the reference and the real files, not read from the model.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../src/xml/parse-xml.js';
import { ALL_VERSIONS, bodyElement, call, child, envelope, faultOf, items, mockApp, NS, SERVICE, SUBMIT_DETAILS, text, wsdlPath, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';

const PRE_40 = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob'];
/** 4.0 change log: optimize-remaining-files and reprocess-assets jobs. */
const V40 = [...PRE_40, 'optimizeImagesJob', 'reprocessAssetsJob'];
/** 4.5 change log ("restricted use"): the video sitemap job. */
const V45 = [...V40, 'createVideoSitemapJob'];
/** 6.0 change log: export jobs. */
const V60 = [...V45, 'exportJob'];
/** The real 2013-02-15 WSDL's ActiveJob; the beta code has the same 14. */
const REAL_2013 = [...V60, 'metadataPublishJob', 'uploadPostJob', 'ripPdfsJob', 'automatedSetGenerationJob'];
const ACTIVE_JOB_DETAILS: Readonly<Record<VersionId, readonly string[]>> = {
  'pre-4.0': PRE_40,
  '2008-01-15': V40,
  '2008-09-10': V40,
  '2009-07-31': V40,
  '2010-01-31': V45,
  '2012-02-14': V60,
  '2013-02-15': REAL_2013,
  '2014-04-03': REAL_2013,
  '2016-01-14-beta': REAL_2013,
};

const { app } = mockApp();
const schemas = {} as Record<VersionId, SchemaSet>;
const wsdls = {} as Record<VersionId, string>;

beforeAll(async () => {
  for (const v of ALL_VERSIONS) {
    wsdls[v] = (await request(app).get(wsdlPath(v))).text;
    schemas[v] = schemasFromWsdl(wsdls[v], NS[v]);
  }
});

const all = (el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] => {
  if (pred(el)) out.push(el);
  el.children.forEach((c) => all(c, pred, out));
  return out;
};
const attr = (el: XmlElement, name: string) => el.attrs.find((a) => a.local === name)?.value;
/** Element names of a named complex type in a served WSDL. */
const fieldsOf = (v: VersionId, typeName: string): string[] => {
  const t = all(parseXml(wsdls[v]), (e) => e.local === 'complexType' && attr(e, 'name') === typeName)[0];
  return t ? t.children[0]!.children.map((e) => attr(e, 'name')!) : [];
};
const detailOf = (job: XmlElement) => job.children.filter((c) => c.local.endsWith('Job'));

describe.each(ALL_VERSIONS)('the %s namespace', (v) => {
  it("answers getActiveJobs in its own namespace, valid against its served XSD, covering every detail element its ActiveJob declares", async () => {
    const res = await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version: v });
    expect(res.status).toBe(200);
    const body = bodyElement(res.text);
    expect(body.ns).toBe(NS[v]);
    expect(body.local).toBe('getActiveJobsReturn');
    const shown = new Set(items(res.text).flatMap((j) => detailOf(j).map((d) => d.local)));
    expect([...shown].sort()).toEqual([...ACTIVE_JOB_DETAILS[v]].sort());
    // The served WSDL declares exactly these detail elements in ActiveJob.
    expect(fieldsOf(v, 'ActiveJob').filter((n) => n.endsWith('Job')).sort()).toEqual([...ACTIVE_JOB_DETAILS[v]].sort());
    const r = validateEnvelopes(schemas[v], [res.text]);
    expect(r.ok, r.errors).toBe(true);
  });
});

describe('release differences', () => {
  it('a pre-4.0 client never sees locale or description; task progress starts with 4.5 (real 2010-01-31 answers)', async () => {
    const pre = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version: 'pre-4.0' })).text);
    expect(pre.some((j) => child(j, 'locale') || child(j, 'description') || child(j, 'taskProgressArray'))).toBe(false);
    const v44 = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version: '2009-07-31' })).text);
    expect(v44.every((j) => child(j, 'locale') && !child(j, 'taskProgressArray'))).toBe(true);
    const v45 = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version: '2010-01-31' })).text);
    expect(v45.every((j) => child(j, 'taskProgressArray'))).toBe(true);
    // 6.0 added TaskProgress/taskState; the 2010-01-31 capture has none.
    expect(fieldsOf('2010-01-31', 'TaskProgress')).not.toContain('taskState');
    expect(fieldsOf('2012-02-14', 'TaskProgress')[1]).toBe('taskState');
  });

  it('UploadDirectoryJob xmpTemplateId / xmpTemplateOverwrites: in the real 2013-02-15 WSDL, gone from the beta', async () => {
    const after = (v: VersionId) => fieldsOf(v, 'UploadDirectoryJob').slice(fieldsOf(v, 'UploadDirectoryJob').indexOf('xmpKeywords'));
    expect(after('2013-02-15').slice(0, 4)).toEqual(['xmpKeywords', 'xmpTemplateId', 'xmpTemplateOverwrites', 'unsharpMaskOptions']);
    expect(fieldsOf('2016-01-14-beta', 'UploadDirectoryJob')).not.toContain('xmpTemplateId');
    expect(fieldsOf('2016-01-14-beta', 'UploadDirectoryJob')).not.toContain('xmpTemplateOverwrites');
    const detail = `${SUBMIT_DETAILS.uploadDirectoryJob}<xmpTemplateId>a|77</xmpTemplateId><xmpTemplateOverwrites>true</xmpTemplateOverwrites>`;
    const submitted = await call(app, 'submitJob', `<companyHandle>c|77</companyHandle><jobName>xmp</jobName><uploadDirectoryJob>${detail}</uploadDirectoryJob>`, { version: '2013-02-15' });
    expect(submitted.status, submitted.text).toBe(200);
    const jobHandle = text(bodyElement(submitted.text), 'jobHandle')!;
    const job = async (v: VersionId) => items((await call(app, 'getActiveJobs', `<companyHandle>c|77</companyHandle><jobHandle>${jobHandle}</jobHandle>`, { version: v })).text)[0]!;
    expect(text(child(await job('2013-02-15'), 'uploadDirectoryJob')!, 'xmpTemplateId')).toBe('a|77');
    const beta = child(await job('2016-01-14-beta'), 'uploadDirectoryJob')!;
    expect(child(beta, 'xmpTemplateId')).toBeUndefined();
    expect(text(beta, 'serverDir')).toBe('/ftp/shop/in/');
  });

  it('PhotoshopOptions changes shape in 4.5; a job submitted in either shape reads back in the other', async () => {
    expect(fieldsOf('pre-4.0', 'PhotoshopOptions')).toEqual(['maintainLayers', 'layerNaming', 'anchor']);
    expect(fieldsOf('2009-07-31', 'PhotoshopOptions')).toEqual(['maintainLayers', 'layerNaming', 'anchor', 'createTemplate', 'extractText', 'extendLayers']);
    expect(fieldsOf('2010-01-31', 'PhotoshopOptions')).toEqual(['process', 'layerOptions']);
    expect(fieldsOf('2009-07-31', 'PhotoshopLayerOptions')).toEqual([]);
    const submit = async (v: VersionId, photoshop: string) => {
      const res = await call(app, 'submitJob', `<companyHandle>c|78</companyHandle><jobName>psd</jobName><uploadDirectoryJob>${SUBMIT_DETAILS.uploadDirectoryJob!.replace('<emailSetting>', `<photoshopOptions>${photoshop}</photoshopOptions><emailSetting>`)}</uploadDirectoryJob>`, { version: v });
      expect(res.status, res.text).toBe(200);
      return text(bodyElement(res.text), 'jobHandle')!;
    };
    const options = async (v: VersionId, jobHandle: string) => {
      const job = items((await call(app, 'getActiveJobs', `<companyHandle>c|78</companyHandle><jobHandle>${jobHandle}</jobHandle>`, { version: v })).text)[0]!;
      return child(child(job, 'uploadDirectoryJob')!, 'photoshopOptions')!;
    };
    const old = await submit('2009-07-31', '<maintainLayers>true</maintainLayers><layerNaming>Folders</layerNaming><anchor>North</anchor><extendLayers>true</extendLayers>');
    const asNew = await options('2014-04-03', old);
    expect(text(asNew, 'process')).toBe('MaintainLayers');
    const layer = child(asNew, 'layerOptions')!;
    expect(layer.children.map((c) => [c.local, c.text])).toEqual([['layerNaming', 'Folders'], ['anchor', 'North'], ['extendLayers', 'true']]);
    const fresh = await submit('2014-04-03', '<process>None</process><layerOptions><anchor>West</anchor><createTemplate>true</createTemplate></layerOptions>');
    const asOld = await options('2008-01-15', fresh);
    expect(asOld.children.map((c) => [c.local, c.text])).toEqual([['maintainLayers', 'false'], ['anchor', 'West'], ['createTemplate', 'true']]);
    const asPre40 = await options('pre-4.0', fresh);
    expect(asPre40.children.map((c) => [c.local, c.text])).toEqual([['maintainLayers', 'false'], ['anchor', 'West']]);
  });
});

describe('elements and namespaces of other releases', () => {
  const submit = (v: VersionId, body: string) => call(app, 'submitJob', `<companyHandle>c|79</companyHandle><jobName>x</jobName>${body}`, { version: v });

  it('an element a later release added → ipsApiFault 30001 naming it and the first release that has it', async () => {
    const res = await submit('2012-02-14', '<metadataPublishJob><forcePublish>true</forcePublish></metadataPublishJob>');
    const f = faultOf(res.text);
    expect([f.element, f.code]).toEqual(['ipsApiFault', 30001]);
    expect(f.reason).toContain('submitJobParam/metadataPublishJob');
    expect(f.reason).toContain('the first release that has it is 2013-02-15');
    const pre = faultOf((await submit('pre-4.0', `<locale>de-DE</locale><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`)).text);
    expect([pre.code, pre.reason.includes('submitJobParam/locale'), pre.reason.includes('2008-01-15')]).toEqual([30001, true, true]);
  });

  it('an element a later release dropped → 30001 saying which release dropped it', async () => {
    const detail = `${SUBMIT_DETAILS.uploadDirectoryJob}<xmpTemplateId>a|1</xmpTemplateId>`;
    const f = faultOf((await submit('2016-01-14-beta', `<uploadDirectoryJob>${detail}</uploadDirectoryJob>`)).text);
    expect(f.code).toBe(30001);
    expect(f.reason).toContain('submitJobParam/uploadDirectoryJob/xmpTemplateId');
    expect(f.reason).toContain('2016-01-14-beta dropped it');
  });

  it('an element no release has stays a structure fault (30003)', async () => {
    const f = faultOf((await submit('2014-04-03', '<noSuchJob/>')).text);
    expect(f.code).toBe(30003);
  });

  it('an unknown namespace → 30003 listing the served ones; a real IPS namespace we do not serve is named as such', async () => {
    const send = (ns: string) =>
      request(app).post(SERVICE).set('Content-Type', 'text/xml; charset=utf-8').set('SOAPAction', 'getActiveJobs').send(envelope('getActiveJobs', '').replace(NS['2014-04-03'], ns));
    const unknown = faultOf((await send('urn:not-ips')).text);
    expect(unknown.code).toBe(30003);
    for (const v of ALL_VERSIONS) expect(unknown.reason).toContain(NS[v]);
    const real = faultOf((await send('http://www.scene7.com/IpsApi/xsd/2013-08-29-beta')).text);
    expect(real.code).toBe(30003);
    expect(real.reason).toContain('real IPS namespace');
    expect(unknown.reason).not.toContain('real IPS namespace');
  });
});

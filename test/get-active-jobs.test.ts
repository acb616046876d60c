import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCatalogues } from '../src/locale/catalogue.js';
import { LOCALES } from '../src/locale/locales.js';
import { call, child, items, mockApp, NS, text, VERSIONS, authHeader, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';
import type { XmlElement } from '../src/xml/parse-xml.js';

const STATES = ['New', 'WaitingClient', 'WaitingCoordinator', 'Running', 'Stopping', 'Done'];
/** The 14 detail elements of ActiveJob in the real 2013-02-15 WSDL and in the beta, so in 2014-04-03 too. */
const ALL_DETAILS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob', 'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob', 'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob'];
const EXPECTED_DETAILS: Partial<Record<VersionId, string[]>> = { '2014-04-03': ALL_DETAILS, '2016-01-14-beta': ALL_DETAILS };
/** Job Types of the reference §8.2 where it names them; ours elsewhere (README). */
const TYPE_OF: Record<string, string> = {
  imageServingPublishJob: 'ImageServingPublish', imageRenderingPublishJob: 'ImageRenderingPublish', videoPublishJob: 'VideoPublish',
  serverDirectoryPublishJob: 'ServerDirectoryPublish', uploadDirectoryJob: 'UploadFromServerDirectory', uploadUrlsJob: 'UrlUpload', optimizeImagesJob: 'ImageOptimization',
};
const detailOf = (job: XmlElement) => job.children.filter((c) => c.local.endsWith('Job'));

const { app } = mockApp();
const schemas = {} as Partial<Record<VersionId, SchemaSet>>;

beforeAll(async () => {
  for (const v of VERSIONS) schemas[v] = schemasFromWsdl((await request(app).get(`/scene7/webservice/IpsApi-${v}.wsdl`)).text, NS[v]);
});

describe.each(VERSIONS)('getActiveJobs in %s', (version) => {
  it('validates against the served schema, and covers every variant, state and job locale, in each of the 12 operation locales', async () => {
    const docs = [];
    for (const locale of LOCALES) {
      const res = await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version, header: authHeader({ locale }) });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
      const jobs = items(res.text);
      expect(new Set(jobs.flatMap((j) => detailOf(j).map((d) => d.local)))).toEqual(new Set(EXPECTED_DETAILS[version]));
      expect(new Set(jobs.map((j) => text(j, 'state')))).toEqual(new Set(STATES));
      expect(new Set(jobs.map((j) => text(j, 'locale')))).toEqual(new Set(LOCALES));
      docs.push(res.text);
    }
    const r = validateEnvelopes(schemas[version]!, docs);
    expect(r.ok, r.errors).toBe(true);
  });

  it('covers every variant of the namespace, every state and every locale, for any company', async () => {
    for (const company of ['c|2101', 'c|9', 'c|480517']) {
      const jobs = items((await call(app, 'getActiveJobs', `<companyHandle>${company}</companyHandle>`, { version })).text);
      const details = new Set(jobs.flatMap((j) => detailOf(j).map((d) => d.local)));
      expect([...details].sort()).toEqual([...EXPECTED_DETAILS[version]!].sort());
      expect(new Set(jobs.map((j) => text(j, 'state')))).toEqual(new Set(STATES));
      expect(new Set(jobs.map((j) => text(j, 'locale')))).toEqual(new Set(LOCALES));
    }
  });

  it('gives every job consistent, IPS-shaped values', async () => {
    const jobs = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version })).text);
    for (const j of jobs) {
      const name = text(j, 'name')!;
      const startDate = text(j, 'startDate')!;
      expect(text(j, 'companyHandle')).toBe('c|2101');
      // Captured: name 3e41464dce942449a9e5b_2011-03-30-14:32:08.834, handle j|110||<name>|5129821; the stamp is the submit time in server time.
      expect(name).toBe(`${text(j, 'originalName')}_${startDate.slice(0, 10)}-${startDate.slice(11, 23)}`);
      expect(text(j, 'jobHandle')).toMatch(new RegExp(`^j\\|2101\\|\\|${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\|\\d+$`));
      expect(text(j, 'serverName')).toMatch(/^[a-z]+_\d+_\d+$/);
      const details = detailOf(j);
      expect(details).toHaveLength(1);
      const type = TYPE_OF[details[0]!.local];
      if (type) expect(text(j, 'type')).toBe(type);
      const state = text(j, 'state')!;
      const progress = Number(text(j, 'progress'));
      if (state === 'New') expect(progress).toBe(0);
      if (state === 'Done') expect(progress).toBe(100);
      if (state === 'WaitingClient') expect(details[0]!.local).toBe('uploadPostJob');
      expect(Date.parse(text(j, 'lastProgressUpdate')!)).toBeGreaterThanOrEqual(Date.parse(text(j, 'startDate')!));
      // Server time as captured (US Central; November is -06:00), with milliseconds.
      expect(startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}-06:00$/);
      expect(text(j, 'submitUserEmail')).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.example\.com$/);
      expect(Number(text(j, 'totalSize'))).toBeGreaterThan(0);
      if (version === '2016-01-14-beta') expect(text(j, 'triggerTime')).toBe(text(j, 'startDate'));
      else expect(child(j, 'triggerTime')).toBeUndefined();
    }
  });

  it('reports task progress for running multi-task jobs (video encodes) and none otherwise', async () => {
    const jobs = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version })).text);
    const video = jobs.find((j) => child(j, 'videoPublishJob') && text(j, 'state') === 'Running')!;
    expect(video).toBeDefined();
    const tasks = child(video, 'taskProgressArray')!.children;
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) {
      // Captured: com.scene7.upload.UploadAsyncTaskMonitor, progress 1.0 / 0.0 (a fraction, written as Java writes a double).
      expect(text(t, 'taskType')).toMatch(/^com\.scene7\.[a-z]+\.[A-Z][A-Za-z]+AsyncTaskMonitor$/);
      expect(text(t, 'progress')).toMatch(/^[01]\.\d+$/);
      const p = Number(text(t, 'progress'));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(Number(text(t, 'numProcessed')) + Number(text(t, 'numProcessing')) + Number(text(t, 'numPending'))).toBe(child(t, 'taskItemProgressArray')!.children.length);
    }
    for (const j of jobs.filter((x) => text(x, 'state') === 'New')) expect(child(j, 'taskProgressArray')!.children).toHaveLength(0);
  });

  it("writes progressMessage in the job's locale, from its catalogue", async () => {
    const jobs = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version })).text);
    const catalogues = allCatalogues();
    for (const j of jobs.filter((x) => ['New', 'WaitingCoordinator', 'Stopping'].includes(text(x, 'state')!))) {
      const locale = text(j, 'locale') as (typeof LOCALES)[number];
      expect(text(j, 'progressMessage')).toBe(catalogues.get(locale)![`progress.${text(j, 'state')}`]);
    }
    const ja = jobs.find((j) => text(j, 'locale') === 'ja-JP')!;
    expect(text(ja, 'progressMessage')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(text(ja, 'description')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('filters by jobHandle and originalName', async () => {
    const all = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>', { version })).text);
    const target = all[3]!;
    const byHandle = items((await call(app, 'getActiveJobs', `<companyHandle>c|2101</companyHandle><jobHandle>${text(target, 'jobHandle')}</jobHandle>`, { version })).text);
    expect(byHandle.map((j) => text(j, 'jobHandle'))).toEqual([text(target, 'jobHandle')]);
    const byName = items((await call(app, 'getActiveJobs', `<companyHandle>c|2101</companyHandle><originalName>${text(target, 'originalName')}</originalName>`, { version })).text);
    expect(byName.map((j) => text(j, 'originalName'))).toEqual([text(target, 'originalName')]);
    const none = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle><originalName>no such job</originalName>', { version })).text);
    expect(none).toHaveLength(0);
  });
});

describe('getActiveJobs includeWaitingJobs (beta only)', () => {
  it('false hides waiting jobs; absent lists them', async () => {
    const states = async (flag: string) =>
      items((await call(app, 'getActiveJobs', `<companyHandle>c|2101</companyHandle>${flag}`, { version: '2016-01-14-beta' })).text).map((j) => text(j, 'state'));
    expect(await states('')).toContain('WaitingClient');
    const hidden = await states('<includeWaitingJobs>false</includeWaitingJobs>');
    expect(hidden).not.toContain('WaitingClient');
    expect(hidden).not.toContain('WaitingCoordinator');
    expect(hidden).toContain('Running');
    const r = await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle><includeWaitingJobs>false</includeWaitingJobs>');
    expect(r.status).toBe(500);
  });
});

import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSchema } from '../src/schema/resolved-schema.js';
import { versionById } from '../src/schema/versions.js';
import { detailElements } from '../src/schema/detail-elements.js';
import { has } from '../src/schema/versions.js';
import { bodyElement, call, child, items, mockApp, NS, submitDetail, text, VERSIONS, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';
import type { XmlElement } from '../src/xml/parse-xml.js';

/** Task monitors (docs/decisions.md: the upload and auto-set ones captured for a running UrlUpload job, the others named in their style). */
const TASK = {
  upload: 'com.scene7.upload.UploadAsyncTaskMonitor',
  autoSet: 'com.scene7.autoset.AutoSetAsyncTaskMonitor',
  videoTranscode: 'com.scene7.video.VideoTranscodeAsyncTaskMonitor',
  videoPublish: 'com.scene7.video.VideoPublishAsyncTaskMonitor',
  videoSitemap: 'com.scene7.video.VideoSitemapAsyncTaskMonitor',
};
interface Expected {
  /** Job Log Types (reference §8.3) of the first and last log line and of a successful file. */
  readonly begin: string;
  readonly end: string;
  readonly success: string;
  /** Seconds Running (README "Default durations of a submitted job"; New and WaitingCoordinator take 1 s each). */
  readonly runS: number;
  readonly tasks: readonly string[];
}
/** Written out from the reference and the README, not read from the variant table under test. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  imageServingPublishJob: { begin: 'BeginImageServingPublish', end: 'EndImageServingPublish', success: 'ImageServingPublishSuccess', runS: 12, tasks: [] },
  imageRenderingPublishJob: { begin: 'BeginImageRenderingPublish', end: 'EndImageRenderingPublish', success: 'ImageRenderingPublishSuccess', runS: 10, tasks: [] },
  videoPublishJob: { begin: 'BeginVideoPublish', end: 'EndVideoPublish', success: 'VideoPublishSuccess', runS: 20, tasks: [TASK.videoTranscode, TASK.videoPublish] },
  serverDirectoryPublishJob: { begin: 'BeginServerDirectoryPublish', end: 'EndServerDirectoryPublish', success: 'ServerDirectoryPublishSuccess', runS: 10, tasks: [] },
  metadataPublishJob: { begin: 'BeginMetadata', end: 'EndMetadata', success: 'MetadataSuccess', runS: 6, tasks: [] },
  uploadDirectoryJob: { begin: 'BeginUpload', end: 'EndUpload', success: 'UploadSuccess', runS: 15, tasks: [TASK.upload, TASK.videoTranscode] },
  uploadUrlsJob: { begin: 'BeginUploadUrls', end: 'EndUploadUrls', success: 'UploadSuccess', runS: 10, tasks: [TASK.upload, TASK.autoSet] },
  optimizeImagesJob: { begin: 'BeginReoptimize', end: 'EndReoptimize', success: 'ReoptimizeSuccess', runS: 10, tasks: [] },
  ripPdfsJob: { begin: 'BeginPdfRip', end: 'EndUpload', success: 'UploadSuccess', runS: 12, tasks: [] },
  reprocessAssetsJob: { begin: 'BeginReoptimize', end: 'EndReoptimize', success: 'ReoptimizeSuccess', runS: 12, tasks: [] },
  createVideoSitemapJob: { begin: 'BeginVideoPublish', end: 'EndVideoPublish', success: 'VideoPublishSuccess', runS: 6, tasks: [TASK.videoSitemap] },
  exportJob: { begin: 'BeginGet', end: 'EndGet', success: 'ReturnSuccess', runS: 8, tasks: [] },
  automatedSetGenerationJob: { begin: 'BeginUpload', end: 'EndUpload', success: 'UploadSuccess', runS: 6, tasks: [TASK.autoSet] },
};
/** The detail elements submitJob takes in a release (from the schema model, which the WSDL tests check). */
const submittable = (v: VersionId): string[] =>
  resolveSchema(versionById(v)!).operations.get('submitJob')!.param.fields.map((f) => f.name).filter((n) => n.endsWith('Job'));
const visible = (v: VersionId, variant: string) => {
  const d = detailElements.find((x) => x.element === variant)!;
  return d.in.ActiveJob !== null && has(versionById(v)!, d.in.ActiveJob);
};

const schemas = {} as Record<VersionId, SchemaSet>;
beforeAll(async () => {
  const { app } = mockApp();
  for (const v of VERSIONS) schemas[v] = schemasFromWsdl((await request(app).get(`/scene7/webservice/IpsApi-${v}.wsdl`)).text, NS[v]);
});

function counts(log: XmlElement) {
  const n = (k: string) => Number(text(log, k));
  return { success: n('fileSuccessCount'), error: n('fileErrorCount'), warning: n('fileWarningCount'), duplicate: n('fileDuplicateCount'), update: n('fileUpdateCount'), total: n('totalFileCount') };
}

describe.each(VERSIONS)('job lifecycle on a pinned clock (%s)', (version) => {
  it.each(submittable(version))('%s: submit → New → WaitingCoordinator → Running → Done → log', async (variant) => {
    const { app, clock } = mockApp();
    const docs: string[] = [];
    const company = 'c|4242';
    const send = async (op: string, body: string) => {
      const res = await call(app, op, body, { version });
      expect(res.status, res.text).toBe(200);
      docs.push(res.text);
      return res.text;
    };
    const jobDetail = await submitDetail(app, company, variant);
    const submitted = await send('submitJob', `<companyHandle>${company}</companyHandle><jobName>lifecycle ${variant}</jobName><locale>fr-FR</locale><description>test run</description><${variant}>${jobDetail}</${variant}>`);
    const jobHandle = text(bodyElement(submitted), 'jobHandle')!;
    // As captured (submit_job--*.xml: j|110|katlyn||): the job as submitted, not yet a run.
    expect(jobHandle).toBe(`j|4242|lifecycle ${variant}||`);
    const seen = new Map<string, XmlElement>();
    const observe = async () => {
      const jobs = items(await send('getActiveJobs', `<companyHandle>${company}</companyHandle><jobHandle>${jobHandle}</jobHandle>`));
      if (jobs[0]) seen.set(text(jobs[0], 'state')!, jobs[0]);
      return jobs[0];
    };
    const expected = EXPECTED[variant]!;
    expect(expected, `no expectation written for ${variant}`).toBeDefined();
    const first = await observe();
    if (!visible(version, variant)) {
      // 2014-04-03's ActiveJob cannot carry this detail element: the job runs, but only its log shows it.
      expect(first).toBeUndefined();
    } else {
      expect(text(first!, 'state')).toBe('New');
      expect(text(first!, 'locale')).toBe('fr-FR');
      expect(text(first!, 'description')).toBe('test run');
      expect(child(first!, variant)).toBeDefined();
      clock.advance(999);
      expect(text((await observe())!, 'state')).toBe('New');
      clock.advance(1);
      expect(text((await observe())!, 'state')).toBe('WaitingCoordinator');
      clock.advance(1_000 + (expected.runS * 1_000) / 2);
      const running = (await observe())!;
      expect(text(running, 'state')).toBe('Running');
      const progress = Number(text(running, 'progress'));
      expect(progress).toBeGreaterThan(0);
      expect(progress).toBeLessThan(100);
      const tasks = child(running, 'taskProgressArray')!.children.map((t) => text(t, 'taskType'));
      expect([...new Set(tasks)]).toEqual(expected.tasks);
      clock.advance((expected.runS * 1_000) / 2 - 1);
      expect(text((await observe())!, 'state')).toBe('Running');
      clock.advance(1);
      const done = (await observe())!;
      expect(text(done, 'state')).toBe('Done');
      expect(text(done, 'progress')).toBe('100');
      clock.advance('61s');
      expect(await observe()).toBeUndefined();
    }
    clock.advance('2m');
    const logs = items(await send('getJobLogs', `<companyHandle>${company}</companyHandle>`), 'jobLogArray').filter((l) => text(l, 'originalJobName') === `lifecycle ${variant}`);
    expect(logs).toHaveLength(1);
    // The run's own handle: j|<companyId>||<name>|<runId>, its name stamped with the submit time in server time.
    expect(text(logs[0]!, 'jobName')).toBe(`lifecycle ${variant}_2026-11-28-04:00:00.000`);
    expect(text(logs[0]!, 'jobHandle')).toMatch(new RegExp(`^j\\|4242\\|\\|lifecycle ${variant}_2026-11-28-04:00:00\\.000\\|\\d+$`));
    for (const seenJob of seen.values()) expect(text(seenJob, 'jobHandle')).toBe(text(logs[0]!, 'jobHandle'));
    expect(child(logs[0]!, 'endDate')).toBeDefined();
    expect(text(logs[0]!, 'logType')).toBe(expected.begin);
    const detail = items(await send('getJobLogDetails', `<companyHandle>${company}</companyHandle><jobHandle>${jobHandle}</jobHandle>`), 'jobLogArray')[0]!;
    const lines = child(detail, 'detailArray')!.children;
    expect(Number(text(detail, 'detailTotalRows'))).toBe(lines.length);
    const c = counts(detail);
    const fileLines = lines.filter((l) => child(l, 'assetHandle'));
    expect(fileLines).toHaveLength(c.total);
    expect(c.success + c.error + c.warning + c.duplicate + c.update).toBe(c.total);
    expect(fileLines.filter((l) => text(l, 'logType') === 'DuplicateSkipped')).toHaveLength(c.duplicate);
    expect(fileLines.filter((l) => text(l, 'logType') === 'FileUpdated')).toHaveLength(c.update);
    expect(fileLines.filter((l) => child(l, 'auxArray'))).toHaveLength(c.warning + c.error);
    expect(text(lines[0]!, 'logType')).toBe(expected.begin);
    expect(text(lines.at(-1)!, 'logType')).toBe(expected.end);
    expect(fileLines.filter((l) => text(l, 'logType') === expected.success)).toHaveLength(c.success);
    expect(counts(logs[0]!)).toEqual(c);
    if (variant === 'uploadUrlsJob') expect(fileLines.map((l) => text(l, 'assetName'))).toEqual(['a', 'b']);
    // An export's log names the assets it was given, in their order.
    if (variant === 'exportJob') expect(fileLines.map((l) => text(l, 'assetHandle'))).toEqual([...jobDetail.matchAll(/<items>(a\|\d+)<\/items>/g)].map((m) => m[1]));
    const r = validateEnvelopes(schemas[version], docs);
    expect(r.ok, r.errors).toBe(true);
  });
});

describe('job lifecycle on the real clock', () => {
  it('the real clock moves submitted jobs, and every variant is Done within the documented 30 s default', async () => {
    const { app, clock } = mockApp({ clock: undefined });
    expect(clock.pinned).toBe(false);
    const version = '2016-01-14-beta';
    const company = '<companyHandle>c|777</companyHandle>';
    const submittedAt = clock.now();
    const names: string[] = [];
    for (const variant of submittable(version)) {
      const res = await call(app, 'submitJob', `${company}<jobName>real ${variant}</jobName><${variant}>${await submitDetail(app, 'c|777', variant)}</${variant}>`, { version });
      expect(text(bodyElement(res.text), 'jobHandle')).toBe(`j|777|real ${variant}||`);
      names.push(`real ${variant}`);
    }
    // States of the submitted jobs only (the company also has its faked jobs), by the name they were submitted under.
    const states = async () => {
      const jobs = items((await call(app, 'getActiveJobs', company, { version })).text);
      const mine = jobs.filter((j) => names.includes(text(j, 'originalName')!));
      return new Map(mine.map((j) => [text(j, 'originalName')!, text(j, 'state')!] as const));
    };
    expect((await states()).size).toBe(names.length);
    // The one short real-clock check: wall time alone (no advance) takes jobs out of New (after 1 s).
    let moved = false;
    for (let i = 0; i < 30 && !moved; i++) {
      await new Promise((r) => setTimeout(r, 100));
      moved = [...(await states()).values()].some((s) => s !== 'New');
    }
    expect(moved).toBe(true);
    // The rest of the 30 s on the same (unpinned) clock, shifted instead of waited for.
    clock.advance(Math.max(0, submittedAt + 30_000 - clock.now()));
    const active = await states();
    expect(names.filter((n) => active.has(n) && active.get(n) !== 'Done')).toEqual([]);
  });
});

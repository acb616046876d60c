/**
 * The wire shape of the real service's answers, with the expected values copied from its captured
 * responses (../shared/reference/real/captures-2010-01-31/, namespace 2010-01-31; cited per test).
 */
import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, children, items, mockApp, NS, SUBMIT_DETAILS, text } from './support/mock.js';
import type { XmlElement } from '../src/xml/parse-xml.js';

const descendants = (el: XmlElement): XmlElement[] => el.children.flatMap((c) => [c, ...descendants(c)]);

describe('result envelopes', () => {
  it('use the soapenv prefix, a result element declaring the versioned namespace as default, and unprefixed children', async () => {
    const { app } = mockApp();
    const xml = (await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>')).text;
    // get_active_jobs--one_publish_job.xml: <soapenv:Envelope xmlns:soapenv="…/soap/envelope/"><soapenv:Body><getActiveJobsReturn xmlns="…/2010-01-31">
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?><soapenv:Envelope xmlns:soapenv="http:\/\/schemas\.xmlsoap\.org\/soap\/envelope\/"><soapenv:Body><getActiveJobsReturn xmlns="http:\/\/www\.scene7\.com\/IpsApi\/xsd\/2014-04-03">/,
    );
    const all = descendants(bodyElement(xml));
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((e) => e.prefix !== '' || e.ns !== NS['2014-04-03'])).toEqual([]);
  });

  it('write empty strings and empty arrays as empty elements', async () => {
    const { app } = mockApp();
    // Captured: <taskProgressArray/>, <urlArray/>, <progressMessage/>.
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>')).text).toContain('<taskProgressArray/>');
    // The system Cleanup job has an empty originalName (reference §6.3).
    expect((await call(app, 'getScheduledJobs', '<companyHandle>c|2101</companyHandle>')).text).toContain('<originalName/>');
  });

  it('write xsd:double as Java does (72.0, 1.0, 0.0)', async () => {
    const { app } = mockApp();
    const jobs = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>')).text);
    // xsd:double fields: option values, and TaskProgress / TaskItemProgress progress (ActiveJob/progress is an int).
    const doubles = jobs.flatMap((job) => [
      ...descendants(job).filter((e) => ['resolution', 'tolerance', 'amount', 'radius'].includes(e.local)),
      ...children(child(job, 'taskProgressArray')!, 'items').flatMap((t) => [child(t, 'progress')!, ...children(child(t, 'taskItemProgressArray')!, 'items').map((i) => child(i, 'progress')!)]),
    ]);
    expect(doubles.length).toBeGreaterThan(10);
    for (const d of doubles) expect(d.text).toMatch(/^\d+\.\d+$/);
    // pdfOptions/resolution 72.0 and TaskProgress/progress 1.0 and 0.0 in get_active_jobs--no_publish_job.xml.
    const texts = new Set(doubles.map((d) => d.text));
    for (const captured of ['72.0', '1.0', '0.0']) expect(texts).toContain(captured);
  });
});

describe('dates', () => {
  it('are in server time, US Central by default as captured (-06:00 in winter, -05:00 in summer)', async () => {
    const { app, clock } = mockApp();
    // get_company_info--company.xml: 2100-12-31T23:00:00.000-06:00; get_active_jobs--*.xml (March 30): 2011-03-30T14:32:08.858-05:00
    const submit = (name: string) =>
      call(app, 'submitJob', `<companyHandle>c|3030</companyHandle><jobName>${name}</jobName><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`);
    const startOf = async (name: string) =>
      text(items((await call(app, 'getActiveJobs', `<companyHandle>c|3030</companyHandle><originalName>${name}</originalName>`)).text)[0]!, 'startDate');
    await submit('winter');
    expect(await startOf('winter')).toBe('2026-11-28T04:00:00.000-06:00');
    clock.set('2027-07-01T17:30:00.250Z');
    await submit('summer');
    expect(await startOf('summer')).toBe('2027-07-01T12:30:00.250-05:00');
  });

  it('follow serverTimeZone (an offset, Z or an IANA zone), in dates and job names alike', async () => {
    for (const [zone, date, stamp] of [
      ['Z', '2026-11-28T10:00:00.000Z', '2026-11-28-10:00:00.000'],
      ['+05:30', '2026-11-28T15:30:00.000+05:30', '2026-11-28-15:30:00.000'],
      ['Europe/Berlin', '2026-11-28T11:00:00.000+01:00', '2026-11-28-11:00:00.000'],
    ] as const) {
      const { app } = mockApp({ serverTimeZone: zone });
      await call(app, 'submitJob', `<companyHandle>c|3031</companyHandle><jobName>tz</jobName><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`);
      const job = items((await call(app, 'getActiveJobs', '<companyHandle>c|3031</companyHandle><originalName>tz</originalName>')).text)[0]!;
      expect(text(job, 'startDate')).toBe(date);
      expect(text(job, 'name')).toBe(`tz_${stamp}`);
    }
  });

  it('refuse an unknown zone at start-up with a reason', () => {
    expect(() => mockApp({ serverTimeZone: 'Mars/Olympus' })).toThrow(/'Mars\/Olympus' is neither an IANA time zone .* nor an offset/);
  });
});

describe('job names, handles and task progress', () => {
  it('a submitted job: handle j|<id>|<jobName>||, a run named <jobName>_<yyyy-MM-dd-HH:mm:ss.SSS> with handle j|<id>||<name>|<runId>', async () => {
    const { app } = mockApp();
    // submit_job--upload_urls_job_response.xml: j|110|katlyn||;
    // get_active_jobs--*.xml: name 3e41464dce942449a9e5b_2011-03-30-14:32:08.834, jobHandle j|110||<name>|5129821
    const res = await call(app, 'submitJob', `<companyHandle>c|110</companyHandle><jobName>katlyn</jobName><uploadUrlsJob>${SUBMIT_DETAILS.uploadUrlsJob}</uploadUrlsJob>`);
    expect(text(bodyElement(res.text), 'jobHandle')).toBe('j|110|katlyn||');
    const [job] = items((await call(app, 'getActiveJobs', '<companyHandle>c|110</companyHandle><jobHandle>j|110|katlyn||</jobHandle>')).text);
    expect(text(job!, 'originalName')).toBe('katlyn');
    expect(text(job!, 'name')).toBe('katlyn_2026-11-28-04:00:00.000');
    expect(text(job!, 'jobHandle')).toMatch(/^j\|110\|\|katlyn_2026-11-28-04:00:00\.000\|\d+$/);
    expect(text(job!, 'serverName')).toMatch(/^[a-z]+_\d+_\d+$/);
    // The run's own handle finds it too.
    const again = items((await call(app, 'getActiveJobs', `<companyHandle>c|110</companyHandle><jobHandle>${text(job!, 'jobHandle')}</jobHandle>`)).text);
    expect(again.map((j) => text(j, 'name'))).toEqual(['katlyn_2026-11-28-04:00:00.000']);
  });

  it('a running URL upload reports the two task monitors of the capture, progress as a fraction', async () => {
    const { app, clock } = mockApp();
    await call(app, 'submitJob', `<companyHandle>c|111</companyHandle><jobName>urls</jobName><uploadUrlsJob>${SUBMIT_DETAILS.uploadUrlsJob}</uploadUrlsJob>`);
    clock.advance('7s');
    const [job] = items((await call(app, 'getActiveJobs', '<companyHandle>c|111</companyHandle><originalName>urls</originalName>')).text);
    expect(text(job!, 'state')).toBe('Running');
    const tasks = children(child(job!, 'taskProgressArray')!, 'items');
    // get_active_jobs--no_publish_job.xml, an UrlUpload job while Running.
    expect(tasks.map((t) => text(t, 'taskType'))).toEqual(['com.scene7.upload.UploadAsyncTaskMonitor', 'com.scene7.autoset.AutoSetAsyncTaskMonitor']);
    for (const t of tasks) expect(text(t, 'progress')).toMatch(/^[01]\.\d+$/);
  });
});

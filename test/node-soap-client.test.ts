import soap from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { CLOCK, VERSIONS } from './support/mock.js';

let mock: RunningIpsMock;
beforeAll(async () => {
  mock = await startIpsMock({ port: 0, seed: 7, clock: CLOCK });
});
afterAll(() => mock.close());

async function client(version: string) {
  const c = await soap.createClientAsync(mock.wsdlUrl(version));
  c.addSoapHeader({ authHeader: { user: 'ips@example.com', password: 'ips-mock' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
  return c;
}

describe.each(VERSIONS)('a node-soap client built from the served %s WSDL', (version) => {
  it('reads getActiveJobs with typed values', async () => {
    const c = await client(version);
    // Every port of the served WSDL (SOAP 1.1 and 1.2), as node-soap read its soap:address, is where the mock listens.
    const ports = Object.values(c.wsdl.definitions.services).flatMap((s) => Object.values(s.ports));
    expect(ports.length).toBeGreaterThan(0);
    expect(new Set(ports.map((p) => p.location))).toEqual(new Set([mock.endpoint]));
    const [res] = await c.getActiveJobsAsync({ companyHandle: 'c|2101' });
    const jobs = res.jobArray.items as Array<Record<string, unknown>>;
    expect(jobs.length).toBeGreaterThan(15);
    for (const j of jobs) {
      expect(j.startDate).toBeInstanceOf(Date);
      expect(j.lastProgressUpdate).toBeInstanceOf(Date);
      expect(typeof j.progress).toBe('number');
      expect(typeof j.totalSize).toBe('number');
    }
    const urls = jobs.find((j) => j.uploadUrlsJob) as { uploadUrlsJob: { numUrls: number; overwrite: boolean; urlArray: { items: unknown[] } } };
    expect(typeof urls.uploadUrlsJob.numUrls).toBe('number');
    expect(typeof urls.uploadUrlsJob.overwrite).toBe('boolean');
    expect(urls.uploadUrlsJob.urlArray.items.length).toBe(urls.uploadUrlsJob.numUrls);
  });

  it('runs the submit → poll → log workflow, driving the clock', async () => {
    const c = await client(version);
    const company = version === '2014-04-03' ? 'c|6014' : 'c|6016';
    const [submitted] = await c.submitJobAsync({
      companyHandle: company,
      jobName: 'node-soap workflow',
      uploadUrlsJob: { urlArray: { items: [{ sourceUrl: 'https://example.com/a.jpg', destPath: 'f/a.jpg' }] }, overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None' },
    });
    // The handle of the job as submitted (j|<id>|<jobName>||) finds its run, which has a run handle of its own.
    const jobHandle = submitted.jobHandle as string;
    const states: string[] = [];
    let runHandle: string | undefined;
    for (let i = 0; i < 20 && states.at(-1) !== 'Done'; i++) {
      const [res] = await c.getActiveJobsAsync({ companyHandle: company, jobHandle });
      const job = res?.jobArray?.items?.[0] as { state: string; progress: number; jobHandle: string } | undefined;
      if (job && states.at(-1) !== job.state) states.push(job.state);
      runHandle ??= job?.jobHandle;
      mock.clock.advance('1s');
    }
    expect(states).toEqual(['New', 'WaitingCoordinator', 'Running', 'Done']);
    const [logs] = await c.getJobLogsAsync({ companyHandle: company });
    const log = (logs.jobLogArray.items as Array<{ jobHandle: string; totalFileCount: number; endDate: Date }>).find((l) => l.jobHandle === runHandle)!;
    expect(log.totalFileCount).toBe(1);
    expect(log.endDate).toBeInstanceOf(Date);
    const [details] = await c.getJobLogDetailsAsync({ companyHandle: company, jobHandle });
    const items = details.jobLogArray.items as Array<{ detailArray: { items: Array<{ logType: string }> } }>;
    expect(items[0]!.detailArray.items.some((d) => d.logType === 'BeginUploadUrls')).toBe(true);
  });

  it('sees an authentication fault with its IPS code', async () => {
    const c = await soap.createClientAsync(mock.wsdlUrl(version));
    c.addSoapHeader({ authHeader: { user: 'ips@example.com', password: 'wrong' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
    const err = await c.getActiveJobsAsync({ companyHandle: 'c|2101' }).catch((e: unknown) => e);
    const fault = (err as { root: { Envelope: { Body: { Fault: { detail: { authenticationFault: { code: string } } } } } } }).root.Envelope.Body.Fault;
    expect(Number(fault.detail.authenticationFault.code)).toBe(10001);
    expect((err as { response: { status: number } }).response.status).toBe(500);
  });
});

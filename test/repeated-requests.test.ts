/**
 * A request repeated byte for byte reuses what was worked out from it the first time (its envelope,
 * route and decoded parameters: src/engine/stages/read.ts, route.ts, decode.ts). What is kept must
 * never change an answer: each repeat is routed by its own SOAPAction, checked in its own mock's
 * mode (strict or lenient), journaled with its own violations, and a write repeated is a new write.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authHeader, call, faultOf, mockApp } from './support/mock.js';

// Out of xsd:sequence order: strict refuses it (30003), lenient answers and reports the violation.
const OUT_OF_ORDER = '<originalName>x</originalName><companyHandle>c|91</companyHandle>';

describe('repeated requests', () => {
  it('the same bytes with another SOAPAction are routed by that SOAPAction', async () => {
    const { app } = mockApp();
    const body = '<companyHandle>c|90</companyHandle>';
    expect((await call(app, 'getActiveJobs', body)).status).toBe(200);
    const res = await call(app, 'getActiveJobs', body, { headers: { SOAPAction: 'getScheduledJobs' } });
    expect(faultOf(res.text)).toMatchObject({ code: 30003, reason: "SOAPAction 'getScheduledJobs' does not match the request element 'getActiveJobsParam'; send getScheduledJobsParam for getScheduledJobs." });
  });

  it('the same bytes are checked in each mock’s own mode, and each call journals its violations', async () => {
    const strict = mockApp().app;
    const lenient = mockApp({ requests: 'lenient' }).app;
    for (let i = 0; i < 2; i++) {
      expect(faultOf((await call(strict, 'getActiveJobs', OUT_OF_ORDER)).text).code).toBe(30003);
      const res = await call(lenient, 'getActiveJobs', OUT_OF_ORDER);
      expect(res.status).toBe(200);
      expect(res.headers['x-ips-mock-violations']).toMatch(/companyHandle is out of order/);
    }
    const { requests } = (await request(lenient).get('/__admin/requests')).body as { requests: Array<{ violations?: string[] }> };
    expect(requests.map((r) => r.violations?.length)).toEqual([1, 1]);
  });

  it('a repeated submitJob submits again: two jobs, each with its own handle', async () => {
    const { app } = mockApp();
    const submit = '<companyHandle>c|92</companyHandle><jobName>again</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>';
    const handles: Array<string | undefined> = [];
    for (let i = 0; i < 2; i++) {
      const res = await call(app, 'submitJob', submit, { header: authHeader() });
      expect(res.status).toBe(200);
      handles.push(/<jobHandle>([^<]*)<\/jobHandle>/.exec(res.text)?.[1]);
    }
    // The second submission of a name still listed gets the next run id appended (tenant.ts submissionHandle).
    expect(handles[0]).toBe('j|92|again||');
    expect(handles[1]).toMatch(/^j\|92\|again_\d+\|\|$/);
  });
});

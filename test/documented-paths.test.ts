/**
 * Documented paths no other test takes (issue 13): each case names where it is documented.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_TABLE } from '../src/operations/table.js';
import { authHeader, bodyElement, call, child, faultOf, items, mockApp, NS, SERVICE, SUBMIT_DETAILS, text } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';

type App = ReturnType<typeof mockApp>['app'];
const C = 'c|5252';
let schemas: SchemaSet;
beforeAll(async () => {
  schemas = schemasFromWsdl((await request(mockApp().app).get('/scene7/webservice/IpsApi-2014-04-03.wsdl')).text, NS['2014-04-03']);
});

/** A fault answer: HTTP 500, the element and code, the reason, valid against the served schemas. */
function expectFault(res: { status: number; text: string }, element: string, code: number, reason: RegExp) {
  expect(res.status).toBe(500);
  const f = faultOf(res.text);
  expect({ element: f.element, code: f.code }).toEqual({ element, code });
  expect(f.reason).toMatch(reason);
  const r = validateEnvelopes(schemas, [res.text]);
  expect(r.ok, r.errors).toBe(true);
  return f;
}

const post = (app: App, body: string, soapAction = 'getActiveJobs') =>
  request(app).post(SERVICE).set({ 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: soapAction }).send(body);
const soapEnvelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${NS.soap11}"><soapenv:Header>${authHeader()}</soapenv:Header>${body}</soapenv:Envelope>`;
const getActiveJobsParam = `<getActiveJobsParam xmlns="${NS['2014-04-03']}"><companyHandle>c|1</companyHandle></getActiveJobsParam>`;

describe('deleteJob on an active job (README lifecycle: stopJob / deleteJob before Done → Stopping → 2 s → Done)', () => {
  it('stops the run: Stopping, then Done 2 s later, its log names who stopped it; a second deleteJob is refused', async () => {
    const { app, clock } = mockApp();
    const submitted = await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>delete me</jobName><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`);
    const handle = text(bodyElement(submitted.text), 'jobHandle')!;
    const states = async () => items((await call(app, 'getActiveJobs', `<companyHandle>${C}</companyHandle><jobHandle>${handle}</jobHandle>`)).text).map((j) => text(j, 'state'));
    clock.advance('5s');
    expect(await states()).toEqual(['Running']);
    const deleted = await call(app, 'deleteJob', `<companyHandle>${C}</companyHandle><jobHandle>${handle}</jobHandle>`);
    expect(deleted.status, deleted.text).toBe(200);
    expect(await states()).toEqual(['Stopping']);
    clock.advance(1_999);
    expect(await states()).toEqual(['Stopping']);
    clock.advance(1);
    expect(await states()).toEqual(['Done']);
    const log = items((await call(app, 'getJobLogDetails', `<companyHandle>${C}</companyHandle><jobHandle>${handle}</jobHandle>`)).text, 'jobLogArray')[0]!;
    expect(text(child(log, 'detailArray')!.children.at(-1)!, 'logMessage')).toContain('ips@example.com');
    expectFault(await call(app, 'deleteJob', `<companyHandle>${C}</companyHandle><jobHandle>${handle}</jobHandle>`), 'ipsApiFault', 30000, /deleteJob: job '.*' is Done; only a job that has not finished can be stopped/);
  });
});

describe('the internal-error path (README faults: a bug is a plain 30000, reported on our side, never a stack trace)', () => {
  it('answers ipsApiFault 30000 without the error text, reports the bug, and keeps serving', async () => {
    const { app } = mockApp();
    const bug = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = vi.spyOn(OPERATION_TABLE.getActiveJobs, 'handler').mockImplementation(() => {
      throw new TypeError('secret detail at handler.ts:12');
    });
    try {
      const res = await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle>');
      const f = expectFault(res, 'ipsApiFault', 30000, /^Internal error in ips-mock; the request was not processed\. Please report it with the request\.$/);
      expect(f.faultstring).toBe('ipsApiFault');
      expect(res.text).not.toContain('secret detail');
      expect(res.text).not.toContain('handler.ts');
      expect(handler).toHaveBeenCalledTimes(1);
      expect(bug).toHaveBeenCalledWith('ips-mock: internal error', expect.any(TypeError));
    } finally {
      handler.mockRestore();
      bug.mockRestore();
    }
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle>')).status).toBe(200);
  });
});

describe('a Body without exactly one element (README: document/literal, one request element) → 30003', () => {
  const { app } = mockApp();
  it('an empty Body', async () => {
    expectFault(await post(app, soapEnvelope('<soapenv:Body></soapenv:Body>')), 'ipsApiFault', 30003, /^The SOAP Body must contain exactly one request element \(document\/literal\), found 0$/);
  });
  it('two request elements', async () => {
    expectFault(await post(app, soapEnvelope(`<soapenv:Body>${getActiveJobsParam}${getActiveJobsParam}</soapenv:Body>`)), 'ipsApiFault', 30003, /exactly one request element \(document\/literal\), found 2$/);
  });
  it('two Bodies, or none', async () => {
    expectFault(await post(app, soapEnvelope(`<soapenv:Body>${getActiveJobsParam}</soapenv:Body><soapenv:Body>${getActiveJobsParam}</soapenv:Body>`)), 'ipsApiFault', 30003, /exactly one Body, found 2$/);
    expectFault(await post(app, soapEnvelope('')), 'ipsApiFault', 30003, /exactly one Body, found 0$/);
  });
  it('one element (the control case) is answered', async () => {
    expect((await post(app, soapEnvelope(`<soapenv:Body>${getActiveJobsParam}</soapenv:Body>`))).status).toBe(200);
  });
});

describe('duplicate and too many elements (reference: the WSDL cardinality; README strict requests)', () => {
  const { app } = mockApp();
  it('a single-valued parameter twice → 30003 naming it', async () => {
    expectFault(await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle><companyHandle>c|2</companyHandle>'), 'ipsApiFault', 30003, /^getActiveJobsParam\/companyHandle occurs more than once: expected at most 1/);
  });
  it('a repeated element beyond the mock limit of 1000 items → 30001', async () => {
    const handles = (n: number) => Array.from({ length: n }, (_, i) => `<items>a|${i + 1}</items>`).join('');
    const body = (n: number) => `<companyHandle>c|1</companyHandle><jobName>many</jobName><exportJob><assetHandleArray>${handles(n)}</assetHandleArray><fmt>orig</fmt><emailSetting>None</emailSetting></exportJob>`;
    expectFault(await call(app, 'submitJob', body(1_001)), 'ipsApiFault', 30001, /assetHandleArray\/items may occur at most 1000 times/);
  });
});

describe('a malformed serviceUrl on the WSDL (reference §2.1) → 400 naming the rule', () => {
  const { app } = mockApp();
  it.each(['localhost:8081', 'ftp://example.com', 'http://two words', 'javascript:alert(1)'])('refuses %s', async (serviceUrl) => {
    const res = await request(app).get(`/scene7/webservice/IpsApi-2014-04-03.wsdl?serviceUrl=${encodeURIComponent(serviceUrl)}`);
    expect(res.status).toBe(400);
    expect(res.text).toBe('serviceUrl must be an absolute http(s) URL');
  });
  it('accepts a service URL that already names the service path as given', async () => {
    const res = await request(app).get(`/scene7/webservice/IpsApi-2014-04-03.wsdl?serviceUrl=${encodeURIComponent('https://proxy.example.com/x/services/IpsApiService')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('location="https://proxy.example.com/x/services/IpsApiService"');
  });
});

describe('the cron year field (README: second minute hour day-of-month month [day-of-week [year]])', () => {
  const submit = (app: App, schedule: string, name: string) =>
    call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>${name}</jobName><execSchedule>${schedule}</execSchedule><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`);
  const scheduled = async (app: App, name: string) =>
    items((await call(app, 'getScheduledJobs', `<companyHandle>${C}</companyHandle>`)).text).find((s) => text(s, 'name') === name);
  it('a 7-field schedule fires only in its year', async () => {
    const { app } = mockApp();
    expect((await submit(app, '0 30 6 1 JAN ? 2028', 'new year 2028')).status).toBe(200);
    // 2028-01-01T06:30Z, in server time (UTC-6 in winter).
    expect(text((await scheduled(app, 'new year 2028'))!, 'nextFireTime')).toBe('2028-01-01T00:30:00.000-06:00');
    expect((await submit(app, '0 0 12 * * ? 2027-2028', 'noon from 2027')).status).toBe(200);
    expect(text((await scheduled(app, 'noon from 2027'))!, 'nextFireTime')).toBe('2027-01-01T06:00:00.000-06:00');
  });
  it('a year outside 1970-2199 is refused with 30001', async () => {
    const { app } = mockApp();
    expectFault(await submit(app, '0 0 0 1 1 ? 2200', 'too late'), 'ipsApiFault', 30001, /execSchedule/);
  });
});

describe('scheduled-job defaults in fixtures (README fixture table)', () => {
  it('a scheduled job giving only its company: an imageServingPublishJob named "Publish schedule 1", daily at 02:00 UTC, Normal, en-US', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-fixtures-'));
    writeFileSync(join(dir, 's.json'), JSON.stringify({ formatVersion: 1, companies: [{ handle: 'c|5353', fakeJobs: false }], scheduledJobs: [{ company: 'c|5353' }] }));
    const { app } = mockApp({ fixturesDir: dir });
    const jobs = items((await call(app, 'getScheduledJobs', '<companyHandle>c|5353</companyHandle>')).text);
    const mine = jobs.filter((j) => text(j, 'type') !== 'Cleanup');
    expect(mine).toHaveLength(1);
    const s = mine[0]!;
    expect(text(s, 'name')).toBe('Publish schedule 1');
    expect(text(s, 'execSchedule')).toBe('0 0 2 * * ?');
    expect(text(s, 'triggerState')).toBe('Normal');
    expect(text(s, 'locale')).toBe('en-US');
    expect(child(s, 'imageServingPublishJob')).toBeDefined();
    // The clock is 2026-11-28T10:00Z: next 02:00 UTC is the 29th, 20:00 on the 28th in server time.
    expect(text(s, 'nextFireTime')).toBe('2026-11-28T20:00:00.000-06:00');
  });
});

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authHeader, call, mockApp, NS, SERVICE } from './support/mock.js';

const journal = async (app: ReturnType<typeof mockApp>['app'], query = '') => (await request(app).get(`/__admin/requests${query}`)).body;

describe('the request journal', () => {
  it('records each call: transport, namespace, operation, user, locale, decoded parameters, outcome, timings', async () => {
    const { app } = mockApp();
    await call(app, 'getJobLogs', '<companyHandle>c|31</companyHandle><startDate>2026-11-27T10:00:00+01:00</startDate><numRows>5</numRows>', {
      header: authHeader({ locale: 'de-DE' }),
      headers: { 'User-Agent': 'journal-test/1' },
    });
    const [r] = (await journal(app)).requests;
    expect(r).toMatchObject({
      id: 1,
      clock: '2026-11-28T10:00:00.000Z',
      transport: { method: 'POST', path: SERVICE, soapAction: 'getJobLogs', userAgent: 'journal-test/1' },
      soapVersion: '1.1',
      namespace: NS['2014-04-03'],
      apiVersion: '2014-04-03',
      operation: 'getJobLogs',
      user: 'ips@example.com',
      company: 'c|31',
      locale: 'de-DE',
      // dateTime decoded and given back in UTC; int as a number
      params: { companyHandle: 'c|31', startDate: '2026-11-27T09:00:00.000Z', numRows: 5 },
      status: 200,
      outcome: { kind: 'result', cached: false },
    });
    expect(r.transport.bytes).toBeGreaterThan(200);
    expect(Object.keys(r.timings.stages)).toEqual(['read', 'route', 'authenticate', 'decode', 'inject', 'cache', 'operate', 'cache-store', 'truncate']);
  });

  it('records the mock clock at each call', async () => {
    const { app, clock } = mockApp();
    await call(app, 'getActiveJobs', '<companyHandle>c|33</companyHandle>');
    clock.advance('90s');
    await call(app, 'getActiveJobs', '<companyHandle>c|33</companyHandle>');
    expect((await journal(app)).requests.map((r: { clock: string }) => r.clock)).toEqual(['2026-11-28T10:00:00.000Z', '2026-11-28T10:01:30.000Z']);
  });

  it('says when an answer came from the response cache', async () => {
    const { app } = mockApp();
    await call(app, 'getActiveJobs', '<companyHandle>c|32</companyHandle>');
    await call(app, 'getActiveJobs', '<companyHandle>c|32</companyHandle>');
    expect((await journal(app)).requests.map((r: { outcome: { cached: boolean } }) => r.outcome.cached)).toEqual([false, true]);
  });

  it('records faults, with the user the caller claimed and the company its jobHandle names', async () => {
    const { app } = mockApp();
    await call(app, 'getActiveJobs', '', { header: authHeader({ password: 'wrong' }) });
    await call(app, 'stopJob', '<companyHandle>c|44</companyHandle><jobHandle>j|44||nightly|1</jobHandle>');
    await call(app, 'getActiveJobs', '<jobHandle>j|45||nightly|1</jobHandle>');
    const [auth, stop, byJob] = (await journal(app)).requests;
    expect(auth).toMatchObject({ user: 'ips@example.com', status: 500, outcome: { kind: 'fault', fault: 'invalidCredentials', element: 'authenticationFault', code: 10001 } });
    expect(stop).toMatchObject({ operation: 'stopJob', company: 'c|44', jobHandle: 'j|44||nightly|1', outcome: { kind: 'fault', code: 30001 } });
    expect(stop.outcome.reason).toMatch(/No job with handle/);
    expect(byJob).toMatchObject({ company: 'c|45', params: { jobHandle: 'j|45||nightly|1' } });
  });

  it('records calls that fail before the engine (the body parser refused them)', async () => {
    const { app } = mockApp({ maxBodyBytes: 300 });
    const res = await request(app).post(SERVICE).set('Content-Type', 'text/xml').send(`<x>${'a'.repeat(1000)}</x>`);
    expect(res.status).toBe(500);
    const [r] = (await journal(app)).requests;
    expect(r).toMatchObject({ status: 500, transport: { method: 'POST', bytes: 0 }, outcome: { kind: 'fault', code: 30003 } });
    expect(r.outcome.reason).toMatch(/exceeds the 300 byte limit/);
    expect(r.operation).toBeUndefined();
  });

  it('filters by operation, company, user, namespace (URI or version), since and limit', async () => {
    const { app } = mockApp();
    await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle>');
    await call(app, 'getScheduledJobs', '<companyHandle>c|2</companyHandle>', { version: '2016-01-14-beta' });
    await call(app, 'getActiveJobs', '<companyHandle>c|2</companyHandle>', { header: authHeader({ user: 'acme-user@example.com' }) });
    const ids = async (q: string) => (await journal(app, q)).requests.map((r: { id: number }) => r.id);
    expect(await ids('?operation=getActiveJobs')).toEqual([1, 3]);
    expect(await ids('?company=c%7C2')).toEqual([2, 3]);
    expect(await ids('?user=ACME-USER@example.com')).toEqual([3]);
    expect(await ids(`?namespace=${encodeURIComponent(NS['2016-01-14-beta'])}`)).toEqual([2]);
    expect(await ids('?namespace=2014-04-03')).toEqual([1, 3]);
    expect(await ids('?since=2000-01-01T00:00:00Z')).toEqual([1, 2, 3]);
    expect(await ids(`?since=${new Date(Date.now() + 3_600_000).toISOString()}`)).toEqual([]);
    const limited = await journal(app, '?limit=2');
    expect(limited.requests.map((r: { id: number }) => r.id)).toEqual([2, 3]);
    expect(limited.matched).toBe(3);
  });

  it('counts with the same filter, and clears', async () => {
    const { app } = mockApp();
    await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle>');
    await call(app, 'getActiveJobs', '<companyHandle>c|2</companyHandle>');
    await call(app, 'getScheduledJobs', '<companyHandle>c|1</companyHandle>');
    expect((await request(app).post('/__admin/requests/count').send({ operation: 'getActiveJobs' })).body).toEqual({ count: 2, dropped: 0 });
    expect((await request(app).post('/__admin/requests/count').send({ company: 'c|1', operation: 'getScheduledJobs' })).body.count).toBe(1);
    expect((await request(app).post('/__admin/requests/count')).body.count).toBe(3);
    expect((await request(app).delete('/__admin/requests')).body).toEqual({ cleared: 3 });
    expect((await journal(app)).requests).toEqual([]);
  });

  it('is bounded: keeps the most recent journalLimit records and reports how many it dropped', async () => {
    const { app } = mockApp({ journalLimit: 2 });
    for (const c of [1, 2, 3, 4, 5]) await call(app, 'getActiveJobs', `<companyHandle>c|${c}</companyHandle>`);
    const j = await journal(app);
    expect(j.requests.map((r: { company: string }) => r.company)).toEqual(['c|4', 'c|5']);
    expect(j).toMatchObject({ dropped: 3, limit: 2, matched: 2 });
  });

  it('answers bad filters with 400 and a JSON reason', async () => {
    const { app } = mockApp();
    const unknown = await request(app).get('/__admin/requests?operaton=getActiveJobs');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/operaton/);
    const since = await request(app).get('/__admin/requests?since=yesterday');
    expect(since.status).toBe(400);
    expect(since.body.error).toMatch(/since: must be an ISO-8601 instant/);
    expect((await request(app).get('/__admin/requests?limit=0')).status).toBe(400);
    const field = await request(app).post('/__admin/requests/count').send({ operation: 'getActiveJobs', limit: 3 });
    expect(field.status).toBe(400);
    expect(field.body.error).toMatch(/limit/);
    const malformed = await request(app).post('/__admin/requests/count').set('Content-Type', 'application/json').send('{"operation": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/malformed JSON/);
  });
});

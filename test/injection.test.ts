import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { authHeader, call, envelope, faultOf, items, mockApp, NS, SERVICE } from './support/mock.js';

const inject = async (app: ReturnType<typeof mockApp>['app'], rule: object) => {
  const res = await request(app).post('/__admin/faults').send(rule);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string };
};
const lastRecord = async (app: ReturnType<typeof mockApp>['app']) => (await request(app).get('/__admin/requests?limit=1')).body.requests[0];

describe('injection rules: IPS faults and HTTP answers', () => {
  it('answers matching calls with the IPS fault named, with its own reason, and journals the firing', async () => {
    const { app } = mockApp();
    const rule = await inject(app, { match: { operation: 'getActiveJobs', company: 'c|9' }, fault: { name: 'invalidParameter', reason: 'company is being migrated' } });
    const hit = await call(app, 'getActiveJobs', '<companyHandle>c|9</companyHandle>');
    expect(hit.status).toBe(500);
    expect(faultOf(hit.text)).toMatchObject({ element: 'ipsApiFault', ns: NS.base, code: 30001, reason: 'company is being migrated', faultcode: 'soapenv:Server', faultstring: 'ipsApiFault' });
    expect(await lastRecord(app)).toMatchObject({ rule: { id: rule.id, action: 'fault invalidParameter' }, outcome: { kind: 'fault', code: 30001 } });
    // Another company, another operation: untouched.
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|10</companyHandle>')).status).toBe(200);
    expect((await call(app, 'getScheduledJobs', '<companyHandle>c|9</companyHandle>')).status).toBe(200);
  });

  it('can raise any catalogue entry by name (authentication, authorization, 30000)', async () => {
    const { app } = mockApp();
    await inject(app, { match: { company: 'c|1' }, fault: 'noCredentials' });
    await inject(app, { match: { company: 'c|2' }, fault: 'illegalCompany' });
    await inject(app, { match: { company: 'c|3' }, fault: 'exception' });
    const f = async (c: number) => faultOf((await call(app, 'getActiveJobs', `<companyHandle>c|${c}</companyHandle>`)).text);
    expect(await f(1)).toMatchObject({ element: 'authenticationFault', code: 10000 });
    expect(await f(2)).toMatchObject({ element: 'authorizationFault', code: 20006 });
    expect(await f(3)).toMatchObject({ element: 'ipsApiFault', code: 30000, faultcode: 'soapenv:Server' });
  });

  it('answers with an HTTP status and body', async () => {
    const { app } = mockApp();
    await inject(app, { match: { operation: 'submitJob' }, http: { status: 503, body: 'down for maintenance' } });
    const res = await call(app, 'submitJob', '<companyHandle>c|1</companyHandle><jobName>x</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    expect(res.status).toBe(503);
    expect(res.text).toBe('down for maintenance');
    expect(await lastRecord(app)).toMatchObject({ status: 503, outcome: { kind: 'http' } });
  });

  it('fires `times` times, then the rule is gone', async () => {
    const { app } = mockApp();
    await inject(app, { fault: 'exception', times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle>')).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect((await request(app).get('/__admin/faults')).body.rules).toEqual([]);
  });

  it('picks the highest priority (1 first), then the newest rule', async () => {
    const { app } = mockApp();
    await inject(app, { fault: { name: 'exception', reason: 'low' }, priority: 9 });
    await inject(app, { fault: { name: 'exception', reason: 'high, older' }, priority: 2 });
    await inject(app, { fault: { name: 'exception', reason: 'high, newer' }, priority: 2 });
    expect(faultOf((await call(app, 'getActiveJobs', '')).text).reason).toBe('high, newer');
  });

  it('matches on job handle, namespace and user', async () => {
    const { app } = mockApp();
    await inject(app, { match: { jobHandle: 'j|5||nightly|1' }, fault: { name: 'exception', reason: 'by job' } });
    await inject(app, { match: { namespace: '2016-01-14-beta' }, fault: { name: 'exception', reason: 'by namespace' } });
    await inject(app, { match: { user: 'USER@example.com' }, fault: { name: 'exception', reason: 'by user' } });
    expect(faultOf((await call(app, 'getActiveJobs', '<jobHandle>j|5||nightly|1</jobHandle>')).text).reason).toBe('by job');
    expect(faultOf((await call(app, 'getActiveJobs', '', { version: '2016-01-14-beta' })).text).reason).toBe('by namespace');
    expect(faultOf((await call(app, 'getActiveJobs', '', { header: authHeader({ user: 'user@example.com' }) })).text).reason).toBe('by user');
    expect((await call(app, 'getActiveJobs', '<jobHandle>j|5||nightly|2</jobHandle>')).status).toBe(200);
  });

  it('delays by a fixed time on the real timer, then answers as usual', async () => {
    const { app } = mockApp();
    await inject(app, { match: { company: 'c|4' }, delay: '300ms' });
    const started = performance.now();
    const res = await call(app, 'getActiveJobs', '<companyHandle>c|4</companyHandle>');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(items(res.text).length).toBeGreaterThan(0);
    expect(await lastRecord(app)).toMatchObject({ rule: { action: 'delay 300ms, then answer' }, outcome: { kind: 'result' } });
    await inject(app, { match: { company: 'c|5' }, delay: { min: '1ms', max: 5 }, fault: 'exception' });
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|5</companyHandle>')).status).toBe(500);
    expect((await lastRecord(app)).rule.action).toBe('delay 1-5ms, then fault exception');
  });

  it('a delay range draws each wait from the seed, the rule and its firing count: the same waits on every run (issue 9)', async () => {
    const waits = async (seed: number) => {
      const { app } = mockApp({ seed });
      await inject(app, { match: { company: 'c|6' }, delay: { min: '1ms', max: '25ms' }, times: 5 });
      const drawn: number[] = [];
      for (let i = 0; i < 5; i++) {
        expect((await call(app, 'getActiveJobs', '<companyHandle>c|6</companyHandle>')).status).toBe(200);
        drawn.push((await lastRecord(app)).rule.delayMs as number);
      }
      return drawn;
    };
    const first = await waits(7);
    for (const ms of first) expect(ms >= 1 && ms <= 25 && Number.isInteger(ms), `${ms}`).toBe(true);
    // Each firing draws anew (not one value per rule) …
    expect(new Set(first).size).toBeGreaterThan(1);
    // … and another instance with the same seed draws the same waits, in the same order.
    expect(await waits(7)).toEqual(first);
  });

  it('lists and removes rules (one, or all)', async () => {
    const { app } = mockApp();
    const a = await inject(app, { fault: 'exception', match: { company: 'c|1' } });
    await inject(app, { fault: 'exception', match: { company: 'c|2' } });
    expect((await request(app).get('/__admin/faults')).body.rules.map((r: { match: { company: string } }) => r.match.company)).toEqual(['c|1', 'c|2']);
    expect((await request(app).delete(`/__admin/faults/${a.id}`)).body).toEqual({ removed: 1 });
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle>')).status).toBe(200);
    const gone = await request(app).delete(`/__admin/faults/${a.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatch(/no injection rule/);
    expect((await request(app).delete('/__admin/faults')).body).toEqual({ removed: 1 });
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|2</companyHandle>')).status).toBe(200);
  });

  it('refuses bad rules with 400 saying what is wrong', async () => {
    const { app } = mockApp();
    const bad = async (rule: unknown) => {
      const res = await request(app).post('/__admin/faults').send(rule as object);
      expect(res.status, JSON.stringify(rule)).toBe(400);
      return res.body.error as string;
    };
    expect(await bad({ fault: 'noSuchFault' })).toMatch(/fault/);
    expect(await bad({ fault: { name: 'invalidParameter', code: 3 } })).toMatch(/code/);
    expect(await bad({ delay: 'soon' })).toMatch(/delay.*not a duration/);
    expect(await bad({ fault: 'exception', drop: 'reset' })).toMatch(/one of fault, http or drop/);
    expect(await bad({ match: { operation: 'getActiveJob' } })).toMatch(/operation/);
    expect(await bad({ fault: 'exception', tims: 2 })).toMatch(/tims/);
    expect(await bad({ fault: 'exception', times: 0 })).toMatch(/times/);
    expect(await bad({ delay: { min: '2s', max: '1s' } })).toMatch(/min is larger/);
    expect(await bad({})).toMatch(/needs fault, http, drop or delay/);
    expect(await bad({ drop: 'explode' })).toMatch(/drop/);
  });

  it('keeps at most 200 rules', async () => {
    const { app } = mockApp();
    for (let i = 0; i < 200; i++) await inject(app, { fault: 'exception', match: { company: `c|${i + 1}` } });
    const res = await request(app).post('/__admin/faults').send({ fault: 'exception' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/at most 200/);
  });
});

/** One raw HTTP exchange, reporting what the socket saw. */
function rawCall(url: string, body: string): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('latin1') }));
      res.on('error', (e) => resolve({ status: res.statusCode, error: (e as NodeJS.ErrnoException).code ?? e.message }));
      res.on('aborted', () => resolve({ status: res.statusCode, error: 'aborted' }));
    });
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end(body);
  });
}

describe('injection rules: broken connections', () => {
  let mock: RunningIpsMock;
  beforeAll(async () => {
    mock = await startIpsMock({ port: 0, clock: '2026-11-28T10:00:00Z' });
  });
  afterAll(() => mock.close());
  const injectDrop = async (company: string, drop: string) => {
    const res = await fetch(`${mock.url}/__admin/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ match: { company }, drop }) });
    expect(res.status).toBe(200);
  };
  const get = (company: string) => rawCall(`${mock.url}${SERVICE}`, envelope('getActiveJobs', `<companyHandle>${company}</companyHandle>`));

  it('reset: the TCP connection is reset, no answer', async () => {
    await injectDrop('c|1', 'reset');
    expect(await get('c|1')).toEqual({ error: 'ECONNRESET' });
  });

  it('empty: the connection closes without an answer', async () => {
    await injectDrop('c|2', 'empty');
    expect(await get('c|2')).toEqual({ error: 'ECONNRESET' });
  });

  it('malformed: 200 with a body that is not XML', async () => {
    await injectDrop('c|3', 'malformed');
    const res = await get('c|3');
    expect(res.status).toBe(200);
    expect(res.body).toContain('\u0000');
    expect(res.body).not.toMatch(/^<\?xml/);
  });

  it('truncated: the real answer, cut short before its Content-Length', async () => {
    await injectDrop('c|4', 'truncated');
    const res = await get('c|4');
    expect(res.status).toBe(200);
    expect(res.error).toMatch(/aborted|ECONNRESET/);
    const journal = await (await fetch(`${mock.url}/__admin/requests?company=c%7C4`)).json();
    expect(journal.requests[0]).toMatchObject({ status: 200, outcome: { kind: 'drop', drop: 'truncated' }, rule: { action: 'drop truncated' } });
    // A company without a rule is answered whole over the same kind of connection.
    expect((await get('c|5')).body).toMatch(/<\/soapenv:Envelope>$/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authHeader, call, CLOCK, faultOf, items, mockApp, text } from './support/mock.js';

const submit = (company: string, name: string) =>
  `<companyHandle>${company}</companyHandle><jobName>${name}</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`;
const names = async (app: ReturnType<typeof mockApp>['app'], company: string) =>
  items((await call(app, 'getActiveJobs', `<companyHandle>${company}</companyHandle>`)).text).map((j) => text(j, 'originalName'));

describe('POST /__admin/reset', () => {
  it('resets one company (rebuilt when next touched), leaving the others alone', async () => {
    const { app } = mockApp();
    await call(app, 'submitJob', submit('c|80', 'mine'));
    await call(app, 'submitJob', submit('c|81', 'theirs'));
    expect(await names(app, 'c|80')).toContain('mine');
    expect((await request(app).post('/__admin/reset').send({ company: 'c|80' })).body).toEqual({ reset: 'c|80', held: true });
    expect(await names(app, 'c|80')).not.toContain('mine');
    expect(await names(app, 'c|81')).toContain('theirs');
  });

  it('resets everything: data, journal, rules and the clock back to how the mock started', async () => {
    const { app } = mockApp();
    await call(app, 'submitJob', submit('c|82', 'gone'));
    await request(app).post('/__admin/faults').send({ match: { company: 'c|99' }, fault: 'exception' });
    await request(app).post('/__admin/clock/advance').send({ by: '1h' });
    expect((await request(app).post('/__admin/reset')).body).toEqual({ reset: 'all' });
    expect((await request(app).get('/__admin/clock')).body).toEqual({ now: CLOCK, pinned: true });
    expect((await request(app).get('/__admin/faults')).body.rules).toEqual([]);
    expect((await request(app).get('/__admin/requests')).body).toMatchObject({ requests: [], dropped: 0 });
    expect(await names(app, 'c|82')).not.toContain('gone');
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|99</companyHandle>')).status).toBe(200);
  });

  it('refuses a malformed company handle or an unknown field', async () => {
    const { app } = mockApp();
    const bad = await request(app).post('/__admin/reset').send({ company: 'acme' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/company: must be a company handle/);
    expect((await request(app).post('/__admin/reset').send({ companies: ['c|1'] })).status).toBe(400);
  });
});

describe('POST /__admin/fixtures', () => {
  const doc = {
    formatVersion: 1,
    companies: [{ handle: 'c|4401', name: 'Runtime Co' }],
    users: [{ email: 'runtime@example.com', password: 'pw', role: 'IpsUser', companies: ['c|4401'] }],
    jobs: [{ company: 'c|4401', variant: 'optimizeImagesJob', state: 'Running', name: 'loaded at run time' }],
  };

  it('loads a document at run time: its company and users, rebuilt from it', async () => {
    const { app } = mockApp();
    await call(app, 'getActiveJobs', '<companyHandle>c|4401</companyHandle>'); // held (faked) before the load
    const res = await request(app).post('/__admin/fixtures').send(doc);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ companies: ['c|4401'], users: 1 });
    expect(await names(app, 'c|4401')).toEqual(['loaded at run time']);
    const asRuntimeUser = await call(app, 'getActiveJobs', '<companyHandle>c|4401</companyHandle>', { header: authHeader({ user: 'runtime@example.com', password: 'pw' }) });
    expect(asRuntimeUser.status).toBe(200);
  });

  it('refuses a bad document with 400 and the same problem the start-up loader names', async () => {
    const broken = { formatVersion: 1, jobs: [{ company: 'acme' }] };
    const dir = mkdtempSync(join(tmpdir(), 'ips-rt-fixtures-'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    let atStart = '';
    try {
      mockApp({ fixturesDir: dir });
    } catch (e) {
      atStart = (e as Error).message;
    }
    expect(atStart).toMatch(/^fixture broken\.json: at jobs\[0\]\.company: /);
    const { app } = mockApp();
    const res = await request(app).post('/__admin/fixtures').send(broken);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(atStart.replace('broken.json', 'POST /__admin/fixtures'));
  });

  it('is undone by a full reset', async () => {
    const { app } = mockApp();
    await request(app).post('/__admin/fixtures').send(doc);
    await request(app).post('/__admin/reset');
    expect(faultOf((await call(app, 'getActiveJobs', '', { header: authHeader({ user: 'runtime@example.com', password: 'pw' }) })).text).code).toBe(10002);
  });
});

describe('DELETE /__admin/clock', () => {
  it('puts the clock back on real time', async () => {
    const { app } = mockApp();
    const before = Date.now();
    const res = await request(app).delete('/__admin/clock');
    expect(res.body.pinned).toBe(false);
    expect(Date.parse(res.body.now)).toBeGreaterThanOrEqual(before);
    expect((await request(app).get('/__admin/health')).body).toMatchObject({ seed: 7, clock: { pinned: false } });
  });
});

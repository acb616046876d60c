import { describe, expect, it } from 'vitest';
import { call, mockApp, VERSIONS } from './support/mock.js';

const REQUESTS = VERSIONS.flatMap((version) => [
  { op: 'getActiveJobs', body: '<companyHandle>c|2101</companyHandle>', version },
  { op: 'getActiveJobs', body: '<companyHandle>c|31</companyHandle>', version },
  { op: 'getScheduledJobs', body: '<companyHandle>c|2101</companyHandle>', version },
  { op: 'getJobLogs', body: '<companyHandle>c|31</companyHandle>', version },
]);

async function responses(app: ReturnType<typeof mockApp>['app'], order: typeof REQUESTS) {
  const out = new Map<string, string>();
  for (const r of order) out.set(`${r.version} ${r.op} ${r.body}`, (await call(app, r.op, r.body, { version: r.version })).text);
  return out;
}

describe('determinism: data is a pure function of (seed, request, clock)', () => {
  it('two instances with the same seed and clock answer byte for byte the same', async () => {
    const a = await responses(mockApp({ seed: 42 }).app, REQUESTS);
    const b = await responses(mockApp({ seed: 42 }).app, REQUESTS);
    expect([...a.values()].join('').length).toBeGreaterThan(50_000);
    expect(b).toEqual(a);
  });

  it('a different seed gives different data', async () => {
    const a = await responses(mockApp({ seed: 42 }).app, REQUESTS);
    const b = await responses(mockApp({ seed: 43 }).app, REQUESTS);
    for (const key of a.keys()) expect(b.get(key), key).not.toEqual(a.get(key));
  });

  it('a different clock moves the dates', async () => {
    const a = (await call(mockApp({ clock: '2026-11-28T10:00:00Z' }).app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>')).text;
    const b = (await call(mockApp({ clock: '2026-12-01T10:00:00Z' }).app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>')).text;
    expect(a).toContain('2026-11-28T');
    expect(b).toContain('2026-12-01T');
    expect(b).not.toContain('2026-11-28T09:');
  });

  it('the order of requests does not change any job', async () => {
    const forward = await responses(mockApp().app, REQUESTS);
    const backward = await responses(mockApp().app, [...REQUESTS].reverse());
    expect(backward).toEqual(forward);
  });

  it('repeating a request gives the same bytes (nothing drifts between calls)', async () => {
    const { app } = mockApp();
    const first = (await call(app, 'getActiveJobs', '<companyHandle>c|8</companyHandle>')).text;
    for (let i = 0; i < 3; i++) expect((await call(app, 'getActiveJobs', '<companyHandle>c|8</companyHandle>')).text).toBe(first);
  });
});

import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../src/engine/response-cache.js';
import { authHeader, call, faultOf, items, mockApp, text } from './support/mock.js';

describe('response cache', () => {
  it('serves repeated reads from cache, byte-identical to what a fresh instance computes', async () => {
    const warm = mockApp();
    const first = await call(warm.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>');
    warm.clock.advance('3s');
    const again = (await call(warm.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>')).text;
    const again2 = (await call(warm.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>')).text;
    expect(again2).toBe(again);
    const cold = mockApp();
    await call(cold.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>');
    cold.clock.advance('3s');
    expect((await call(cold.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>')).text).toBe(again);
    expect(again).not.toBe(first.text);
  });

  it('still checks authorization when the answer is cached', async () => {
    const { app } = mockApp();
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>')).status).toBe(200);
    const denied = await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>', { header: authHeader({ user: 'acme-user@example.com' }) });
    expect(faultOf(denied.text).code).toBe(20006);
  });

  it('sees a submitted job at once (a write invalidates the cached read)', async () => {
    const { app } = mockApp();
    const before = items((await call(app, 'getActiveJobs', '<companyHandle>c|13</companyHandle>')).text).length;
    await call(app, 'submitJob', '<companyHandle>c|13</companyHandle><jobName>fresh</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    const after = items((await call(app, 'getActiveJobs', '<companyHandle>c|13</companyHandle>')).text);
    expect(after.length).toBe(before + 1);
    expect(after.some((j) => text(j, 'originalName') === 'fresh')).toBe(true);
  });
});

describe('response cache bounds (issue 11: capped by bytes, not only by count)', () => {
  const entry = (bytes: number) => ({ body: Buffer.alloc(bytes, 0x61), state: 's', from: 0, until: Infinity });
  it('drops the least recently used answers once the bytes exceed the budget', () => {
    const cache = new ResponseCache(10_000);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(k, entry(1_200));
    // 9 × (1200 + 2) bytes > 10,000: the oldest ('a') had to go, the rest fit.
    expect(cache.heldBytes).toBeLessThanOrEqual(10_000);
    expect(cache.get('a', 's', 1)).toBeUndefined();
    expect(cache.get('i', 's', 1)).toBeDefined();
    expect(cache.get('b', 's', 1)).toBeDefined();
  });
  it('does not keep one answer larger than an eighth of the budget (it would flush the rest)', () => {
    const cache = new ResponseCache(8_000);
    cache.set('small', entry(500));
    cache.set('huge', entry(1_100));
    expect(cache.get('huge', 's', 1)).toBeUndefined();
    expect(cache.get('small', 's', 1)).toBeDefined();
    expect(cache.heldBytes).toBe(500 + 'small'.length * 2);
  });
});

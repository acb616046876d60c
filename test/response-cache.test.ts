import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { ResponseCache } from '../src/engine/response-cache.js';
import { authHeader, call, faultOf, items, mockApp, text } from './support/mock.js';

type App = ReturnType<typeof mockApp>['app'];
/** Whether the journal says the app's last call was answered from the cache (the cache's own observable). */
const lastCached = async (app: App): Promise<boolean | undefined> =>
  ((await request(app).get('/__admin/requests?limit=1')).body as { requests: Array<{ outcome?: { cached?: boolean } }> }).requests[0]?.outcome?.cached;

describe('response cache', () => {
  it('serves a repeated read from the cache, byte-identical to what a fresh instance computes', async () => {
    const warm = mockApp();
    const first = await call(warm.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>');
    expect(await lastCached(warm.app)).toBe(false);
    warm.clock.advance('3s');
    const again = (await call(warm.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>')).text;
    // A later instant is a new window: computed, not served from the cache.
    expect(await lastCached(warm.app)).toBe(false);
    expect(again).not.toBe(first.text);
    const held = warm.engine.cache.heldBytes;
    expect(held).toBeGreaterThan(0);
    const hit = (await call(warm.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>')).text;
    expect(await lastCached(warm.app)).toBe(true);
    expect(warm.engine.cache.heldBytes).toBe(held);
    expect(hit).toBe(again);
    // A fresh instance with the same history computes the same bytes (a hit cannot be told from a miss).
    const cold = mockApp();
    await call(cold.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>');
    cold.clock.advance('3s');
    expect((await call(cold.app, 'getActiveJobs', '<companyHandle>c|12</companyHandle>')).text).toBe(hit);
    expect(await lastCached(cold.app)).toBe(false);
  });

  it('checks authorization before answering from the cache, even when the cache holds an answer for the request', async () => {
    const { app, engine } = mockApp();
    const stored = vi.spyOn(engine.cache, 'set');
    const allowed = await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>');
    expect(allowed.status).toBe(200);
    expect(stored).toHaveBeenCalledTimes(1);
    const entry = stored.mock.calls[0]![1];
    // Make every lookup a hit on that answer, as a cache keyed without the user would be: a caller who
    // may not see company 77 must still be refused, because companies are authorized before the lookup.
    const lookup = vi.spyOn(engine.cache, 'get').mockReturnValue(entry);
    const again = await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>');
    expect(again.text).toBe(allowed.text);
    expect(await lastCached(app)).toBe(true);
    const denied = await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>', { header: authHeader({ user: 'acme-user@example.com' }) });
    expect(faultOf(denied.text).code).toBe(20006);
    const wrongRole = await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>', { header: authHeader({ user: 'portal-user@example.com' }) });
    expect(faultOf(wrongRole.text).code).toBe(20003);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('sees a submitted job at once (a write invalidates the cached read)', async () => {
    const { app } = mockApp();
    const read = async () => items((await call(app, 'getActiveJobs', '<companyHandle>c|13</companyHandle>')).text);
    const before = (await read()).length;
    expect((await read()).length).toBe(before);
    expect(await lastCached(app)).toBe(true);
    await call(app, 'submitJob', '<companyHandle>c|13</companyHandle><jobName>fresh</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    const after = await read();
    expect(await lastCached(app)).toBe(false);
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

import { describe, expect, it } from 'vitest';
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

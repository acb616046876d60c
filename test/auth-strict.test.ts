/**
 * Authentication is never more lenient than IPS (issue 11). The rules: the
 * authHeader password is compared exactly as sent (HTTP Basic never trimmed
 * either); authHeader children count only in the authHeader's namespace; a
 * userHandle must name a user this mock knows who may act on the company.
 */
import { describe, expect, it } from 'vitest';
import { authHeader, call, faultOf, items, mockApp, NS, text } from './support/mock.js';

const { app } = mockApp();
const submit = (userHandle: string, company = 'c|3101') =>
  call(app, 'submitJob', `<companyHandle>${company}</companyHandle><userHandle>${userHandle}</userHandle><jobName>for someone</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`);

describe('authHeader', () => {
  it('a password with surrounding spaces is a wrong password (10001)', async () => {
    expect(faultOf((await call(app, 'getActiveJobs', '', { header: authHeader({ password: ' ips-mock ' }) })).text).code).toBe(10001);
    expect((await call(app, 'getActiveJobs', '', { header: authHeader({ password: 'ips-mock' }) })).status).toBe(200);
  });
  it('user and password in another namespace than the authHeader do not count (10000: no credentials)', async () => {
    const foreign = `<authHeader xmlns="${NS.base}"><x:user xmlns:x="urn:elsewhere">ips@example.com</x:user><x:password xmlns:x="urn:elsewhere">ips-mock</x:password></authHeader>`;
    expect(faultOf((await call(app, 'getActiveJobs', '', { header: foreign })).text).code).toBe(10000);
    const unqualified = `<ips:authHeader xmlns:ips="${NS.base}"><user>ips@example.com</user><password>ips-mock</password></ips:authHeader>`;
    expect(faultOf((await call(app, 'getActiveJobs', '', { header: unqualified })).text).code).toBe(10000);
  });
});

describe('submitJob userHandle', () => {
  it('a user this mock knows, allowed on the company: the job is theirs', async () => {
    const res = await submit('u|7|user@example.com');
    expect(res.status).toBe(200);
    const job = items((await call(app, 'getActiveJobs', '<companyHandle>c|3101</companyHandle>')).text).find((j) => text(j, 'originalName') === 'for someone');
    expect(job && text(job, 'submitUserEmail')).toBe('user@example.com');
  });
  it('an address that is no user of the mock: 30001', async () => {
    const f = faultOf((await submit('u|9|stranger@example.com')).text);
    expect(f.code).toBe(30001);
    expect(f.reason).toBe("userHandle 'u|9|stranger@example.com' names no user of this mock");
  });
  it('a user who may not act on the company: 30001', async () => {
    const f = faultOf((await submit('u|8|acme-user@example.com', 'c|3101')).text);
    expect(f.code).toBe(30001);
    expect(f.reason).toContain('may not act on company c|3101');
  });
});

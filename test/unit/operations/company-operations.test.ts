/** Unit tests of the login and company look-ups (reference §6, "Authorized User Types"), called directly. */
import { describe, expect, it } from 'vitest';
import { C, harness } from './harness.js';

describe('checkLogin', () => {
  it('ValidLogin only for a known user with the right password who may act on the company given', () => {
    const h = harness();
    const status = (email: string, password: string, companyHandle?: string) => h.run('checkLogin', { email, password, ...(companyHandle ? { companyHandle } : {}) }).status;
    expect(status('ips@example.com', 'ips-mock')).toBe('ValidLogin');
    expect(status('IPS@example.com', 'ips-mock', C)).toBe('ValidLogin');
    expect(status('ips@example.com', 'wrong')).toBe('InvalidLogin');
    expect(status('ghost@example.com', 'ips-mock')).toBe('InvalidLogin');
    expect(status('acme-user@example.com', 'ips-mock', 'c|2101')).toBe('ValidLogin');
    expect(status('acme-user@example.com', 'ips-mock', C)).toBe('InvalidLogin');
    expect(h.fails('checkLogin', { email: 'ips@example.com', password: 'ips-mock', companyHandle: '2101' })).toEqual({ code: 30001, reason: "companyHandle '2101' is not a company handle; company handles look like c|2101" });
  });
});

describe('users', () => {
  it('getUserInfo: the caller by default, anyone for an administrator, only itself otherwise (20007)', () => {
    const h = harness();
    expect(h.run('getUserInfo', {}, 'user@example.com').userInfo?.email).toBe('user@example.com');
    expect(h.run('getUserInfo', { email: 'user@example.com' }).userInfo?.email).toBe('user@example.com');
    expect(h.run('getUserInfo', { userHandle: 'u|7|acme-user@example.com' }).userInfo?.email).toBe('acme-user@example.com');
    expect(h.fails('getUserInfo', { email: 'ips@example.com' }, 'user@example.com')).toEqual({ code: 20007, reason: "User 'user@example.com' (role IpsUser) may only look up itself, not 'ips@example.com'" });
    expect(h.fails('getUserInfo', { email: 'ghost@example.com' })).toEqual({ code: 30001, reason: "email 'ghost@example.com' does not name a user known to this mock" });
    expect(h.fails('getUserInfo', { userHandle: 'u|1|ghost@example.com' }).reason).toBe("userHandle 'u|1|ghost@example.com' does not name a user known to this mock");
    expect(h.fails('getUserInfo', { userHandle: 'nobody' }).reason).toBe("userHandle 'nobody' is not a user handle; user handles look like u|41|someone@example.com");
    for (const admin of ['company-admin@example.com', 'trial-admin@example.com']) expect(h.run('getUserInfo', { email: 'user@example.com' }, admin).userInfo?.email).toBe('user@example.com');
  });
  it('getCompanyMembership: the companies of a restricted user; every known one for "*"', () => {
    const h = harness();
    const acme = h.run('getCompanyMembership', { userHandle: 'u|7|acme-user@example.com' }).membershipArray?.items ?? [];
    expect(acme.map((m) => [m.company?.companyHandle, m.role, m.isActive])).toEqual([['c|2101', 'IpsUser', true]]);
    const all = (h.run('getCompanyMembership', {}).membershipArray?.items ?? []).map((m) => m.company?.companyHandle);
    expect(all).toEqual(expect.arrayContaining(['c|1', 'c|2', 'c|3']));
  });
  it('getCompanyMembers: the users who may act on the company', () => {
    const h = harness();
    const members = (c: string) => (h.run('getCompanyMembers', { companyHandle: c, includeInvalid: false, includeInactive: false }).memberArray?.items ?? []).map((m) => m.user?.email);
    expect(members(C)).not.toContain('acme-user@example.com');
    expect(members(C)).toContain('ips@example.com');
    expect(members('c|2101')).toContain('acme-user@example.com');
  });
});

describe('companies', () => {
  it('getCompanyInfo by handle or by name; neither is 30002; an unknown name 30001; a company the user may not see 20006', () => {
    const h = harness();
    expect(h.run('getCompanyInfo', { companyHandle: C }).companyInfo).toMatchObject({ companyHandle: 'c|1', name: 'One', rootPath: 'One/' });
    expect(h.run('getCompanyInfo', { companyName: 'Two' }).companyInfo?.companyHandle).toBe('c|2');
    expect(h.fails('getCompanyInfo', {})).toEqual({ code: 30002, reason: 'getCompanyInfoParam needs companyHandle or companyName' });
    expect(h.fails('getCompanyInfo', { companyName: 'Nobody GmbH' }).code).toBe(30001);
    expect(h.fails('getCompanyInfo', { companyName: 'Two' }, 'acme-user@example.com').code).toBe(20006);
  });
  it('getAllCompanies: every company the mock can name, sorted by name', () => {
    const h = harness();
    const names = (h.run('getAllCompanies', { includeExpired: false }).companyArray?.items ?? []).map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toEqual(expect.arrayContaining(['One', 'Three', 'Two']));
  });
  it('getCompanySettings: the values a new company starts with', () => {
    const h = harness();
    const s = h.run('getCompanySettings', { companyHandle: C }).settings;
    expect(s).toMatchObject({ overwriteMode: 'OverwriteSameFolderSameBaseName', retainPublishState: false, diskSpaceWarningMin: 100_000, emailTrashCleanupWarning: true });
    expect(s?.defaultSourceProfile).toMatchObject({ assetHandle: 'a|101', type: 'IccProfile', name: 'Adobe RGB (1998)', metadataArray: { items: [{ name: 'Profile Class', value: 'Input' }] } });
    expect(s?.defaultDisplayProfile).toMatchObject({ assetHandle: 'a|102', name: 'sRGB IEC61966-2.1', iccProfileInfo: { originalFile: 'sRGB IEC61966-2.1.icc', fileSize: 0 } });
  });
});

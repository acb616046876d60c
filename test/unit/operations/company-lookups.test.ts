/**
 * Unit tests of the company and user look-ups beyond the basics (README operations table; docs/decisions.md
 * §7 "a name names a company", case-insensitively): names and ties in getAllCompanies, the pre-6.0 arrays
 * (companyArray, userArray) beside the 6.0 ones, looking oneself up in another case.
 */
import { describe, expect, it } from 'vitest';
import { C, harness } from './harness.js';

describe('companies', () => {
  it('getCompanyInfo by name is case-insensitive; a restricted user sees its own company by name', () => {
    const h = harness();
    expect(h.run('getCompanyInfo', { companyName: 'acme' }).companyInfo).toMatchObject({ companyHandle: 'c|2101', name: 'Acme', rootPath: 'Acme/' });
    expect(h.run('getCompanyInfo', { companyName: 'ACME' }, 'acme-user@example.com').companyInfo?.companyHandle).toBe('c|2101');
    expect(h.fails('getCompanyInfo', { companyHandle: C }, 'acme-user@example.com').code).toBe(20006);
    expect(h.fails('getCompanyInfo', { companyName: 'Nobody GmbH' })).toEqual({ code: 30001, reason: "companyName 'Nobody GmbH' does not name a company known to this mock (unknown companies are not faked: see fakeUnknownCompanies)" });
  });
  it('getAllCompanies: by name, then by handle for equal names', () => {
    const h = harness('2014-04-03', { companies: [{ handle: 'c|9', name: 'Acme', fakeJobs: false }, { handle: 'c|40', name: 'Zed', fakeJobs: false }] });
    const all = (h.run('getAllCompanies', { includeExpired: false }).companyArray?.items ?? []).map((c) => [c.name, c.companyHandle]);
    expect(all).toEqual([['Acme', 'c|2101'], ['Acme', 'c|9'], ['One', 'c|1'], ['Three', 'c|3'], ['Two', 'c|2'], ['Zed', 'c|40']]);
  });
  it('getCompanySettings: the ICC profiles are assets of the company (a|<company id>01, a|<company id>02)', () => {
    const h = harness();
    const s = h.run('getCompanySettings', { companyHandle: 'c|2101' }).settings;
    expect([s?.defaultSourceProfile?.assetHandle, s?.defaultDisplayProfile?.assetHandle]).toEqual(['a|210101', 'a|210102']);
    expect(s?.defaultSourceProfile).toMatchObject({ folder: 'Scene7SharedAssets/ICCColorProfiles/', iccProfileInfo: { originalPath: 'Scene7SharedAssets/ICCColorProfiles/', originalFile: 'Adobe RGB (1998).icc', fileSize: 0 } });
    expect(s?.defaultDisplayProfile?.metadataArray?.items).toEqual([{ name: 'Profile Class', value: 'Display' }]);
  });
});

describe('users', () => {
  it('anyone may look itself up, in any case of its e-mail', () => {
    const h = harness();
    expect(h.run('getUserInfo', { email: 'USER@example.com' }, 'user@example.com').userInfo?.email).toBe('user@example.com');
    expect(h.run('getCompanyMembership', { userHandle: 'u|3|User@Example.com' }, 'user@example.com').membershipArray?.items?.length).toBeGreaterThan(0);
    expect(h.fails('getCompanyMembership', { userHandle: 'u|1|ips@example.com' }, 'user@example.com').code).toBe(20007);
  });
  it('getCompanyMembership: companyArray (before 6.0) holds the same companies as membershipArray', () => {
    const h = harness();
    const r = h.run('getCompanyMembership', { userHandle: 'u|7|acme-user@example.com' });
    expect(r.companyArray?.items?.map((c) => c.companyHandle)).toEqual(['c|2101']);
    expect(r.membershipArray?.items?.map((m) => m.company?.companyHandle)).toEqual(['c|2101']);
  });
  it('getCompanyMembers: each member with role and isActive; userArray (before 6.0) the same users', () => {
    const h = harness();
    const r = h.run('getCompanyMembers', { companyHandle: 'c|2101', includeInvalid: false, includeInactive: false });
    const members = r.memberArray?.items ?? [];
    expect(members.find((m) => m.user?.email === 'acme-user@example.com')).toMatchObject({ role: 'IpsUser', isActive: true });
    expect(members.find((m) => m.user?.email === 'ips@example.com')).toMatchObject({ role: 'IpsAdmin', isActive: true });
    expect(r.userArray?.items?.map((u) => u.email)).toEqual(members.map((m) => m.user?.email));
    expect(members).toHaveLength(7);
    expect(h.run('getCompanyMembers', { companyHandle: C, includeInvalid: false, includeInactive: false }).memberArray?.items).toHaveLength(6);
  });
  it('checkLogin: a wrong password for a restricted user is InvalidLogin, whatever the company', () => {
    const h = harness();
    expect(h.run('checkLogin', { email: 'acme-user@example.com', password: 'nope', companyHandle: 'c|2101' }).status).toBe('InvalidLogin');
    expect(h.run('checkLogin', { email: 'acme-user@example.com', password: 'ips-mock' }).status).toBe('ValidLogin');
  });
});

/**
 * Login and company look-ups (issue 8 §1): checkLogin, getCompanyInfo (by
 * handle and by name), getAllCompanies, getUserInfo, getCompanyMembership,
 * getCompanyMembers, getCompanySettings, and token logins. Every answer is
 * validated against the served XSD of each namespace.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { authHeader, bodyElement, call, child, children, faultOf, mockApp, NS, text, VERSIONS, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';

const schemas = {} as Record<VersionId, SchemaSet>;
const { app } = mockApp({ fixturesDir: 'fixtures/examples' });
beforeAll(async () => {
  for (const v of VERSIONS) schemas[v] = schemasFromWsdl((await request(app).get(`/scene7/webservice/IpsApi-${v}.wsdl`)).text, NS[v]);
});

const tokenHeader = (token: string, element = 'accessToken') => `<authHeader xmlns="${NS.base}"><${element}>${token}</${element}></authHeader>`;

describe.each(VERSIONS)('company look-ups in %s', (version) => {
  const docs: string[] = [];
  const ok = async (op: string, body: string, header?: string) => {
    const res = await call(app, op, body, { version, header });
    expect(res.status, res.text).toBe(200);
    docs.push(res.text);
    return bodyElement(res.text);
  };

  it('getCompanyInfo by handle: the fixture name, rootPath "<name>/", the real expiry', async () => {
    const info = child(await ok('getCompanyInfo', '<companyHandle>c|2101</companyHandle>'), 'companyInfo')!;
    expect(text(info, 'companyHandle')).toBe('c|2101');
    expect(text(info, 'name')).toBe('Acme Outdoor');
    expect(text(info, 'rootPath')).toBe('Acme Outdoor/');
    // Exactly as captured (get_company_info--company.xml), now that dates are in the server's zone (US Central).
    expect(text(info, 'expires')).toBe('2100-12-31T23:00:00.000-06:00');
    expect(text(info, 'imsOrgId')).toBe(''); // present (empty) in both served namespaces, as a real 2014-04-03 answer had it
  });

  it('getCompanyInfo by name finds the fixture company; an unknown name always gives the same new company', async () => {
    const acme = child(await ok('getCompanyInfo', '<companyName>Acme Outdoor</companyName>'), 'companyInfo')!;
    expect(text(acme, 'companyHandle')).toBe('c|2101');
    const first = child(await ok('getCompanyInfo', '<companyName>Interop Outfitters</companyName>'), 'companyInfo')!;
    const again = child(await ok('getCompanyInfo', '<companyName>interop outfitters</companyName>'), 'companyInfo')!;
    expect(text(first, 'name')).toBe('Interop Outfitters');
    expect(text(first, 'rootPath')).toBe('Interop Outfitters/');
    expect(text(first, 'companyHandle')).toMatch(/^c\|[1-9]\d{8}$/);
    expect(text(again, 'companyHandle')).toBe(text(first, 'companyHandle'));
    // The handle now names that company everywhere.
    const byHandle = child(await ok('getCompanyInfo', `<companyHandle>${text(first, 'companyHandle')}</companyHandle>`), 'companyInfo')!;
    expect(text(byHandle, 'name')).toBe('Interop Outfitters');
  });

  it('a faked company has a realistic, deterministic name', async () => {
    const a = text(child(await ok('getCompanyInfo', '<companyHandle>c|777</companyHandle>'), 'companyInfo')!, 'name')!;
    const b = text(child(bodyElement((await call(mockApp({ fixturesDir: 'fixtures/examples' }).app, 'getCompanyInfo', '<companyHandle>c|777</companyHandle>', { version })).text), 'companyInfo')!, 'name');
    expect(a).toBe(b);
    expect(a).toMatch(/^\S+.*\S$/);
    expect(a).not.toMatch(/c\|777|undefined/);
  });

  it('getCompanyInfo with neither handle nor name → 30002; an unknown name with faking off → 30001', async () => {
    const f = faultOf((await call(app, 'getCompanyInfo', '', { version })).text);
    expect([f.code, f.reason]).toEqual([30002, 'getCompanyInfoParam needs companyHandle or companyName']);
    const strict = mockApp({ fixturesDir: 'fixtures/examples', fakeUnknownCompanies: false }).app;
    expect(faultOf((await call(strict, 'getCompanyInfo', '<companyName>Nobody Inc</companyName>', { version })).text).code).toBe(30001);
  });

  it('a user limited to c|2101 may not look up another company by name (20006)', async () => {
    const res = await call(app, 'getCompanyInfo', '<companyName>Someone Else GmbH</companyName>', { version, header: authHeader({ user: 'acme-user@example.com' }) });
    expect(faultOf(res.text).code).toBe(20006);
  });

  it('checkLogin: ValidLogin / InvalidLogin, as the docs word them', async () => {
    const status = async (body: string) => text(await ok('checkLogin', body), 'status');
    expect(await status('<email>user@example.com</email><password>ips-mock</password>')).toBe('ValidLogin');
    expect(await status('<email>user@example.com</email><password>wrong</password>')).toBe('InvalidLogin');
    expect(await status('<email>nobody@example.com</email><password>ips-mock</password>')).toBe('InvalidLogin');
    expect(await status('<companyHandle>c|2101</companyHandle><email>acme-user@example.com</email><password>ips-mock</password>')).toBe('ValidLogin');
    expect(await status('<companyHandle>c|3</companyHandle><email>acme-user@example.com</email><password>ips-mock</password>')).toBe('InvalidLogin');
  });

  it('getAllCompanies (IpsAdmin only) lists fixture companies and those touched', async () => {
    await ok('getCompanyInfo', '<companyHandle>c|555</companyHandle>');
    const handles = children(child(await ok('getAllCompanies', '<includeExpired>false</includeExpired>'), 'companyArray')!, 'items').map((i) => text(i, 'companyHandle'));
    expect(handles).toContain('c|2101');
    expect(handles).toContain('c|555');
    const denied = await call(app, 'getAllCompanies', '<includeExpired>false</includeExpired>', { version, header: authHeader({ user: 'user@example.com' }) });
    expect(faultOf(denied.text).code).toBe(20003);
  });

  it('getUserInfo: the caller by default, anyone for an admin, only oneself otherwise (20007)', async () => {
    const me = child(await ok('getUserInfo', '', authHeader({ user: 'company-admin@example.com' })), 'userInfo')!;
    expect(text(me, 'email')).toBe('company-admin@example.com');
    expect([text(me, 'firstName'), text(me, 'lastName'), text(me, 'defaultRole'), text(me, 'isValid')]).toEqual(['Company', 'Admin', 'IpsCompanyAdmin', 'true']);
    expect(text(me, 'userHandle')).toMatch(/^u\|\d+\|company-admin@example\.com$/);
    const byHandle = child(await ok('getUserInfo', `<userHandle>${text(me, 'userHandle')}</userHandle>`), 'userInfo')!;
    expect(text(byHandle, 'email')).toBe('company-admin@example.com');
    const other = await call(app, 'getUserInfo', '<email>ips@example.com</email>', { version, header: authHeader({ user: 'user@example.com' }) });
    expect(faultOf(other.text).code).toBe(20007);
    expect(faultOf((await call(app, 'getUserInfo', '<email>ghost@example.com</email>', { version })).text).code).toBe(30001);
  });

  it('getCompanyMembership and getCompanyMembers agree', async () => {
    const memberships = children(child(await ok('getCompanyMembership', '', authHeader({ user: 'acme-user@example.com' })), 'membershipArray')!, 'items');
    expect(memberships.map((m) => text(child(m, 'company')!, 'companyHandle'))).toEqual(['c|2101']);
    expect(memberships.map((m) => [text(m, 'role'), text(m, 'isActive')])).toEqual([['IpsUser', 'true']]);
    const members = children(child(await ok('getCompanyMembers', '<companyHandle>c|2101</companyHandle><includeInvalid>false</includeInvalid><includeInactive>false</includeInactive>'), 'memberArray')!, 'items');
    const emails = members.map((m) => text(child(m, 'user')!, 'email'));
    expect(emails).toContain('acme-user@example.com');
    const other = children(child(await ok('getCompanyMembers', '<companyHandle>c|3</companyHandle><includeInvalid>false</includeInvalid><includeInactive>false</includeInactive>'), 'memberArray')!, 'items');
    expect(other.map((m) => text(child(m, 'user')!, 'email'))).not.toContain('acme-user@example.com');
  });

  it('getCompanySettings answers with both colour profiles as assets', async () => {
    const s = child(await ok('getCompanySettings', '<companyHandle>c|2101</companyHandle>'), 'settings')!;
    expect(text(child(s, 'defaultSourceProfile')!, 'type')).toBe('IccProfile');
    expect(text(s, 'diskSpaceWarningMin')).toBe('100000');
  });

  it('every answer validates against the served XSD', () => {
    expect(docs.length).toBeGreaterThan(10);
    const r = validateEnvelopes(schemas[version], docs);
    expect(r.ok, r.errors).toBe(true);
  });
});

describe('token logins', () => {
  it('a documented default token logs in as its user; an unknown token is 10001', async () => {
    const me = bodyElement((await call(app, 'getUserInfo', '', { version: '2016-01-14-beta', header: tokenHeader('token-user') })).text);
    expect(text(child(me, 'userInfo')!, 'email')).toBe('user@example.com');
    const f = faultOf((await call(app, 'getUserInfo', '', { version: '2016-01-14-beta', header: tokenHeader('no-such-token') })).text);
    expect([f.element, f.code]).toEqual(['authenticationFault', 10001]);
  });
  it('the beta samlResponse works the same way', async () => {
    const me = bodyElement((await call(app, 'getUserInfo', '', { version: '2016-01-14-beta', header: tokenHeader('token-acme-user', 'samlResponse') })).text);
    expect(text(child(me, 'userInfo')!, 'email')).toBe('acme-user@example.com');
  });
  it('the control API adds a token for a user', async () => {
    const m = mockApp({ fixturesDir: 'fixtures/examples' });
    const add = await request(m.app).post('/__admin/tokens').send({ token: 'ci-token-0001', user: 'webservice@example.com' });
    expect(add.status, add.text).toBe(200);
    const me = bodyElement((await call(m.app, 'getUserInfo', '', { version: '2016-01-14-beta', header: tokenHeader('ci-token-0001') })).text);
    expect(text(child(me, 'userInfo')!, 'email')).toBe('webservice@example.com');
    expect((await request(m.app).post('/__admin/tokens').send({ token: 'ci-token-0002', user: 'ghost@example.com' })).status).toBe(400);
  });
});

/**
 * Per-version data (issue 7 item 5): submitted jobs, fixtures and the company and
 * catalogue answers respect the namespace they are read in. Expected names are
 * written here from the change logs, the pre-4.0 classes and the real WSDL
 * (reference §0.1), not read from the model.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, faultOf, items, mockApp, NS, SUBMIT_DETAILS, submitDetail, text, wsdlPath, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes } from './support/xsd.js';

const { app } = mockApp();

async function submit(version: VersionId, company: string, inner: string): Promise<string> {
  const res = await call(app, 'submitJob', `<companyHandle>${company}</companyHandle><jobName>seen-from-elsewhere</jobName>${inner}`, { version });
  expect(res.status, res.text).toBe(200);
  return text(bodyElement(res.text), 'jobHandle')!;
}
const activeJob = async (app_: typeof app, version: VersionId, company: string, jobHandle: string) =>
  items((await call(app_, 'getActiveJobs', `<companyHandle>${company}</companyHandle><jobHandle>${jobHandle}</jobHandle>`, { version })).text);

async function validIn(version: VersionId, responseXml: string): Promise<void> {
  const wsdl = (await request(app).get(wsdlPath(version))).text;
  const r = validateEnvelopes(schemasFromWsdl(wsdl, NS[version]), [responseXml]);
  expect(r.ok, r.errors).toBe(true);
}

describe('a job submitted in one namespace, read in another', () => {
  it('an exportJob (6.0) is not listed by a 2008-01-15 client, and is by 2012-02-14 and later', async () => {
    // An export names assets the company has (else 30001): two of c|7301's images.
    const exportJob = `<exportJob>${await submitDetail(app, 'c|7301', 'exportJob')}</exportJob>`;
    const now = await submit('2014-04-03', 'c|7301', exportJob);
    expect(await activeJob(app, '2008-01-15', 'c|7301', now)).toEqual([]);
    const [active] = await activeJob(app, '2012-02-14', 'c|7301', now);
    expect(child(active!, 'exportJob')).toBeDefined();
    const later = await submit('2014-04-03', 'c|7301', `<execTime>2026-11-29T10:00:00Z</execTime>${exportJob}`);
    const scheduled = async (v: VersionId) => items((await call(app, 'getScheduledJobs', '<companyHandle>c|7301</companyHandle>', { version: v })).text);
    expect((await scheduled('2008-01-15')).map((j) => text(j, 'jobHandle'))).not.toContain(later);
    const seen = (await scheduled('2012-02-14')).find((j) => text(j, 'jobHandle') === later);
    expect(child(seen!, 'exportJob')).toBeDefined();
  });

  it('locale and description (4.0) are not shown to a pre-4.0 client; the 4.0 client sees what it sent', async () => {
    const handle = await submit('2008-01-15', 'c|7302', `<locale>de-DE</locale><description>from 4.0</description><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`);
    const [v40] = await activeJob(app, '2008-01-15', 'c|7302', handle);
    expect(text(v40!, 'locale')).toBe('de-DE');
    expect(text(v40!, 'description')).toBe('from 4.0');
    const pre = await call(app, 'getActiveJobs', `<companyHandle>c|7302</companyHandle><jobHandle>${handle}</jobHandle>`, { version: 'pre-4.0' });
    const [job] = items(pre.text);
    expect(child(job!, 'locale')).toBeUndefined();
    expect(child(job!, 'description')).toBeUndefined();
    expect(child(job!, 'imageServingPublishJob')).toBeDefined();
    await validIn('pre-4.0', pre.text);
  });
});

describe('fixtures', () => {
  function dirWith(files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'ips-fixtures-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
    return dir;
  }
  const uploadDetail = { destFolder: 'shop/in/', serverDir: '/ftp/in/', overwrite: true, readyForPublish: true, includeSubfolders: false, createMask: false, processMetadataFiles: false, emailSetting: 'None' };

  it('a field only an older release has (xmpTemplateId: real 2013-02-15 WSDL, not the beta) is accepted, and shown only where it exists', async () => {
    const dir = dirWith({
      'jobs.json': {
        formatVersion: 1,
        jobs: [
          { company: 'c|7303', variant: 'uploadDirectoryJob', state: 'Running', locale: 'fr-FR', detail: { ...uploadDetail, xmpTemplateId: 'a|88' } },
          { company: 'c|7303', variant: 'exportJob', state: 'Running' },
        ],
      },
    });
    const { app: fixtures } = mockApp({ fixturesDir: dir });
    const jobs = async (v: VersionId) => {
      const res = await call(fixtures, 'getActiveJobs', '<companyHandle>c|7303</companyHandle>', { version: v });
      expect(res.status, res.text).toBe(200);
      return items(res.text);
    };
    const upload = (list: Awaited<ReturnType<typeof jobs>>) => child(list.find((j) => child(j, 'uploadDirectoryJob'))!, 'uploadDirectoryJob')!;
    expect(text(upload(await jobs('2013-02-15')), 'xmpTemplateId')).toBe('a|88');
    expect(child(upload(await jobs('2016-01-14-beta')), 'xmpTemplateId')).toBeUndefined();
    // The pre-4.0 client sees the upload job without its locale, and not the export job at all.
    const pre = await jobs('pre-4.0');
    expect(pre.map((j) => j.children.find((c) => c.local.endsWith('Job'))!.local)).toEqual(['uploadDirectoryJob']);
    expect(child(pre[0]!, 'locale')).toBeUndefined();
    expect((await jobs('2012-02-14')).some((j) => child(j, 'exportJob'))).toBe(true);
  });
});

describe('company and catalogue answers per release', () => {
  it('getCompanyMembers: userArray of Users with role before 6.0, memberArray with defaultRole from 6.0 (6.0 change log)', async () => {
    const old = await call(app, 'getCompanyMembers', '<companyHandle>c|2101</companyHandle><includeInvalid>false</includeInvalid>', { version: '2010-01-31' });
    expect(old.status, old.text).toBe(200);
    const oldBody = bodyElement(old.text);
    expect(oldBody.children.map((c) => c.local)).toEqual(['userArray']);
    const user = items(old.text, 'userArray')[0]!;
    expect(user.children.map((c) => c.local)).toContain('role');
    expect(user.children.map((c) => c.local)).not.toContain('defaultRole');
    await validIn('2010-01-31', old.text);
    const now = await call(app, 'getCompanyMembers', '<companyHandle>c|2101</companyHandle><includeInvalid>false</includeInvalid><includeInactive>false</includeInactive>', { version: '2012-02-14' });
    expect(bodyElement(now.text).children.map((c) => c.local)).toEqual(['memberArray']);
    expect(child(items(now.text, 'memberArray')[0]!, 'user')!.children.map((c) => c.local)).toContain('defaultRole');
    await validIn('2012-02-14', now.text);
    // includeInactive is not in the pre-4.0 getCompanyMembersParam.
    const f = faultOf((await call(app, 'getCompanyMembers', '<companyHandle>c|2101</companyHandle><includeInvalid>false</includeInvalid><includeInactive>false</includeInactive>', { version: 'pre-4.0' })).text);
    expect(f.code).toBe(30001);
  });

  it('getCompanyMembership: companyArray before 6.0, membershipArray from 6.0', async () => {
    const old = await call(app, 'getCompanyMembership', '', { version: 'pre-4.0' });
    expect(bodyElement(old.text).children.map((c) => c.local)).toEqual(['companyArray']);
    expect(items(old.text, 'companyArray')[0]!.children.map((c) => c.local).slice(0, 3)).toEqual(['companyHandle', 'name', 'rootPath']);
    await validIn('pre-4.0', old.text);
    const now = await call(app, 'getCompanyMembership', '', { version: '2013-02-15' });
    expect(bodyElement(now.text).children.map((c) => c.local)).toEqual(['membershipArray']);
    await validIn('2013-02-15', now.text);
  });

  it('operations a release lacks are 30001 naming the first release that has them', async () => {
    // getAssetsByName: not a pre-4.0 operation; the real service answered it in 2010-01-31.
    const byName = faultOf((await call(app, 'getAssetsByName', '<companyHandle>c|2101</companyHandle><nameArray><items>x</items></nameArray>', { version: '2009-07-31' })).text);
    expect(byName.code).toBe(30001);
    expect(byName.reason).toMatch(/2010-01-31/);
    // searchAssetsByMetadata: 4.5 change log. getCompanySettings, deleteAssets, getAssetPublishHistory: 4.0 change log.
    const byMetadata = faultOf((await call(app, 'searchAssetsByMetadata', '<companyHandle>c|2101</companyHandle>', { version: '2009-07-31' })).text);
    expect(byMetadata.code).toBe(30001);
    for (const [op, body] of [
      ['getCompanySettings', '<companyHandle>c|2101</companyHandle>'],
      ['deleteAssets', '<companyHandle>c|2101</companyHandle><assetHandleArray><items>a|1</items></assetHandleArray>'],
      ['getAssetPublishHistory', '<companyHandle>c|2101</companyHandle><assetHandle>a|1</assetHandle>'],
    ] as const) {
      const f = faultOf((await call(app, op, body, { version: 'pre-4.0' })).text);
      expect(f.code, op).toBe(30001);
      expect(f.reason, op).toMatch(/2008-01-15/);
    }
    expect((await call(app, 'getCompanySettings', '<companyHandle>c|2101</companyHandle>', { version: '2008-01-15' })).status).toBe(200);
  });

  it('the served WSDLs carry what each release has (pre-4.0 classes, change logs)', async () => {
    const fieldsOf = async (v: VersionId, element: string) => {
      const wsdl = (await request(app).get(wsdlPath(v))).text;
      const m = new RegExp(`<xs:(?:complexType|element) name="${element}">([\\s\\S]*?)</xs:(?:complexType|element)>`).exec(wsdl);
      return [...(m?.[1] ?? '').matchAll(/<xs:element name="(\w+)"/g)].map((x) => x[1]);
    };
    // Pre-4.0 Asset (generated classes): no subType, fileName, trashState; 4.4 subType, 4.5 fileName, 4.2 trashState.
    expect(await fieldsOf('pre-4.0', 'Asset')).not.toEqual(expect.arrayContaining(['subType']));
    expect((await fieldsOf('pre-4.0', 'Asset')).slice(0, 6)).toEqual(['assetHandle', 'type', 'name', 'folder', 'folderHandle', 'readyForPublish']);
    expect((await fieldsOf('2010-01-31', 'Asset')).slice(0, 9)).toEqual(['assetHandle', 'type', 'subType', 'name', 'fileName', 'folder', 'folderHandle', 'readyForPublish', 'trashState']);
    // Folder: permissions (PermissionArray) until 6.0, then permissionSetHandle.
    expect(await fieldsOf('pre-4.0', 'Folder')).toEqual(['folderHandle', 'path', 'permissions', 'hasSubfolders', 'subfolderArray']);
    expect(await fieldsOf('2013-02-15', 'Folder')).toEqual(['folderHandle', 'path', 'lastModified', 'childLastModified', 'permissionSetHandle', 'hasSubfolders', 'subfolderArray']);
    // renameAsset lost renameFiles with 4.5; searchAssets gained its filters over 4.0-4.5.
    expect(await fieldsOf('2009-07-31', 'renameAssetParam')).toEqual(['companyHandle', 'assetHandle', 'newName', 'validateName', 'renameFiles']);
    expect(await fieldsOf('2010-01-31', 'renameAssetParam')).toEqual(['companyHandle', 'assetHandle', 'newName', 'validateName']);
    expect(await fieldsOf('pre-4.0', 'searchAssetsParam')).toEqual([
      'companyHandle', 'accessUserHandle', 'accessGroupHandle', 'folder', 'includeSubfolders', 'publishState', 'conditionMatchMode', 'keywordArray',
      'systemFieldMatchMode', 'systemFieldConditionArray', 'metadataMatchMode', 'metadataConditionArray', 'assetTypeArray', 'projectHandle',
      'recordsPerPage', 'resultsPage', 'sortBy', 'sortDirection', 'responseFieldArray', 'excludeFieldArray',
    ]);
  });
});

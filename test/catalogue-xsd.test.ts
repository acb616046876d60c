/**
 * Issue 8, "every response validates against the served XSD in every namespace that has the operation":
 * for each served namespace, every operation its served WSDL declares (read from the WSDL, not from a list
 * here, so an operation a release gains or loses is followed) is called with a request that gets a full
 * answer, and the answers are validated with xmllint against the schemas embedded in that WSDL. The job
 * operations (reference §6.0) have their own XSD checks; every other declared operation must have a
 * request below, or this test fails naming it.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../src/xml/parse-xml.js';
import { ALL_VERSIONS, bodyElement, call, child, children, mockApp, NS, text, wsdlPath, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes } from './support/xsd.js';

/** Reference §6.0: the job operations, XSD-checked by the job tests (get-active-jobs, job-logs, namespaces). */
const JOB_OPERATIONS = new Set(['submitJob', 'getActiveJobs', 'getScheduledJobs', 'stopJob', 'pauseJob', 'resumeJob', 'executeJob', 'deleteJob', 'getJobLogs', 'getJobLogDetails', 'getAssetJobLogs']);

const COMPANY = 'c|6060';
/** 4.5 change log: renameAsset's renameFiles removed (it is in the pre-4.0 classes, reference §0.1 PHP). */
const BEFORE_45: readonly VersionId[] = ['pre-4.0', '2008-01-15', '2008-09-10', '2009-07-31'];
/** getCompanyMembers' includeInactive is not in the pre-4.0 classes; dated 6.0 (docs/decisions.md §2f). */
const BEFORE_60: readonly VersionId[] = [...BEFORE_45, '2010-01-31'];
const C = `<companyHandle>${COMPANY}</companyHandle>`;

interface Catalogue {
  readonly root: string;
  /** One image, one video, one PDF (their info blocks differ). */
  readonly kinds: readonly XmlElement[];
  /** Assets the changing operations may use up, five per namespace. */
  readonly pool: readonly string[];
  /** An asset with a publish history. */
  readonly published: string;
}

/**
 * A request per operation, in the order they run (reads first; a namespace's folder is created before it
 * is renamed and deleted). `v` keeps each namespace's changes to its own folder and assets.
 */
const REQUESTS: ReadonlyArray<readonly [string, (cat: Catalogue, v: VersionId, mine: readonly string[]) => string]> = [
  ['checkLogin', () => `${C}<email>ips@example.com</email><password>ips-mock</password>`],
  ['getCompanyInfo', () => C],
  ['getAllCompanies', () => '<includeExpired>true</includeExpired>'],
  ['getUserInfo', () => '<email>ips@example.com</email>'],
  ['getCompanyMembership', () => ''],
  ['getCompanyMembers', (_cat, v) => `${C}<includeInvalid>true</includeInvalid>${BEFORE_60.includes(v) ? '' : '<includeInactive>true</includeInactive>'}`],
  ['getCompanySettings', () => C],
  ['getFolders', () => C],
  ['getFolderTree', () => `${C}<depth>10</depth>`],
  ['searchAssets', () => `${C}<includeSubfolders>true</includeSubfolders>`],
  ['searchAssetsByMetadata', () => C],
  ['getAssets', (cat) => `${C}<assetHandleArray>${cat.kinds.map((a) => `<items>${text(a, 'assetHandle')}</items>`).join('')}</assetHandleArray>`],
  ['getAssetsByName', (cat) => `${C}<nameArray>${cat.kinds.map((a) => `<items>${text(a, 'name')}</items>`).join('')}</nameArray>`],
  ['getAssetPublishHistory', (cat) => `${C}<assetHandle>${cat.published}</assetHandle>`],
  ['createFolder', (cat, v) => `${C}<folderPath>${cat.root}xsd-${v}/</folderPath>`],
  ['renameFolder', (cat, v) => `${C}<folderHandle>f|${cat.root}xsd-${v}/</folderHandle><folderName>xsd-${v}-renamed</folderName>`],
  [
    'renameAsset',
    (_cat, v, mine) =>
      `${C}<assetHandle>${mine[0]}</assetHandle><newName>xsd-${v}</newName><validateName>true</validateName>${BEFORE_45.includes(v) ? '<renameFiles>false</renameFiles>' : ''}`,
  ],
  ['moveAsset', (cat, _v, mine) => `${C}<assetHandle>${mine[1]}</assetHandle><folderHandle>f|${cat.root}</folderHandle>`],
  ['setAssetPublishState', (_cat, _v, mine) => `${C}<assetHandle>${mine[2]}</assetHandle><publishState>NotMarkedForPublish</publishState>`],
  ['deleteAsset', (_cat, _v, mine) => `${C}<assetHandle>${mine[3]}</assetHandle>`],
  // An unknown handle as well, so errorDetailArray is in the answer.
  ['deleteAssets', (_cat, _v, mine) => `${C}<assetHandleArray><items>${mine[4]}</items><items>a|1</items></assetHandleArray>`],
  ['deleteFolder', (cat, v) => `${C}<folderHandle>f|${cat.root}xsd-${v}-renamed/</folderHandle>`],
  [
    'uploadPost',
    () => `${C}<jobName>xsd</jobName><uploadParams><overwrite>true</overwrite><readyForPublish>true</readyForPublish><createMask>false</createMask><emailSetting>None</emailSetting></uploadParams>`,
  ],
];

const { app, clock } = mockApp();
const wsdls = {} as Record<VersionId, string>;
let cat: Catalogue;

/** Operation names of the WSDL's portType. */
function declared(wsdl: string): string[] {
  const portType = parseXml(wsdl).children.find((c) => c.local === 'portType')!;
  return children(portType, 'operation').map((o) => o.attrs.find((a) => a.local === 'name')!.value);
}

async function ok(op: string, body: string) {
  const res = await call(app, op, body);
  expect(res.status, res.text).toBe(200);
  return bodyElement(res.text);
}

beforeAll(async () => {
  for (const v of ALL_VERSIONS) wsdls[v] = (await request(app).get(wsdlPath(v))).text;
  const root = text(child(await ok('getCompanyInfo', C), 'companyInfo')!, 'rootPath')!;
  const ofType = async (type: string, n: number) =>
    children(child(await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><assetTypeArray><items>${type}</items></assetTypeArray><recordsPerPage>${n}</recordsPerPage>`), 'assetArray')!, 'items');
  const [image, ...images] = await ofType('Image', 1 + 5 * ALL_VERSIONS.length);
  const kinds = [image!, (await ofType('Video', 1))[0]!, (await ofType('Pdf', 1))[0]!];
  // A publish job gives the marked assets a publish history (README "Jobs act on the catalogue").
  const publish = await ok('submitJob', `${C}<jobName>xsd publish</jobName><imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>`);
  clock.advance('2m');
  const log = children(child(await ok('getJobLogDetails', `${C}<jobHandle>${text(publish, 'jobHandle')}</jobHandle>`), 'jobLogArray')!, 'items')[0]!;
  const published = children(child(log, 'detailArray')!, 'items').map((d) => text(d, 'assetHandle')).find((h) => h !== undefined)!;
  cat = { root, kinds, pool: images.map((a) => text(a, 'assetHandle')!).filter((h) => h !== published), published };
});

describe.each(ALL_VERSIONS)('company and catalogue answers in %s validate against its served XSD', (v) => {
  it('every non-job operation the WSDL declares answers a result that validates', async () => {
    const ops = declared(wsdls[v]).filter((op) => !JOB_OPERATIONS.has(op));
    const known = new Set(REQUESTS.map(([op]) => op));
    expect(ops.filter((op) => !known.has(op)), 'declared operations without a request in this test').toEqual([]);
    const mine = cat.pool.slice(ALL_VERSIONS.indexOf(v) * 5, ALL_VERSIONS.indexOf(v) * 5 + 5);
    const docs: string[] = [];
    for (const [op, body] of REQUESTS.filter(([name]) => ops.includes(name))) {
      const res = await call(app, op, body(cat, v, mine), { version: v });
      expect([op, res.status, bodyElement(res.text).local], res.text).toEqual([op, 200, `${op}Return`]);
      docs.push(res.text);
    }
    expect(docs.length).toBeGreaterThan(0);
    const r = validateEnvelopes(schemasFromWsdl(wsdls[v], NS[v]), docs);
    expect(r.ok, r.errors).toBe(true);
  });
});

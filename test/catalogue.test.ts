/**
 * Folders and assets (issue 8 §2): the faked catalogue, fixture folders and
 * assets, searches and changes. Every answer is validated against the served
 * XSD of each namespace.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { authHeader, bodyElement, call, child, children, faultOf, mockApp, NS, text, VERSIONS, type VersionId } from './support/mock.js';
import { schemasFromWsdl, validateEnvelopes, type SchemaSet } from './support/xsd.js';
import type { XmlElement } from '../src/xml/parse-xml.js';

const schemas = {} as Record<VersionId, SchemaSet>;
beforeAll(async () => {
  const { app } = mockApp();
  for (const v of VERSIONS) schemas[v] = schemasFromWsdl((await request(app).get(`/scene7/webservice/IpsApi-${v}.wsdl`)).text, NS[v]);
});

const assets = (el: XmlElement) => children(child(el, 'assetArray') ?? el, 'items');
const C = '<companyHandle>c|4242</companyHandle>';

describe.each(VERSIONS)('catalogue in %s', (version) => {
  /**
   * Each test gets its own mock, so none depends on what another changed or ran first; every answer is
   * validated against the served XSD of the version as it arrives.
   */
  const session = () => {
    const { app } = mockApp();
    const ok = async (op: string, body: string, header?: string) => {
      const res = await call(app, op, body, { version, header });
      expect(res.status, res.text).toBe(200);
      const valid = validateEnvelopes(schemas[version], [res.text]);
      expect(valid.ok, `${op}: ${valid.errors}`).toBe(true);
      return bodyElement(res.text);
    };
    const fault = async (op: string, body: string) => faultOf((await call(app, op, body, { version })).text);
    const rootPath = async () => text(child(await ok('getCompanyInfo', C), 'companyInfo')!, 'rootPath')!;
    return { app, ok, fault, rootPath };
  };

  it('a faked company has a folder tree and a few hundred images, videos and PDFs with their info blocks', async () => {
    const { ok, rootPath } = session();
    const root = await rootPath();
    const folders = children(child(await ok('getFolders', C), 'folderArray')!, 'items');
    expect(folders.length).toBeGreaterThanOrEqual(10);
    for (const f of folders) {
      expect(text(f, 'path')!.startsWith(root)).toBe(true);
      expect(text(f, 'folderHandle')).toBe(`f|${text(f, 'path')}`);
    }
    const all = await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders>`);
    const total = Number(text(all, 'totalRows'));
    expect(total).toBeGreaterThanOrEqual(200);
    expect(total).toBeLessThanOrEqual(400);
    const types = new Set(assets(all).map((a) => text(a, 'type')));
    expect([...types].sort()).toEqual(['Image', 'Pdf', 'Video']);
    const video = assets(all).find((a) => text(a, 'type') === 'Video')!;
    expect(text(child(video, 'videoInfo')!, 'originalFile')).toMatch(/\.(mp4|mov)$/);
    const image = assets(all).find((a) => text(a, 'type') === 'Image')!;
    const info = child(image, 'imageInfo')!;
    expect(Number(text(info, 'width'))).toBeGreaterThan(0);
    expect(text(info, 'optimizedFile')).toMatch(/\.tif$/);
    expect(text(image, 'folderHandle')).toBe(`f|${text(image, 'folder')}`);
  });

  it('getFolderTree nests subfolders to the asked depth', async () => {
    const { ok, rootPath } = session();
    const root = await rootPath();
    const top = child(await ok('getFolderTree', `${C}<depth>0</depth>`), 'folders')!;
    expect(text(top, 'path')).toBe(root);
    const level1 = children(child(top, 'subfolderArray')!, 'items');
    expect(level1.map((f) => text(f, 'path'))).toEqual([`${root}documents/`, `${root}images/`, `${root}videos/`]);
    expect(level1.every((f) => children(child(f, 'subfolderArray')!, 'items').length === 0)).toBe(true);
    const deeper = child(await ok('getFolderTree', `${C}<depth>1</depth>`), 'folders')!;
    const images = children(child(deeper, 'subfolderArray')!, 'items').find((f) => text(f, 'path') === `${root}images/`)!;
    expect(children(child(images, 'subfolderArray')!, 'items').map((f) => text(f, 'path'))).toContain(`${root}images/products/`);
  });

  it('searchAssets filters by folder, type, keyword and system field, and pages', async () => {
    const { ok, fault, rootPath } = session();
    const root = await rootPath();
    const videos = await ok('searchAssets', `${C}<folder>${root}videos/</folder><includeSubfolders>true</includeSubfolders><assetTypeArray><items>Video</items></assetTypeArray>`);
    expect(Number(text(videos, 'totalRows'))).toBeGreaterThan(0);
    expect(assets(videos).every((a) => text(a, 'type') === 'Video' && text(a, 'folder')!.startsWith(`${root}videos/`))).toBe(true);
    const none = await ok('searchAssets', `${C}<folder>${root}videos/</folder><includeSubfolders>false</includeSubfolders>`);
    expect(text(none, 'totalRows')).toBe('0'); // the videos live in its subfolders
    const page1 = await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><recordsPerPage>7</recordsPerPage><resultsPage>1</resultsPage><sortBy>Name</sortBy>`);
    const page2 = await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><recordsPerPage>7</recordsPerPage><resultsPage>2</resultsPage><sortBy>Name</sortBy>`);
    const names = [...assets(page1), ...assets(page2)].map((a) => text(a, 'name')!);
    expect(names).toHaveLength(14);
    expect([...names].sort()).toEqual(names);
    const one = names[3]!;
    const byName = await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><systemFieldConditionArray><items><field>Name</field><op>Equals</op><value>${one}</value></items></systemFieldConditionArray>`);
    expect(assets(byName).map((a) => text(a, 'name'))).toEqual([one]);
    const kw = await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><keywordArray><items>${one.slice(0, 6).toUpperCase()}</items></keywordArray>`);
    expect(assets(kw).map((a) => text(a, 'name'))).toContain(one);
    expect((await fault('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><recordsPerPage>1001</recordsPerPage>`)).code).toBe(30001);
    expect((await fault('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><systemFieldConditionArray><items><field>Colour</field><op>Equals</op><value>x</value></items></systemFieldConditionArray>`)).reason).toMatch(/field 'Colour' is not searchable/);
  });

  it('searchAssetsByMetadata answers summaries with totalRows', async () => {
    const { ok, rootPath } = session();
    const root = await rootPath();
    const r = await ok('searchAssetsByMetadata', `${C}<filters><folder>${root}documents/</folder><includeSubfolders>true</includeSubfolders></filters><metadataConditionArray><items><fieldHandle>FileName</fieldHandle><op>EndsWith</op><value>.pdf</value></items></metadataConditionArray>`);
    const rows = children(child(r, 'assetSummaryArray')!, 'items');
    expect(Number(text(r, 'totalRows'))).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((a) => text(a, 'filename')!.endsWith('.pdf'))).toBe(true);
  });

  it('folders: create (with parents), rename (handles follow the path), delete (with contents)', async () => {
    const { ok, fault, rootPath } = session();
    const root = await rootPath();
    const made = text(await ok('createFolder', `${C}<folderPath>${root}flow/a/</folderPath>`), 'folderHandle');
    expect(made).toBe(`f|${root}flow/a/`);
    expect((await fault('createFolder', `${C}<folderPath>flow/a</folderPath>`)).code).toBe(30000);
    const renamed = text(await ok('renameFolder', `${C}<folderHandle>f|${root}flow/</folderHandle><folderName>flow2</folderName>`), 'folderHandle');
    expect(renamed).toBe(`f|${root}flow2/`);
    const paths = children(child(await ok('getFolders', `${C}<folderPath>${root}flow2/</folderPath>`), 'folderArray')!, 'items').map((f) => text(f, 'path'));
    expect(paths).toEqual([`${root}flow2/a/`]);
    await ok('deleteFolder', `${C}<folderHandle>f|${root}flow2/</folderHandle>`);
    expect((await fault('getFolders', `${C}<folderPath>${root}flow2/</folderPath>`)).code).toBe(30001);
    expect((await fault('deleteFolder', `${C}<folderHandle>f|${root}</folderHandle>`)).reason).toMatch(/root folder .* cannot be deleted/);
  });

  it('assets: rename (30000 with the real wording on a clash), move, publish state, delete, deleteAssets', async () => {
    const { ok, fault, rootPath } = session();
    const root = await rootPath();
    const [a, b, c] = assets(await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><recordsPerPage>3</recordsPerPage>`));
    const h = (x: XmlElement) => text(x, 'assetHandle')!;
    const clash = await fault('renameAsset', `${C}<assetHandle>${h(a!)}</assetHandle><newName>${text(b!, 'name')}</newName><validateName>true</validateName>`);
    expect([clash.code, clash.reason]).toEqual([30000, `Asset ID '${text(b!, 'name')}' is already in use.`]);
    await ok('renameAsset', `${C}<assetHandle>${h(a!)}</assetHandle><newName>renamed-by-test</newName><validateName>true</validateName>`);
    const got = assets(await ok('getAssetsByName', `${C}<nameArray><items>renamed-by-test</items></nameArray>`));
    expect(got.map(h)).toEqual([h(a!)]);
    expect(text(got[0]!, 'lastModifyUser')).toBe('ips@example.com');
    await ok('createFolder', `${C}<folderPath>moved/</folderPath>`);
    await ok('moveAsset', `${C}<assetHandle>${h(a!)}</assetHandle><folderHandle>f|${root}moved/</folderHandle>`);
    await ok('setAssetPublishState', `${C}<assetHandle>${h(a!)}</assetHandle><publishState>NotMarkedForPublish</publishState>`);
    const after = assets(await ok('getAssets', `${C}<assetHandleArray><items>${h(a!)}</items></assetHandleArray>`))[0]!;
    expect([text(after, 'folder'), text(after, 'readyForPublish')]).toEqual([`${root}moved/`, 'false']);
    expect((await fault('setAssetPublishState', `${C}<assetHandle>${h(a!)}</assetHandle><publishState>Published</publishState>`)).code).toBe(30001);
    await ok('deleteAsset', `${C}<assetHandle>${h(a!)}</assetHandle>`);
    expect(assets(await ok('getAssets', `${C}<assetHandleArray><items>${h(a!)}</items></assetHandleArray>`))).toHaveLength(0);
    expect((await fault('deleteAsset', `${C}<assetHandle>${h(a!)}</assetHandle>`)).code).toBe(30001);
    const many = await ok('deleteAssets', `${C}<assetHandleArray><items>${h(b!)}</items><items>${h(c!)}</items><items>a|1</items></assetHandleArray>`);
    expect([text(many, 'successCount'), text(many, 'errorCount')]).toEqual(['2', '1']);
    expect(text(children(child(many, 'errorDetailArray')!, 'items')[0]!, 'assetHandle')).toBe('a|1');
  });

  it('the read-only portal user may search but not change (20003)', async () => {
    const { app, ok } = session();
    await ok('searchAssets', `${C}<includeSubfolders>true</includeSubfolders><recordsPerPage>1</recordsPerPage>`, authHeader({ user: 'portal-user@example.com' }));
    const res = await call(app, 'createFolder', `${C}<folderPath>nope/</folderPath>`, { version, header: authHeader({ user: 'portal-user@example.com' }) });
    expect(faultOf(res.text).code).toBe(20003);
  });
});

describe('fixture folders and assets', () => {
  it('a fixture company with assets shows exactly those', async () => {
    const { app } = mockApp({ fixturesDir: 'fixtures/examples' });
    const r = bodyElement((await call(app, 'searchAssets', '<companyHandle>c|2101</companyHandle><includeSubfolders>true</includeSubfolders>')).text);
    expect(assets(r).map((a) => [text(a, 'name'), text(a, 'type'), text(a, 'folder')])).toEqual([
      ['tent-alpine-2', 'Image', 'Acme Outdoor/products/tents/'],
      ['trail-catalog-2026', 'Pdf', 'Acme Outdoor/documents/'],
      ['trail-video', 'Video', 'Acme Outdoor/videos/'],
    ]);
    expect(text(assets(r)[0]!, 'assetHandle')).toBe('a|900001');
  });
});

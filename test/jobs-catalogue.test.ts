/**
 * Jobs act on the catalogue (issue 8 §3): an upload-by-URL job creates its
 * assets in the destination folder as its files complete, its log names the
 * new assets' handles, a name clash follows `overwrite`, a stop keeps only the
 * files done before it, and a publish job leaves a publish history.
 */
import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, children, mockApp, text } from './support/mock.js';
import type { XmlElement } from '../src/xml/parse-xml.js';

const C = '<companyHandle>c|5150</companyHandle>';
const urls = (paths: string[]) =>
  `<urlArray>${paths.map((p) => `<items><sourceUrl>https://example.com/${p}</sourceUrl><destPath>${p}</destPath></items>`).join('')}</urlArray>`;
const upload = (paths: string[], overwrite = true) =>
  `${C}<jobName>flow</jobName><uploadUrlsJob>${urls(paths)}<overwrite>${overwrite}</overwrite><readyForPublish>true</readyForPublish><createMask>false</createMask><emailSetting>None</emailSetting></uploadUrlsJob>`;

function setup() {
  const m = mockApp();
  const body = async (op: string, xml: string) => {
    const res = await call(m.app, op, xml);
    expect(res.status, res.text).toBe(200);
    return bodyElement(res.text);
  };
  const byName = async (...names: string[]) =>
    children(child(await body('getAssetsByName', `${C}<nameArray>${names.map((n) => `<items>${n}</items>`).join('')}</nameArray>`), 'assetArray')!, 'items');
  const logFiles = async (jobHandle: string) => {
    const log = children(child(await body('getJobLogDetails', `${C}<jobHandle>${jobHandle}</jobHandle>`), 'jobLogArray')!, 'items')[0]!;
    return children(child(log, 'detailArray')!, 'items').filter((d) => text(d, 'assetHandle'));
  };
  return { m, body, byName, logFiles };
}

const handleOf = (a: XmlElement) => text(a, 'assetHandle')!;

describe('upload jobs create assets on the job timeline', () => {
  it('no asset before the file completes; after Done each URL is an asset in its folder, with the handle its log line names', async () => {
    const { m, body, byName, logFiles } = setup();
    const root = text(child(await body('getCompanyInfo', C), 'companyInfo')!, 'rootPath')!;
    await body('createFolder', `${C}<folderPath>${root}flow/</folderPath>`);
    const jobHandle = text(await body('submitJob', upload(['flow/red-kite.jpg', 'flow/red-kite-clip.mp4', 'flow/red-kite-sheet.pdf'])), 'jobHandle')!;
    expect(await byName('red-kite', 'red-kite-clip', 'red-kite-sheet')).toHaveLength(0);
    m.clock.advance('30s'); // New 1 s + WaitingCoordinator 1 s + Running 10 s (README)
    const assets = await byName('red-kite', 'red-kite-clip', 'red-kite-sheet');
    expect(assets.map((a) => [text(a, 'type'), text(a, 'folder'), text(a, 'fileName')])).toEqual([
      ['Image', `${root}flow/`, 'red-kite.jpg'],
      ['Video', `${root}flow/`, 'red-kite-clip.mp4'],
      ['Pdf', `${root}flow/`, 'red-kite-sheet.pdf'],
    ]);
    expect(assets.map((a) => text(a, 'createUser'))).toEqual(['ips@example.com', 'ips@example.com', 'ips@example.com']);
    const lines = await logFiles(jobHandle);
    expect(lines.map((l) => [text(l, 'logType'), text(l, 'assetHandle')])).toEqual(assets.map((a) => ['UploadSuccess', handleOf(a)]));
    const inFolder = await body('searchAssets', `${C}<folder>${root}flow/</folder><includeSubfolders>false</includeSubfolders>`);
    expect(text(inFolder, 'totalRows')).toBe('3');
    // getAssetJobLogs finds the job's run through the new asset.
    const run = children(child(await body('getJobLogDetails', `${C}<jobHandle>${jobHandle}</jobHandle>`), 'jobLogArray')!, 'items')[0]!;
    const trace = children(child(await body('getAssetJobLogs', `${C}<assetHandle>${handleOf(assets[0]!)}</assetHandle>`), 'jobLogArray')!, 'items');
    expect(trace.map((t) => text(t, 'jobHandle'))).toEqual([text(run, 'jobHandle')]);
  });

  it('halfway through, only the files already logged exist', async () => {
    const { m, body, byName, logFiles } = setup();
    const jobHandle = text(await body('submitJob', upload(['half/a1.jpg', 'half/a2.jpg', 'half/a3.jpg', 'half/a4.jpg'])), 'jobHandle')!;
    m.clock.advance('7s'); // 2 s to Running, then 5 of its 10 s: two of four files
    const logged = await logFiles(jobHandle);
    const existing = await byName('a1', 'a2', 'a3', 'a4');
    expect(logged).toHaveLength(2);
    expect(existing.map(handleOf)).toEqual(logged.map((l) => text(l, 'assetHandle')));
  });

  it('a name clash updates the asset when overwrite is true (same handle) and skips the file when false', async () => {
    const { m, body, byName, logFiles } = setup();
    await body('submitJob', upload(['one/heron.jpg']));
    m.clock.advance('30s');
    const [first] = await byName('heron');
    const over = text(await body('submitJob', upload(['two/heron.png'], true)), 'jobHandle')!;
    m.clock.advance('30s');
    const [updated] = await byName('heron');
    expect(handleOf(updated!)).toBe(handleOf(first!));
    expect(text(updated!, 'fileName')).toBe('heron.png');
    expect((await logFiles(over)).map((l) => text(l, 'logType'))).toEqual(['FileUpdated']);
    const skip = text(await body('submitJob', upload(['three/heron.tif'], false)), 'jobHandle')!;
    m.clock.advance('30s');
    const [kept] = await byName('heron');
    expect(text(kept!, 'fileName')).toBe('heron.png');
    expect((await logFiles(skip)).map((l) => text(l, 'logType'))).toEqual(['DuplicateSkipped']);
  });

  it('a stopped job keeps only the files done before the stop', async () => {
    const { m, body, byName } = setup();
    const jobHandle = text(await body('submitJob', upload(['stop/s1.jpg', 'stop/s2.jpg', 'stop/s3.jpg', 'stop/s4.jpg'])), 'jobHandle')!;
    m.clock.advance('5s');
    await body('stopJob', `${C}<jobHandle>${jobHandle}</jobHandle>`);
    m.clock.advance('60s');
    expect((await byName('s1', 's2', 's3', 's4')).map((a) => text(a, 'name'))).toEqual(['s1']);
  });

  it('an unsupported file type is an UploadError and makes no asset; a destPath outside the root is 30001', async () => {
    const { m, body, byName, logFiles } = setup();
    const jobHandle = text(await body('submitJob', upload(['odd/readme.txt'])), 'jobHandle')!;
    m.clock.advance('30s');
    expect(await byName('readme')).toHaveLength(0);
    expect((await logFiles(jobHandle)).length).toBe(0); // an error line names no asset
    const res = await call(m.app, 'submitJob', upload(['../escape.jpg']));
    expect(res.status).toBe(500);
    expect(res.text).toContain('30001');
  });
});

describe('publish jobs leave a publish history', () => {
  it('an image-serving publish records itself on every image marked for publish', async () => {
    const { m, body, byName } = setup();
    await body('submitJob', upload(['pub/osprey.jpg']));
    m.clock.advance('30s');
    const [asset] = await byName('osprey');
    const history = async () => children(child(await body('getAssetPublishHistory', `${C}<assetHandle>${handleOf(asset!)}</assetHandle>`), 'pubHistoryArray')!, 'items');
    expect(await history()).toHaveLength(0);
    await body('submitJob', `${C}<jobName>publish</jobName><imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>`);
    m.clock.advance('2m');
    const h = await history();
    expect(h.map((x) => [text(x, 'serverName'), text(x, 'contextName')])).toEqual([['ImageServing', 'Default']]);
  });
});

// The user flow of issue 8 ("what users must see"), as the runner hands it to a client and checks what the
// client decoded. The client only reports what its stack decoded; every expected value here comes from what
// this spec set up (company name, folder, files, rename, delete) or from the real service's captures
// (folder handles are `f|<rootPath><folder>`, ../../../shared/reference/real/captures-2010-01-31), never from
// the mock's own tables.
import { resolveSchema } from '../../dist/schema/resolved-schema.js';
import { versionById } from '../../dist/schema/versions.js';

/** Which clients run which flows: namespace and how they authenticate (`legacy` = AuthUser/AuthPassword headers). */
export const FLOWS = {
  'python-zeep': [
    { version: '2014-04-03', auth: 'authHeader' },
    // The same flow with the files POSTed to the UploadFile servlet (reference §6.8) instead of an upload-by-URL job.
    { version: '2014-04-03', auth: 'authHeader', uploadBy: 'servlet' },
  ],
  'php-soapclient': [
    { version: '2014-04-03', auth: 'authHeader' },
    { version: 'pre-4.0', auth: 'legacy' },
  ],
  'java-jaxws': [{ version: '2014-04-03', auth: 'authHeader' }],
};

const FOLDER = 'interop-flow/';
/** Three images and a PDF: the image serving publish at the end takes images only. */
const FILES = [
  ['red-boot', 'jpg'],
  ['blue-tent', 'png'],
  ['rain-jacket', 'jpg'],
  ['trail-map', 'pdf'],
];

/** What a client is asked to do, one object per flow (IPS_FLOWS). */
export function flowSpec(mock, { version, auth, uploadBy = 'urls' }) {
  return {
    version,
    auth,
    /** `urls`: submitJob an uploadUrlsJob; `servlet`: POST the files to /scene7/UploadFile (one POST, endJob=true). */
    uploadBy,
    wsdl: mock.wsdlUrl(version),
    namespace: versionById(version).namespace,
    // One company per flow, looked up by name: a new name is a new company, so flows never share a catalogue.
    companyName: `Interop Outfitters ${version}${uploadBy === 'urls' ? '' : ` ${uploadBy}`}`,
    folder: FOLDER,
    files: FILES.map(([name, ext]) => ({ sourceUrl: `https://images.example.com/catalog/${name}.${ext}`, destPath: `${FOLDER}${name}.${ext}`, name, ext })),
    rename: { from: 'blue-tent', to: 'blue-tent-2025' },
    delete: 'red-boot',
    // Job-log lines carry asset handles since 2008-01-15; pre-4.0 lines name the asset only.
    logHandles: resolveSchema(versionById(version)).types.get('JobLogDetail').fields.some((f) => f.name === 'assetHandle'),
  };
}

const sorted = (xs) => [...xs].sort();
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const names = (rows) => sorted((rows ?? []).map((r) => r?.name));

/**
 * Checks one flow's report. Shape (all as the client's stack decoded them):
 * {version, auth, company: {handle, name, rootPath}, folderHandle,
 *  upload: {finalState, logFound, logAssets: [{name, handle}]}  (the log lines that name an asset; handle null before 2008-01-15),
 *  byName: [{name, handle, folder}], search: [{name, handle}], after: [{name, handle}],
 *  publish: {finalState, logFound, logAssets: [{name, handle}]},
 *  headersSent (legacy flows): the last request's SOAP header elements as {namespace}name}
 */
export function checkFlow(spec, got) {
  const p = [];
  const at = `flow ${spec.version}/${spec.auth}/${spec.uploadBy}`;
  if (!got) return [`${at}: no report`];
  const co = got.company ?? {};
  if (co.name !== spec.companyName) p.push(`${at}: getCompanyInfo name ${JSON.stringify(co.name)} != ${JSON.stringify(spec.companyName)}`);
  if (co.rootPath !== `${spec.companyName}/`) p.push(`${at}: rootPath ${JSON.stringify(co.rootPath)} != "${spec.companyName}/"`);
  if (!/^c\|\d+$/.test(co.handle ?? '')) p.push(`${at}: company handle ${JSON.stringify(co.handle)} is not c|<n>`);
  // Legacy credentials (reference §3.4): two header elements in http://www.scene7.com/IpsApi, no authHeader.
  const legacy = ['{http://www.scene7.com/IpsApi}AuthUser', '{http://www.scene7.com/IpsApi}AuthPassword'];
  if (spec.auth === 'legacy' && !same(got.headersSent, legacy)) p.push(`${at}: sent SOAP headers ${JSON.stringify(got.headersSent)}, not ${JSON.stringify(legacy)}`);
  const folderPath = `${spec.companyName}/${spec.folder}`;
  if (got.folderHandle !== `f|${folderPath}`) p.push(`${at}: createFolder handle ${JSON.stringify(got.folderHandle)} != "f|${folderPath}"`);

  const uploaded = sorted(spec.files.map((f) => f.name));
  const up = got.upload ?? {};
  if (up.finalState !== 'Done') p.push(`${at}: upload job ended ${JSON.stringify(up.finalState)}, not Done`);
  if (up.logFound !== true) p.push(`${at}: upload job's run not in getJobLogs`);
  if (!same(names(up.logAssets), uploaded)) p.push(`${at}: upload log lists ${JSON.stringify(names(up.logAssets))} != ${JSON.stringify(uploaded)}`);
  // The uploaded assets' handles: from the upload log's lines where the namespace has them, else from getAssetsByName.
  const handleOf = new Map((spec.logHandles ? up.logAssets : got.byName ?? []).map((a) => [a.name, a.handle]));
  if (new Set(handleOf.values()).size !== uploaded.length || [...handleOf.values()].some((h) => !/^a\|\d+$/.test(h ?? ''))) {
    p.push(`${at}: asset handles ${JSON.stringify([...handleOf.values()])} are not ${uploaded.length} distinct a|<n>`);
  }
  // The catalogue holds exactly the logged assets, under the logged handles, in the created folder.
  const agrees = (rows, what) => {
    if (!same(names(rows), uploaded)) p.push(`${at}: ${what} finds ${JSON.stringify(names(rows))} != ${JSON.stringify(uploaded)}`);
    for (const r of rows ?? []) {
      if (handleOf.get(r.name) !== r.handle) p.push(`${at}: ${what} ${r.name} has handle ${r.handle}, its upload log line ${handleOf.get(r.name)}`);
      if ('folder' in r && r.folder !== folderPath) p.push(`${at}: ${what} ${r.name} is in ${JSON.stringify(r.folder)}, not "${folderPath}"`);
    }
  };
  agrees(got.byName, 'getAssetsByName');
  agrees(got.search, 'searchAssets');

  // After renaming one and deleting one: the rest, the renamed one under its new name and the same handle.
  const expectedAfter = sorted(uploaded.filter((n) => n !== spec.delete).map((n) => (n === spec.rename.from ? spec.rename.to : n)));
  if (!same(names(got.after), expectedAfter)) p.push(`${at}: searchAssets after rename/delete finds ${JSON.stringify(names(got.after))} != ${JSON.stringify(expectedAfter)}`);
  for (const r of got.after ?? []) {
    const was = r.name === spec.rename.to ? spec.rename.from : r.name;
    if (handleOf.get(was) !== r.handle) p.push(`${at}: after rename/delete ${r.name} has handle ${r.handle}, uploaded as ${handleOf.get(was)}`);
  }

  // The image serving publish publishes the remaining images (the PDF is no image), under their current names,
  // and not the deleted one.
  const pub = got.publish ?? {};
  if (pub.finalState !== 'Done') p.push(`${at}: publish job ended ${JSON.stringify(pub.finalState)}, not Done`);
  if (pub.logFound !== true) p.push(`${at}: publish job's run not in getJobLogs`);
  const images = new Set(spec.files.filter((f) => f.ext !== 'pdf').map((f) => f.name));
  const ourHandles = new Set(handleOf.values());
  const ourNames = new Set([...uploaded, spec.rename.to]);
  const published = (pub.logAssets ?? []).filter((a) => (spec.logHandles ? ourHandles.has(a.handle) : ourNames.has(a.name)));
  const expectedPublished = sorted(expectedAfter.filter((n) => images.has(n === spec.rename.to ? spec.rename.from : n)));
  const currentName = new Map([...handleOf].map(([n, h]) => [h, n === spec.rename.from ? spec.rename.to : n]));
  for (const a of spec.logHandles ? published : []) if (a.name !== currentName.get(a.handle)) p.push(`${at}: publish log names ${a.handle} ${JSON.stringify(a.name)}, not its current name ${JSON.stringify(currentName.get(a.handle))}`);
  if (!same(names(published), expectedPublished)) p.push(`${at}: publish log lists ${JSON.stringify(names(published))} of the uploaded assets != ${JSON.stringify(expectedPublished)}`);
  return p;
}

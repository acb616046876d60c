// The interop contract (../../README.md) as one flow shared by the JavaScript clients.
// Each client supplies a stack: how its SOAP library builds a client, calls an operation and surfaces a
// fault. This module owns the order of the steps, the typed-value check and the summary it prints.
const env = process.env;
// One target per namespace the runner chose (../../run-all.mjs): its WSDL, company, the job-detail elements
// that namespace lets a client submit, and whether its submitJob takes a locale.
const TARGETS = JSON.parse(env.IPS_TARGETS);
const VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob', 'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob', 'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob'];
const SUBMIT = {
  imageServingPublishJob: { publishType: 'Incremental', emailSetting: 'None' },
  uploadUrlsJob: { urlArray: { items: [{ sourceUrl: 'https://example.com/a.jpg', destPath: 'shop/a.jpg' }, { sourceUrl: 'https://example.com/b.jpg', destPath: 'shop/b.jpg' }] }, overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'Error' },
  // assetHandleArray: the target's exportAssets, two images the company has (an unknown handle is 30001).
  exportJob: { fmt: 'orig', emailSetting: 'None' },
  imageRenderingPublishJob: { emailSetting: 'None' },
};
const detailFor = (variant, exportAssets) => (variant === 'exportJob' ? { assetHandleArray: { items: exportAssets }, ...SUBMIT.exportJob } : SUBMIT[variant]);
export const IPS_XSD = 'http://www.scene7.com/IpsApi/xsd';

const distinct = (xs) => [...new Set(xs)].sort();
/** Libraries render an absent array as undefined, an empty one as '' (strong-soap) and one item as an object. */
const asList = (x) => (x === undefined || x === null || x === '' ? [] : Array.isArray(x) ? x : [x]);
const isDate = (d) => d instanceof Date && !Number.isNaN(d.getTime());
const detailsOf = (j) => VARIANTS.filter((v) => j[v] !== undefined && j[v] !== null && typeof j[v] === 'object');
/** Dates as Date, ints as numbers, and exactly one job-detail element read as an object. */
const typedOk = (j) => isDate(j.startDate) && isDate(j.lastProgressUpdate) && Number.isInteger(j.progress) && Number.isInteger(j.totalSize) && detailsOf(j).length === 1;

async function advance(by) {
  const r = await fetch(`${env.IPS_ADMIN}/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ by }) });
  if (!r.ok) throw new Error(`clock advance: HTTP ${r.status}`);
}

/**
 * @param stack {{ name: string, client(wsdl: string, password?: string): Promise<unknown>,
 *   call(c: unknown, op: string, param: object): Promise<any>, faultCode(error: unknown): number | undefined }}
 */
export async function runContract(stack) {
  const log = (...a) => console.error(`[${stack.name}]`, ...a);
  const activeJobs = async (c, company, extra = {}) => asList((await stack.call(c, 'getActiveJobs', { companyHandle: company, ...extra }))?.jobArray?.items);
  const summaries = {};
  const clients = {};
  // 1-3: every job of every namespace, read before the clock moves.
  for (const { version, wsdl, company } of TARGETS) {
    const c = (clients[version] = await stack.client(wsdl, env.IPS_PASSWORD));
    const jobs = await activeJobs(c, company);
    const untyped = jobs.filter((j) => !typedOk(j));
    for (const j of untyped.slice(0, 3)) log(version, 'untyped job', JSON.stringify(j).slice(0, 400));
    summaries[version] = {
      jobCount: jobs.length,
      variants: distinct(jobs.map((j) => detailsOf(j)[0] ?? '(none)')),
      states: distinct(jobs.map((j) => j.state)),
      // A namespace without ActiveJob/locale (pre-4.0) lists none.
      locales: distinct(jobs.map((j) => j.locale).filter((l) => l !== undefined && l !== null)),
      typed: jobs.length > 0 && untyped.length === 0,
    };
    log(version, jobs.length, 'jobs for', company);
  }
  // 4: submit, follow to Done on the mock clock, read the logs.
  for (const { version, wsdl, company, submit, submitLocale, exportAssets } of TARGETS) {
    const c = clients[version];
    const submitted = [];
    for (const variant of submit) {
      const r = await stack.call(c, 'submitJob', { companyHandle: company, jobName: `interop ${variant}`, ...(submitLocale ? { locale: 'de-DE' } : {}), [variant]: detailFor(variant, exportAssets) });
      submitted.push({ variant, jobHandle: r.jobHandle });
    }
    for (let i = 0; i < 10 && submitted.some((s) => s.finalState !== 'Done'); i++) {
      await advance('5s');
      for (const s of submitted) {
        // submitJob answers the handle of the job as submitted (j|<id>|<jobName>||); it finds the run,
        // whose own handle (j|<id>||<name>|<runId>) is the one its job log carries.
        const [j] = await activeJobs(c, company, { jobHandle: s.jobHandle });
        s.runHandle ??= j?.jobHandle;
        s.finalState = j ? j.state : s.finalState === undefined ? 'Missing' : 'Done';
      }
    }
    for (const s of submitted) {
      const logs = await stack.call(c, 'getJobLogs', { companyHandle: company });
      s.logFound = s.runHandle !== undefined && asList(logs?.jobLogArray?.items).some((l) => l.jobHandle === s.runHandle);
      const details = await stack.call(c, 'getJobLogDetails', { companyHandle: company, jobHandle: s.jobHandle });
      // detailTotalRows exists since 2013-02-15; before, count the detail lines.
      const first = asList(details?.jobLogArray?.items)[0];
      s.detailRows = first === undefined ? 0 : Number(first.detailTotalRows ?? asList(first.detailArray?.items).length);
    }
    log(version, 'submitted', JSON.stringify(submitted));
    summaries[version].submitted = submitted;
    // 5: a wrong password, read through the library's own fault API.
    const bad = await stack.client(wsdl, 'wrong-password');
    try {
      await stack.call(bad, 'getActiveJobs', { companyHandle: company });
      log(version, 'wrong password: no fault');
    } catch (e) {
      summaries[version].authFaultCode = stack.faultCode(e);
    }
  }
  console.log(JSON.stringify({ client: stack.name, versions: summaries }));
}

// node-soap client for the interop contract (../../README.md).
import soap from 'soap';

const env = process.env;
const versions = { '2014-04-03': [env.IPS_WSDL_2014, env.IPS_COMPANY_2014], '2016-01-14-beta': [env.IPS_WSDL_BETA, env.IPS_COMPANY_BETA] };
const VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob', 'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob', 'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob'];
const SUBMIT = {
  imageServingPublishJob: { publishType: 'Incremental', emailSetting: 'None' },
  uploadUrlsJob: { urlArray: { items: [{ sourceUrl: 'https://example.com/a.jpg', destPath: 'shop/a.jpg' }, { sourceUrl: 'https://example.com/b.jpg', destPath: 'shop/b.jpg' }] }, overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'Error' },
  exportJob: { assetHandleArray: { items: ['a|1001', 'a|1002'] }, fmt: 'orig', emailSetting: 'None' },
};
const log = (...a) => console.error('[node-soap]', ...a);
const distinct = (xs) => [...new Set(xs)].sort();
const asList = (x) => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

async function client(wsdl, password = env.IPS_PASSWORD) {
  const c = await soap.createClientAsync(wsdl);
  c.addSoapHeader({ authHeader: { user: env.IPS_USER, password, appName: 'interop-node-soap', appVersion: '1.0' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
  return c;
}

const advance = (by) => fetch(`${env.IPS_ADMIN}/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ by }) });

async function activeJobs(c, company, extra = {}) {
  const [res] = await c.getActiveJobsAsync({ companyHandle: company, ...extra });
  return asList(res?.jobArray?.items);
}

const summaries = {};
const clients = {};
for (const [version, [wsdl, company]] of Object.entries(versions)) {
  const c = (clients[version] = await client(wsdl));
  const jobs = await activeJobs(c, company);
  const typed = jobs.every((j) => j.startDate instanceof Date && j.lastProgressUpdate instanceof Date && Number.isInteger(j.progress) && Number.isInteger(j.totalSize) && VARIANTS.some((v) => typeof j[v] === 'object'));
  summaries[version] = {
    jobCount: jobs.length,
    variants: distinct(jobs.map((j) => VARIANTS.find((v) => j[v] !== undefined) ?? '(none)')),
    states: distinct(jobs.map((j) => j.state)),
    locales: distinct(jobs.map((j) => j.locale)),
    typed,
  };
  log(version, summaries[version].jobCount, 'jobs');
}
for (const [version, [, company]] of Object.entries(versions)) {
  const c = clients[version];
  const submitted = [];
  for (const [variant, detail] of Object.entries(SUBMIT)) {
    const [r] = await c.submitJobAsync({ companyHandle: company, jobName: `interop ${variant}`, locale: 'de-DE', [variant]: detail });
    submitted.push({ variant, jobHandle: r.jobHandle });
  }
  for (let i = 0; i < 10 && submitted.some((s) => s.finalState !== 'Done'); i++) {
    await advance('5s');
    for (const s of submitted) {
      const [j] = await activeJobs(c, company, { jobHandle: s.jobHandle });
      s.finalState = j ? j.state : s.finalState === undefined ? 'Missing' : 'Done';
    }
  }
  for (const s of submitted) {
    const [logs] = await c.getJobLogsAsync({ companyHandle: company });
    s.logFound = asList(logs?.jobLogArray?.items).some((l) => l.jobHandle === s.jobHandle);
    const [details] = await c.getJobLogDetailsAsync({ companyHandle: company, jobHandle: s.jobHandle });
    s.detailRows = asList(details?.jobLogArray?.items)[0]?.detailTotalRows ?? 0;
  }
  summaries[version].submitted = submitted;
  const bad = await client(versions[version][0], 'wrong-password');
  try {
    await bad.getActiveJobsAsync({ companyHandle: company });
  } catch (e) {
    const detail = e.root?.Envelope?.Body?.Fault?.detail;
    summaries[version].authFaultCode = Number(detail?.authenticationFault?.code);
  }
}
console.log(JSON.stringify({ client: 'node-soap', versions: summaries }));

// strong-soap client for the interop contract (../../README.md).
// The client is built at run time from the served WSDL (soap.createClient); nothing is generated.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { soap, QName } = require('strong-soap');
const { version: STRONG_SOAP_VERSION } = require('strong-soap/package.json');

const env = process.env;
const IPS_XSD = 'http://www.scene7.com/IpsApi/xsd';
const versions = { '2014-04-03': [env.IPS_WSDL_2014, env.IPS_COMPANY_2014], '2016-01-14-beta': [env.IPS_WSDL_BETA, env.IPS_COMPANY_BETA] };
const VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob', 'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob', 'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob'];
const SUBMIT = {
  imageServingPublishJob: { publishType: 'Incremental', emailSetting: 'None' },
  uploadUrlsJob: { urlArray: { items: [{ sourceUrl: 'https://example.com/a.jpg', destPath: 'shop/a.jpg' }, { sourceUrl: 'https://example.com/b.jpg', destPath: 'shop/b.jpg' }] }, overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'Error' },
  exportJob: { assetHandleArray: { items: ['a|1001', 'a|1002'] }, fmt: 'orig', emailSetting: 'None' },
};
const log = (...a) => console.error('[strong-soap]', ...a);
const distinct = (xs) => [...new Set(xs)].sort();
const asList = (x) => (x === undefined || x === null || x === '' ? [] : Array.isArray(x) ? x : [x]);

function createClient(wsdl) {
  return new Promise((resolve, reject) => soap.createClient(wsdl, {}, (err, c) => (err ? reject(err) : resolve(c))));
}

async function client(wsdl, password = env.IPS_PASSWORD) {
  const c = await createClient(wsdl);
  c.setEndpoint(env.IPS_ENDPOINT);
  // With a QName, strong-soap looks the header element up in the WSDL and serializes the value as its
  // content (qualified children), so the value is authHeader's content, not {authHeader: …}.
  c.addSoapHeader({ user: env.IPS_USER, password, appName: 'interop-strong-soap', appVersion: STRONG_SOAP_VERSION }, new QName(IPS_XSD, 'authHeader'));
  return c;
}

// Document/literal: strong-soap wants the request element itself as the top-level key.
function call(c, op, param) {
  return new Promise((resolve, reject) =>
    c[op]({ [`${op}Param`]: param }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

const advance = async (by) => {
  const r = await fetch(`${env.IPS_ADMIN}/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ by }) });
  if (!r.ok) throw new Error(`clock advance: HTTP ${r.status}`);
};

async function activeJobs(c, company, extra = {}) {
  const res = await call(c, 'getActiveJobs', { companyHandle: company, ...extra });
  return asList(res?.jobArray?.items);
}

const isDate = (d) => d instanceof Date && !Number.isNaN(d.getTime());

const summaries = {};
const clients = {};
for (const [version, [wsdl, company]] of Object.entries(versions)) {
  const c = (clients[version] = await client(wsdl));
  const jobs = await activeJobs(c, company);
  const bad = jobs.filter(
    (j) =>
      !(isDate(j.startDate) && isDate(j.lastProgressUpdate) && Number.isInteger(j.progress) && Number.isInteger(j.totalSize)) ||
      VARIANTS.filter((v) => j[v] !== undefined && j[v] !== null && typeof j[v] === 'object').length !== 1,
  );
  for (const j of bad.slice(0, 3)) log(version, 'untyped job', JSON.stringify(j).slice(0, 400));
  summaries[version] = {
    jobCount: jobs.length,
    variants: distinct(jobs.map((j) => VARIANTS.find((v) => j[v] !== undefined) ?? '(none)')),
    states: distinct(jobs.map((j) => j.state)),
    locales: distinct(jobs.map((j) => j.locale)),
    typed: bad.length === 0,
  };
  log(version, jobs.length, 'jobs for', company, jobs[0] ? `first: ${jobs[0].jobHandle} startDate=${jobs[0].startDate?.toISOString?.()}` : '');
}
for (const [version, [wsdl, company]] of Object.entries(versions)) {
  const c = clients[version];
  const submitted = [];
  for (const [variant, detail] of Object.entries(SUBMIT)) {
    const r = await call(c, 'submitJob', { companyHandle: company, jobName: `interop ${variant}`, locale: 'de-DE', [variant]: detail });
    log(version, 'submitted', variant, '->', r.jobHandle);
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
    const logs = await call(c, 'getJobLogs', { companyHandle: company });
    s.logFound = asList(logs?.jobLogArray?.items).some((l) => l.jobHandle === s.jobHandle);
    const details = await call(c, 'getJobLogDetails', { companyHandle: company, jobHandle: s.jobHandle });
    const first = asList(details?.jobLogArray?.items)[0];
    s.detailRows = first?.detailTotalRows ?? 0;
    log(version, s.variant, s.finalState, 'log', s.logFound ? 'found' : 'missing', 'detailTotalRows', s.detailRows, 'items', asList(first?.detailArray?.items).length);
  }
  summaries[version].submitted = submitted;

  const bad = await client(wsdl, 'wrong-password');
  try {
    await call(bad, 'getActiveJobs', { companyHandle: company });
    log(version, 'wrong password: no fault');
  } catch (e) {
    // strong-soap's fault API: the parsed envelope is on err.root (the message is a flattened string).
    const fault = e.root?.Envelope?.Body?.Fault;
    const code = fault?.detail?.authenticationFault?.code;
    // strong-soap (client.js) only picks the fault descriptor when the body contains the literal text
    // '<soap:Fault>' or '<Fault>'; with any other prefix (here soapenv:, as Axis2 sends too) the detail is
    // parsed without the schema and `code` arrives as the string "10001" instead of a number. Accept both.
    summaries[version].authFaultCode = code === undefined ? undefined : Number(code);
    log(version, 'wrong password ->', fault?.faultcode, fault?.faultstring, 'code', JSON.stringify(code));
  }
}
console.log(JSON.stringify({ client: 'strong-soap', version: STRONG_SOAP_VERSION, versions: summaries }));

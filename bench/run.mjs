#!/usr/bin/env node
// `npm run bench` (after `npm run build`): every speed figure of issue 10 in one run, side by side with
// a server that only writes precomputed bytes (the floor) and node-soap's own Server, as medians of
// rounds and ratios within the run. Prints markdown and writes bench/RESULTS.md. See bench/README.md.
//
// Servers under test run in child processes (bench/serve.mjs) so their CPU time (process.cpuUsage)
// and RSS are their own; the load generator (autocannon) runs here, on the same cores.
import { fork, spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import soap from 'soap';

// BENCH_DIST: another build to measure (e.g. a copy of an older dist/, for before/after figures).
const DIST = new URL(`${process.env.BENCH_DIST ?? '../dist'}/`, import.meta.url);
const { startIpsMock } = await import(new URL('index.js', DIST).href);

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const ROUNDS = env('BENCH_ROUNDS', 3);
const SECONDS = env('BENCH_SECONDS', 5);
const COLD_RUNS = env('BENCH_COLD_RUNS', 10);
const RSS_COMPANIES = env('BENCH_RSS_COMPANIES', 2000);
const RSS_REQUESTS = env('BENCH_RSS_REQUESTS', 100_000);
const CATALOGUE_ASSETS = env('BENCH_CATALOGUE_ASSETS', 10_000);
const SCALE_JOBS = (process.env.BENCH_SCALE_JOBS ?? '100,1000,10000').split(',').map(Number);
const HOSTILE = process.env.BENCH_HOSTILE !== '0';
// BENCH_ONLY=scale,first: only these sections (startup, first, cpu, scale, catalogue, memory, hostile), while iterating.
const ONLY = process.env.BENCH_ONLY?.split(',');
const section = (name) => !ONLY || ONLY.includes(name);
const CONNECTIONS = 8;
const PATH = '/scene7/services/IpsApiService';
const CLOCK = '2026-11-28T10:00:00Z';
const NS = 'http://www.scene7.com/IpsApi/xsd/2014-04-03';
const HERE = new URL('.', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// Helpers
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const MiB = 1024 * 1024;
const envelope = (op, inner, { password = 'ips-mock', header = '' } = {}) =>
  `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>${password}</password>${header}</authHeader></soapenv:Header><soapenv:Body><${op}Param xmlns="${NS}">${inner}</${op}Param></soapenv:Body></soapenv:Envelope>`;
const company = (c) => `<companyHandle>${c}</companyHandle>`;
const SUBMIT = (c) => `${company(c)}<jobName>bench</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`;
// An empty SOAPAction ("") lets the body element name the operation (mixed loads).
const headersFor = (op, extra = {}) => ({ 'content-type': 'text/xml; charset=utf-8', soapaction: op ?? '""', ...extra });

async function post(base, op, inner, opts = {}) {
  const t = performance.now();
  const r = await fetch(`${base}${PATH}`, { method: 'POST', headers: headersFor(op, opts.headers), body: envelope(op, inner, opts) });
  const text = await r.text();
  return { status: r.status, text, ms: performance.now() - t, contentType: r.headers.get('content-type') };
}

/** A server in a child process: its url, and its CPU time (µs) and RSS on demand. */
async function forkServer(kind, arg, { execArgv = [] } = {}) {
  const child = fork(join(HERE, 'serve.mjs'), [kind, arg], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, ...execArgv] });
  const { url } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${kind} server exited ${code}`)));
  });
  const stats = (message = 'stats') =>
    new Promise((resolve) => {
      child.once('message', (m) => resolve({ cpuUs: m.cpu.user + m.cpu.system, rss: m.rss, heapUsed: m.heapUsed, external: m.external }));
      child.send(message);
    });
  return { url, stats, kill: () => child.kill() };
}

/** autocannon against one server; bodies cycle per request. Returns req/s, latencies and CPU µs per request. */
async function load(server, op, bodies, { seconds = SECONDS, amount, headers } = {}) {
  let i = 0;
  const before = await server.stats();
  const r = await autocannon({
    url: `${server.url}${PATH}`,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: seconds }),
    requests: [{ method: 'POST', headers: headersFor(op, headers), setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  const after = await server.stats();
  const total = r.requests.total;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total, non2xx: r.non2xx, cpuPerReq: (after.cpuUs - before.cpuUs) / total, rss: after.rss, heapUsed: after.heapUsed, external: after.external };
}

/** Spawn a command and time until `ready(url)` answers 200. */
async function coldStart(args, urlFrom, probe) {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = urlFrom === 'stdout' && /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    if (urlFrom === 'ipc') child.once('message', (m) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
  const status = await probe(url);
  const t = performance.now() - t0;
  child.removeAllListeners('exit');
  child.kill();
  await new Promise((r) => child.once('exit', r));
  if (status !== 200) throw new Error(`${args.join(' ')}: first answer ${status}`);
  return t;
}

const lines = [];
const say = (s = '') => {
  console.log(s);
  lines.push(s);
};
const table = (head, rows) => {
  say(`| ${head.join(' | ')} |`);
  say(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) say(`| ${r.join(' | ')} |`);
  say();
};

// ---------------------------------------------------------------------------------------------
const started = new Date();
const load0 = os.loadavg();
say(`# Benchmark results`);
say();
say(`${started.toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · Node ${process.version} · ${os.platform()} ${os.release()}`);
say(`${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections (autocannon, on the same cores as the servers); medians of rounds.`);
say(`The machine is shared: compare ratios within this run. Load average at start: ${load0.map((x) => x.toFixed(1)).join(' ')}.`);
say();

// Precompute what the floor and node-soap answer: the mock's own bytes and objects.
const tmp = mkdtempSync(join(os.tmpdir(), 'ips-bench-'));
const ref = await startIpsMock({ port: 0, seed: 7, clock: CLOCK });
const gaj = await post(ref.url, 'getActiveJobs', company('c|2101'));
const flt = await post(ref.url, 'getActiveJobs', company('c|2101'), { password: 'wrong' });
const sub = await post(ref.url, 'submitJob', SUBMIT('c|2101'));
const jobCount = (gaj.text.match(/<items><companyHandle>/g) ?? []).length;
const answers = Object.fromEntries(
  [
    ['getActiveJobs', gaj],
    ['submitJob', sub],
    ['fault', flt],
  ].map(([k, a]) => [k, { status: a.status, contentType: a.contentType, body: a.text }]),
);
const bytesFile = join(tmp, 'bytes.json');
writeFileSync(bytesFile, JSON.stringify(answers));
const client = await soap.createClientAsync(ref.wsdlUrl('2014-04-03'));
client.addSoapHeader({ authHeader: { user: 'ips@example.com', password: 'ips-mock' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
const [gajObject] = await client.getActiveJobsAsync({ companyHandle: 'c|2101' });
const [subObject] = await client.submitJobAsync({ companyHandle: 'c|2101', jobName: 'bench', optimizeImagesJob: { emailSetting: 'None' } });
const wsdl = await (await fetch(ref.wsdlUrl('2014-04-03'))).text();
const soapFile = join(tmp, 'node-soap.json');
writeFileSync(soapFile, JSON.stringify({ wsdl, results: { getActiveJobs: gajObject, submitJob: subObject }, fault: { code: 10001, reason: "Invalid username/password for 'ips@example.com'" } }));
await ref.close();

// ---------------------------------------------------------------------------------------------
if (section('startup')) {
say(`## Start-up`);
say();
const cold = { node: [], bytes: [], nodeSoap: [], mock: [] };
for (let i = 0; i < COLD_RUNS; i++) {
  cold.node.push(await coldStart(['-e', 'process.stdout.write("listening on x\\n")'], 'stdout', async () => 200));
  const gajBody = envelope('getActiveJobs', company('c|2101'));
  cold.bytes.push(await coldStart([join(HERE, 'serve.mjs'), 'bytes', bytesFile], 'ipc', async (u) => (await fetch(`${u}${PATH}`, { method: 'POST', headers: headersFor('getActiveJobs'), body: gajBody })).status));
  cold.nodeSoap.push(await coldStart([join(HERE, 'serve.mjs'), 'node-soap', soapFile], 'ipc', async (u) => (await fetch(`${u}${PATH}?wsdl`)).status));
  cold.mock.push(await coldStart([new URL('cli.js', DIST).pathname, '--port', '0'], 'stdout', async (u) => (await fetch(`${u}/scene7/webservice/IpsApi-2014-04-03.wsdl`)).status));
}
const warm = [];
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  const m = await startIpsMock({ port: 0, seed: 7 });
  warm.push(performance.now() - t);
  await m.close();
}
table(
  ['what', `median of ${COLD_RUNS} ms`, 'min ms', 'target'],
  [
    ['`node` alone (spawn → exit)', ms(median(cold.node)), ms(Math.min(...cold.node)), ''],
    ['precomputed-bytes server: spawn → first 200', ms(median(cold.bytes)), ms(Math.min(...cold.bytes)), ''],
    ['node-soap Server: spawn → first WSDL 200', ms(median(cold.nodeSoap)), ms(Math.min(...cold.nodeSoap)), ''],
    ['**ips-mock CLI: spawn → first WSDL 200**', `**${ms(median(cold.mock))}**`, ms(Math.min(...cold.mock)), '≤ 300'],
    ['ips-mock `startIpsMock()` in a warm process (median of 10 after the first)', ms(median(warm.slice(1))), ms(Math.min(...warm)), '≤ 30'],
    ['… its first call in the process (fixtures read and checked)', ms(warm[0]), '', ''],
  ],
);

}

// ---------------------------------------------------------------------------------------------
if (section('first')) {
say(`## First touch of a new company`);
say();
say(`Time of the first request naming a company the mock has not seen (it fakes its jobs, scheduled jobs and logs`);
say(`then), measured by the client over loopback; in-process mock, pinned clock. The very first company also loads`);
say(`the faker locales.`);
say();
{
  const m = await startIpsMock({ port: 0, seed: 7, clock: CLOCK });
  const first = (await post(m.url, 'getActiveJobs', company('c|69999'))).ms;
  const touch = { getActiveJobs: [], getScheduledJobs: [], getJobLogs: [] };
  const again = [];
  for (let i = 0; i < 30; i++) {
    for (const [k, op] of Object.entries(touch)) op.push((await post(m.url, k, company(`c|${70_000 + i * 3 + Object.keys(touch).indexOf(k)}`))).ms);
    again.push((await post(m.url, 'getActiveJobs', company(`c|${70_000 + i * 3}`), { headers: { 'accept-language': 'de-DE' } })).ms);
  }
  table(
    ['request', 'median ms', 'p90 ms', 'target'],
    [
      ['first company in the process (getActiveJobs)', ms(first), '', ''],
      ...Object.entries(touch).map(([k, v]) => [`**${k}**, new company`, `**${ms(median(v))}**`, ms(pct(v, 0.9)), '≤ 30']),
      ['getActiveJobs, same company again (other locale: not cached)', ms(median(again)), ms(pct(again, 0.9)), ''],
    ],
  );
  await m.close();
}

}

// ---------------------------------------------------------------------------------------------
if (section('cpu')) {
say(`## CPU per request`);
say();
say(`Server CPU time per request (user + system, from process.cpuUsage in the server's own process) and`);
say(`throughput. getActiveJobs: c|2101, ${jobCount} jobs (2014-04-03, ${Buffer.byteLength(gaj.text)} bytes, cached after the first`);
say(`request); fault: a wrong password; submitJob: one optimizeImagesJob per request, over 50 companies. The ips-mock`);
say(`servers run with the command's V8 heap settings (src/server-heap.ts; the Memory section names them).`);
say();
{
  const bytes = await forkServer('bytes', bytesFile);
  const nodeSoap = await forkServer('node-soap', soapFile);
  const pinned = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK }));
  const noJournal = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK, journalLimit: 0 }));
  const live = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7 }));
  // Issue 9: what the journal and strict request checking cost (lenient = answered, violations in a header).
  const lenient = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK, requests: 'lenient' }));
  const bare = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK, requests: 'lenient', journalLimit: 0 }));
  const gajBodies = [envelope('getActiveJobs', company('c|2101'))];
  const faultBodies = [envelope('getActiveJobs', company('c|2101'), { password: 'wrong' })];
  const submitBodies = Array.from({ length: 50 }, (_, i) => envelope('submitJob', SUBMIT(`c|${80_000 + i}`)));
  for (const s of [pinned, noJournal, lenient, bare]) for (const b of submitBodies) await post(s.url, 'getActiveJobs', company(/c\|\d+/.exec(b)[0]));
  const scenarios = [
    ['getActiveJobs', 'precomputed bytes', bytes, 'getActiveJobs', gajBodies],
    ['getActiveJobs', 'node-soap Server (precomputed object)', nodeSoap, 'getActiveJobs', gajBodies],
    ['getActiveJobs', 'ips-mock, pinned clock', pinned, 'getActiveJobs', gajBodies],
    ['getActiveJobs', 'ips-mock, pinned clock, journal off', noJournal, 'getActiveJobs', gajBodies],
    ['getActiveJobs', 'ips-mock, pinned clock, lenient requests', lenient, 'getActiveJobs', gajBodies],
    ['getActiveJobs', 'ips-mock, pinned clock, journal off, lenient requests', bare, 'getActiveJobs', gajBodies],
    ['getActiveJobs', 'ips-mock, real clock (jobs moving)', live, 'getActiveJobs', gajBodies],
    ['fault', 'precomputed bytes', bytes, 'fault', faultBodies],
    ['fault', 'node-soap Server', nodeSoap, 'getActiveJobs', faultBodies],
    ['fault', 'ips-mock', pinned, 'getActiveJobs', faultBodies],
    ['submitJob', 'precomputed bytes', bytes, 'submitJob', submitBodies],
    ['submitJob', 'node-soap Server (precomputed object)', nodeSoap, 'submitJob', submitBodies],
    ['submitJob', 'ips-mock, pinned clock', pinned, 'submitJob', submitBodies],
    ['submitJob', 'ips-mock, pinned clock, journal off', noJournal, 'submitJob', submitBodies],
    ['submitJob', 'ips-mock, pinned clock, lenient requests', lenient, 'submitJob', submitBodies],
  ];
  const results = new Map(scenarios.map((s) => [`${s[0]}|${s[1]}`, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [group, name, server, op, bodies] of scenarios) {
      const r = await load(server, op, bodies);
      if (group !== 'fault' && r.non2xx > 0) throw new Error(`${group}/${name}: ${r.non2xx} non-2xx answers`);
      results.get(`${group}|${name}`).push(r);
    }
  }
  const targets = { getActiveJobs: 2.5, submitJob: 4 };
  for (const group of ['getActiveJobs', 'fault', 'submitJob']) {
    const rows = scenarios.filter((s) => s[0] === group);
    const med = (name, k) => median(results.get(`${group}|${name}`).map((r) => r[k]));
    const baseCpu = med('precomputed bytes', 'cpuPerReq');
    const baseRps = med('precomputed bytes', 'rps');
    say(`### ${group}`);
    say();
    table(
      ['server', 'CPU µs / request', 'CPU vs bytes', 'req/s', 'req/s vs bytes', 'p50 ms', 'p99 ms'],
      rows.map(([, name]) => {
        const cpu = med(name, 'cpuPerReq');
        const mock = name === 'ips-mock, pinned clock' || name === 'ips-mock';
        const target = mock && targets[group] ? ` (target ≤ ${targets[group]}×)` : '';
        return [mock ? `**${name}**` : name, cpu.toFixed(0), `${mock ? '**' : ''}${ratio(cpu, baseCpu)}${mock ? '**' : ''}${target}`, med(name, 'rps').toFixed(0), (med(name, 'rps') / baseRps).toFixed(2), String(med(name, 'p50')), String(med(name, 'p99'))];
      }),
    );
  }
  // Issue 9's figure: the extra CPU per request of the journal and of strict checking (≤ 15 %), and their throughput.
  const costs = ['getActiveJobs', 'submitJob'].map((group) => {
    const med = (name, k) => median(results.get(`${group}|${name}`).map((r) => r[k]));
    const cost = (on, off) => `${(100 * (med(on, 'cpuPerReq') / med(off, 'cpuPerReq') - 1)).toFixed(0)} % CPU, ${(100 * (1 - med(on, 'rps') / med(off, 'rps'))).toFixed(0)} % req/s`;
    return [group, cost('ips-mock, pinned clock', 'ips-mock, pinned clock, journal off'), cost('ips-mock, pinned clock', 'ips-mock, pinned clock, lenient requests')];
  });
  say(`### What the journal and strict request checking cost (issue 9, target < 15 %)`);
  say();
  say(`The default (journal on, strict requests) against the same mock with the journal off, and with lenient requests; medians of the rounds above.`);
  say();
  table(['load', 'journal on vs off', 'strict vs lenient'], costs);
  for (const s of [bytes, nodeSoap, pinned, noJournal, live, lenient, bare]) s.kill();
}

}

// ---------------------------------------------------------------------------------------------
if (section('scale')) {
say(`## Scale`);
say();
say(`One company per size, from fixtures (every job active, 20 files each, so a job's log has ~22 detail rows:`);
say(`10,000 jobs ≈ 220,000 job-log rows). Each read is sent in a different locale (Accept-Language), so none is`);
say(`answered from the response cache; medians of 5, measured by the client as the time to the answer's last byte`);
say(`(raw node:http, keep-alive; the bytes are counted, not gunzipped or decoded: that is the client's own work, and`);
say(`decoding 22 MiB took the previous runs' fetch() client longer than the mock took to send it). "server CPU" is the`);
say(`mock process's CPU time for the read (process.cpuUsage), the median of the gzipped reads.`);
say();
{
  const dir = join(tmp, 'fixtures');
  const variants = ['imageServingPublishJob', 'uploadUrlsJob', 'exportJob', 'optimizeImagesJob', 'videoPublishJob'];
  const states = ['New', 'WaitingCoordinator', 'Running', 'Running', 'Stopping'];
  const jobs = SCALE_JOBS.flatMap((n) => Array.from({ length: n }, (_, i) => ({ company: `c|${900_000 + n}`, variant: variants[i % 5], state: states[(i >> 2) % 5], totalSize: 20 })));
  rmSync(dir, { recursive: true, force: true });
  (await import('node:fs')).mkdirSync(dir);
  writeFileSync(join(dir, 'scale.json'), JSON.stringify({ formatVersion: 1, companies: SCALE_JOBS.map((n) => ({ handle: `c|${900_000 + n}` })), jobs }));
  const t0 = performance.now();
  const server = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK, fixturesDir: dir }));
  const startMs = performance.now() - t0;
  const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'it-IT'];
  const rows = [];
  const perJob = {};
  // Time to the last byte of the answer, as sent (gzip unless asked otherwise); the mock's CPU for it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ttlb = async (op, inner, headers) => {
    const before = await server.stats();
    const t = performance.now();
    const bytes = await new Promise((resolve, reject) => {
      const req = http.request(`${server.url}${PATH}`, { method: 'POST', agent, headers: { ...headersFor(op), 'accept-encoding': 'gzip', ...headers } }, (res) => {
        let n = 0;
        res.on('data', (c) => (n += c.length));
        res.on('end', () => resolve(n));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(envelope(op, inner));
    });
    const msTaken = performance.now() - t;
    return { ms: msTaken, bytes, cpuMs: ((await server.stats()).cpuUs - before.cpuUs) / 1000 };
  };
  for (const n of SCALE_JOBS) {
    const c = `c|${900_000 + n}`;
    const touch = await post(server.url, 'getActiveJobs', company(c));
    const active = (touch.text.match(/<items><companyHandle>/g) ?? []).length;
    const handle = /<jobHandle>([^<]+)<\/jobHandle>/.exec(touch.text)[1];
    let cpu = [];
    const timed = async (op, inner, headers = {}) => {
      const xs = [];
      cpu = [];
      for (const l of LOCALES.slice(1)) {
        const r = await ttlb(op, inner, { 'accept-language': l, ...headers });
        xs.push(r.ms);
        cpu.push(r.cpuMs);
      }
      return median(xs);
    };
    const gajMs = await timed('getActiveJobs', company(c));
    const gajCpu = median(cpu);
    const logsMs = await timed('getJobLogs', `${company(c)}<numRows>1000</numRows>`);
    const detailsMs = await timed('getJobLogDetails', `${company(c)}<jobHandle>${handle}</jobHandle><recordsPerPage>10</recordsPerPage><resultsPage>2</resultsPage>`);
    // The same read without gzip (what serializing costs without compressing), and right after the clock moved
    // 1 s (running jobs changed, so their XML is written again; the others' is kept).
    const plainMs = await timed('getActiveJobs', company(c), { 'accept-encoding': 'identity' });
    const movedXs = [];
    for (const l of LOCALES.slice(1)) {
      await fetch(`${server.url}/__admin/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ by: '1s' }) });
      movedXs.push((await ttlb('getActiveJobs', company(c), { 'accept-language': l })).ms);
    }
    perJob[n] = (gajMs * 1000) / n;
    rows.push([`${n.toLocaleString('en-US')} (${active} listed, ${(Buffer.byteLength(touch.text) / MiB).toFixed(1)} MiB)`, ms(touch.ms), ms(gajMs), ms(gajCpu), ms(plainMs), ms(median(movedXs)), perJob[n].toFixed(0), ms(logsMs), ms(detailsMs)]);
  }
  table(['active jobs', 'first touch ms', 'getActiveJobs ms (≤ 200 at 10k)', '… server CPU ms', '… not gzipped', '… after the clock moved 1 s', 'µs per job', 'getJobLogs 1,000 rows ms (≤ 50)', 'getJobLogDetails page ms (≤ 20)'], rows);
  const [small, large] = [SCALE_JOBS[0], SCALE_JOBS.at(-1)];
  say(`Cost per job, ${large.toLocaleString('en-US')} vs ${small}: ${ratio(perJob[large], perJob[small])} (flat = 1×). Start-up with these fixtures (fork → listening): ${ms(startMs)} ms; RSS ${((await server.stats()).rss / MiB).toFixed(0)} MB.`);
  say();
  server.kill();
}

}

// ---------------------------------------------------------------------------------------------
if (section('catalogue')) {
say(`## Catalogue (issue 8)`);
say();
say(`searchAssets over a fixture company with ${CATALOGUE_ASSETS.toLocaleString('en-US')} assets in 10 folders (all of them, includeSubfolders), each read in another`);
say(`locale so none is answered from the response cache; and the first catalogue request of a faked company whose`);
say(`jobs were already read (the catalogue is created then); measured by the client, medians.`);
say();
{
  const dir = join(tmp, 'catalogue');
  (await import('node:fs')).mkdirSync(dir, { recursive: true });
  const big = 'c|960000';
  const folders = Array.from({ length: 10 }, (_, i) => ({ company: big, path: `images/set${i}/` }));
  const assets = Array.from({ length: CATALOGUE_ASSETS }, (_, i) => ({ company: big, name: `asset_${i}`, type: i % 10 === 9 ? 'Video' : 'Image', folder: `images/set${i % 10}/` }));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify({ formatVersion: 1, companies: [{ handle: big }], folders, assets }));
  const server = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK, fixturesDir: dir }));
  const search = (c, lang) => post(server.url, 'searchAssets', `${company(c)}<includeSubfolders>true</includeSubfolders>`, { headers: { 'accept-language': lang } });
  const firstSearch = await search(big, 'en-US');
  if (firstSearch.status !== 200) throw new Error(`searchAssets: ${firstSearch.status} ${firstSearch.text.slice(0, 300)}`);
  const found = /<totalRows>(\d+)<\/totalRows>/.exec(firstSearch.text)?.[1] ?? '?';
  const searches = [];
  for (const l of ['de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'it-IT']) searches.push((await search(big, l)).ms);
  const creations = [];
  for (let i = 0; i < 20; i++) {
    const c = `c|${97_000 + i}`;
    await post(server.url, 'getActiveJobs', company(c));
    creations.push((await search(c, 'en-US')).ms);
  }
  table(
    ['what', 'median ms', 'target'],
    [
      [`searchAssets, ${CATALOGUE_ASSETS.toLocaleString('en-US')} assets (first read, with the catalogue's creation: ${ms(firstSearch.ms)} ms; totalRows ${found}, ${Buffer.byteLength(firstSearch.text)} bytes)`, `**${ms(median(searches))}**`, '< 100'],
      ['first searchAssets of a faked company (its catalogue created)', `**${ms(median(creations))}**`, '< 50'],
    ],
  );
  server.kill();
}
}

// ---------------------------------------------------------------------------------------------
if (section('memory')) {
say(`## Memory`);
say();
{
  const { DEFAULT_CONFIG } = await import(new URL(`${process.env.BENCH_DIST ?? '../dist'}/index.js`, import.meta.url).href);
  const budget = await import(new URL(`${process.env.BENCH_DIST ?? '../dist'}/shared/byte-budget.js`, import.meta.url).href).catch(() => undefined);
  const { ResponseCache } = await import(new URL(`${process.env.BENCH_DIST ?? '../dist'}/engine/response-cache.js`, import.meta.url).href);
  say(`${RSS_COMPANIES.toLocaleString('en-US')} companies touched (getActiveJobs each), then ${RSS_REQUESTS.toLocaleString('en-US')} further requests over them (getActiveJobs,`);
  say(`getJobLogs, getScheduledJobs and every 10th a submitJob), pinned clock; memory of the mock's process (RSS, and V8's heapUsed and`);
  say(`external, sampled without forcing a GC, so they include garbage not yet collected). Defaults it ran with: maxIdleCompanies`);
  say(`${DEFAULT_CONFIG.maxIdleCompanies}, journalLimit ${DEFAULT_CONFIG.journalLimit}, response cache ${new ResponseCache().maxBytes / MiB} MiB${budget ? `, derived-data budget ${budget.DERIVED_BYTES / MiB} MiB` : ''};`);
  const heap = await import(new URL(`${process.env.BENCH_DIST ?? '../dist'}/server-heap.js`, import.meta.url).href).catch(() => undefined);
  say(`V8 heap settings of the ips-mock command, as every ips-mock server in this file has them (src/server-heap.ts): ${heap ? `\`${heap.serverHeapFlags([], undefined)}\`` : 'none (a build from before them)'}.`);
  say();
  // --expose-gc only so the last line can force a full GC and show the live heap; nothing forces one before.
  const server = await forkServer('ips-mock', JSON.stringify({ port: 0, seed: 7, clock: CLOCK }), { execArgv: ['--expose-gc'] });
  const s0 = await server.stats();
  const companies = Array.from({ length: RSS_COMPANIES }, (_, i) => `c|${100_000 + i}`);
  const t0 = performance.now();
  await load(server, 'getActiveJobs', companies.map((c) => envelope('getActiveJobs', company(c))), { amount: companies.length });
  const touchS = (performance.now() - t0) / 1000;
  const touched = await server.stats();
  const ops = ['getActiveJobs', 'getJobLogs', 'getScheduledJobs'];
  const mixed = [];
  for (let i = 0; i < 10 * ops.length; i++) {
    const c = companies[(i * 7919) % companies.length];
    mixed.push(i % 10 === 9 ? envelope('submitJob', SUBMIT(c)) : envelope(ops[i % 3], company(c)));
  }
  const SAMPLES = 20;
  const samples = [];
  const batch = Math.ceil(RSS_REQUESTS / SAMPLES);
  for (let b = 0; b < SAMPLES; b++) {
    const bodies = mixed.map((_, k) => mixed[(k + b * 13) % mixed.length]);
    const r = await load(server, null, bodies, { amount: batch });
    if (r.non2xx > 0) throw new Error(`memory: ${r.non2xx} non-2xx answers`);
    samples.push(r);
  }
  const mb = (x) => (x / MiB).toFixed(0);
  table(
    ['point', 'RSS MB', 'heapUsed MB', 'external MB'],
    [
      ['started', mb(s0.rss), mb(s0.heapUsed), mb(s0.external)],
      [`${RSS_COMPANIES} companies touched (${touchS.toFixed(1)} s)`, `**${mb(touched.rss)}** (target ≤ 300)`, mb(touched.heapUsed), mb(touched.external)],
      ...samples.map((s, b) => [`+${((b + 1) * batch).toLocaleString('en-US')} requests`, mb(s.rss), mb(s.heapUsed), mb(s.external)]),
    ],
  );
  const rss = samples.map((s) => s.rss);
  const late = rss.slice(SAMPLES / 2);
  const live = await server.stats('gc-stats');
  say(`After a full GC at the end (forced for this line only): heapUsed ${mb(live.heapUsed)} MB (the live data), external ${mb(live.external)} MB, RSS ${mb(live.rss)} MB.`);
  say(`Over the further requests: RSS min ${mb(Math.min(...rss))} MB, max ${mb(Math.max(...rss))} MB; over the second half (a plateau is flat here) min ${mb(Math.min(...late))}, max ${mb(Math.max(...late))} MB, last − middle sample ${mb(rss.at(-1) - rss[SAMPLES / 2 - 1])} MB.`);
  say();
  server.kill();
}

}

// ---------------------------------------------------------------------------------------------
if (HOSTILE && section('hostile')) {
  say(`## Hostile input (bench/hostile.mjs, issue 11)`);
  say();
  say(`Other clients' latency while a worst-case request is read: the hardening engineer's scenario, run here as is.`);
  say();
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(HERE, 'hostile.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('exit', () => resolve(text));
  });
  say('```');
  for (const l of out.trimEnd().split('\n')) say(l);
  say('```');
  say();
}

rmSync(tmp, { recursive: true, force: true });
say(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}. Total time ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s.`);
// The profiles that show why a target is out of reach (hand-written from --cpu-prof runs) go with the numbers.
const profiles = readFileSync(join(HERE, 'profiles.md'), 'utf8');
const out = process.env.BENCH_OUT ?? join(HERE, 'RESULTS.md');
writeFileSync(out, `${lines.join('\n')}\n\n${profiles}`);
console.error(`wrote ${out}`);
process.exit(0);

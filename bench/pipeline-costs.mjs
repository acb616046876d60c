#!/usr/bin/env node
// What the journal and strict request checking cost (issue 9), measured without the network's noise:
// four mocks in this process (journal on/off × strict/lenient requests), driven by one keep-alive client
// in short alternating bursts, so machine load hits all four alike. CPU per request is this whole
// process's (client included, the same for all four), so differences between rows are the mock's own.
// Usage: node bench/pipeline-costs.mjs (after npm run build). Prints a markdown table.
import http from 'node:http';

const DIST = new URL(`${process.env.BENCH_DIST ?? '../dist'}/`, import.meta.url);
const { startIpsMock } = await import(new URL('index.js', DIST).href);
const BURSTS = Number(process.env.BENCH_BURSTS ?? 20);
const PER_BURST = Number(process.env.BENCH_PER_BURST ?? 200);
const NS = 'http://www.scene7.com/IpsApi/xsd/2014-04-03';
const envelope = (op, inner) =>
  `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password></authHeader></soapenv:Header><soapenv:Body><${op}Param xmlns="${NS}">${inner}</${op}Param></soapenv:Body></soapenv:Envelope>`;
const LOADS = {
  'getActiveJobs (cached)': () => ['getActiveJobs', envelope('getActiveJobs', '<companyHandle>c|2101</companyHandle>')],
  submitJob: (i) => ['submitJob', envelope('submitJob', `<companyHandle>c|${80_000 + (i % 50)}</companyHandle><jobName>bench</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`)],
};
const CONFIGS = {
  'journal on, strict (default)': {},
  'journal off': { journalLimit: 0 },
  'lenient requests': { requests: 'lenient' },
  'journal off, lenient': { journalLimit: 0, requests: 'lenient' },
};
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
// A mock closes a keep-alive connection idle for 5 s (while the others take their turn): send again then.
const post = (url, op, body) => send(url, op, body).catch((e) => (e.code === 'ECONNRESET' ? send(url, op, body) : Promise.reject(e)));
const send = (url, op, body) =>
  new Promise((resolve, reject) => {
    const req = http.request(`${url}/scene7/services/IpsApiService`, { method: 'POST', agent, headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: op } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${op}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });

const mocks = {};
for (const [name, extra] of Object.entries(CONFIGS)) mocks[name] = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z', ...extra });
const cpu = {};
for (const [load, make] of Object.entries(LOADS)) {
  for (const name of Object.keys(CONFIGS)) {
    cpu[`${load}|${name}`] = [];
    for (let i = 0; i < 60; i++) await post(mocks[name].url, ...make(i)); // warm-up (JIT, companies touched)
  }
  let n = 0;
  for (let b = 0; b < BURSTS; b++) {
    for (const name of Object.keys(CONFIGS)) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < PER_BURST; i++) await post(mocks[name].url, ...make(n++));
      const c = process.cpuUsage(c0);
      cpu[`${load}|${name}`].push((c.user + c.system) / PER_BURST);
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| load | ${Object.keys(CONFIGS).join(' | ')} | journal cost | strict-checking cost |`);
console.log(`|---|${Object.keys(CONFIGS).map(() => '---').join('|')}|---|---|`);
for (const load of Object.keys(LOADS)) {
  const m = Object.fromEntries(Object.keys(CONFIGS).map((name) => [name, median(cpu[`${load}|${name}`])]));
  const pct = (on, off) => `${(100 * (m[on] / m[off] - 1)).toFixed(1)} %`;
  const [def, noJournal, lenient] = Object.keys(CONFIGS);
  console.log(`| ${load} | ${Object.values(m).map((x) => `${x.toFixed(0)} µs`).join(' | ')} | ${pct(def, noJournal)} | ${pct(def, lenient)} |`);
}
for (const m of Object.values(mocks)) await m.close();
agent.destroy();

#!/usr/bin/env node
// Benchmark: ips-mock against (a) node-soap's own Server answering the same getActiveJobs from a
// precomputed object and (b) a plain HTTP server that only writes precomputed response bytes.
// Ratios from one run on one machine; medians of ROUNDS rounds. See bench/README.md.
import http from 'node:http';
import autocannon from 'autocannon';
import soap from 'soap';
import { startIpsMock } from '../dist/index.js';
import { writeWsdl } from '../dist/wsdl/write-wsdl.js';
import { versionById } from '../dist/schema/versions.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;
const PATH = '/scene7/services/IpsApiService';
const request = (company, password = 'ips-mock') =>
  `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>${password}</password></authHeader></soapenv:Header><soapenv:Body><getActiveJobsParam xmlns="http://www.scene7.com/IpsApi/xsd/2014-04-03"><companyHandle>${company}</companyHandle></getActiveJobsParam></soapenv:Body></soapenv:Envelope>`;
const headers = { 'content-type': 'text/xml; charset=utf-8', soapaction: 'getActiveJobs' };

const listen = (server) => new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}`)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load(url, body) {
  const r = await autocannon({ url: `${url}${PATH}`, method: 'POST', headers, body, connections: CONNECTIONS, duration: SECONDS });
  if (r.non2xx > 0 && !body.includes('wrong')) throw new Error(`${url}: ${r.non2xx} non-2xx answers`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

// Servers under test.
const pinned = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
const live = await startIpsMock({ port: 0, seed: 7 });
const bytes = Buffer.from(await (await fetch(pinned.endpoint, { method: 'POST', headers, body: request('c|2101') })).text());
const raw = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(bytes));
});
const rawUrl = await listen(raw);
const client = await soap.createClientAsync(pinned.wsdlUrl('2014-04-03'));
client.addSoapHeader({ authHeader: { user: 'ips@example.com', password: 'ips-mock' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
const [result] = await client.getActiveJobsAsync({ companyHandle: 'c|2101' });
const nodeSoapServer = http.createServer();
const nodeSoapUrl = await listen(nodeSoapServer);
soap.listen(nodeSoapServer, PATH, { IpsApiService: { IpsApiSoapPort: { getActiveJobs: () => result } } }, writeWsdl(versionById('2014-04-03'), `${nodeSoapUrl}${PATH}`));

const scenarios = [
  ['precomputed bytes (baseline)', rawUrl, request('c|2101')],
  ['node-soap Server, precomputed object', nodeSoapUrl, request('c|2101')],
  ['ips-mock, pinned clock', pinned.url, request('c|2101')],
  ['ips-mock, real clock (jobs moving)', live.url, request('c|2101')],
  ['ips-mock, authentication fault', pinned.url, request('c|2101', 'wrong')],
];
const results = new Map(scenarios.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, url, body] of scenarios) results.get(name).push(await load(url, body));
}
const base = median(results.get(scenarios[0][0]).map((r) => r.rps));
console.log(`getActiveJobs c|2101 (2014-04-03, ${bytes.length} bytes), ${CONNECTIONS} connections, ${SECONDS}s x ${ROUNDS} rounds, medians:\n`);
console.log('| server | req/s | p50 ms | p99 ms | throughput vs baseline |');
console.log('|---|---|---|---|---|');
for (const [name] of scenarios) {
  const rs = results.get(name);
  const rps = median(rs.map((r) => r.rps));
  console.log(`| ${name} | ${rps.toFixed(0)} | ${median(rs.map((r) => r.p50))} | ${median(rs.map((r) => r.p99))} | ${(rps / base).toFixed(2)} |`);
}
await Promise.all([pinned.close(), live.close(), new Promise((r) => raw.close(r)), new Promise((r) => nodeSoapServer.close(r))]);
process.exit(0);

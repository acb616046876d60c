#!/usr/bin/env node
// Hostile inputs (issue 11): each worst request up to the 10 MiB body limit, sent while another client
// polls getActiveJobs. Reports the hostile request's server CPU and wall time and the other client's worst
// latency meanwhile. Targets: ≤ 1 s CPU per hostile request, other client < 200 ms. See bench/README.md.
// The mock runs in a child process so its CPU time is its own.
import { fork } from 'node:child_process';
import http from 'node:http';

if (process.argv[2] === '--serve') {
  const { startIpsMock } = await import('../dist/index.js');
  const mock = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
  process.send({ port: new URL(mock.url).port });
  process.on('message', () => process.send({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss }));
} else {
  const MiB = 1024 * 1024;
  const NS = 'http://www.scene7.com/IpsApi/xsd/2014-04-03';
  const env = (inner) =>
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password></authHeader></soapenv:Header><soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`;
  const gaj = (inner) => env(`<getActiveJobsParam xmlns="${NS}">${inner}</getActiveJobsParam>`);
  const attrs = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
  const CASES = {
    'baseline (a valid getActiveJobs)': () => gaj('<companyHandle>c|2101</companyHandle>'),
    'nesting 100k levels': () => gaj('<a>'.repeat(100_000) + '</a>'.repeat(100_000)),
    'undefined entities 2.5M': () => gaj(`<companyHandle>${'&x;'.repeat(2_500_000)}</companyHandle>`),
    '&amp; 1.9M': () => gaj(`<companyHandle>${'&amp;'.repeat(1_900_000)}</companyHandle>`),
    'element name 9.9 MB': () => env(`<${'x'.repeat(9_900_000)} xmlns="${NS}"/>`),
    'attributes 800k': () => gaj(`<companyHandle ${attrs(800_000, (i) => `a${i}="1"`)}>c|2101</companyHandle>`),
    'xmlns declarations 500k': () => gaj(`<companyHandle ${attrs(500_000, (i) => `xmlns:p${i}="u"`)}>c|2101</companyHandle>`),
    'elements 2.4M': () => gaj('<a/>'.repeat(2_400_000)),
    'text 10 MB': () => gaj(`<companyHandle>${'x'.repeat(10 * MiB - 2_000)}</companyHandle>`),
    'comment 10 MB': () => gaj(`<!--${'x'.repeat(10 * MiB - 2_000)}-->`),
  };

  const child = fork(new URL(import.meta.url).pathname, ['--serve']);
  const { port } = await new Promise((r) => child.once('message', r));
  const stats = () => new Promise((r) => { child.once('message', r); child.send('stats'); });
  const agent = new http.Agent({ keepAlive: true });
  const post = (body, soapAction = 'getActiveJobs') =>
    new Promise((resolve, reject) => {
      const req = http.request({ port, agent, method: 'POST', path: '/scene7/services/IpsApiService', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: soapAction } }, (res) => {
        let bytes = 0;
        res.on('data', (c) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode, bytes }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const small = gaj('<companyHandle>c|2101</companyHandle>');
  await post(small);

  const rows = [];
  for (const [name, make] of Object.entries(CASES)) {
    const body = Buffer.from(make());
    let polling = true;
    let worst = 0;
    let polls = 0;
    const poller = (async () => {
      while (polling) {
        const t = performance.now();
        await post(small);
        worst = Math.max(worst, performance.now() - t);
        polls += 1;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const before = await stats();
    const t0 = performance.now();
    const res = await post(body);
    const wall = performance.now() - t0;
    const after = await stats();
    polling = false;
    await poller;
    const cpu = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
    rows.push({ case: name, MiB: (body.length / MiB).toFixed(2), status: res.status, answerBytes: res.bytes, wallMs: Math.round(wall), serverCpuMs: Math.round(cpu), otherClientWorstMs: Math.round(worst), otherPolls: polls, rssMB: Math.round(after.rss / MiB) });
  }
  console.table(rows);
  const slow = rows.filter((r) => r.serverCpuMs > 1000 || r.otherClientWorstMs >= 200);
  console.log(slow.length === 0 ? 'hostile: every case within target (≤ 1 s CPU, other client < 200 ms)' : `hostile: ${slow.length} case(s) over target: ${slow.map((r) => r.case).join(', ')}`);
  child.kill();
  agent.destroy();
}

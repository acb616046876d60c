#!/usr/bin/env node
// Before/after CPU per request in one interleaved run: the current dist/ and an older build (BENCH_BEFORE,
// a dist/ folder relative to bench/ whose fixtures/, wsdl/ and src/locale/catalogues/ sit beside it), each
// against the precomputed-bytes server, round by round. Prints one markdown row per load (see RESULTS.md).
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
const env = (op, body, pw = 'ips-mock') => `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>${pw}</password></authHeader></soapenv:Header><soapenv:Body><${op}Param xmlns="http://www.scene7.com/IpsApi/xsd/2014-04-03">${body}</${op}Param></soapenv:Body></soapenv:Envelope>`;
const srv = async (kind, arg, dist) => { const c = fork('bench/serve.mjs', [kind, arg], { env: { ...process.env, ...(dist ? { BENCH_DIST: dist } : {}) } }); const { url } = await new Promise((r) => c.once('message', r)); return { url, c, stats: () => new Promise((r) => { c.once('message', (m) => r(m.cpu)); c.send('stats'); }) }; };
const answersFile = join(mkdtempSync(join(tmpdir(), 'ips-ab-')), 'answers.json');
const cfg = JSON.stringify({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
const after = await srv('ips-mock', cfg);
const before = await srv('ips-mock', cfg, process.env.BENCH_BEFORE ?? 'tmp/base/dist');
const P = '/scene7/services/IpsApiService';
const get = async (s, op, b) => { const r = await fetch(s.url + P, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: op }, body: b }); return { status: r.status, contentType: r.headers.get('content-type'), body: await r.text() }; };
const G = [env('getActiveJobs', '<companyHandle>c|2101</companyHandle>')];
const F = [env('getActiveJobs', '<companyHandle>c|2101</companyHandle>', 'wrong')];
const S = Array.from({ length: 50 }, (_, i) => env('submitJob', `<companyHandle>c|${80000 + i}</companyHandle><jobName>bench</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`));
const answers = { getActiveJobs: await get(after, 'getActiveJobs', G[0]), fault: await get(after, 'getActiveJobs', F[0]), submitJob: await get(after, 'submitJob', S[0]) };
for (const s of [after, before]) for (const b of S) await get(s, 'submitJob', b);
writeFileSync(answersFile, JSON.stringify(answers));
const bytes = await srv('bytes', answersFile);
const run = async (s, bodies, action) => { let i = 0; const a = await s.stats(); const r = await autocannon({ url: s.url + P, connections: 8, duration: Number(process.env.SECS ?? 4), requests: [{ method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: action }, setupRequest: (q) => ({ ...q, body: bodies[i++ % bodies.length] }) }] }); const b = await s.stats(); return { all: (b.user + b.system - a.user - a.system) / r.requests.total, user: (b.user - a.user) / r.requests.total }; };
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
for (const [name, bodies, action, bop] of [['getActiveJobs', G, 'getActiveJobs', 'getActiveJobs'], ['fault', F, 'getActiveJobs', 'fault'], ['submitJob', S, 'submitJob', 'submitJob']]) {
  const r = { bytes: [], before: [], after: [] };
  for (let k = 0; k < Number(process.env.ROUNDS ?? 3); k++) { r.bytes.push(await run(bytes, bodies, bop)); r.before.push(await run(before, bodies, action)); r.after.push(await run(after, bodies, action)); }
  const m = (k, f) => med(r[k].map((x) => x[f]));
  console.log(`| ${name} | ${m('bytes', 'all').toFixed(0)} (${m('bytes', 'user').toFixed(0)}) | ${m('before', 'all').toFixed(0)} (${m('before', 'user').toFixed(0)}) | ${(m('before', 'all') / m('bytes', 'all')).toFixed(2)}× (${(m('before', 'user') / m('bytes', 'user')).toFixed(2)}×) | ${m('after', 'all').toFixed(0)} (${m('after', 'user').toFixed(0)}) | ${(m('after', 'all') / m('bytes', 'all')).toFixed(2)}× (${(m('after', 'user') / m('bytes', 'user')).toFixed(2)}×) |`);
}
for (const s of [after, before, bytes]) s.c.kill();

#!/usr/bin/env node
// Runs every client in test/interop/clients/ against its own ips-mock and compares what each saw
// with the mock's own view (see README.md). IPS_INTEROP_ONLY=a,b limits the clients;
// IPS_INTEROP_VERSIONS=a,b limits the namespaces (default: every served one a client takes).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_VERSIONS, startIpsMock } from '../../dist/index.js';
import { declared, mockView } from './mock-view.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const CLOCK = '2026-11-28T10:00:00Z';
const SEED = 7;
const TIMEOUT_MS = 8 * 60_000;

/** The namespaces the mock serves, oldest first: every client is run against those it takes. */
const SERVED = API_VERSIONS.map((v) => v.id);
/**
 * Clients still on the two-WSDL contract (IPS_WSDL_2014 / IPS_WSDL_BETA) rather than IPS_TARGETS:
 * they generate code per WSDL (gSOAP, JAX-WS, Axis).
 */
const TWO_WSDL = new Set(['gsoap-cpp', 'java-jaxws', 'java-axis1']);
const TWO_WSDL_VERSIONS = ['2014-04-03', '2016-01-14-beta'];
const onlyVersions = process.env.IPS_INTEROP_VERSIONS?.split(',').filter(Boolean);
const versionsFor = (name) => (TWO_WSDL.has(name) ? TWO_WSDL_VERSIONS : SERVED).filter((v) => !onlyVersions || onlyVersions.includes(v));

const only = process.env.IPS_INTEROP_ONLY?.split(',').filter(Boolean);
const clients = readdirSync(join(here, 'clients'))
  .filter((c) => existsSync(join(here, 'clients', c, 'run')))
  .filter((c) => !only || only.includes(c))
  .sort();

const companyFor = (i, v) => `c|${7100 + i * 10 + SERVED.indexOf(v)}`;

function runClient(dir, env) {
  return new Promise((resolve) => {
    const child = spawn('./run', [], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

const sameList = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());

function check(summary, expected) {
  const problems = [];
  for (const v of Object.keys(expected)) {
    const got = summary?.versions?.[v];
    const exp = expected[v];
    if (!got) {
      problems.push(`${v}: no summary`);
      continue;
    }
    if (got.jobCount !== exp.jobCount) problems.push(`${v}: jobCount ${got.jobCount} != mock's ${exp.jobCount}`);
    for (const k of ['variants', 'states', 'locales']) if (!sameList(got[k], exp[k])) problems.push(`${v}: ${k} ${JSON.stringify(got[k])} != mock's ${JSON.stringify(exp[k])}`);
    if (got.typed !== true) problems.push(`${v}: typed is not true`);
    const done = (got.submitted ?? []).filter((s) => s.finalState === 'Done' && s.logFound && s.detailRows > 0);
    if (done.length < 3) problems.push(`${v}: only ${done.length} submitted jobs reached Done with a log: ${JSON.stringify(got.submitted)}`);
    if (got.authFaultCode !== 10001) problems.push(`${v}: authFaultCode ${got.authFaultCode} != 10001`);
  }
  return problems;
}

let passed = 0;
let failed = 0;
for (const [i, name] of clients.entries()) {
  const started = Date.now();
  const mock = await startIpsMock({ port: 0, seed: SEED, clock: CLOCK });
  try {
    const versions = versionsFor(name);
    const expected = {};
    for (const v of versions) expected[v] = await mockView(mock, v, companyFor(i, v));
    // One target per namespace: its WSDL, its company (already touched) and what the namespace lets a client submit.
    const targets = versions.map((v) => ({ version: v, namespace: API_VERSIONS.find((x) => x.id === v).namespace, wsdl: mock.wsdlUrl(v), company: companyFor(i, v), ...declared(v) }));
    const cache = join(root, '.cache', 'interop', name);
    mkdirSync(cache, { recursive: true });
    const r = await runClient(join(here, 'clients', name), {
      IPS_BASE_URL: mock.url,
      IPS_ENDPOINT: mock.endpoint,
      IPS_WSDL_2014: mock.wsdlUrl('2014-04-03'),
      IPS_WSDL_BETA: mock.wsdlUrl('2016-01-14-beta'),
      IPS_COMPANY_2014: companyFor(i, '2014-04-03'),
      IPS_COMPANY_BETA: companyFor(i, '2016-01-14-beta'),
      IPS_TARGETS: JSON.stringify(targets),
      IPS_USER: 'ips@example.com',
      IPS_PASSWORD: 'ips-mock',
      IPS_ADMIN: `${mock.url}/__admin`,
      IPS_CACHE_DIR: cache,
    });
    let summary;
    try {
      summary = JSON.parse(r.out.trim().split('\n').at(-1) ?? '');
    } catch {
      summary = undefined;
    }
    const problems = r.code === 0 ? check(summary, expected) : [`exited with ${r.code}`];
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) {
      passed++;
      console.log(`interop ✓ ${name} (${secs}s)`);
    } else {
      failed++;
      console.log(`interop ✗ ${name} (${secs}s)\n  ${problems.join('\n  ')}\n  --- stderr (tail) ---\n${r.err.split('\n').slice(-40).join('\n')}\n  --- stdout (tail) ---\n${r.out.split('\n').slice(-10).join('\n')}`);
    }
  } finally {
    await mock.close();
  }
}
console.log(`interop: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

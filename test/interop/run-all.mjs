#!/usr/bin/env node
// Runs every client in test/interop/clients/ against its own ips-mock and compares what each saw
// with the mock's own view (see README.md). IPS_INTEROP_ONLY=a,b limits the clients;
// IPS_INTEROP_VERSIONS=a,b limits the namespaces (default: every served one a client takes);
// IPS_INTEROP_JOBS=n runs n clients at a time (default: one per core); IPS_CACHE_DIR moves the build cache.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_VERSIONS, startIpsMock } from '../../dist/index.js';
import { declared, exportAssets, mockView } from './mock-view.mjs';
import { FLOWS, checkFlow, flowSpec } from './user-flow.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/**
 * Generated client builds (wsimport, WSDL2Java, wsdl2h/soapcpp2 + compilers) live outside the checkout, shared by
 * every checkout and run: <cache>/<client>/<sha256 of what went into the build>/ (see README.md).
 */
const CACHE_ROOT = process.env.IPS_CACHE_DIR || join(homedir(), '.cache', 'ips-mock', 'interop');
const JOBS = Math.max(1, Number(process.env.IPS_INTEROP_JOBS) || availableParallelism());
const CLOCK = '2026-11-28T10:00:00Z';
const SEED = 7;
// A cold build of a generated stack over five namespaces on a busy machine takes minutes; cached, seconds.
const TIMEOUT_MS = 15 * 60_000;

/** The namespaces the mock serves, oldest first: every client is run against those it takes. */
const SERVED = API_VERSIONS.map((v) => v.id);
/**
 * The stacks that generate and compile code per WSDL (gSOAP, JAX-WS, Axis) run against the namespaces most client
 * code in the wild was generated from (issue 7 item 6) plus the beta; the fast ones against every served one.
 */
const GENERATED = new Set(['gsoap-cpp', 'java-jaxws', 'java-axis1']);
const GENERATED_VERSIONS = ['pre-4.0', '2010-01-31', '2013-02-15', '2014-04-03', '2016-01-14-beta'];
const onlyVersions = process.env.IPS_INTEROP_VERSIONS?.split(',').filter(Boolean);
const versionsFor = (name) => (GENERATED.has(name) ? GENERATED_VERSIONS : SERVED).filter((v) => !onlyVersions || onlyVersions.includes(v));

const only = process.env.IPS_INTEROP_ONLY?.split(',').filter(Boolean);
const clients = readdirSync(join(here, 'clients'))
  .filter((c) => existsSync(join(here, 'clients', c, 'run')))
  .filter((c) => !only || only.includes(c))
  .sort();

const companyFor = (i, v) => `c|${7100 + i * 10 + SERVED.indexOf(v)}`;

function runClient(dir, env) {
  return new Promise((resolve) => {
    // Its own process group, so a timeout also ends the compilers and JVMs the script started.
    const child = spawn('./run', [], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      err += `\n[run-all] timed out after ${TIMEOUT_MS / 60_000} min\n`;
      process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
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

/** One client against its own mock: its summary checked against the mock's view and its user flows. */
async function runOne(i, name) {
  const started = Date.now();
  const mock = await startIpsMock({ port: 0, seed: SEED, clock: CLOCK });
  try {
    const versions = versionsFor(name);
    const expected = {};
    for (const v of versions) expected[v] = await mockView(mock, v, companyFor(i, v));
    // One target per namespace: its WSDL, its company (already touched), two of its assets and what the namespace lets a client submit.
    // exportAssets: two images the company has, for the exportJob a client submits (made-up handles are 30001).
    const targets = [];
    for (const v of versions) targets.push({ version: v, namespace: API_VERSIONS.find((x) => x.id === v).namespace, wsdl: mock.wsdlUrl(v), company: companyFor(i, v), exportAssets: await exportAssets(mock, companyFor(i, v)), ...declared(v) });
    const flows = (FLOWS[name] ?? []).filter((f) => !onlyVersions || onlyVersions.includes(f.version)).map((f) => flowSpec(mock, f));
    const cache = join(CACHE_ROOT, name);
    mkdirSync(cache, { recursive: true });
    const r = await runClient(join(here, 'clients', name), {
      IPS_BASE_URL: mock.url,
      IPS_ENDPOINT: mock.endpoint,
      IPS_TARGETS: JSON.stringify(targets),
      IPS_FLOWS: JSON.stringify(flows),
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
    const problems = r.code === 0 ? [...check(summary, expected), ...flows.flatMap((f, k) => checkFlow(f, summary?.flows?.[k]))] : [`exited with ${r.code}`];
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const what = `${versions.length} namespaces${flows.length ? `, ${flows.length} user flow${flows.length > 1 ? 's' : ''}` : ''}`;
    if (problems.length === 0) return { ok: true, text: `interop ✓ ${name} (${what}, ${secs}s)` };
    return {
      ok: false,
      text: `interop ✗ ${name} (${what}, ${secs}s)\n  ${problems.join('\n  ')}\n  --- stderr (tail) ---\n${r.err.split('\n').slice(-40).join('\n')}\n  --- stdout (tail) ---\n${r.out.split('\n').slice(-10).join('\n')}`,
    };
  } catch (e) {
    return { ok: false, text: `interop ✗ ${name}: ${e instanceof Error ? e.stack : String(e)}` };
  } finally {
    await mock.close();
  }
}

// The slow stacks (a JVM or a C++ build each) start first, so the fast ones fill the other slots meanwhile.
const SLOW_FIRST = ['java-jaxws', 'java-axis1', 'gsoap-cpp'];
const queue = clients.map((name, i) => ({ name, i })).sort((a, b) => (SLOW_FIRST.indexOf(a.name) >>> 0) - (SLOW_FIRST.indexOf(b.name) >>> 0) || a.i - b.i);
const wallStart = Date.now();
let passed = 0;
let failed = 0;
console.log(`interop: ${clients.length} clients, ${Math.min(JOBS, clients.length)} at a time, build cache ${CACHE_ROOT}`);
await Promise.all(
  Array.from({ length: Math.min(JOBS, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const r = await runOne(next.i, next.name);
      if (r.ok) passed++;
      else failed++;
      console.log(r.text);
    }
  }),
);
console.log(`interop: ${passed} passed, ${failed} failed in ${((Date.now() - wallStart) / 1000).toFixed(1)}s`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

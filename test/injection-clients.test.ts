/**
 * Injected misbehaviour reaches real SOAP clients as what it is: node-soap and
 * zeep (the Python client, run as a script) each see the IPS fault, the HTTP
 * status, the delay, and each kind of broken connection.
 */
import { spawn, spawnSync } from 'node:child_process';
import soap from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { CLOCK } from './support/mock.js';

const RULES: Record<string, object> = {
  'c|801': { fault: { name: 'invalidParameter', reason: 'injected: company is read-only today' } },
  'c|802': { http: { status: 503, body: 'down for maintenance' } },
  'c|803': { delay: '250ms' },
  'c|804': { drop: 'reset' },
  'c|805': { drop: 'empty' },
  'c|806': { drop: 'malformed' },
  'c|807': { drop: 'truncated' },
};

let mock: RunningIpsMock;
beforeAll(async () => {
  mock = await startIpsMock({ port: 0, clock: CLOCK });
  for (const [company, rule] of Object.entries(RULES)) {
    const res = await fetch(`${mock.url}/__admin/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ match: { company }, ...rule }) });
    expect(res.status).toBe(200);
  }
});
afterAll(() => mock.close());

describe('a node-soap client sees each injected kind as such', () => {
  const observe = async (company: string) => {
    const c = await soap.createClientAsync(mock.wsdlUrl('2014-04-03'));
    c.addSoapHeader({ authHeader: { user: 'ips@example.com', password: 'ips-mock' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
    const started = performance.now();
    try {
      const [res] = await c.getActiveJobsAsync({ companyHandle: company });
      return { ok: res, ms: performance.now() - started };
    } catch (e) {
      return { error: e as { code?: string; message?: string; response?: { status: number; data?: unknown }; root?: { Envelope: { Body: { Fault: { detail: Record<string, { code: string; reason: string }> } } } } } };
    }
  };

  it('an IPS fault: the typed ipsApiFault detail with the injected reason', async () => {
    const { error } = await observe('c|801');
    expect(error?.response?.status).toBe(500);
    expect(error?.root?.Envelope.Body.Fault.detail.ipsApiFault).toEqual({ code: '30001', reason: 'injected: company is read-only today' });
  });
  it('an HTTP status: the status and body', async () => {
    const { error } = await observe('c|802');
    expect(error?.response).toMatchObject({ status: 503, data: 'down for maintenance' });
  });
  it('a delay: the normal answer, late', async () => {
    const { ok, ms } = await observe('c|803');
    expect(ok.jobArray.items.length).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(240);
  });
  it('a reset and an empty response: connection errors', async () => {
    expect((await observe('c|804')).error?.code).toBe('ECONNRESET');
    const empty = (await observe('c|805')).error;
    expect(empty?.code).toBe('ECONNRESET');
    expect(empty?.message).toMatch(/socket hang up/);
  });
  it('a malformed body: an error, not a result', async () => {
    const { ok, error } = await observe('c|806');
    expect(ok).toBeUndefined();
    expect(error?.response?.status).toBe(200);
    expect(String(error?.response?.data)).not.toMatch(/^<\?xml/);
  });
  it('a truncated body: the stream is aborted', async () => {
    const { error } = await observe('c|807');
    expect(error?.message).toMatch(/aborted/);
  });
});

/** Debian's python3-zeep lives under /usr/bin/python3; the python3 first on PATH may lack it. */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import zeep']).status === 0);

describe.skipIf(PYTHON === undefined)('a zeep client sees each injected kind as such', () => {
  it('fault, HTTP status, delay, reset, empty, malformed, truncated', async () => {
    const script = new URL('./support/zeep-observe.py', import.meta.url).pathname;
    // Asynchronously: the mock answers from this very process.
    const child = spawn(PYTHON!, [script, mock.wsdlUrl('2014-04-03'), ...Object.keys(RULES)]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(0);
    const seen = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    // zeep's message is the faultstring: the fault element's name, as the real service sends it (the reason is in the detail).
    expect(seen['c|801']).toMatchObject({ kind: 'fault', element: '{http://www.scene7.com/IpsApi/xsd}ipsApiFault', code: '30001', reason: 'injected: company is read-only today', message: 'ipsApiFault' });
    expect(seen['c|802']).toMatchObject({ kind: 'http', status: 503, body: 'down for maintenance' });
    expect(seen['c|803']!.kind).toBe('result');
    expect(seen['c|803']!.ms).toBeGreaterThanOrEqual(240);
    expect(seen['c|804']).toMatchObject({ kind: 'connection', error: 'ConnectionError' });
    expect(seen['c|805']).toMatchObject({ kind: 'connection', error: 'ConnectionError' });
    // zeep reports a 200 it cannot parse as a TransportError carrying the bytes it got.
    expect(seen['c|806']).toMatchObject({ kind: 'http', status: 200 });
    expect(seen['c|806']!.body).toContain('\u0000');
    expect(seen['c|807']).toMatchObject({ kind: 'http', status: 200 });
    expect(seen['c|807']!.body).toMatch(/^<\?xml/);
    expect(seen['c|807']!.body).not.toMatch(/<\/soapenv:Envelope>$/);
  });
});

/**
 * Fuzz test with a fixed seed (issue 11): a few thousand mutated requests,
 * including the hostile inputs of the issue (scaled down), straight through the
 * engine. The rules: nothing crashes or reaches the bug handler, every answer
 * is well-formed XML 1.0, every non-200 answer is a SOAP Fault, and no answer
 * carries a stack trace.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { handleSoapRequest } from '../src/engine/handle-request.js';
import { parseXml } from '../src/xml/parse-xml.js';
import { authHeader, envelope, mockApp, SUBMIT_DETAILS, submitDetail } from './support/mock.js';
import { bodyBytes } from '../src/engine/response-body.js';

const SEED = 20261130;
const MUTATIONS = 2_500;

/** mulberry32: a small deterministic PRNG, so every run sends the same requests. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const READS: ReadonlyArray<{ op: string; body: string }> = [
  { op: 'getActiveJobs', body: '<companyHandle>c|2101</companyHandle>' },
  { op: 'getActiveJobs', body: '' },
  { op: 'getJobLogs', body: '<companyHandle>c|2101</companyHandle><sortBy>StartDate</sortBy><numRows>5</numRows>' },
  { op: 'getScheduledJobs', body: '<companyHandle>c|2101</companyHandle>' },
  { op: 'getJobLogDetails', body: '<companyHandle>c|2101</companyHandle><originalName>x</originalName>' },
  { op: 'stopJob', body: '<companyHandle>c|2101</companyHandle><jobHandle>j|2101||x|1</jobHandle>' },
];

/** The reads, and a submitJob per variant; jobs that name assets name the company's own (submitDetail). */
async function basesOf(app: ReturnType<typeof mockApp>['app']): Promise<ReadonlyArray<{ op: string; body: string }>> {
  const submits = await Promise.all(
    Object.keys(SUBMIT_DETAILS).map(async (variant) => ({
      op: 'submitJob',
      body: `<companyHandle>c|2101</companyHandle><jobName>fuzz</jobName><${variant}>${await submitDetail(app, 'c|2101', variant)}</${variant}>`,
    })),
  );
  return [...READS, ...submits];
}

/** Fragments that have broken parsers and serializers before. */
const NASTY = [
  '&#x1;', '&#xFFFE;', '&#0;', '&undefined;', '&amp;', '&lt;', ']]>', '<![CDATA[x]]>', '<!--c-->', '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>', '\u0000', '\u0001', '\uFFFF', '\uD800', '😀', 'é', '"', "'", '<', '>', '&',
  'xmlns="urn:other"', 'xmlns:p="urn:p"', '<p:x xmlns:p="urn:p"/>', '<a>', '</a>', '<a/>', '|', 'c|0', 'j|1||x|1',
  '-1', '2147483648', 'NaN', 'INF', '1e309', 'true', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', ' ', '\t', '\r\n',
];

const hostile = (rand: () => number): string => {
  const pick = Math.floor(rand() * 8);
  const n = 200 + Math.floor(rand() * 3_000);
  switch (pick) {
    case 0: return envelope('getActiveJobs', `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`);
    case 1: return envelope('getActiveJobs', `<companyHandle>${'&x;'.repeat(n)}</companyHandle>`);
    case 2: return envelope('getActiveJobs', '').replace('getActiveJobsParam', 'x'.repeat(n));
    case 3: return envelope('getActiveJobs', `<companyHandle ${Array.from({ length: n / 10 }, (_, i) => `a${i}="1"`).join(' ')}>c|1</companyHandle>`);
    case 4: return envelope('getActiveJobs', `<companyHandle ${Array.from({ length: n / 10 }, (_, i) => `xmlns:p${i}="u"`).join(' ')}>c|1</companyHandle>`);
    case 5: return envelope('submitJob', `<companyHandle>c|2101</companyHandle><jobName>${'&#x1;'.repeat(n)}</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`).replace('version="1.0"', 'version="1.1"');
    case 6: return envelope('getJobLogs', `<companyHandle>c|2101</companyHandle><numRows>${'9'.repeat(n * 10)}</numRows>`);
    default: return envelope('getActiveJobs', '<a/>'.repeat(n * 10));
  }
};

function mutate(rand: () => number, text: string): string {
  let s = text;
  const steps = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < steps; k++) {
    const at = Math.floor(rand() * (s.length + 1));
    const len = Math.floor(rand() * 40);
    switch (Math.floor(rand() * 7)) {
      case 0: s = s.slice(0, at) + s.slice(at + len); break; // delete
      case 1: s = s.slice(0, at) + NASTY[Math.floor(rand() * NASTY.length)] + s.slice(at); break; // insert
      case 2: s = s.slice(0, at) + s.slice(at, at + len).repeat(2 + Math.floor(rand() * 5)) + s.slice(at); break; // duplicate
      case 3: s = s.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x10000)) + s.slice(at + 1); break; // replace one
      case 4: s = s.slice(0, at); break; // truncate
      case 5: s = s.replace('version="1.0"', 'version="1.1"').replace('UTF-8', ['ISO-8859-1', 'UTF-16', 'EBCDIC', 'utf8'][Math.floor(rand() * 4)]!); break;
      default: s = s.replace(/>([^<]{0,40})</, `>${NASTY[Math.floor(rand() * NASTY.length)]}<`); break; // replace a value
    }
  }
  return s;
}

const SOAP_ACTIONS = (op: string, rand: () => number): string | undefined =>
  [op, `"${op}"`, '', undefined, 'getActiveJob', `urn:${op}`, 'x'.repeat(100)][Math.floor(rand() * 7)];
const CONTENT_TYPES = ['text/xml; charset=utf-8', 'text/xml', 'application/soap+xml; charset=utf-8', 'text/xml; charset=utf-16', 'text/xml; charset=latin1', undefined];

describe(`fuzz: ${MUTATIONS} mutated requests, seed ${SEED}`, () => {
  const bugs = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterAll(() => bugs.mockRestore());

  it('never crashes; answers are well-formed XML 1.0, faults when not 200, never a stack trace', async () => {
    const { app, engine } = mockApp();
    const BASES = await basesOf(app);
    const rand = prng(SEED);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < MUTATIONS; i++) {
      const base = BASES[Math.floor(rand() * BASES.length)]!;
      const useAuth = rand() < 0.9;
      const text = i % 25 === 0 ? hostile(rand) : mutate(rand, envelope(base.op, base.body, useAuth ? {} : { header: authHeader({ password: 'nope' }) }));
      const contentType = CONTENT_TYPES[Math.floor(rand() * CONTENT_TYPES.length)];
      const bytes = Buffer.from(text, rand() < 0.1 ? 'latin1' : 'utf8');
      const soapAction = SOAP_ACTIONS(base.op, rand);
      let out: Awaited<ReturnType<typeof handleSoapRequest>>['response'];
      try {
        out = (
          await handleSoapRequest(engine, {
            body: bytes,
            soapAction,
            contentType,
            transport: { method: 'POST', path: '/scene7/services/IpsApiService', soapAction, contentType, bytes: bytes.length },
          })
        ).response;
      } catch (e) {
        problems.push(`#${i} threw ${(e as Error).message}`);
        continue;
      }
      statuses.set(out.status, (statuses.get(out.status) ?? 0) + 1);
      const body = bodyBytes(out.body).toString('utf8');
      let root;
      try {
        root = parseXml(body);
      } catch (e) {
        problems.push(`#${i} answer is not well-formed: ${(e as Error).message}`);
        continue;
      }
      if (!body.startsWith('<?xml version="1.0"')) problems.push(`#${i} answer is not declared XML 1.0`);
      const inBody = root.children.find((c) => c.local === 'Body')?.children[0];
      if (out.status !== 200 && inBody?.local !== 'Fault') problems.push(`#${i} status ${out.status} without a Fault`);
      if (/\n\s+at \S+ \(|node_modules|\.ts:\d+|\.js:\d+/.test(body)) problems.push(`#${i} answer carries a stack trace`);
      if (problems.length > 5) break;
    }
    expect(problems).toEqual([]);
    // The internal-error path (30000 "Internal error", logged with a stack) was never taken.
    expect(bugs.mock.calls.filter((c) => String(c[0]).includes('internal error'))).toEqual([]);
    // The mix reached both sides: answers and faults.
    expect(statuses.get(200)).toBeGreaterThan(50);
    expect(statuses.get(500)).toBeGreaterThan(500);
  });
});

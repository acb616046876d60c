/**
 * A large answer is sent from kept pieces (each job's element encoded once, and deflated once for gzip,
 * src/serialize/xml-piece.ts) instead of one string encoded and compressed whole. What the client gets
 * must be exactly what the serializer writes for the same values in one go: here the reference is
 * the serializer's plain output over unfrozen copies of the handler's values (nothing kept, one
 * string, encoded once), compared byte for byte with the identity answer and with the gzip answer
 * after gunzip (Node's zlib, `gzip -t` and curl --compressed).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_TABLE } from '../src/operations/table.js';
import { resolveSchema } from '../src/schema/resolved-schema.js';
import { versionById } from '../src/schema/versions.js';
import { resultEnvelope } from '../src/serialize/envelope.js';
import type { Plain } from '../src/serialize/write-fields.js';
import { SOAP11, SOAP12, type SoapVersion } from '../src/soap/soap-versions.js';
import { ALL_VERSIONS, authHeader, CLOCK, mockApp, NS, SERVICE, type VersionId } from './support/mock.js';
import { operationBase } from './support/operation-base.js';

const COMPANY = 'c|4242';
const JOBS = 1_800;
const VARIANTS = ['imageServingPublishJob', 'uploadUrlsJob', 'exportJob', 'optimizeImagesJob', 'videoPublishJob', 'ripPdfsJob', 'uploadDirectoryJob', 'createVideoSitemapJob'];
const STATES = ['New', 'WaitingCoordinator', 'Running', 'Stopping'];
// Text that escaping and UTF-8 must get right (multi-byte, astral, markup, a tab).
const DESCRIPTIONS = ['Grüße & <Preise> "neu"', '日本語のジョブ 😀', 'plain', 'tab\tand\nline'];

function fixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-pieces-'));
  const jobs = Array.from({ length: JOBS }, (_, i) => ({
    company: COMPANY,
    variant: VARIANTS[i % VARIANTS.length],
    state: STATES[(i >> 1) % STATES.length],
    totalSize: 1 + (i % 7),
    description: DESCRIPTIONS[i % DESCRIPTIONS.length],
  }));
  writeFileSync(join(dir, 'big.json'), JSON.stringify({ formatVersion: 1, companies: [{ handle: COMPANY, fakeJobs: false }], jobs }));
  return dir;
}

const { app, engine, clock } = mockApp({ fixturesDir: fixtures(), serverTimeZone: 'Asia/Kolkata' });
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Read = 'getActiveJobs' | 'getJobLogs';

function soapRequest(soap: SoapVersion, version: VersionId, inner: string, op: Read = 'getActiveJobs'): { body: string; headers: Record<string, string> } {
  const body = `<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="${soap.envelopeNs}"><s:Header>${authHeader()}</s:Header><s:Body><${op}Param xmlns="${NS[version]}">${inner}</${op}Param></s:Body></s:Envelope>`;
  const headers: Record<string, string> = soap === SOAP11 ? { 'content-type': 'text/xml; charset=utf-8', soapaction: op } : { 'content-type': `application/soap+xml; charset=utf-8; action="${op}"` };
  return { body, headers };
}

/** The raw answer: bytes as they came over the wire (not decoded), and the headers. */
function post(req: { body: string; headers: Record<string, string> }, extra: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const r = httpRequest(`${base}${SERVICE}`, { method: 'POST', headers: { ...req.headers, ...extra } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

/** The reference: the handler's values for the same request, unfrozen (so nothing kept is used), written in one go. */
function reference(version: VersionId, soap: SoapVersion, op: Read = 'getActiveJobs', params: Record<string, unknown> = { companyHandle: COMPANY }): Buffer {
  const schema = resolveSchema(versionById(version)!);
  const ctx = { ...operationBase(engine, clock, schema, 'test/1'), params };
  const handler = OPERATION_TABLE[op].handler as unknown as (c: typeof ctx) => Plain;
  const value = structuredClone(handler(ctx));
  return resultEnvelope(schema, soap, schema.operations.get(op)!.result, value, engine.wire).bytes();
}

describe('a large answer sent from kept pieces', () => {
  it(`is byte-identical to the plain serializer's output in every namespace (SOAP 1.1, and 1.2 in two), identity and gzip (${JOBS} jobs)`, async () => {
    expect(new Date(clock.now()).toISOString()).toBe(CLOCK);
    for (const version of ALL_VERSIONS) {
      // SOAP 1.2 changes only the envelope's own text around the pieces: two namespaces are enough.
      for (const soap of ['pre-4.0', '2016-01-14-beta'].includes(version) ? [SOAP11, SOAP12] : [SOAP11]) {
        const req = soapRequest(soap, version, `<companyHandle>${COMPANY}</companyHandle>`);
        const expected = reference(version, soap);
        // Large enough to be kept as pieces by the response cache too (src/engine/stages/cache.ts keeps up to 1 MiB in one buffer).
        expect(expected.length).toBeGreaterThan(1024 * 1024);
        const plain = await post(req, { 'accept-encoding': 'identity' });
        expect(plain.status).toBe(200);
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(Number(plain.headers['content-length'])).toBe(expected.length);
        expect(plain.bytes.equals(expected), `${version} ${soap.id} identity`).toBe(true);
        // In another locale (not from the response cache: the pieces are spliced again), gzip.
        const zipped = await post(req, { 'accept-encoding': 'gzip', 'accept-language': 'de-DE' });
        expect(zipped.headers['content-encoding']).toBe('gzip');
        expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
        expect(gunzipSync(zipped.bytes).equals(expected), `${version} ${soap.id} gzip`).toBe(true);
        // And again from the response cache (same request), still one valid member.
        const again = await post(req, { 'accept-encoding': 'gzip', 'accept-language': 'de-DE' });
        expect(gunzipSync(again.bytes).equals(expected), `${version} ${soap.id} gzip, cached`).toBe(true);
      }
    }
  });

  it('getJobLogs (its summaries kept too) is byte-identical to the plain output, identity and gzip', async () => {
    for (const version of ['2009-07-31', '2014-04-03', '2016-01-14-beta'] as const) {
      const req = soapRequest(SOAP11, version, `<companyHandle>${COMPANY}</companyHandle><numRows>1000</numRows>`, 'getJobLogs');
      const expected = reference(version, SOAP11, 'getJobLogs', { companyHandle: COMPANY, numRows: 1000 });
      // The fixture's Running and Stopping jobs have logs: half of them.
      expect((expected.toString('utf8').match(/<items>/g) ?? []).length).toBe(JOBS / 2);
      const plain = await post(req, { 'accept-encoding': 'identity' });
      expect(plain.bytes.equals(expected), `${version} identity`).toBe(true);
      const zipped = await post(req, { 'accept-encoding': 'gzip', 'accept-language': 'ko-KR' });
      expect(gunzipSync(zipped.bytes).equals(expected), `${version} gzip`).toBe(true);
    }
    // 3 s later the running jobs' counts have moved: kept summaries must not be served past their change.
    const before = reference('2014-04-03', SOAP11, 'getJobLogs', { companyHandle: COMPANY, numRows: 1000 });
    clock.advance('3s');
    const req = soapRequest(SOAP11, '2014-04-03', `<companyHandle>${COMPANY}</companyHandle><numRows>1000</numRows>`, 'getJobLogs');
    const expected = reference('2014-04-03', SOAP11, 'getJobLogs', { companyHandle: COMPANY, numRows: 1000 });
    expect(expected.equals(before)).toBe(false);
    expect((await post(req, { 'accept-encoding': 'identity' })).bytes.equals(expected)).toBe(true);
  });

  it('is a gzip member that gzip(1) and curl --compressed read to the same bytes', async () => {
    const req = soapRequest(SOAP11, '2014-04-03', `<companyHandle>${COMPANY}</companyHandle>`);
    const expected = reference('2014-04-03', SOAP11);
    const zipped = await post(req, { 'accept-encoding': 'gzip', 'accept-language': 'fr-FR' });
    // gzip -t checks the deflate stream, the CRC-32 and the length; -dc gives the bytes.
    execFileSync('gzip', ['-t'], { input: zipped.bytes });
    expect(execFileSync('gzip', ['-dc'], { input: zipped.bytes, maxBuffer: 64 * 1024 * 1024 }).equals(expected)).toBe(true);
    const requestFile = join(mkdtempSync(join(tmpdir(), 'ips-curl-')), 'request.xml');
    writeFileSync(requestFile, req.body);
    // Asynchronously: the server answering curl runs in this process.
    const { stdout: curl } = await promisify(execFile)(
      'curl',
      ['-sS', '--fail', '--compressed', '-H', 'Content-Type: text/xml; charset=utf-8', '-H', 'SOAPAction: getActiveJobs', '-H', 'Accept-Language: it-IT', '--data-binary', `@${requestFile}`, `${base}${SERVICE}`],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(curl.equals(expected)).toBe(true);
  });

  it('keeps the first MiB of the answer in the journal, and says it was cut', async () => {
    const req = soapRequest(SOAP11, '2013-02-15', `<companyHandle>${COMPANY}</companyHandle>`);
    const expected = reference('2013-02-15', SOAP11).toString('utf8');
    await post(req, { 'accept-language': 'ja-JP' });
    const [rec] = engine.journal.find({ limit: 1 });
    const exchange = engine.journal.exchange(rec!.id)!;
    expect(exchange.truncated).toBe(true);
    expect(Buffer.byteLength(exchange.response)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(exchange.response)).toBeGreaterThan(1024 * 1024 - 4);
    expect(expected.startsWith(exchange.response)).toBe(true);
  });

  it("a 'truncated' injection promises the whole answer and sends half of it", async () => {
    const req = soapRequest(SOAP11, '2014-04-03', `<companyHandle>${COMPANY}</companyHandle>`);
    const expected = reference('2014-04-03', SOAP11);
    const remove = engine.rules.add({ match: { operation: 'getActiveJobs' }, action: { kind: 'drop', drop: 'truncated' }, times: 1, priority: 0 });
    const got = await new Promise<{ length: number; bytes: Buffer }>((resolve, reject) => {
      const r = httpRequest(`${base}${SERVICE}`, { method: 'POST', headers: { ...req.headers, 'accept-encoding': 'identity', 'accept-language': 'es-ES' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', () => resolve({ length: Number(res.headers['content-length']), bytes: Buffer.concat(chunks) }));
        res.on('close', () => resolve({ length: Number(res.headers['content-length']), bytes: Buffer.concat(chunks) }));
      });
      r.on('error', reject);
      r.end(req.body);
    });
    engine.rules.remove(remove.id);
    expect(got.length).toBe(expected.length);
    expect(got.bytes.length).toBe(Math.floor(expected.length / 2));
    expect(got.bytes.equals(expected.subarray(0, got.bytes.length))).toBe(true);
  });
});

/**
 * How the SOAP endpoint reads a request before the engine sees it: the paths it answers on,
 * compressed bodies (gzip, deflate, br, any case), what it refuses (an encoding it cannot
 * decode, a corrupt stream, a body that inflates past the limit, a Content-Length past the
 * limit), and that a client going away mid-body costs nothing. Every refusal is an IPS fault
 * 30003 naming the cause, in the journal like any call, on a connection that is then closed.
 */
import { createServer } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { envelope, faultOf, items, mockApp, SERVICE } from './support/mock.js';

const { app } = mockApp();
const small = mockApp({ maxBodyBytes: 1024 }).app;
const body = envelope('getActiveJobs', '<companyHandle>c|2101</companyHandle>');
const soapHeaders = { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs' };

const post = (target: typeof app, b: string | Buffer, headers: Record<string, string> = {}, path = SERVICE) =>
  request(target).post(path).set({ ...soapHeaders, ...headers }).send(b);

const lastRecord = async (target: typeof app) => {
  const { requests } = (await request(target).get('/__admin/requests')).body as { requests: Array<Record<string, unknown>> };
  return requests.at(-1) as { transport: Record<string, unknown>; outcome: { kind: string; code?: number; reason?: string } };
};

describe('the SOAP endpoint path', () => {
  it.each([
    ['with a query string', `${SERVICE}?x=1`],
    ['with a trailing slash', `${SERVICE}/`],
    ['in another letter case', SERVICE.toLowerCase()],
  ])('answers POSTs %s as SOAP calls', async (_, path) => {
    const res = await post(app, body, {}, path);
    expect(res.status).toBe(200);
    expect(items(res.text).length).toBeGreaterThan(10);
  });
  it('journals the path as the client sent it', async () => {
    const { app: own } = mockApp();
    await post(own, body, {}, `${SERVICE}?trace=1`);
    expect((await lastRecord(own)).transport).toMatchObject({ method: 'POST', path: `${SERVICE}?trace=1` });
  });
  it('OPTIONS lists POST among the methods the endpoint takes', async () => {
    const res = await request(app).options(SERVICE);
    expect(res.headers.allow?.split(/,\s*/)).toContain('POST');
  });
  it('does not take POSTs to a longer path', async () => {
    const res = await post(app, body, {}, `${SERVICE}Extra`);
    expect(res.status).toBe(404);
    expect(res.text).toMatch(/^ips-mock has no POST \/scene7\/services\/IpsApiServiceExtra/);
  });
});

describe('compressed request bodies', () => {
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
    ['GZIP', gzipSync],
  ] as const)('Content-Encoding %s is decoded before reading', async (coding, compress) => {
    const res = await post(app, compress(Buffer.from(body)), { 'Content-Encoding': coding });
    expect(res.status).toBe(200);
    expect(items(res.text).length).toBeGreaterThan(10);
  });
  it('the journal records the decoded size and the coding', async () => {
    const { app: own } = mockApp();
    await post(own, deflateSync(Buffer.from(body)), { 'Content-Encoding': 'deflate' });
    expect((await lastRecord(own)).transport).toMatchObject({ contentEncoding: 'deflate', bytes: Buffer.byteLength(body) });
  });
});

describe('bodies the transport refuses: fault 30003 saying why, and the connection closed', () => {
  it('a Content-Encoding it cannot decode', async () => {
    const res = await post(app, body, { 'Content-Encoding': 'compress' });
    expect(res.status).toBe(500);
    expect(res.headers.connection).toBe('close');
    expect(faultOf(res.text)).toMatchObject({ code: 30003, reason: expect.stringContaining('could not be read (encoding.unsupported)') });
  });
  it('a gzip body that is not gzip', async () => {
    const res = await post(app, Buffer.from(body), { 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(500);
    expect(faultOf(res.text)).toMatchObject({ code: 30003, reason: expect.stringContaining('could not be read (unreadable body)') });
  });
  it('a compressed body that inflates past the limit (the limit counts decoded bytes)', async () => {
    const bomb = body.replace('<companyHandle>', `<!--${' '.repeat(4096)}--><companyHandle>`);
    const packed = gzipSync(Buffer.from(bomb));
    expect(packed.length).toBeLessThan(1024);
    const res = await post(small, packed, { 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(500);
    expect(res.headers.connection).toBe('close');
    expect(faultOf(res.text).reason).toMatch(/exceeds the 1024 byte limit/);
    expect((await lastRecord(small)).outcome).toMatchObject({ kind: 'fault', code: 30003 });
  });
  it('a body past the limit: refused, and the same server answers the next call', async () => {
    const res = await post(small, `${body}${' '.repeat(2048)}`);
    expect(faultOf(res.text).reason).toMatch(/exceeds the 1024 byte limit/);
    expect((await post(small, envelope('getActiveJobs', ''))).status).toBe(200);
  });
});

describe('a client that goes away', () => {
  it('mid-body: journaled as a body that could not be read, and the server keeps serving', async () => {
    const { app: own } = mockApp();
    const s = createServer(own).listen(0, '127.0.0.1');
    try {
      await new Promise((r) => s.once('listening', r));
      const { port } = s.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      // Gone as soon as the server has the request's head: its body is still 4,900 bytes short.
      s.once('request', () => socket.destroy());
      socket.write(`POST ${SERVICE} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: 5000\r\n\r\n${body.slice(0, 100)}`);
      await vi.waitFor(async () => expect((await lastRecord(own)).outcome.reason).toMatch(/could not be read \(request\.aborted\)/));
      const res = await fetch(`http://127.0.0.1:${port}${SERVICE}`, { method: 'POST', headers: soapHeaders, body });
      expect(res.status).toBe(200);
    } finally {
      s.close();
    }
  });
});

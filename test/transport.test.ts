import request from 'supertest';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { authHeader, bodyElement, envelope, faultOf, items, mockApp, NS, SERVICE, text } from './support/mock.js';

const { app } = mockApp();
const body = envelope('getActiveJobs', '<companyHandle>c|2101</companyHandle>');
const post = (b: string | Buffer, headers: Record<string, string> = {}) =>
  request(app).post(SERVICE).set({ 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs', ...headers }).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  }).send(b);

describe('gzip responses (reference §3.6)', () => {
  it('compresses when Accept-Encoding allows it (raw bytes on the wire are gzip)', async () => {
    const server = createServer(app).listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const raw = await new Promise<{ headers: Record<string, unknown>; bytes: Buffer }>((resolve, reject) => {
        const req = httpRequest({ port, method: 'POST', path: SERVICE, headers: { 'Content-Type': 'text/xml', SOAPAction: 'getActiveJobs', 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
      expect(raw.headers['content-encoding']).toBe('gzip');
      expect(raw.bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      expect(items(gunzipSync(raw.bytes).toString('utf8')).length).toBeGreaterThan(10);
    } finally {
      server.close();
    }
  });
  it('does not compress without Accept-Encoding, or with gzip;q=0', async () => {
    expect((await post(body, { 'Accept-Encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
    expect((await post(body, { 'Accept-Encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });
  it('authHeader gzipResponse=false turns it off even when accepted', async () => {
    const b = envelope('getActiveJobs', '<companyHandle>c|2101</companyHandle>', { header: authHeader({ extra: '<gzipResponse>false</gzipResponse>' }) });
    const res = await post(b, { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect((res.body as Buffer).toString('utf8')).toContain('getActiveJobsReturn');
  });
  it('accepts gzip-encoded request bodies', async () => {
    const res = await post(gzipSync(Buffer.from(body)), { 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(200);
  });
});

describe('other ways to authenticate', () => {
  it('HTTP Basic (sent pre-emptively, no SOAP header)', async () => {
    const b = envelope('getActiveJobs', '<companyHandle>c|2101</companyHandle>', { header: '' });
    const ok = await post(b, { Authorization: `Basic ${Buffer.from('ips@example.com:ips-mock').toString('base64')}` });
    expect(ok.status).toBe(200);
    const bad = await post(b, { Authorization: `Basic ${Buffer.from('ips@example.com:nope').toString('base64')}` });
    expect(bad.status).toBe(500);
    expect(faultOf((bad.body as Buffer).toString()).code).toBe(10001);
  });
  it('the legacy AuthUser/AuthPassword headers', async () => {
    const header = `<AuthUser xmlns="http://www.scene7.com/IpsApi">ips@example.com</AuthUser><AuthPassword xmlns="http://www.scene7.com/IpsApi">ips-mock</AuthPassword>`;
    expect((await post(envelope('getActiveJobs', '', { header }))).status).toBe(200);
    const wrong = header.replace('>ips-mock<', '>x<');
    expect(faultOf((await post(envelope('getActiveJobs', '', { header: wrong }))).body.toString()).code).toBe(10001);
  });
  it('authHeader in the request namespace with mustUnderstand (as gSOAP and the beta stub send it)', async () => {
    const header = `<ns:authHeader xmlns:ns="${NS['2016-01-14-beta']}" xmlns:soapenv="${NS.soap11}" soapenv:mustUnderstand="1" soapenv:actor="http://schemas.xmlsoap.org/soap/actor/next"><ns:user>ips@example.com</ns:user><ns:password>ips-mock</ns:password><ns:appName>x</ns:appName><ns:appVersion>1</ns:appVersion></ns:authHeader>`;
    expect((await post(envelope('getActiveJobs', '', { header, version: '2016-01-14-beta' }))).status).toBe(200);
  });
  it('authHeader in the binding namespace http://www.scene7.com/IpsApi with children in the base one (PHP SoapClient from the real WSDL)', async () => {
    const header = `<ns2:authHeader xmlns:ns2="http://www.scene7.com/IpsApi" xmlns:ns1="http://www.scene7.com/IpsApi/xsd"><ns1:user>ips@example.com</ns1:user><ns1:password>ips-mock</ns1:password></ns2:authHeader>`;
    expect((await post(envelope('getActiveJobs', '', { header }))).status).toBe(200);
    const wrong = header.replace('>ips-mock<', '>x<');
    expect(faultOf((await post(envelope('getActiveJobs', '', { header: wrong }))).body.toString()).code).toBe(10001);
  });
  it('authHeader wins over HTTP Basic', async () => {
    const res = await post(body, { Authorization: `Basic ${Buffer.from('ghost@example.com:x').toString('base64')}` });
    expect(res.status).toBe(200);
  });
});

describe('hostile and oversized input', () => {
  it('refuses a DTD with entity declarations (billion laughs) with 30003 and answers at once', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${body.replace('<?xml version="1.0" encoding="UTF-8"?>', '').replace('c|2101', '&lol3;')}`;
    const started = Date.now();
    const res = await post(bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    const f = faultOf(res.body.toString());
    expect(f.code).toBe(30003);
    expect(f.reason).toMatch(/DTDs and entity declarations are not allowed/);
  });
  it('never reads an external entity (XXE)', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${body.replace('<?xml version="1.0" encoding="UTF-8"?>', '').replace('c|2101', '&xxe;')}`;
    const res = await post(xxe);
    expect(res.body.toString()).not.toContain('root:');
    expect(faultOf(res.body.toString()).code).toBe(30003);
  });
  it('refuses an undeclared entity reference', async () => {
    const res = await post(body.replace('c|2101', '&undefined;'));
    expect(faultOf(res.body.toString()).code).toBe(30003);
  });
  it('answers a body over the limit with a fault, and the server keeps serving', async () => {
    const small = mockApp({ maxBodyBytes: 1024 }).app;
    const big = body.replace('<companyHandle>', `<!--${'x'.repeat(4096)}--><companyHandle>`);
    const res = await request(small).post(SERVICE).set('Content-Type', 'text/xml').send(big);
    expect(res.status).toBe(500);
    const f = faultOf(res.text);
    expect(f.code).toBe(30003);
    expect(f.reason).toMatch(/exceeds the 1024 byte limit/);
    expect((await request(small).post(SERVICE).set('Content-Type', 'text/xml').set('SOAPAction', 'getActiveJobs').send(envelope('getActiveJobs', ''))).status).toBe(200);
  });
  it('refuses absurd nesting', async () => {
    const deep = body.replace('<companyHandle>c|2101</companyHandle>', `${'<a>'.repeat(500)}${'</a>'.repeat(500)}`);
    expect(faultOf((await post(deep)).body.toString()).code).toBe(30003);
  });
});

describe('SOAP 1.2 requests', () => {
  it('are answered in SOAP 1.2, faults with Code/Reason', async () => {
    const b12 = body.replace(NS.soap11, NS.soap12);
    const ok = await post(b12, { 'Content-Type': 'application/soap+xml; charset=utf-8; action="getActiveJobs"', SOAPAction: '' });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('application/soap+xml; charset=utf-8');
    expect(bodyElement(ok.body.toString()).ns).toBe(NS['2014-04-03']);
    const bad = await post(b12.replace('ips-mock<', 'x<'), { 'Content-Type': 'application/soap+xml; charset=utf-8' });
    const fault = bodyElement(bad.body.toString());
    expect(fault.ns).toBe(NS.soap12);
    expect(fault.children.map((c) => c.local)).toEqual(['Code', 'Reason', 'Detail']);
    // As in SOAP 1.1 (the captures): the server-side code, the fault element's name as the text, the code in the detail.
    expect(text(fault.children[0]!, 'Value')).toBe('soapenv:Receiver');
    expect(text(fault.children[1]!, 'Text')).toBe('authenticationFault');
    expect(text(fault.children[2]!.children[0]!, 'code')).toBe('10001');
  });
  it('take the action from the Content-Type (RFC 3902), even beside an empty SOAPAction header', async () => {
    const b12 = body.replace(NS.soap11, NS.soap12);
    // The body is getActiveJobsParam: an action naming another operation must be noticed, so it was read.
    const other = await post(b12, { 'Content-Type': 'application/soap+xml; charset=utf-8; action="stopJob"', SOAPAction: '' });
    const f = bodyElement(other.body.toString());
    expect(f.ns).toBe(NS.soap12);
    expect(text(f.children[2]!.children[0]!, 'code')).toBe('30003');
    expect(text(f.children[2]!.children[0]!, 'reason')).toMatch(/SOAPAction 'stopJob' does not match the request element 'getActiveJobsParam'/);
    const unquoted = await post(b12, { 'Content-Type': 'application/soap+xml;action=getActiveJobs;charset=utf-8' });
    expect(unquoted.status).toBe(200);
  });
});

describe('other routes', () => {
  it('an unknown path gets a 404 that lists the real ones', async () => {
    const res = await request(app).get('/nope');
    expect(res.status).toBe(404);
    expect(res.text).toContain('/scene7/services/IpsApiService');
  });
});

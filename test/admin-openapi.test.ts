import { spawn } from 'node:child_process';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, CLOCK, mockApp } from './support/mock.js';

/** The control API the issue asks for, written out here (not read from the route table). */
const EXPECTED: Record<string, { body?: unknown; query?: string; path?: string }> = {
  'get /__admin/health': {},
  'get /__admin/openapi.json': {},
  'get /__admin/clock': {},
  'put /__admin/clock': { body: { now: CLOCK } },
  'post /__admin/clock/advance': { body: { by: '1s' } },
  'get /__admin/requests': { query: '?operation=getActiveJobs&limit=5' },
  // Request 1 is the SOAP call the test makes first (before the journal is cleared below).
  'get /__admin/requests/:id/xml': { path: '/__admin/requests/1/xml' },
  'post /__admin/requests/count': { body: { operation: 'getActiveJobs' } },
  'delete /__admin/requests': {},
  'post /__admin/faults': { body: { match: { operation: 'getActiveJobs' }, fault: 'exception', times: 1 } },
  'get /__admin/faults': {},
  'delete /__admin/faults/:id': { path: '/__admin/faults/rule-1' },
  'delete /__admin/faults': {},
  'post /__admin/reset': { body: { company: 'c|1' } },
  'post /__admin/fixtures': { body: { formatVersion: 1, companies: [{ handle: 'c|7001', name: 'Doc Co' }] } },
  'delete /__admin/clock': {},
  // Read-only views of the mock's state (the inspector page reads them).
  'get /__admin/locales': {},
  'get /__admin/companies': { query: '?q=2101' },
  'get /__admin/companies/:company/active-jobs': { path: '/__admin/companies/c%7C2101/active-jobs' },
  'get /__admin/companies/:company/scheduled-jobs': { path: '/__admin/companies/c%7C2101/scheduled-jobs' },
  'get /__admin/companies/:company/job-logs': { path: '/__admin/companies/c%7C2101/job-logs' },
  'get /__admin/companies/:company/folders': { path: '/__admin/companies/c%7C2101/folders' },
  // A faked company's oldest finished run (README: 10 finished jobs with logs); its handle is read from job-logs first.
  'get /__admin/companies/:company/jobs/:jobHandle': { path: '/__admin/companies/c%7C2101/jobs/{first job log}', query: '?locale=de-DE' },
  // Issue 8: token logins defined at run time.
  'post /__admin/tokens': { body: { token: 'openapi-token-1', user: 'user@example.com' } },
};

type Doc = { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, { content: Record<string, { schema: object }> }> }>> };

const expressPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');

describe('the control API document (GET /__admin/openapi.json)', () => {
  it('lists exactly the control routes, each answering as documented', async () => {
    const { app } = mockApp();
    await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>');
    const doc = (await request(app).get('/__admin/openapi.json')).body as Doc & { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${expressPath(p)}`));
    expect(documented.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [route, sample] of Object.entries(EXPECTED)) {
      const [method, path] = route.split(' ') as ['get' | 'put' | 'post' | 'delete', string];
      const op = doc.paths[path.replace(/:(\w+)/g, '{$1}')]![method]!;
      let target = sample.path ?? path;
      if (target.includes('{first job log}')) {
        const logs = (await request(app).get('/__admin/companies/c%7C2101/job-logs')).body.logs as { jobHandle: string }[];
        target = target.replace('{first job log}', encodeURIComponent(logs.at(-1)!.jobHandle));
      }
      let req = request(app)[method](target + (sample.query ?? ''));
      if (sample.body !== undefined) req = req.send(sample.body as object);
      const res = await req;
      expect(res.status, route).toBe(200);
      const schema = z.fromJSONSchema(op.responses['200']!.content['application/json']!.schema as Parameters<typeof z.fromJSONSchema>[0]);
      expect(schema.safeParse(res.body).success, `${route} answers as its documented schema`).toBe(true);
    }
  });

  it('documents request bodies the way the routes check them: the sample passes, an unknown field is refused by both', async () => {
    const { app } = mockApp();
    const doc = (await request(app).get('/__admin/openapi.json')).body as Doc;
    for (const [route, sample] of Object.entries(EXPECTED)) {
      if (sample.body === undefined) continue;
      const [method, path] = route.split(' ') as ['put' | 'post', string];
      const bodySchema = z.fromJSONSchema(doc.paths[path]![method]!.requestBody!.content['application/json']!.schema as Parameters<typeof z.fromJSONSchema>[0]);
      const withUnknown = { ...(sample.body as object), bogus: 1 };
      expect(bodySchema.safeParse(sample.body).success, route).toBe(true);
      expect(bodySchema.safeParse(withUnknown).success, route).toBe(false);
      const res = await request(app)[method](path).send(withUnknown);
      expect(res.status, route).toBe(400);
      expect(res.body.error, route).toMatch(/bogus/);
    }
  });

  it('answers an unknown control route with a JSON 404 pointing at the document', async () => {
    const { app } = mockApp();
    const res = await request(app).get('/__admin/stubs');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no GET \/__admin\/stubs.*openapi\.json/);
  });
});

describe('control API access', () => {
  it('is off beyond loopback without a token, and the 404 says how to turn it on', async () => {
    const { app } = mockApp({ host: '0.0.0.0' });
    const res = await request(app).get('/__admin/health');
    expect(res.status).toBe(404);
    expect(res.text).toMatch(/listens on 0\.0\.0\.0.*--admin-token <secret>.*Authorization: Bearer/s);
  });

  it('beyond loopback with --admin-token, needs that Bearer token', async () => {
    const { app } = mockApp({ host: '0.0.0.0', adminToken: 's3cret' });
    const none = await request(app).get('/__admin/health');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await request(app).get('/__admin/health').set('Authorization', 'Bearer wrong')).status).toBe(401);
    expect((await request(app).get('/__admin/health').set('Authorization', 'Bearer s3cret')).status).toBe(200);
    const doc = (await request(app).get('/__admin/openapi.json').set('Authorization', 'Bearer s3cret')).body;
    expect(doc.security).toEqual([{ bearer: [] }]);
  });

  it('can be turned off entirely (admin: false)', async () => {
    const { app } = mockApp({ admin: false });
    const res = await request(app).get('/__admin/clock');
    expect(res.status).toBe(404);
    expect(res.text).toMatch(/turned off/);
  });
});

describe('the banner', () => {
  const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
  const banner = (args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, '--port', '0', ...args]);
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('control API')) {
          child.kill();
          resolve(out);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });

  it('prints the real bound address and, beyond loopback without a token, how to turn the control API on', async () => {
    const out = await banner(['--host', '0.0.0.0']);
    expect(out).toMatch(/\(bound to 0\.0\.0\.0:\d+\)/);
    expect(out).toMatch(/control API +off\. .*--admin-token <secret>/);
  });

  it('with --admin-token, says the control API is on and needs the token', async () => {
    const out = await banner(['--host', '0.0.0.0', '--admin-token', 't0k']);
    expect(out).toMatch(/control API +http:\/\/127\.0\.0\.1:\d+\/__admin .*Authorization: Bearer/);
    expect(out).not.toContain('t0k');
  });
});

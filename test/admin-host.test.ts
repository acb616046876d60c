/**
 * DNS rebinding (issue 11): on a loopback bind the control API and the inspector page answer only
 * requests addressed to a loopback name; anything else is a 403 with a JSON reason. The SOAP
 * endpoint and WSDLs are not affected.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { call, items, mockApp } from './support/mock.js';

const { app } = mockApp();
const withHost = (path: string, host: string) => request(app).get(path).set('Host', host);

describe('the control API on a loopback bind answers only loopback Host names', () => {
  it.each(['localhost', 'localhost:8080', '127.0.0.1:41234', '127.0.0.2', '[::1]:8080', '[::1]', 'LOCALHOST:80'])('Host %s → served', async (host) => {
    const res = await withHost('/__admin/health', host);
    expect(res.status).toBe(200);
  });

  it.each(['attacker.example', 'attacker.example:8080', 'localhost.attacker.example', '127.0.0.1.attacker.example', '10.0.0.5:8080', '[::2]:8080', ''])(
    'Host %j → 403 with a JSON reason',
    async (host) => {
      const res = await withHost('/__admin/health', host);
      expect(res.status).toBe(403);
      expect(res.type).toBe('application/json');
      expect((res.body as { error: string }).error).toMatch(/answers only requests addressed to localhost, 127\.0\.0\.1 or \[::1\].*DNS rebinding/);
    },
  );

  it('covers every control route, writes included, and the inspector page', async () => {
    expect((await withHost('/__admin/ui/', 'attacker.example')).status).toBe(403);
    expect((await withHost('/__admin/ui/', 'localhost:8080')).status).toBe(200);
    const reset = await request(app).post('/__admin/reset').set('Host', 'attacker.example').send({});
    expect(reset.status).toBe(403);
    expect((await request(app).post('/__admin/clock/advance').set('Host', 'attacker.example').send({ by: '1h' })).status).toBe(403);
  });

  it('leaves the SOAP endpoint and the WSDLs alone', async () => {
    expect((await withHost('/scene7/webservice/IpsApi-2014-04-03.wsdl', 'mock.example:8080')).status).toBe(200);
    const res = await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>');
    expect(items(res.text).length).toBeGreaterThan(0);
  });

  it('is not applied beyond loopback, where the admin token guards the API', async () => {
    const { app: open } = mockApp({ host: '0.0.0.0', adminToken: 'sesame-1234' });
    const res = await request(open).get('/__admin/health').set('Host', 'mock.internal:8080').set('Authorization', 'Bearer sesame-1234');
    expect(res.status).toBe(200);
  });
});

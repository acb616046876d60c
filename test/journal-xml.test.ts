/** GET /__admin/requests/:id/xml: one journaled call's bodies, bounded. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { envelope, mockApp, SERVICE } from './support/mock.js';

const latest = async (app: ReturnType<typeof mockApp>['app']) => ((await request(app).get('/__admin/requests?limit=1')).body.requests[0] as { id: number }).id;

describe('GET /__admin/requests/:id/xml', () => {
  it('gives the request as sent and the response as answered', async () => {
    const { app } = mockApp();
    const sent = envelope('getActiveJobs', '<companyHandle>c|41</companyHandle>');
    const res = await request(app).post(SERVICE).set('Content-Type', 'text/xml; charset=utf-8').set('SOAPAction', 'getActiveJobs').send(sent);
    const xml = (await request(app).get(`/__admin/requests/${await latest(app)}/xml`)).body;
    expect(xml.request).toBe(sent);
    expect(xml.response).toBe(res.text);
    expect(xml.truncated).toBe(false);
  });

  it('reads a Latin-1 request as Latin-1', async () => {
    const { app } = mockApp();
    const sent = envelope('getActiveJobs', '<companyHandle>c|41</companyHandle><originalName>Café</originalName>').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    await request(app).post(SERVICE).set('Content-Type', 'text/xml').set('SOAPAction', 'getActiveJobs').send(Buffer.from(sent, 'latin1'));
    expect((await request(app).get(`/__admin/requests/${await latest(app)}/xml`)).body.request).toContain('<originalName>Café</originalName>');
  });

  it('keeps no bodies for calls the bounded journal let go, and cuts very long bodies', async () => {
    const { app } = mockApp({ journalLimit: 2 });
    const send = (body: string) => request(app).post(SERVICE).set('Content-Type', 'text/xml').set('SOAPAction', 'getActiveJobs').send(body);
    await send(envelope('getActiveJobs', '<companyHandle>c|41</companyHandle>'));
    const first = await latest(app);
    // 1.5 MiB of whitespace inside the envelope: more than the 1 MiB kept per body.
    await send(envelope('getActiveJobs', `<companyHandle>c|41</companyHandle>${' '.repeat(1_500_000)}`));
    const long = (await request(app).get(`/__admin/requests/${await latest(app)}/xml`)).body;
    expect(long.truncated).toBe(true);
    expect(long.request.length).toBe(1024 * 1024);
    await send(envelope('getActiveJobs', '<companyHandle>c|41</companyHandle>'));
    const gone = await request(app).get(`/__admin/requests/${first}/xml`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toContain('pushed out');
    expect((await request(app).get('/__admin/requests/nope/xml')).status).toBe(404);
  });
});

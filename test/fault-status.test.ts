/**
 * authHeader faultHttpStatusCode (issue 11). The rule: a fault is only sent
 * with a status that carries a body a client will read — 200 or 400-599; any
 * other requested status keeps the default 500, so the fault is never dropped.
 */
import { describe, expect, it } from 'vitest';
import { authHeader, call, faultOf, mockApp } from './support/mock.js';

const { app } = mockApp();
const withStatus = (status: string) =>
  call(app, 'getActiveJobs', '', { header: authHeader({ password: 'wrong', extra: `<faultHttpStatusCode>${status}</faultHttpStatusCode>` }) });

describe('faultHttpStatusCode', () => {
  it.each(['200', '400', '404', '503', '599'])('%s is honoured, with the fault as body', async (status) => {
    const res = await withStatus(status);
    expect(res.status).toBe(Number(status));
    expect(faultOf(res.text).code).toBe(10001);
  });
  it.each(['100', '204', '205', '302', '304', '201', '600', 'abc', '4.5e2'])('%s cannot carry the fault: 500 with the fault', async (status) => {
    const res = await withStatus(status);
    expect(res.status).toBe(500);
    expect(faultOf(res.text).code).toBe(10001);
  });
});

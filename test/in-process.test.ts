import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { CLOCK, envelope, faultOf, SERVICE } from './support/mock.js';

let mock: RunningIpsMock;
beforeAll(async () => {
  mock = await startIpsMock({ port: 0, clock: CLOCK });
});
afterAll(() => mock.close());

const get = async (company: string) => {
  const res = await fetch(`${mock.url}${SERVICE}`, { method: 'POST', headers: { 'Content-Type': 'text/xml', SOAPAction: 'getActiveJobs' }, body: envelope('getActiveJobs', `<companyHandle>${company}</companyHandle>`) });
  return { status: res.status, text: await res.text() };
};

describe('the typed in-process API', () => {
  it('mock.faults.inject() returns a remover', async () => {
    const remove = mock.faults.inject({ match: { company: 'c|601' }, fault: { name: 'invalidParameter', reason: 'in-process rule' } });
    expect(faultOf((await get('c|601')).text).reason).toBe('in-process rule');
    remove();
    expect((await get('c|601')).status).toBe(200);
  });

  it('refuses a bad rule, saying what is wrong', () => {
    expect(() => mock.faults.inject({ fault: 'noSuchFault' as 'exception' })).toThrow(/bad injection rule.*fault/s);
    expect(() => mock.faults.inject({ delay: 'soon' })).toThrow(/not a duration/);
  });

  it('mock.journal.find/count filter like the HTTP journal', async () => {
    const since = new Date();
    await get('c|602');
    await get('c|602');
    await get('c|603');
    expect(mock.journal.count({ company: 'c|602', since })).toBe(2);
    expect(mock.journal.find({ operation: 'getActiveJobs', since, limit: 1 }).map((r) => r.company)).toEqual(['c|603']);
    expect(mock.journal.count({ since: new Date(Date.now() + 60_000) })).toBe(0);
  });

  it('mock.fixtures.load() and mock.reset(company)', async () => {
    const loaded = mock.fixtures.load({ formatVersion: 1, jobs: [{ company: 'c|604', variant: 'optimizeImagesJob', state: 'New', name: 'typed load' }] });
    expect(loaded.companies).toEqual(['c|604']);
    expect((await get('c|604')).text).toContain('<originalName>typed load</originalName>');
    expect(() => mock.fixtures.load({ formatVersion: 1, jobs: [{ company: 'acme' }] })).toThrow(/mock\.fixtures\.load\(\): at jobs\[0\]\.company/);
    mock.reset();
    expect((await get('c|604')).text).not.toContain('typed load');
    expect(mock.journal.find()).toHaveLength(1);
  });
});

/**
 * Companies in memory (issue 11): idle faked companies that no write changed are dropped beyond
 * maxIdleCompanies and come back identical; a company with submitted jobs (or fired triggers) is never
 * dropped; a query without companyHandle covers at most the 50 most recently used companies the
 * caller may act on (docs/limits.md, docs/decisions.md). Sizes are scaled down through the config.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodyElement, call, items, mockApp, SUBMIT_DETAILS, text } from './support/mock.js';

type App = ReturnType<typeof mockApp>;
const activeJobs = async (m: App, company: string) => {
  const res = await call(m.app, 'getActiveJobs', `<companyHandle>${company}</companyHandle>`);
  expect(res.status, res.text).toBe(200);
  return res.text;
};
const touch = async (m: App, companies: readonly string[]) => {
  for (const c of companies) expect((await call(m.app, 'getScheduledJobs', `<companyHandle>${c}</companyHandle>`)).status).toBe(200);
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `c|${from + i}`);

describe('idle faked companies are dropped and come back identical', () => {
  it('beyond maxIdleCompanies the least recently used is dropped; touched again hours later, it answers byte for byte what a mock that kept it answers', async () => {
    const small = mockApp({ maxIdleCompanies: 3 });
    const roomy = mockApp();
    for (const m of [small, roomy]) {
      await activeJobs(m, 'c|801');
      // Two hours on, c|801's hourly trigger has fired twice (10:15, 11:15): those runs took handles from its sequence.
      m.clock.advance('2h');
      await activeJobs(m, 'c|801');
      await touch(m, range(802, 805));
    }
    expect(small.engine.store.held('c|801')).toBe(false);
    expect(roomy.engine.store.held('c|801')).toBe(true);
    // To 13:15:05 the next day: jobs have moved on, more triggers fired (the last 5 s ago, its run in progress).
    // The rebuilt company must place its jobs from its first genesis and fire its triggers at the same
    // instants as the one that was kept (a single catch-up would number the runs differently).
    for (const m of [small, roomy]) m.clock.advance(`${24 * 3600 + 3600 + 15 * 60 + 5}s`);
    const rebuilt = await activeJobs(small, 'c|801');
    expect(rebuilt).toBe(await activeJobs(roomy, 'c|801'));
    expect(items(rebuilt).map((j) => text(j, 'state'))).toContain('Running');
    const logs = (m: App) => call(m.app, 'getJobLogs', '<companyHandle>c|801</companyHandle>').then((r) => r.text);
    const rebuiltLogs = await logs(small);
    expect(rebuiltLogs).toBe(await logs(roomy));
    expect(items(rebuiltLogs, 'jobLogArray').length).toBeGreaterThan(20);
    const kept = roomy.engine.store.lookup('c|801', roomy.clock.now());
    expect('tenant' in kept && kept.tenant.fireSyncs.length).toBeGreaterThan(0);
    // Still at most 3 idle companies held.
    expect(range(801, 805).filter((c) => small.engine.store.held(c))).toHaveLength(3);
  });

  it('a company a write changed (a submitted job) is never dropped: its job is still there', async () => {
    const m = mockApp({ maxIdleCompanies: 2 });
    const res = await call(m.app, 'submitJob', `<companyHandle>c|811</companyHandle><jobName>keep me</jobName><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`);
    expect(res.status, res.text).toBe(200);
    const handle = text(bodyElement(res.text), 'jobHandle')!;
    await touch(m, range(812, 816));
    expect(m.engine.store.held('c|811')).toBe(true);
    const mine = items(await activeJobs(m, 'c|811')).filter((j) => text(j, 'originalName') === 'keep me');
    expect(mine).toHaveLength(1);
    expect(text(mine[0]!, 'jobHandle')!.startsWith('j|811||keep me')).toBe(true);
    expect(handle).toBe('j|811|keep me||');
  });

  it('fixture companies are never dropped', async () => {
    const m = mockApp({ maxIdleCompanies: 1 });
    m.data.load({ formatVersion: 1, companies: [{ handle: 'c|821', name: 'Fixture Co' }], jobs: [{ company: 'c|821', name: 'from the fixture' }] }, 'test');
    await touch(m, ['c|821', ...range(822, 825)]);
    expect(m.engine.store.held('c|821')).toBe(true);
  });
});

describe('a query without companyHandle covers at most 50 companies, the most recently used', () => {
  const coveredBy = async (m: App) => {
    const res = await call(m.app, 'getScheduledJobs', '');
    expect(res.status, res.text).toBe(200);
    return [...new Set(items(res.text).map((j) => text(j, 'companyHandle')!))];
  };

  it('60 companies touched: the answer covers the last 50, in the order first met; touching an old one brings it back in', async () => {
    const m = mockApp();
    const all = range(901, 960);
    await touch(m, all);
    expect(await coveredBy(m)).toEqual(all.slice(10));
    await touch(m, ['c|901']);
    const after = await coveredBy(m);
    expect(after).toHaveLength(50);
    expect(after[0]).toBe('c|901');
    expect(after).not.toContain('c|911');
    expect(after.slice(1)).toEqual(all.slice(11));
  });
});

describe('--max-idle-companies', () => {
  const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

  it('sets the limit: with 1, the first of two companies read is dropped', async () => {
    const child = spawn(process.execPath, [CLI, '--port', '0', '--clock', '2026-11-28T10:00:00Z', '--max-idle-companies', '1']);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m && out.includes('seed ')) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const held = async (c: string) =>
        ((await (await fetch(`${url}/__admin/companies?q=${encodeURIComponent(c)}`)).json()) as { companies: Array<{ handle: string; held: boolean }> }).companies.find((x) => x.handle === c)?.held;
      const soap = (c: string) =>
        fetch(`${url}/scene7/services/IpsApiService`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getScheduledJobs' },
          body: `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password></authHeader></soapenv:Header><soapenv:Body><getScheduledJobsParam xmlns="http://www.scene7.com/IpsApi/xsd/2014-04-03"><companyHandle>${c}</companyHandle></getScheduledJobsParam></soapenv:Body></soapenv:Envelope>`,
        }).then((r) => r.status);
      expect(await soap('c|831')).toBe(200);
      expect(await held('c|831')).toBe(true);
      expect(await soap('c|832')).toBe(200);
      expect(await held('c|831')).toBe(false);
      expect(await held('c|832')).toBe(true);
    } finally {
      child.kill();
    }
  });

  it('refuses a value that is not a count (exit 2)', () => {
    const bad = spawnSync(process.execPath, [CLI, '--max-idle-companies=many'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-idle-companies must be an integer from 0 to 1000000, got 'many'/);
  });
});

/**
 * Companies in memory (issues 10, 11): beyond maxIdleCompanies the least recently used companies are
 * dropped and come back identical, whether only read (rebuilt from genesis and trigger fires) or written
 * (their writes run again); fixture companies and companies written together are kept; a query
 * without companyHandle covers at most the 50 most recently used companies the caller may act on (docs/limits.md, docs/decisions.md). Sizes are scaled down through the config.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, items, mockApp, SUBMIT_DETAILS, text } from './support/mock.js';

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

describe('companies beyond maxIdleCompanies are dropped and come back identical', () => {
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

  it('a company written to (jobs submitted, one stopped, a folder made) and then dropped comes back byte for byte what a mock that kept it answers, its submitted jobs included', async () => {
    const small = mockApp({ maxIdleCompanies: 2 });
    const roomy = mockApp();
    const C = '<companyHandle>c|811</companyHandle>';
    const histories: Array<{ first: string; second: string; upload: string; root: string }> = [];
    for (const m of [small, roomy]) {
      const ok = async (op: string, body: string) => {
        const res = await call(m.app, op, `${C}${body}`);
        expect(res.status, res.text).toBe(200);
        return bodyElement(res.text);
      };
      const root = text(child(await ok('getCompanyInfo', ''), 'companyInfo')!, 'rootPath')!;
      const publish = `<imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`;
      const first = text(await ok('submitJob', `<jobName>keep me</jobName>${publish}`), 'jobHandle')!;
      m.clock.advance('20s');
      // The same name again while the first is listed: a handle of its own (the run id appended).
      const second = text(await ok('submitJob', `<jobName>keep me</jobName>${publish}`), 'jobHandle')!;
      const upload = text(await ok('submitJob', `<jobName>urls</jobName><uploadUrlsJob>${SUBMIT_DETAILS.uploadUrlsJob}</uploadUrlsJob>`), 'jobHandle')!;
      m.clock.advance('5s');
      const running = items((await call(m.app, 'getActiveJobs', C)).text).find((j) => text(j, 'originalName') === 'keep me' && text(j, 'state') !== 'Done')!;
      await ok('stopJob', `<jobHandle>${text(running, 'jobHandle')}</jobHandle>`);
      await ok('createFolder', `<folderPath>${root}kept/a/</folderPath>`);
      // Two hours on: hourly triggers fired, the upload finished (its assets are in the catalogue).
      m.clock.advance('2h');
      await call(m.app, 'getActiveJobs', C);
      await touch(m, range(812, 816));
      histories.push({ first, second, upload, root });
    }
    expect(histories[0]).toEqual(histories[1]);
    expect(histories[0]!.second).not.toBe(histories[0]!.first);
    expect(small.engine.store.held('c|811')).toBe(false);
    expect(roomy.engine.store.held('c|811')).toBe(true);
    for (const m of [small, roomy]) m.clock.advance('1h');
    const answers = async (m: App) => {
      const read = (op: string, body = '') => call(m.app, op, `${C}${body}`).then((r) => r.text);
      return {
        active: await read('getActiveJobs'),
        logs: await read('getJobLogs'),
        upload: await read('getJobLogDetails', `<jobHandle>${histories[0]!.upload}</jobHandle>`),
        folders: await read('getFolders', `<folderPath>${histories[0]!.root}kept/</folderPath>`),
        assets: await read('searchAssets', `<folder>${histories[0]!.root}</folder><includeSubfolders>true</includeSubfolders><recordsPerPage>1000</recordsPerPage>`),
        // A job submitted after the rebuild gets the handle it gets on the company that was kept.
        next: await read('submitJob', `<jobName>keep me</jobName><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`),
      };
    };
    const rebuilt = await answers(small);
    const kept = await answers(roomy);
    expect(rebuilt).toEqual(kept);
    expect(rebuilt.logs).toContain('keep me');
    expect(rebuilt.folders).toContain('kept/a/');
    expect(items(rebuilt.upload, 'jobLogArray')).toHaveLength(1);
    // Dropped again, with the write made after its rebuild: it comes back with that one too.
    for (const m of [small, roomy]) {
      await touch(m, range(812, 816));
      m.clock.advance('10m');
    }
    expect(small.engine.store.held('c|811')).toBe(false);
    expect(await answers(small)).toEqual(await answers(roomy));
  });

  it('a write that looked up two companies could not run again for one alone: both are kept', () => {
    const m = mockApp({ maxIdleCompanies: 1 });
    const { store } = m.engine;
    const now = m.clock.now();
    store.write(() => {
      store.lookup('c|817', now);
      store.lookup('c|818', now);
    }, now);
    for (const c of range(819, 822)) store.lookup(c, now);
    expect(store.held('c|817')).toBe(true);
    expect(store.held('c|818')).toBe(true);
    expect(range(819, 822).filter((c) => store.held(c))).toHaveLength(1);
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

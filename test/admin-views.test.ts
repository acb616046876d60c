/**
 * The read-only control-API routes the inspector page reads (companies, a
 * company's active and scheduled jobs, job logs and one job's log lines), and
 * how the page itself is served. Over HTTP with supertest.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, children, items, mockApp, text } from './support/mock.js';

const ROOT = new URL('..', import.meta.url).pathname;
const enc = encodeURIComponent;

describe('GET /__admin/companies', () => {
  it('lists the companies requests touched, with their job counts, and searches by handle or name', async () => {
    const { app } = mockApp();
    expect((await request(app).get('/__admin/companies')).body).toEqual({ companies: [] });
    await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>');
    await call(app, 'getActiveJobs', '<companyHandle>c|77</companyHandle>');
    const all = (await request(app).get('/__admin/companies')).body.companies as { handle: string; name: string }[];
    expect(all.map((c) => c.handle)).toEqual(['c|77', 'c|2101']);
    // README: a faked company has 24 active jobs and 5 scheduled jobs.
    expect(all[1]).toMatchObject({ handle: 'c|2101', source: 'faked', held: true, activeJobs: 24, scheduledJobs: 5 });
    const name = all[1]!.name;
    expect((await request(app).get(`/__admin/companies?q=${enc(name.slice(1, 5).toUpperCase())}`)).body.companies.map((c: { handle: string }) => c.handle)).toContain('c|2101');
    expect((await request(app).get('/__admin/companies?q=2101')).body.companies.map((c: { handle: string }) => c.handle)).toEqual(['c|2101']);
  });

  it('offers a full handle nobody touched yet without creating it', async () => {
    const { app } = mockApp();
    expect((await request(app).get(`/__admin/companies?q=${enc('c|555')}`)).body.companies).toEqual([
      { handle: 'c|555', name: expect.any(String), source: 'faked', held: false },
    ]);
    expect((await request(app).get('/__admin/companies')).body.companies).toEqual([]);
  });

  it('lists fixture companies before any request, as fixture companies', async () => {
    const { app } = mockApp({ fixturesDir: join(ROOT, 'fixtures/examples') });
    const companies = (await request(app).get('/__admin/companies')).body.companies as { handle: string; name: string; source: string }[];
    // fixtures/examples/acme.json defines c|2101 "Acme Outdoor".
    expect(companies.find((c) => c.handle === 'c|2101')).toMatchObject({ name: 'Acme Outdoor', source: 'fixture', held: false });
  });
});

describe("GET /__admin/companies/:company/… (a company's jobs)", () => {
  const submit = (app: Parameters<typeof call>[0], extra = '') =>
    call(app, 'submitJob', `<companyHandle>c|31</companyHandle><jobName>views</jobName><locale>fr-FR</locale>${extra}<imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>`);

  it('shows a submitted job with its variant, locale, state and progress, agreeing with getActiveJobs as the clock moves', async () => {
    const { app } = mockApp();
    const handle = /<jobHandle>([^<]+)<\/jobHandle>/.exec((await submit(app)).text)![1]!;
    // The handle of the job as submitted; its run is named with the submit time in server time (US Central).
    expect(handle).toBe('j|31|views||');
    const find = async () => ((await request(app).get(`/__admin/companies/${enc('c|31')}/active-jobs`)).body.jobs as Record<string, unknown>[]).find((j) => j.name === 'views_2026-11-28-04:00:00.000')!;
    expect(await find()).toMatchObject({ jobHandle: expect.stringMatching(/^j\|31\|\|views_2026-11-28-04:00:00\.000\|\d+$/), variant: 'imageServingPublishJob', type: 'ImageServingPublish', state: 'New', progress: 0, locale: 'fr-FR', startDate: '2026-11-28T10:00:00.000Z' });
    await request(app).post('/__admin/clock/advance').send({ by: '8s' });
    const running = await find();
    const soap = items((await call(app, 'getActiveJobs', `<companyHandle>c|31</companyHandle><jobHandle>${handle}</jobHandle>`)).text)[0]!;
    expect(running.state).toBe('Running');
    expect([running.state, String(running.progress), running.progressMessage]).toEqual([text(soap, 'state'), text(soap, 'progress'), text(soap, 'progressMessage')]);
    await request(app).post('/__admin/clock/advance').send({ by: '30s' });
    expect(await find()).toMatchObject({ state: 'Done', progress: 100 });
  });

  it('shows scheduled jobs with their trigger state and next fire', async () => {
    const { app } = mockApp();
    await call(app, 'submitJob', '<companyHandle>c|32</companyHandle><jobName>noon</jobName><execSchedule>0 0 12 * * ?</execSchedule><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    const jobs = (await request(app).get(`/__admin/companies/${enc('c|32')}/scheduled-jobs`)).body.jobs as Record<string, unknown>[];
    // The clock stands at 10:00 UTC: the next noon is today's.
    expect(jobs.find((j) => j.name === 'noon')).toMatchObject({ variant: 'optimizeImagesJob', triggerState: 'Normal', execSchedule: '0 0 12 * * ?', nextFireTime: '2026-11-28T12:00:00.000Z', timeZone: 'UTC' });
  });

  it("lists job logs newest first and gives one job's log lines in the locale asked for", async () => {
    const { app } = mockApp();
    const res = await submit(app);
    const handle = /<jobHandle>([^<]+)<\/jobHandle>/.exec(res.text)![1]!;
    await request(app).post('/__admin/clock/advance').send({ by: '30s' });
    const logs = (await request(app).get(`/__admin/companies/${enc('c|31')}/job-logs`)).body.logs as { jobName: string; startDate: string }[];
    expect(logs.find((l) => l.jobName === 'views_2026-11-28-04:00:00.000')).toMatchObject({ logType: 'BeginImageServingPublish' });
    const starts = logs.map((l) => l.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
    const en = (await request(app).get(`/__admin/companies/${enc('c|31')}/jobs/${enc(handle)}?locale=en-US`)).body;
    expect(en.job).toMatchObject({ state: 'Done', locale: 'fr-FR' });
    expect(en.lines[0]).toMatchObject({ logType: 'BeginImageServingPublish', message: 'Job "views" started' });
    expect(en.lines.at(-1).logType).toBe('EndImageServingPublish');
    const fr = (await request(app).get(`/__admin/companies/${enc('c|31')}/jobs/${enc(handle)}?locale=fr-CA`)).body;
    expect(fr.locale).toBe('fr-FR');
    expect(fr.lines[0].message).not.toBe('Job "views" started');
    expect(fr.lines[0].message).toContain('views');
  });

  it('answers bad handles, unknown jobs and bad locales with a reason', async () => {
    const { app } = mockApp();
    const bad = await request(app).get('/__admin/companies/acme/active-jobs');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('c|2101');
    expect((await request(app).get(`/__admin/companies/${enc('c|31')}/jobs/${enc('j|31||nope|1')}`)).status).toBe(404);
    const locale = await request(app).get(`/__admin/companies/${enc('c|31')}/jobs/x?locale=${enc('not a locale')}`);
    expect(locale.status).toBe(400);
    expect(locale.body.error).toContain('not a locale');
    const { app: strict } = mockApp({ fakeUnknownCompanies: false });
    expect((await request(strict).get(`/__admin/companies/${enc('c|31')}/scheduled-jobs`)).status).toBe(404);
  });
});

describe('GET /__admin/companies/:company/folders (the catalogue)', () => {
  it("lists a folder's direct subfolders as getFolders lists them, and its assets", async () => {
    const { app } = mockApp();
    const root = (await request(app).get(`/__admin/companies/${enc('c|2101')}/folders`)).body;
    const soapPaths = children(child(bodyElement((await call(app, 'getFolders', '<companyHandle>c|2101</companyHandle>')).text), 'folderArray')!, 'items').map((i) => text(i, 'path')!);
    const direct = soapPaths.filter((p) => p.startsWith(root.path) && p.slice(root.path.length, -1).length > 0 && !p.slice(root.path.length, -1).includes('/'));
    expect(direct.length).toBeGreaterThan(0);
    expect(root.folders.map((f: { path: string }) => f.path)).toEqual([...direct].sort());
    expect(root.totals.folders).toBe(soapPaths.length + 1);
    // Walk down to a folder with assets: each lists the same number its parent said it holds.
    let here = root;
    while (here.assets.length === 0 && here.folders.length > 0) {
      const next = here.folders[0];
      here = (await request(app).get(`/__admin/companies/${enc('c|2101')}/folders?path=${enc(next.path)}`)).body;
      expect(here.parent).toBe(next.path.slice(0, next.path.slice(0, -1).lastIndexOf('/') + 1));
      expect(here.assets.length).toBe(next.assets);
    }
    expect(here.assets[0]).toMatchObject({ handle: expect.stringMatching(/^a\|\d+$/), type: expect.stringMatching(/^(Image|Video|Pdf)$/) });
    const missing = await request(app).get(`/__admin/companies/${enc('c|2101')}/folders?path=nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toContain('nowhere/');
  });
});

describe('GET /__admin/ui (the inspector page)', () => {
  it('is served from the package with a policy that keeps it offline and on this server', async () => {
    const { app } = mockApp();
    const redirect = await request(app).get('/__admin/ui');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/__admin/ui/');
    const page = await request(app).get('/__admin/ui/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.text).toContain('<script type="module" src="app.js">');
    const script = await request(app).get('/__admin/ui/app.js');
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('loads nothing from the network: no absolute URL in any of its files', () => {
    const files = readdirSync(join(ROOT, 'ui'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|css)$/.test(f));
    expect(files).toContain('index.html');
    for (const f of files) expect(readFileSync(join(ROOT, 'ui', f), 'utf8'), f).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
  });

  it('is in the published package', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const paths = packed!.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['ui/index.html', 'ui/app.js', 'ui/style.css', 'ui/views/company.js']));
  });

  it('is served by the ips-mock command (the bundled CLI finds ui/ in the package)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`ips-mock exited ${code}: ${out}`)));
      });
      const page = await fetch(`${url}/__admin/ui/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script type="module" src="app.js">');
      expect((await fetch(`${url}/__admin/ui/views/company.js`)).status).toBe(200);
    } finally {
      child.kill();
    }
  });

  it('is not served, nor its data routes, when the control API is off', async () => {
    const { app } = mockApp({ host: '0.0.0.0' });
    expect((await request(app).get('/__admin/ui/')).status).toBe(404);
    expect((await request(app).get('/__admin/companies')).status).toBe(404);
  });
});

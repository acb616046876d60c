/**
 * The inspector page (/__admin/ui) end to end in headless Chromium: it shows
 * what SOAP clients did, moves the clock, injects faults, resets and loads
 * fixtures from the page, reads only documented control-API routes, and works
 * from the keyboard and on a narrow window. With IPS_SCREENSHOTS=1 the run also
 * writes the README's screenshots (docs/screenshots/); otherwise it leaves the
 * tree alone.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { openBrowser, type Browser } from './support/browser.js';
import { CLOCK, envelope, faultOf } from './support/mock.js';

const SHOTS = new URL('../docs/screenshots/', import.meta.url).pathname;

/** A README screenshot, written only when asked for (IPS_SCREENSHOTS=1), so a test run leaves the tree clean. */
async function shot(p: Page, name: string): Promise<void> {
  if (process.env.IPS_SCREENSHOTS === '1') await p.screenshot({ path: `${SHOTS}${name}.png` });
}

let mock: RunningIpsMock;
let browser: Browser;
let page: Page;
/** The control API's routes as its OpenAPI document lists them: method, path pattern, query parameter names. */
let documented: { method: string; path: RegExp; query: Set<string> }[];

async function soap(op: string, body: string): Promise<string> {
  const res = await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: op }, body: envelope(op, body) });
  return res.text();
}

/** A control-API call made by the test itself (not through the page). */
async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${mock.url}/__admin/${path}`, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const open = async (p: Page, hash: string) => {
  await p.goto(`${mock.url}/__admin/ui/${hash}`);
  await p.locator('#clock-now time').waitFor();
};

/** The table row (in the section headed `section`) whose first cell is `name`. */
const jobRow = (p: Page, section: string, name: string | RegExp) =>
  p.getByRole('region', { name: section }).getByRole('row').filter({ has: p.getByRole('cell', { name, exact: true }) });

beforeAll(async () => {
  mock = await startIpsMock({ port: 0, seed: 7, clock: CLOCK });
  const doc = (await (await fetch(`${mock.url}/__admin/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
  documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: new RegExp(`^${path.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      query: new Set((op.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name)),
    })),
  );
  browser = await openBrowser();
  page = await browser.page();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

afterEach(() => {
  // Every test's pages must have logged no console error, warning or uncaught exception.
  const problems = browser.problems.splice(0);
  expect(problems).toEqual([]);
  // And read or changed the mock only through routes the control API documents (no private back door):
  // everything the page fetched outside its own files is a documented method + path with documented query parameters.
  const calls = browser.requests.splice(0).filter((r) => r.url.pathname.startsWith('/__admin/') && !r.url.pathname.startsWith('/__admin/ui/'));
  const undocumented = calls
    .filter((r) => !documented.some((d) => d.method === r.method && d.path.test(r.url.pathname) && [...r.url.searchParams.keys()].every((k) => d.query.has(k))))
    .map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);
  expect(undocumented).toEqual([]);
});

describe('the inspector page in a browser', () => {
  it('lists the companies SOAP calls touched and finds one by name or handle', async () => {
    await soap('getActiveJobs', '<companyHandle>c|9101</companyHandle>');
    const listed = (await (await fetch(`${mock.url}/__admin/companies?q=c%7C9101`)).json()) as { companies: { name: string }[] };
    const name = listed.companies[0]!.name;
    await open(page, '#/companies');
    await page.getByRole('link', { name: 'c|9101', exact: true }).waitFor();
    await shot(page, 'companies');
    await page.getByLabel('Search by handle or name').fill(name.slice(0, 6));
    await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name: 'c|9101' }).waitFor();
    await page.getByLabel('Search by handle or name').fill('no company is called this');
    await page.getByText('No company matches.').waitFor();
  });

  it('shows a job submitted through SOAP, follows the clock as it moves, moves it to Done with the page clock, then shows its log', async () => {
    await admin('PUT', 'clock', { now: CLOCK });
    const submitted = await soap(
      'submitJob',
      '<companyHandle>c|9102</companyHandle><jobName>inspector-run</jobName><locale>de-DE</locale><imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>',
    );
    // submitJob answers the handle of the job as submitted, as the real service does (j|<id>|<jobName>||).
    expect(submitted).toContain('<jobHandle>j|9102|inspector-run||</jobHandle>');
    await open(page, '#/company/c%7C9102');
    // The run's name is the job name and the submit time in server time (10:00Z is 04:00 US Central).
    const RUN = 'inspector-run_2026-11-28-04:00:00.000';
    const row = jobRow(page, 'Active jobs', RUN);
    await row.getByText('New', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('ImageServingPublish');
    expect(await row.textContent()).toContain('imageServingPublishJob');

    // Live updates: the clock moved elsewhere (by a test suite, through the control API) shows without a touch
    // of the page. README lifecycle: New for 1 s, then WaitingCoordinator for 1 s.
    await admin('POST', 'clock/advance', { by: '1s' });
    await row.getByText('WaitingCoordinator', { exact: true }).waitFor();
    await page.locator('#clock-now time[datetime="2026-11-28T10:00:01.000Z"]').waitFor();

    // The clock control of the page, used from the keyboard: the job's 1 s + 1 s + 12 s are over after 30 s more.
    await page.getByLabel('Advance by').fill('30s');
    await page.getByLabel('Advance by').press('Enter');
    await row.getByText('Done', { exact: true }).waitFor();
    expect(await page.locator('#clock-now time').getAttribute('datetime')).toBe('2026-11-28T10:00:31.000Z');
    // The job's own message is in the job's locale (de-DE), and marked so.
    const message = row.locator('span[lang="de-DE"]');
    expect(await message.textContent()).toMatch(/^Abgeschlossen: \d+ erfolgreich/);
    expect(await row.locator('progress').getAttribute('value')).toBe('100');
    await jobRow(page, 'Job logs', RUN).waitFor();
    await shot(page, 'company');

    await row.getByRole('link', { name: RUN }).click();
    await page.getByRole('heading', { level: 1, name: RUN }).waitFor();
    await page.getByLabel('Log messages in').selectOption('en-US');
    const lines = page.getByRole('region', { name: 'Job log lines' });
    await lines.getByRole('cell', { name: 'EndImageServingPublish', exact: true }).waitFor();
    expect(await lines.getByRole('row').nth(1).textContent()).toContain('BeginImageServingPublish');
    expect(await lines.textContent()).toContain('Job "inspector-run" started');
    await shot(page, 'job-log');
    // The reader's choice of language rewords the log (IPS words logs in the operation locale).
    await page.getByLabel('Log messages in').selectOption('fr-FR');
    await lines.locator('span[lang="fr-FR"]').first().waitFor();
    expect(await lines.textContent()).not.toContain('Job "inspector-run" started');
  });

  it('shows a SOAP call in the journal with its parameters and XML, and copies it as a curl command that replays it', async () => {
    await soap('submitJob', '<companyHandle>c|9104</companyHandle><jobName>journal-run</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    await soap('getActiveJobs', '<companyHandle>c|9104</companyHandle>');
    await open(page, '#/journal');
    // The operation filter matches names exactly, so it offers the IPS operation names (reference §6) as one types.
    await expect
      .poll(() => page.getByLabel('Operation').evaluate((el) => [...((el as HTMLInputElement).list?.options ?? [])].map((o) => o.value)))
      .toEqual(expect.arrayContaining(['getActiveJobs', 'getScheduledJobs', 'getJobLogs', 'getJobLogDetails', 'submitJob', 'stopJob', 'pauseJob', 'resumeJob']));
    await page.getByLabel('Company').fill('c|9104');
    await page.getByLabel('Company').press('Enter');
    const entries = page.locator('ol.journal > li');
    // Newest first: the read, then the submit. The filter is applied by a fetch after Enter, so the list first
    // shows every company's calls (the other tests' too); wait until it holds only c|9104's two.
    await expect
      .poll(() => entries.evaluateAll((els) => els.map((e) => [e.querySelector('.op')?.textContent, e.textContent?.includes('c|9104')])))
      .toEqual([
        ['getActiveJobs', true],
        ['submitJob', true],
      ]);
    const submit = entries.nth(1);
    expect(await submit.locator('.op').textContent()).toBe('submitJob');
    await submit.locator('summary').click();
    const params = JSON.parse((await submit.getByLabel(/^Parameters of request/).textContent())!) as Record<string, unknown>;
    expect(params).toMatchObject({ companyHandle: 'c|9104', jobName: 'journal-run', optimizeImagesJob: { emailSetting: 'None' } });
    const requestXml = submit.getByLabel(/^Request \d+ XML$/);
    await requestXml.waitFor();
    // Pretty-printed: one element per line, nested ones indented.
    expect(await requestXml.textContent()).toMatch(/\n {4,}<jobName>journal-run<\/jobName>\n/);
    expect(await submit.getByLabel(/^Response \d+ XML$/).textContent()).toMatch(/\n\s+<jobHandle>j\|9104\|journal-run\|\|<\/jobHandle>\n/);
    await shot(page, 'journal');

    await submit.getByRole('button', { name: 'Copy as curl' }).click();
    await submit.getByText('Copied.').waitFor();
    const command = await page.evaluate(() => navigator.clipboard.readText());
    expect(command).toMatch(/^curl /);
    // Replaying it submits the same job again: its handle is taken, so the new submission's gets the next run id.
    // (Asynchronously: the mock answering it runs in this process.)
    const { stdout: replayed } = await promisify(execFile)('bash', ['-c', command], { encoding: 'utf8', timeout: 30_000 });
    expect(replayed).toMatch(/<jobHandle>j\|9104\|journal-run_\d+\|\|<\/jobHandle>/);
  });

  it('adds an injection rule from the page, and the next SOAP call fails with that fault', async () => {
    await open(page, '#/faults');
    await page.getByLabel('Operation').selectOption('getActiveJobs');
    await page.getByLabel('Company').fill('c|9105');
    await page.getByLabel('Action').selectOption('IPS fault');
    await page.getByLabel('Fault').selectOption('exception');
    await page.getByLabel('Reason').fill('queue full (from the page)');
    await page.getByLabel('Times').fill('1');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('region', { name: 'Active injection rules' }).getByRole('row').filter({ hasText: 'company = c|9105' });
    await rule.waitFor();
    expect(await rule.textContent()).toContain('IPS fault exception');
    await shot(page, 'faults');

    const answer = await soap('getActiveJobs', '<companyHandle>c|9105</companyHandle>');
    // README fault table: exception is ipsApiFault 30000; the reason is the one typed on the page.
    expect(faultOf(answer)).toMatchObject({ element: 'ipsApiFault', code: 30000, reason: 'queue full (from the page)' });
    // It fired its one time and is gone; the next call is answered.
    await page.getByText('No injection rules').waitFor();
    expect(await soap('getActiveJobs', '<companyHandle>c|9105</companyHandle>')).toContain('getActiveJobsReturn');

    // A rule without a count stays until removed from the page; removed, the calls are answered again.
    await page.getByLabel('Action').selectOption('HTTP status');
    await page.getByLabel('HTTP status').fill('503');
    await page.getByLabel('Times').fill('');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const lasting = page.getByRole('region', { name: 'Active injection rules' }).getByRole('row').filter({ hasText: 'HTTP 503' });
    await lasting.getByText('until removed').waitFor();
    expect((await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs' }, body: envelope('getActiveJobs', '<companyHandle>c|9105</companyHandle>') })).status).toBe(503);
    await lasting.getByRole('button', { name: /^Remove rule / }).click();
    await page.getByText('No injection rules').waitFor();
    expect(await soap('getActiveJobs', '<companyHandle>c|9105</companyHandle>')).toContain('getActiveJobsReturn');

    // The journal tells the failed calls from the answered ones: of c|9105's four getActiveJobs calls, the
    // first got the page's fault and the third the 503.
    await open(page, '#/journal');
    await page.getByLabel('Operation').fill('getActiveJobs');
    await page.getByLabel('Company').fill('c|9105');
    await page.getByLabel('Outcome').selectOption({ label: 'faults and failures only' });
    const entries = page.locator('ol.journal > li');
    // The filters apply as the page reloads the list, so an unfiltered list can still be on screen for a moment:
    // wait for the filtered one rather than read whatever is there.
    const outcomes = () => entries.locator('.outcome').allTextContents();
    await expect.poll(outcomes, { timeout: 15_000 }).toEqual([expect.stringMatching(/^HTTP 503: /), 'ipsApiFault 30000']);
    await page.getByLabel('Outcome').selectOption({ label: 'results only' });
    await expect.poll(outcomes, { timeout: 15_000 }).toEqual([expect.stringMatching(/^result\b/), expect.stringMatching(/^result\b/)]);
  });

  it('shows what the server says about a rule it refuses', async () => {
    await open(page, '#/faults');
    await page.getByLabel('Action').selectOption('Delay only');
    await page.getByLabel('Delay').fill('soon');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/400: invalid body/).waitFor();
    expect(await alert.textContent()).toContain("'soon' is not a duration");
    // The browser itself reports the refused call; nothing else may be logged.
    const rest = browser.problems.filter((p) => !/status of 400/.test(p));
    browser.problems.length = 0;
    browser.problems.push(...rest);
  });

  it("browses a company's catalogue folder by folder", async () => {
    await open(page, '#/company/c%7C9106');
    await page.getByRole('link', { name: 'Folders and assets →' }).click();
    await page.getByRole('heading', { level: 1, name: /^Catalogue of c\|9106/ }).waitFor();
    const listing = (await (await fetch(`${mock.url}/__admin/companies/c%7C9106/folders?path=images/`)).json()) as { folders: { name: string; assets: number }[] };
    await page.getByRole('link', { name: 'images/', exact: true }).click();
    const sub = listing.folders.find((f) => f.assets > 0)!;
    await page.getByRole('link', { name: `${sub.name}/`, exact: true }).click();
    const assets = page.getByRole('region', { name: 'Assets in this folder' }).locator('tbody tr');
    await assets.first().waitFor();
    expect(await assets.count()).toBe(sub.assets);
    await shot(page, 'catalogue');
    // The path above is a way back up.
    await page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: 'images' }).click();
    await page.getByRole('link', { name: `${sub.name}/`, exact: true }).waitFor();
  });

  it('loads a fixture document pasted into the page, and shows its refusals as the server words them', async () => {
    await open(page, '#/data');
    const doc = page.getByLabel('Fixture document (JSON)');
    const FIXTURE = {
      formatVersion: 1,
      companies: [{ handle: 'c|9120', name: 'Fixture Pictures Ltd' }],
      jobs: [{ company: 'c|9120', name: 'from-fixture', variant: 'imageServingPublishJob', state: 'Running' }],
    };
    await doc.fill(JSON.stringify(FIXTURE, null, 2));
    await page.getByRole('button', { name: 'Load fixture' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Loaded' });
    await done.waitFor();
    expect(await done.textContent()).toBe('Loaded: 1 company rebuilt from it (c|9120), 0 users.');
    if (process.env.IPS_SCREENSHOTS === '1') await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'data');
    // The company it names is one click away, with the fixture's name and job.
    await done.getByRole('link', { name: 'c|9120' }).click();
    await page.getByRole('heading', { level: 1, name: 'Company c|9120 — Fixture Pictures Ltd' }).waitFor();
    await jobRow(page, 'Active jobs', 'from-fixture').getByText('Running', { exact: true }).waitFor();

    // Refusals: the page shows what the server answers to the same document, word for word.
    await open(page, '#/data');
    const alert = page.getByRole('alert');
    const refused = async (text: string) => {
      const server = await admin('POST', 'fixtures', text);
      expect(server.status).toBe(400);
      await doc.fill(text);
      await page.getByRole('button', { name: 'Load fixture' }).click();
      await alert.getByText(`400: ${String(server.json.error)}`, { exact: true }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Loaded' }).count()).toBe(0);
      return String(server.json.error);
    };
    // docs/fixtures.md: handles are c| and a number from 1.
    expect(await refused('{"formatVersion": 1, "companies": [{ "handle": "c|0" }]}')).toContain('companies[0].handle: must be a company handle like "c|2101"');
    expect(await refused('{"formatVersion": 1, "companies": [')).toMatch(/^malformed JSON body/);
    // The browser itself reports the refused calls; nothing else may be logged.
    const rest = browser.problems.filter((p) => !/status of 400/.test(p));
    browser.problems.length = 0;
    browser.problems.push(...rest);
  });

  it('resets one company, and everything, from the page; the clock goes back to real time, is pinned, and is back as it started', async () => {
    await soap('submitJob', '<companyHandle>c|9121</companyHandle><jobName>reset-me</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    const run = jobRow(page, 'Active jobs', /^reset-me_/);
    await open(page, '#/company/c%7C9121');
    await run.waitFor();

    // One company, from the keyboard: its submitted job is forgotten.
    await open(page, '#/data');
    await page.getByRole('textbox', { name: 'Company' }).fill('c|9121');
    await page.getByRole('textbox', { name: 'Company' }).press('Enter');
    await page.getByRole('status').getByText('Company c|9121 reset; it is rebuilt from the fixtures or the faker when next touched.').waitFor();
    await open(page, '#/company/c%7C9121');
    await page.getByRole('region', { name: 'Active jobs' }).waitFor();
    expect(await run.count()).toBe(0);

    // Back to real time: the clock runs, at about the real time.
    await page.getByRole('button', { name: 'Back to real time' }).click();
    await page.locator('#clock-mode').getByText('running', { exact: true }).waitFor();
    const real = Date.parse((await page.locator('#clock-now time').getAttribute('datetime'))!);
    expect(Math.abs(real - Date.now())).toBeLessThan(60_000);
    // Pinned at an instant typed on the page, from the keyboard.
    await page.getByLabel('Pin at').fill('2026-12-01T08:30:00Z');
    await page.getByLabel('Pin at').press('Enter');
    await page.locator('#clock-now time[datetime="2026-12-01T08:30:00.000Z"]').waitFor();
    expect(await page.locator('#clock-mode').textContent()).toBe('pinned');

    // Everything: the rule, the journal and the clock are as the mock started (pinned at its --clock).
    await admin('POST', 'faults', { match: { company: 'c|9121' }, fault: 'exception' });
    await open(page, '#/data');
    await page.getByRole('button', { name: 'Reset everything' }).click();
    await page.getByRole('status').getByText(/^Everything reset/).waitFor();
    await page.locator(`#clock-now time[datetime="${CLOCK}"]`).waitFor();
    expect(await page.locator('#clock-mode').textContent()).toBe('pinned');
    await open(page, '#/faults');
    await page.getByText('No injection rules').waitFor();
    await open(page, '#/journal');
    await page.getByText('No requests yet.').waitFor();
  });

  it('is usable from the keyboard on a narrow window without sideways scrolling of the page', async () => {
    await soap('getActiveJobs', '<companyHandle>c|9103</companyHandle>');
    const narrow = await browser.page({ width: 390, height: 800 });
    try {
      await open(narrow, '#/companies');
      await narrow.getByLabel('Search by handle or name').fill('c|9103');
      const link = narrow.getByRole('link', { name: 'c|9103', exact: true });
      await link.waitFor();
      const focused = () => narrow.evaluate(() => document.activeElement?.textContent ?? '');
      for (let i = 0; i < 5 && (await focused()) !== 'c|9103'; i++) await narrow.keyboard.press('Tab');
      expect(await focused(), 'Tab from the search box reaches the company link').toBe('c|9103');
      await narrow.keyboard.press('Enter');
      const heading = narrow.getByRole('heading', { level: 1, name: /^Company c\|9103/ });
      await heading.waitFor();
      await narrow.getByRole('region', { name: 'Active jobs' }).waitFor();
      expect(await focused(), 'after navigating, focus is on the new heading').toMatch(/^Company c\|9103/);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await shot(narrow, 'narrow');
      // The journal, the rule form and the reset and fixture controls fit as well.
      for (const [hash, lastButton] of [['#/journal', 'Clear journal'], ['#/faults', 'Add rule'], ['#/data', 'Load fixture']] as const) {
        await open(narrow, hash);
        await narrow.getByRole('button', { name: lastButton }).waitFor();
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), hash).toBeLessThanOrEqual(0);
      }
    } finally {
      await narrow.close();
    }
  });

  it('asks for the admin token when the mock was started with one, then works with it', async () => {
    const secured = await startIpsMock({ port: 0, seed: 7, clock: CLOCK, adminToken: 's3cret' });
    const tab = await browser.page();
    try {
      // The page's files hold no data and are served; every data call needs the token.
      await tab.goto(`${secured.url}/__admin/ui/#/companies`);
      await tab.getByLabel(/started with --admin-token/).fill('s3cret');
      await tab.getByRole('button', { name: 'Use token' }).click();
      await tab.locator('#clock-now time').waitFor();
      expect(await tab.locator('#clock-now time').getAttribute('datetime')).toBe(CLOCK);
      await tab.getByRole('heading', { level: 1, name: 'Companies' }).waitFor();
    } finally {
      await tab.close();
      await secured.close();
    }
    // The browser reports the refused calls made before the token was typed; nothing else may be logged.
    const rest = browser.problems.filter((p) => !/status of 401/.test(p));
    browser.problems.length = 0;
    browser.problems.push(...rest);
  });
});

/**
 * The inspector page (/__admin/ui) end to end in headless Chromium: it shows
 * what SOAP clients did, moves the clock from the page, and works from the
 * keyboard and on a narrow window. The run writes the README's screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { openBrowser, type Browser } from './support/browser.js';
import { CLOCK, envelope } from './support/mock.js';

const SHOTS = new URL('../docs/screenshots/', import.meta.url).pathname;

let mock: RunningIpsMock;
let browser: Browser;
let page: Page;

async function soap(op: string, body: string): Promise<string> {
  const res = await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: op }, body: envelope(op, body) });
  return res.text();
}

const open = async (p: Page, hash: string) => {
  await p.goto(`${mock.url}/__admin/ui/${hash}`);
  await p.locator('#clock-now time').waitFor();
};

/** The table row (in the section headed `section`) whose first cell is `name`. */
const jobRow = (p: Page, section: string, name: string) =>
  p.getByRole('region', { name: section }).getByRole('row').filter({ has: p.getByRole('cell', { name, exact: true }) });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mock = await startIpsMock({ port: 0, seed: 7, clock: CLOCK });
  browser = await openBrowser();
  page = await browser.page();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

afterEach(() => {
  // Every test's pages must have logged no console error, warning or uncaught exception.
  expect(browser.problems).toEqual([]);
  browser.problems.length = 0;
});

describe('the inspector page in a browser', () => {
  it('lists the companies SOAP calls touched and finds one by name or handle', async () => {
    await soap('getActiveJobs', '<companyHandle>c|9101</companyHandle>');
    const listed = (await (await fetch(`${mock.url}/__admin/companies?q=c%7C9101`)).json()) as { companies: { name: string }[] };
    const name = listed.companies[0]!.name;
    await open(page, '#/companies');
    await page.getByRole('link', { name: 'c|9101', exact: true }).waitFor();
    await page.screenshot({ path: `${SHOTS}companies.png` });
    await page.getByLabel('Search by handle or name').fill(name.slice(0, 6));
    await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name: 'c|9101' }).waitFor();
    await page.getByLabel('Search by handle or name').fill('no company is called this');
    await page.getByText('No company matches.').waitFor();
  });

  it('shows a job submitted through SOAP, moves it to Done with the page clock, then shows its log', async () => {
    const submitted = await soap(
      'submitJob',
      '<companyHandle>c|9102</companyHandle><jobName>inspector-run</jobName><locale>de-DE</locale><imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>',
    );
    expect(submitted).toContain('<jobHandle>j|9102||inspector-run|');
    await open(page, '#/company/c%7C9102');
    const row = jobRow(page, 'Active jobs', 'inspector-run');
    await row.getByText('New', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('ImageServingPublish');
    expect(await row.textContent()).toContain('imageServingPublishJob');

    // The clock control of the page, used from the keyboard: the job's 1 s + 1 s + 12 s are over after 30 s.
    await page.getByLabel('Advance by').fill('30s');
    await page.getByLabel('Advance by').press('Enter');
    await row.getByText('Done', { exact: true }).waitFor();
    expect(await page.locator('#clock-now time').getAttribute('datetime')).toBe('2026-11-28T10:00:30.000Z');
    // The job's own message is in the job's locale (de-DE), and marked so.
    const message = row.locator('span[lang="de-DE"]');
    expect(await message.textContent()).toMatch(/^Abgeschlossen: \d+ erfolgreich/);
    expect(await row.locator('progress').getAttribute('value')).toBe('100');
    await jobRow(page, 'Job logs', 'inspector-run').waitFor();
    await page.screenshot({ path: `${SHOTS}company.png` });

    await row.getByRole('link', { name: 'inspector-run' }).click();
    await page.getByRole('heading', { level: 1, name: 'inspector-run' }).waitFor();
    await page.getByLabel('Log messages in').selectOption('en-US');
    const lines = page.getByRole('region', { name: 'Job log lines' });
    await lines.getByRole('cell', { name: 'EndImageServingPublish', exact: true }).waitFor();
    expect(await lines.getByRole('row').nth(1).textContent()).toContain('BeginImageServingPublish');
    expect(await lines.textContent()).toContain('Job "inspector-run" started');
    await page.screenshot({ path: `${SHOTS}job-log.png` });
    // The reader's choice of language rewords the log (IPS words logs in the operation locale).
    await page.getByLabel('Log messages in').selectOption('fr-FR');
    await lines.locator('span[lang="fr-FR"]').first().waitFor();
    expect(await lines.textContent()).not.toContain('Job "inspector-run" started');
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
      await narrow.screenshot({ path: `${SHOTS}narrow.png` });
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

/**
 * Headless Chromium for the inspector's end-to-end tests: Debian's `chromium`
 * (browsers cannot be downloaded here) driven by playwright-core, one browser
 * per test file. Every page records console errors and uncaught exceptions so a
 * test can assert the page logged none, and the calls it makes so a test can
 * check they are all documented routes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.IPS_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  /** A new tab; its console errors and page errors collect in `problems`, its HTTP requests in `requests`. */
  page(viewport?: { width: number; height: number }): Promise<Page>;
  readonly problems: string[];
  readonly requests: { method: string; url: URL }[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'ips-mock-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    // "Copy as curl" writes to the clipboard; a test reads it back.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const problems: string[] = [];
  const requests: { method: string; url: URL }[] = [];
  return {
    problems,
    requests,
    async page(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => requests.push({ method: r.method(), url: new URL(r.url()) }));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

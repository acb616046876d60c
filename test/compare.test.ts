import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { startIpsMock, type RunningIpsMock } from '../src/index.js';
import { CLOCK } from './support/mock.js';

const CREDS = { user: 'ips@example.com', password: 'ips-mock' };

/** An "upstream" that differs: its company c|5001 comes from a fixture (one job with a description, no schedules). */
function differingFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-upstream-'));
  writeFileSync(
    join(dir, 'upstream.json'),
    JSON.stringify({
      formatVersion: 1,
      users: [{ email: CREDS.user, password: CREDS.password, role: 'IpsAdmin' }],
      companies: [{ handle: 'c|5001', name: 'Upstream Co' }],
      jobs: [{ company: 'c|5001', variant: 'optimizeImagesJob', state: 'Running', name: 'only job' }],
    }),
  );
  return dir;
}

let same: RunningIpsMock;
let twin: RunningIpsMock;
let differing: RunningIpsMock;
beforeAll(async () => {
  [same, twin, differing] = await Promise.all([
    startIpsMock({ port: 0, clock: CLOCK }),
    startIpsMock({ port: 0, clock: CLOCK }),
    startIpsMock({ port: 0, clock: CLOCK, fixturesDir: differingFixtures() }),
  ]);
});
afterAll(() => Promise.all([same.close(), twin.close(), differing.close()]));

describe('ips-mock compare (the drift check)', () => {
  it('finds no difference between two instances answering the same shapes', async () => {
    const reports = await compare({ upstream: twin.endpoint, mock: same.endpoint, ...CREDS, company: 'c|5001' });
    expect(reports.map((r) => r.operation)).toEqual(['getCompanyInfo', 'getActiveJobs', 'getScheduledJobs', 'getJobLogs', 'getJobLogDetails']);
    expect(reports.flatMap((r) => r.differences)).toEqual([]);
  });

  it('reports each shape difference against an upstream configured to differ', async () => {
    const reports = await compare({ upstream: differing.endpoint, mock: same.endpoint, ...CREDS, company: 'c|5001' });
    const active = reports.find((r) => r.operation === 'getActiveJobs')!;
    // The faked company has jobs of every variant; the upstream's fixture job is an optimizeImagesJob only.
    expect(active.differences).toContainEqual(expect.objectContaining({ kind: 'extra', path: 'getActiveJobsReturn/jobArray/items/uploadUrlsJob' }));
    expect(active.differences).toContainEqual(expect.objectContaining({ kind: 'cardinality', path: 'getActiveJobsReturn/jobArray/items' }));
    // No scheduled jobs upstream: the array is empty there.
    const scheduled = reports.find((r) => r.operation === 'getScheduledJobs')!;
    expect(scheduled.differences).toContainEqual(expect.objectContaining({ kind: 'extra', path: 'getScheduledJobsReturn/jobArray/items' }));
  });

  it('compares in the namespace asked for', async () => {
    const reports = await compare({ upstream: twin.endpoint, mock: same.endpoint, ...CREDS, namespace: '2016-01-14-beta' });
    expect(reports.every((r) => r.upstream.startsWith('answer'))).toBe(true);
    expect((same.journal.find({ namespace: '2016-01-14-beta' })).length).toBeGreaterThan(0);
  });

  it('runs as `ips-mock compare`, exit 1 on differences', async () => {
    const child = spawn(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'compare', '--upstream', differing.endpoint, '--user', CREDS.user, '--password', CREDS.password, '--company', 'c|5001']);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/getActiveJobs: upstream answer \(HTTP 200\), mock answer \(HTTP 200\), \d+ difference/);
    expect(out).toMatch(/extra +getActiveJobsReturn\/jobArray\/items\/uploadUrlsJob/);
  });
});

/**
 * Fixture files are checked completely at load (issue 11), so a bad one stops the start-up with the file,
 * the path and the problem, instead of starting and then failing every request for its company: the
 * same limits and constants as a request, no prototype keys, schedules and instants the mock can run
 * and write. POST /__admin/fixtures applies the same checks. Loading is linear in the number of jobs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { FixtureError, fixturesFrom, loadFixtures } from '../src/data/fixtures/load-fixtures.js';
import { call, child, items, mockApp, text } from './support/mock.js';

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-fixtures-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const job = (extra: Record<string, unknown>) => ({ formatVersion: 1, jobs: [{ company: 'c|1', ...extra }] });

// [label, file content, path, problem] — limits written out here (docs/limits.md), not read from the code.
const cases: Array<[string, unknown, string, RegExp]> = [
  ['a __proto__ key (raw JSON keeps it as an own key)', '{"formatVersion":1,"jobs":[{"company":"c|1","variant":"exportJob","detail":{"__proto__":{"fmt":"jpeg"}}}]}', 'jobs[0].detail.__proto__', /'__proto__' is not allowed/],
  ['a constructor key', '{"formatVersion":1,"constructor":{"prototype":{}}}', 'constructor', /'constructor' is not allowed/],
  ['a prototype key deep inside', { formatVersion: 1, jobs: [{ company: 'c|1', variant: 'exportJob', detail: { prototype: 1 } }] }, 'jobs[0].detail.prototype', /'prototype' is not allowed/],
  ['a totalSize above what one submitJob can name (1000)', job({ totalSize: 1001 }), 'jobs[0].totalSize', /at most 1000/],
  ['an execSchedule that is not a schedule', { formatVersion: 1, scheduledJobs: [{ company: 'c|1', execSchedule: 'every day' }] }, 'scheduledJobs[0].execSchedule', /has 2 fields/],
  ['an execSchedule with a field out of range', { formatVersion: 1, scheduledJobs: [{ company: 'c|1', execSchedule: '0 0 25 * * ?' }] }, 'scheduledJobs[0].execSchedule', /'25' is not a valid hour/],
  ['an execTime beyond year 9999', { formatVersion: 1, scheduledJobs: [{ company: 'c|1', execTime: '+275760-09-13T00:00:00.000Z' }] }, 'scheduledJobs[0].execTime', /from 1970-01-01T00:00:00Z to 9999-12-31/],
  ['a startDate before 1970', job({ startDate: '1969-12-31T23:59:59Z' }), 'jobs[0].startDate', /from 1970-01-01T00:00:00Z to 9999-12-31/],
  ['a detail constant submitJob refuses', job({ variant: 'exportJob', detail: { emailSetting: 'Sometimes' } }), 'jobs[0].detail', /emailSetting 'Sometimes' is not one of: /],
  ['a string longer than a request may send (4096)', job({ description: 'd'.repeat(4097) }), 'jobs[0].description', /4097 characters long; values may have at most 4096/],
  ['a character XML 1.0 cannot carry', job({ name: 'bell\u0007' }), 'jobs[0].name', /U\+0007, a character XML 1\.0 cannot carry/],
  [
    'a detail array longer than a request may send (1000)',
    job({ variant: 'uploadUrlsJob', detail: { urlArray: { items: Array.from({ length: 1001 }, (_, i) => ({ sourceUrl: `https://example.com/${i}.jpg` })) } } }),
    'jobs[0].detail.urlArray.items',
    /1001 items; a request may repeat an element at most 1000 times/,
  ],
];

describe('fixtures are validated completely at load', () => {
  it.each(cases)('refuses %s, naming the file, the path and the problem', (_label, content, path, problem) => {
    const dir = dirWith({ 'bad.json': content });
    let err: unknown;
    try {
      loadFixtures(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FixtureError);
    const fe = err as FixtureError;
    expect([fe.file, fe.path]).toEqual(['bad.json', path]);
    expect(fe.problem).toMatch(problem);
    expect(fe.message).toMatch(/^fixture bad\.json: at /);
  });

  it.each(cases)('POST /__admin/fixtures refuses %s the same way (400, the path named)', async (_label, content, path, problem) => {
    const { app } = mockApp();
    const res = await request(app)
      .post('/__admin/fixtures')
      .set('Content-Type', 'application/json')
      .send(typeof content === 'string' ? content : JSON.stringify(content));
    expect(res.status).toBe(400);
    const error = (res.body as { error: string }).error;
    expect(error).toContain(`fixture POST /__admin/fixtures: at ${path}: `);
    expect(error).toMatch(problem);
    expect(error).not.toMatch(/\n\s+at /);
  });

  it('a WaitingClient job without a variant becomes one that waits for its client (an upload post job)', async () => {
    const dir = dirWith({ 'w.json': { formatVersion: 1, companies: [{ handle: 'c|31' }], jobs: [{ company: 'c|31', state: 'Running' }, { company: 'c|31', state: 'WaitingClient' }] } });
    const { app } = mockApp({ fixturesDir: dir });
    const jobs = items((await call(app, 'getActiveJobs', '<companyHandle>c|31</companyHandle>')).text);
    const waiting = jobs.filter((j) => text(j, 'state') === 'WaitingClient');
    expect(waiting).toHaveLength(1);
    expect(child(waiting[0]!, 'uploadPostJob')).toBeDefined();
  });
});

describe('big fixture sets', () => {
  const big = (n: number) => ({ file: 'big.json', raw: { formatVersion: 1, companies: [{ handle: 'c|77' }], jobs: Array.from({ length: n }, (_, i) => ({ company: 'c|77', name: `job ${i}` })) } });

  // The one bound on time here is a hang guard, far from the expected cost: a linear merge of 40,000 jobs
  // takes about a second on a busy machine; the old merge, which copied a company's list for every job,
  // took 7 s for 20,000 and grows with the square (about 30 s for 40,000).
  it('40,000 jobs of one company are checked and merged in linear time, with progress lines', { timeout: 20_000 }, () => {
    const lines: string[] = [];
    const fixtures = fixturesFrom([big(40_000)], (l) => lines.push(l));
    expect(fixtures.jobs.get('c|77')).toHaveLength(40_000);
    expect(fixtures.jobs.get('c|77')![39_999]!.name).toBe('job 39999');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('ips-mock: checking 40000 fixture jobs in big.json …');
    expect(lines[1]).toMatch(/^ips-mock: 40000 fixture jobs checked in \d+ ms; each company's jobs are built when a request first touches it$/);
  });

  it('a small set prints nothing', () => {
    const lines: string[] = [];
    fixturesFrom([big(1_999)], (l) => lines.push(l));
    expect(lines).toEqual([]);
  });
});

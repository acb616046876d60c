import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureError, loadFixtures } from '../src/data/fixtures/load-fixtures.js';
import { authHeader, call, child, items, mockApp, text } from './support/mock.js';

const EXAMPLES = new URL('../fixtures/examples/', import.meta.url).pathname;

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-fixtures-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('fixtures', () => {
  it('a fixture company shows exactly its jobs, with the given fields and the rest faked', async () => {
    const { app } = mockApp({ fixturesDir: EXAMPLES });
    const jobs = items((await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>')).text);
    expect(jobs).toHaveLength(3);
    const publish = jobs.find((j) => text(j, 'name') === 'nightly publish')!;
    expect(text(publish, 'state')).toBe('Running');
    expect(text(publish, 'locale')).toBe('de-DE');
    expect(text(publish, 'submitUserEmail')).toBe('publisher@acme.example.com');
    expect(text(publish, 'totalSize')).toBe('120');
    expect(text(child(publish, 'imageServingPublishJob')!, 'publishType')).toBe('Full');
    expect(jobs.map((j) => text(j, 'state')).sort()).toEqual(['Done', 'New', 'Running']);
    // fakeJobs: true adds the faked default set; other companies are still faked.
    expect(items((await call(app, 'getActiveJobs', '<companyHandle>c|2102</companyHandle>')).text).length).toBeGreaterThan(20);
    expect(items((await call(app, 'getActiveJobs', '<companyHandle>c|99</companyHandle>')).text).length).toBeGreaterThan(20);
    const scheduled = items((await call(app, 'getScheduledJobs', '<companyHandle>c|2101</companyHandle>')).text);
    expect(scheduled.map((s) => text(s, 'name'))).toEqual(['FTP pickup']);
  });

  it('users and roles come from the fixtures; a set without users keeps the default users', async () => {
    const dir = dirWith({ 'users.json': { formatVersion: 1, users: [{ email: 'qa@example.com', password: 's3cret', role: 'IpsUser', companies: ['c|5'] }] } });
    const { app } = mockApp({ fixturesDir: dir });
    expect((await call(app, 'getActiveJobs', '<companyHandle>c|5</companyHandle>', { header: authHeader({ user: 'qa@example.com', password: 's3cret' }) })).status).toBe(200);
    expect((await call(app, 'getActiveJobs', '')).status).toBe(500);
    const { app: examples } = mockApp({ fixturesDir: EXAMPLES });
    expect((await call(examples, 'getActiveJobs', '')).status).toBe(200);
  });

  const cases: Array<[string, Record<string, unknown>, string, string, RegExp]> = [
    ['invalid JSON', { 'a.json': '{ "formatVersion": 1, ' }, 'a.json', '', /not valid JSON/],
    ['wrong format version', { 'a.json': { formatVersion: 2 } }, 'a.json', 'formatVersion', /formatVersion must be 1/],
    ['a malformed company handle', { 'a.json': { formatVersion: 1, jobs: [{ company: '2101' }] } }, 'a.json', 'jobs[0].company', /company handle like "c\|2101"/],
    ['an unknown variant', { 'b.json': { formatVersion: 1, jobs: [{ company: 'c|1', variant: 'teleportJob' }] } }, 'b.json', 'jobs[0].variant', /expected one of "imageServingPublishJob"\|"imageRenderingPublishJob"\|/],
    ['an unknown field', { 'c.json': { formatVersion: 1, users: [{ email: 'a@example.com', password: 'x', role: 'IpsUser', colour: 'red' }] } }, 'c.json', 'users[0]', /colour/],
    ['an unknown role', { 'c.json': { formatVersion: 1, users: [{ email: 'a@example.com', password: 'x', role: 'Boss' }] } }, 'c.json', 'users[0].role', /expected one of "IpsAdmin"\|"IpsCompanyAdmin"\|/],
    ['a detail field the variant lacks', { 'd.json': { formatVersion: 1, jobs: [{ company: 'c|1', variant: 'exportJob', detail: { publishType: 'Full' } }] } }, 'd.json', 'jobs[0].detail.publishType', /ExportJob has no element 'publishType'/],
    ['WaitingClient on a non-upload job', { 'e.json': { formatVersion: 1, jobs: [{ company: 'c|1', variant: 'exportJob', state: 'WaitingClient' }] } }, 'e.json', 'jobs[0].state', /only an uploadPostJob/],
    ['a duplicate user', { 'f.json': { formatVersion: 1, users: [{ email: 'a@example.com', password: 'x', role: 'IpsUser' }, { email: 'A@example.com', password: 'y', role: 'IpsUser' }] } }, 'f.json', 'users[1].email', /defined twice/],
    ['both execTime and execSchedule', { 'g.json': { formatVersion: 1, scheduledJobs: [{ company: 'c|1', execTime: '2026-12-01T00:00:00Z', execSchedule: '0 0 * * * ?' }] } }, 'g.json', 'scheduledJobs[0]', /not both/],
    ['a detail value of the wrong type', { 'i.json': { formatVersion: 1, jobs: [{ company: 'c|1', variant: 'uploadUrlsJob', detail: { overwrite: 'yes' } }] } }, 'i.json', 'jobs[0].detail.overwrite', /xsd:boolean/],
    ['a nested detail value of the wrong type', { 'j.json': { formatVersion: 1, jobs: [{ company: 'c|1', variant: 'uploadUrlsJob', detail: { urlArray: { items: [{ sourceUrl: 7 }] } } }] } }, 'j.json', 'jobs[0].detail.urlArray.items[0].sourceUrl', /xsd:string/],
    ['a job name with a pipe', { 'h.json': { formatVersion: 1, jobs: [{ company: 'c|1', name: 'a|b' }] } }, 'h.json', 'jobs[0].name', /must not contain "\|"/],
    ['an asset of an unknown type', { 'k.json': { formatVersion: 1, assets: [{ company: 'c|1', name: 'x', type: 'Hologram' }] } }, 'k.json', 'assets[0].type', /^Invalid option: expected one of "Image"\|"Video"\|"Pdf"$/],
    ['an asset name with a slash', { 'l.json': { formatVersion: 1, assets: [{ company: 'c|1', name: 'a/b', type: 'Image' }] } }, 'l.json', 'assets[0].name', /must not contain "\/"/],
    ['a folder path climbing out of the root', { 'm.json': { formatVersion: 1, folders: [{ company: 'c|1', path: 'a/../b/' }] } }, 'm.json', 'folders[0].path', /below the company root/],
    [
      'two assets of one company with the same name',
      { 'n.json': { formatVersion: 1, assets: [{ company: 'c|1', name: 'x', type: 'Image' }, { company: 'c|1', name: 'x', type: 'Pdf' }] } },
      'n.json',
      'assets[1]',
      /already has an asset named 'x'/,
    ],
  ];
  it.each(cases)('refuses %s, naming the file, the path and the problem', (_label, files, file, path, problem) => {
    const dir = dirWith(files);
    let err: unknown;
    try {
      loadFixtures(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FixtureError);
    const fe = err as FixtureError;
    expect(fe.file).toBe(file);
    expect(fe.path).toBe(path);
    expect(fe.problem).toMatch(problem);
    expect(fe.message).toContain(file);
    expect(() => mockApp({ fixturesDir: dir })).toThrow(FixtureError);
  });

  it('a missing fixtures folder stops the server too', () => {
    expect(() => mockApp({ fixturesDir: '/nonexistent/fixtures' })).toThrow(/cannot read the fixtures folder/);
  });
});

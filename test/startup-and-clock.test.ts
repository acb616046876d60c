/**
 * Start-up and control errors (issue 11). The rules: a refused clock change
 * changes nothing and the clock stays within the instants an answer can carry;
 * catching up missed schedule fires costs the same however far the clock
 * jumped; a server that cannot listen says why (and exits 1); SIGTERM always
 * ends the CLI; the banner tells what is really running.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ListenError, startIpsMock } from '../src/index.js';
import { lastFires, parseSchedule } from '../src/lifecycle/schedule.js';
import { call, items, mockApp } from './support/mock.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the control API clock: validate first, then change', () => {
  it('advance by 1e308 → 400, the clock unchanged, health still answers', async () => {
    const { app } = mockApp();
    const bad = await request(app).post('/__admin/clock/advance').send({ by: 1e308 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('outside the range the mock can write');
    expect((await request(app).get('/__admin/clock')).body).toEqual({ now: '2026-11-28T10:00:00.000Z', pinned: true });
    expect((await request(app).get('/__admin/health')).status).toBe(200);
  });
  it('an unpinned (real-time) clock is checked the same way', async () => {
    const { app } = mockApp({ clock: undefined });
    expect((await request(app).post('/__admin/clock/advance').send({ by: 1e308 })).status).toBe(400);
    expect((await request(app).get('/__admin/health')).status).toBe(200);
  });
  it.each(['+275760-09-13T00:00:00Z', '10000-01-01T00:00:00Z', '1969-12-31T23:59:59Z'])('pinning at %s → 400, unchanged', async (at) => {
    const { app } = mockApp();
    expect((await request(app).put('/__admin/clock').send({ now: at })).status).toBe(400);
    expect((await request(app).get('/__admin/clock')).body.now).toBe('2026-11-28T10:00:00.000Z');
  });
  it('a jump to the last writable instant with a per-second schedule answers at once, with at most 50 catch-up runs', async () => {
    const { app } = mockApp();
    const submit = await call(
      app,
      'submitJob',
      '<companyHandle>c|9301</companyHandle><jobName>every second</jobName><execSchedule>* * * * * ?</execSchedule><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>',
    );
    expect(submit.status).toBe(200);
    const before = items((await call(app, 'getActiveJobs', '<companyHandle>c|9301</companyHandle>')).text).length;
    expect((await request(app).put('/__admin/clock').send({ now: '9999-12-31T23:59:59.999Z' })).status).toBe(200);
    const after = await call(app, 'getActiveJobs', '<companyHandle>c|9301</companyHandle>');
    expect(after.status).toBe(200);
    // Faked jobs finished long ago and left; what remains are the catch-up runs of the last 50 seconds.
    expect(items(after.text).length).toBeLessThanOrEqual(before + 50);
    expect(items(after.text).length).toBeGreaterThan(0);
  });
});

describe('catch-up fires: the last 50, found without walking the whole gap', () => {
  /** Brute force over every second: the reference the windowed search must agree with. */
  function everySecond(spec: ReturnType<typeof parseSchedule>, after: number, now: number): number[] {
    const out: number[] = [];
    for (let t = Math.floor(after / 1000) * 1000 + 1000; t <= now; t += 1000) {
      const d = new Date(t);
      if (spec.second.has(d.getUTCSeconds()) && spec.minute.has(d.getUTCMinutes()) && spec.hour.has(d.getUTCHours())) out.push(t);
    }
    return out;
  }
  const after = Date.parse('2026-11-28T00:00:00Z');
  const now = Date.parse('2026-11-28T05:00:00Z');
  it.each(['* * * * * ?', '0 * * * * ?', '0 0 * * * ?', '0/7 * 1 * * ?', '* 0-1 3 * * ?', '0 0 9 * * ?'])('%s', (source) => {
    const spec = parseSchedule(source);
    expect(lastFires(spec, after, now, 50)).toEqual(everySecond(spec, after, now).slice(-50));
  });
  it('a per-second schedule across 8000 years returns its last 50 fires', () => {
    const fires = lastFires(parseSchedule('* * * * * ?'), after, Date.parse('9999-12-31T23:59:59Z'), 50);
    expect(fires.length).toBe(50);
    expect(fires.at(-1)).toBe(Date.parse('9999-12-31T23:59:59Z'));
  });
});

describe('listening problems are said plainly', () => {
  it('a port in use: startIpsMock rejects with code EADDRINUSE and a reason', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startIpsMock({ port, seed: 7 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ListenError);
      expect((error as ListenError).code).toBe('EADDRINUSE');
      expect((error as ListenError).message).toBe(`port ${port} on 127.0.0.1 is already in use; stop the other server or choose another port (0 = any free port)`);
      const cli = spawnSync(process.execPath, [CLI, '--port', String(port)], { encoding: 'utf8' });
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(`ips-mock: cannot start: port ${port} on 127.0.0.1 is already in use`);
      expect(cli.stderr).not.toMatch(/destructure|\n\s+at /);
    } finally {
      blocker.close();
    }
  });
  it('an address that is not on this machine: EADDRNOTAVAIL, exit 1', () => {
    const cli = spawnSync(process.execPath, [CLI, '--port', '0', '--host', '192.0.2.55'], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('ips-mock: cannot start: 192.0.2.55 is not an address of this machine');
  });
});

describe('the CLI', () => {
  it('--version prints the package version', () => {
    const out = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout.trim()).toBe(VERSION);
  });
  it('the banner shows the address really bound and the users really loaded; SIGTERM ends it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-banner-'));
    writeFileSync(join(dir, 'users.json'), JSON.stringify({ formatVersion: 1, users: [{ email: 'qa@example.com', password: 'pw-qa', role: 'IpsUser', companies: ['c|5'] }] }));
    const child = spawn(process.execPath, [CLI, '--port', '0', '--host', '0.0.0.0', '--fixtures', dir]);
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('seed ')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toMatch(new RegExp(`^ips-mock ${VERSION.replace(/\./g, '\\.')} listening on http://127\\.0\\.0\\.1:(\\d+) \\(bound to 0\\.0\\.0\\.0:\\1\\)`));
    expect(out).toContain('credentials    qa@example.com / pw-qa (IpsUser)');
    expect(out).not.toContain('ips@example.com');
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
  });
});


import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { call, items, mockApp, text } from './support/mock.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

describe('admin API (clock and health)', () => {
  it('reads, pins and advances the mock clock, and that moves jobs', async () => {
    const { app } = mockApp();
    expect((await request(app).get('/__admin/health')).body).toMatchObject({ status: 'ok', seed: 7, clock: { now: '2026-11-28T10:00:00.000Z', pinned: true } });
    expect((await request(app).get('/__admin/clock')).body).toEqual({ now: '2026-11-28T10:00:00.000Z', pinned: true });
    const res = await call(app, 'submitJob', '<companyHandle>c|1</companyHandle><jobName>tick</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>');
    expect(res.status).toBe(200);
    const state = async () => text(items((await call(app, 'getActiveJobs', '<companyHandle>c|1</companyHandle><originalName>tick</originalName>')).text)[0]!, 'state');
    expect(await state()).toBe('New');
    expect((await request(app).post('/__admin/clock/advance').send({ by: '5s' })).body.now).toBe('2026-11-28T10:00:05.000Z');
    expect(await state()).toBe('Running');
    expect((await request(app).post('/__admin/clock/advance').send({ by: 10_000 })).body.now).toBe('2026-11-28T10:00:15.000Z');
    expect((await request(app).put('/__admin/clock').send({ now: '2026-11-28T10:00:30Z' })).body.now).toBe('2026-11-28T10:00:30.000Z');
    expect(await state()).toBe('Done');
  });
  it('answers bad control requests with 400 and a reason', async () => {
    const { app } = mockApp();
    const bad = await request(app).post('/__admin/clock/advance').send({ by: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/not a duration/);
    expect((await request(app).put('/__admin/clock').send({ now: 'yesterday' })).status).toBe(400);
    expect((await request(app).put('/__admin/clock').send({})).status).toBe(400);
    const malformed = await request(app).put('/__admin/clock').set('Content-Type', 'application/json').send('{"now": ');
    expect(malformed.status).toBe(400);
    expect(malformed.text).not.toMatch(/at .*\.js:\d+/);
  });
  it('is not served when the mock listens beyond loopback', async () => {
    const { app } = mockApp({ host: '0.0.0.0' });
    expect((await request(app).get('/__admin/health')).status).toBe(404);
  });
});

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ url: string; output: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m && output.includes('credentials')) resolve({ url: m[1]!, output, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

describe('the ips-mock CLI', () => {
  it('maps --port --seed --clock onto the config and prints URLs and credentials', async () => {
    const { url, output, stop } = await runCli(['--port', '0', '--seed', '3', '--clock', '2026-11-28T10:00:00Z']);
    try {
      expect(output).toContain('ips@example.com / ips-mock');
      expect(output).toContain('/scene7/webservice/IpsApi-2014-04-03.wsdl');
      const health = await (await fetch(`${url}/__admin/health`)).json();
      expect(health).toMatchObject({ seed: 3, clock: { now: '2026-11-28T10:00:00.000Z', pinned: true } });
      const wsdl = await (await fetch(`${url}/scene7/webservice/IpsApi-2014-04-03.wsdl`)).text();
      expect(wsdl).toContain(`location="${url}/scene7/services/IpsApiService"`);
    } finally {
      stop();
    }
  });
  it('takes the port from PORT', async () => {
    const { url, stop } = await runCli([], { PORT: '0' });
    stop();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it('refuses bad flags (exit 2) and bad fixtures (exit 1, naming the file)', () => {
    const bad = spawnSync(process.execPath, [CLI, '--seed', 'abc'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--seed must be an integer/);
    expect(spawnSync(process.execPath, [CLI, '--clock', 'noon'], { encoding: 'utf8' }).status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'ips-cli-'));
    writeFileSync(join(dir, 'broken.json'), '{"formatVersion": 1, "jobs": [{"company": "acme"}]}');
    const fx = spawnSync(process.execPath, [CLI, '--port', '0', '--fixtures', dir], { encoding: 'utf8' });
    expect(fx.status).toBe(1);
    expect(fx.stderr).toMatch(/broken\.json: at jobs\[0\]\.company: must be a company handle/);
  });
});

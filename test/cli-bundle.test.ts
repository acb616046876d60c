/**
 * The `ips-mock` command runs its bundle with the V8 code cache the build wrote (src/cli-bundle.ts):
 * the cache must be one this Node accepts (else it is dead weight and every start compiles the
 * bundle), and a cache V8 refuses must cost nothing but the compile. Reads the build (dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../src/cli-bundle.js';

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).pathname;
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the CLI bundle and its code cache', () => {
  it('the cache the build wrote is accepted', () => {
    expect(compileBundle(dist('cli.cjs'), dist('cli.cjs.cache')).cacheRejected).toBe(false);
  });
  it('a damaged cache is refused, and the command still runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-cache-'));
    const damaged = join(dir, 'cli.cjs.cache');
    writeFileSync(damaged, readFileSync(dist('cli.cjs.cache')).subarray(0, 4096));
    expect(compileBundle(dist('cli.cjs'), damaged).cacheRejected).toBe(true);
    // Run it as the command would, with the damaged cache: --version answers as usual, nothing on stderr.
    const run = join(dir, 'run.mjs');
    writeFileSync(run, `const m = await import(${JSON.stringify(dist('cli-bundle.js'))});\nm.compileBundle(${JSON.stringify(dist('cli.cjs'))}, ${JSON.stringify(damaged)}).run();\n`);
    const { stdout, stderr } = spawnSync(process.execPath, [run, '--version'], { encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe(VERSION);
  });
});

import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

const CONFIG = new URL('../examples/vitest-global-setup/vitest.config.ts', import.meta.url).pathname;

it('the vitest global-setup example runs green (one mock, a company per test file)', async () => {
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', CONFIG, '--reporter', 'json'], { cwd: new URL('..', import.meta.url).pathname });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code, err).toBe(0);
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number };
  expect(report).toMatchObject({ numPassedTests: 3, numFailedTests: 0 });
});

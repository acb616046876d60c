/**
 * Vitest global setup: rebuilds dist/ when a source is newer than the build. Tests that spawn the
 * `ips-mock` command run dist/cli.js — the bundled file that ships — so after an edit of src/ they
 * would otherwise test yesterday's code and pass or fail for the wrong reason. Building (rather than
 * running src/cli.ts through a TS loader) keeps those tests on the artefact users run, bundling included.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const INPUTS = ['src', 'scripts/bundle-cli.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
const OUTPUTS = ['dist/cli.js', 'dist/index.js'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function oldestOutput(): number {
  try {
    return Math.min(...OUTPUTS.map((p) => statSync(join(ROOT, p)).mtimeMs));
  } catch {
    return 0;
  }
}

/** Whether dist/ is older than any of its inputs. */
function distIsStale(): boolean {
  return Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) > oldestOutput();
}

export default function setup(): void {
  if (!distIsStale()) return;
  console.log('[build-if-stale] sources are newer than dist/: running npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

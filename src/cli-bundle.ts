/**
 * The `ips-mock` command runs from one CommonJS bundle, dist/cli.cjs (scripts/bundle-cli.mjs),
 * compiled with a V8 code cache the build wrote beside it (dist/cli.cjs.cache): compiling
 * the ~2 MB bundle was the largest single cost between spawn and the first answer. Node 20
 * has no compile cache for ES modules (module.enableCompileCache is Node 22), but a script
 * compiled through node:vm takes V8's cached data. A cache V8 does not accept (another
 * Node version or V8 flags, a stale or damaged file) is ignored and the bundle compiles as
 * it would without one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Script } from 'node:vm';

export interface CompiledBundle {
  /** Whether V8 refused the cache it was given (or there was none to give). */
  readonly cacheRejected: boolean;
  /** Runs the bundle as Node runs a CommonJS module. */
  run(): void;
  /** The code compiled so far (what has run included), as V8 cached data for the next start. */
  cacheData(): Buffer;
}

const readIfThere = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

export function compileBundle(bundlePath: string, cacheFile?: string): CompiledBundle {
  const bundleFile = resolve(bundlePath);
  // Node's own CommonJS wrapper, so the bundle sees the module scope it was built for.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundleFile, 'utf8')}\n})`;
  const cachedData = cacheFile === undefined ? undefined : readIfThere(cacheFile);
  const script = new Script(source, { filename: bundleFile, cachedData });
  return {
    // V8 says false only when it was given a cache and took it.
    cacheRejected: script.cachedDataRejected !== false,
    run() {
      const module = { exports: {} };
      (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
    },
    cacheData: () => script.createCachedData(),
  };
}

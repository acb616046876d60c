/**
 * Files that ship beside the code (fixtures/, wsdl/, ui/, the message catalogues),
 * found from the package root: the nearest folder with a package.json above
 * this module. That holds wherever the code runs from: dist/**, the one-file
 * CLI bundle dist/cli.js, or src/** under vitest.
 */
import { existsSync } from 'node:fs';

function findPackageRoot(from: URL): URL {
  for (let dir = new URL('./', from); ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') throw new Error(`ips-mock: no package.json above ${from.pathname}`);
  }
}

const PACKAGE_ROOT = findPackageRoot(new URL(import.meta.url));

/** A URL of a file or folder (folders end in "/") relative to the package root. */
export const packageFile = (relative: string): URL => new URL(relative, PACKAGE_ROOT);

/**
 * Data files the build copies beside the compiled code (the message catalogues): read from src/ while
 * the TypeScript sources run (vitest), from dist/ otherwise — the published package has no src/.
 */
const CODE_DIR = import.meta.url.endsWith('.ts') ? 'src/' : 'dist/';
export const codeFile = (relative: string): URL => packageFile(CODE_DIR + relative);

/** The package's own version, read once from package.json (found from the package root, bundled or not). */
import { readFileSync } from 'node:fs';
import { packageFile } from './package-root.js';

export const PACKAGE_VERSION = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;

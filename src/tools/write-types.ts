/** Regenerates src/schema/wire-types.ts from the schema model: `npm run types:write`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wireTypesSource } from './wire-types-source.js';

const file = fileURLToPath(new URL('../../src/schema/wire-types.ts', import.meta.url));
writeFileSync(file, wireTypesSource());
console.log(`wrote ${file}`);

/** Regenerates wsdl/IpsApi[-<version>].wsdl from the schema model: `npm run wsdl:write`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API_VERSIONS } from '../schema/versions.js';
import { writeWsdl } from '../wsdl/write-wsdl.js';

const wsdlDir = fileURLToPath(new URL('../../wsdl/', import.meta.url));
for (const v of API_VERSIONS) {
  const file = `${wsdlDir}${v.wsdlFile}`;
  writeFileSync(file, writeWsdl(v));
  console.log(`wrote ${file}`);
}

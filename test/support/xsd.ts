/**
 * XSD validation with libxml2's xmllint, against the schemas embedded in the
 * WSDL the mock serves (not against our model): the schemas are lifted out of
 * the served WSDL, and a SOAP 1.1 envelope schema imports them, so a whole
 * response (or fault) is validated in one go.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE_NS = 'http://www.scene7.com/IpsApi/xsd';

export interface SchemaSet {
  readonly dir: string;
  /** The envelope schema that imports both IPS schemas. */
  readonly envelopeXsd: string;
  readonly baseXsd: string;
  readonly versionedXsd: string;
}

const xpath = (file: string, expr: string): string => execFileSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' });

export function schemasFromWsdl(wsdlText: string, versionNs: string): SchemaSet {
  const dir = mkdtempSync(join(tmpdir(), 'ips-xsd-'));
  const wsdl = join(dir, 'service.wsdl');
  writeFileSync(wsdl, wsdlText);
  const baseXsd = join(dir, 'base.xsd');
  const versionedXsd = join(dir, 'versioned.xsd');
  writeFileSync(baseXsd, xpath(wsdl, `//*[local-name()='schema'][@targetNamespace='${BASE_NS}']`));
  writeFileSync(versionedXsd, xpath(wsdl, `//*[local-name()='schema'][@targetNamespace='${versionNs}']`));
  const envelope = readFileSync(new URL('./soap-envelope-1.1.xsd', import.meta.url), 'utf8').replace(
    '<!--IMPORTS-->',
    `<xs:import namespace="${BASE_NS}" schemaLocation="base.xsd"/><xs:import namespace="${versionNs}" schemaLocation="versioned.xsd"/>`,
  );
  const envelopeXsd = join(dir, 'envelope.xsd');
  writeFileSync(envelopeXsd, envelope);
  return { dir, envelopeXsd, baseXsd, versionedXsd };
}

export interface Validation {
  readonly ok: boolean;
  readonly errors: string;
}

let counter = 0;
/** Validates documents (whole SOAP envelopes) in one xmllint run. */
export function validateEnvelopes(set: SchemaSet, docs: readonly string[]): Validation {
  const files = docs.map((d) => {
    const f = join(set.dir, `doc-${process.pid}-${counter++}.xml`);
    writeFileSync(f, d);
    return f;
  });
  const r = spawnSync('xmllint', ['--noout', '--schema', set.envelopeXsd, ...files], { encoding: 'utf8' });
  return { ok: r.status === 0, errors: r.stderr.split('\n').filter((l) => !l.endsWith(' validates')).join('\n') };
}

/** Compiles a schema file on its own (checks that it is a valid XSD). */
export function compileSchema(xsd: string): Validation {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, xsd], { encoding: 'utf8' });
  // Validating the schema against itself fails (it is not an instance), but compilation errors come first.
  const compileError = /failed to compile|Schemas parser error/.test(r.stderr);
  return { ok: !compileError, errors: r.stderr };
}

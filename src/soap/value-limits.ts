/**
 * Limits on request values, beyond their XSD types (docs/limits.md). IPS
 * documents 1000 as the most handles one job takes (automatedSetGeneration
 * assetHandleArray) and as the largest page (recordsPerPage); we apply 1000 to
 * every repeated element. Strings are capped well above any real name, URL or
 * description. Beyond a limit the request is ipsApiFault 30001, naming the path.
 */
import { fault } from '../faults/catalogue.js';
import { echo, firstNonXml10 } from '../xml/xml-chars.js';

const VALUE_LIMITS = {
  /** Items of one repeated element (e.g. assetHandleArray/items). */
  maxRepeats: 1_000,
  /** Characters of one xsd:string value. */
  maxStringLength: 4_096,
} as const;

/** A string value must fit the limit and consist of characters an XML 1.0 answer can carry. */
export function checkString(value: string, path: string): string {
  if (value.length > VALUE_LIMITS.maxStringLength) {
    throw fault('invalidParameter', `${path} is ${value.length} characters long; ips-mock accepts at most ${VALUE_LIMITS.maxStringLength}`);
  }
  const bad = firstNonXml10(value);
  if (bad) throw fault('invalidParameter', `${path} contains ${bad}, a character XML 1.0 cannot carry: '${echo(value)}'`);
  return value;
}

export function checkRepeats(count: number, path: string): void {
  if (count > VALUE_LIMITS.maxRepeats) throw fault('invalidParameter', `${path} may occur at most ${VALUE_LIMITS.maxRepeats} times`);
}

/**
 * Limits on request values, beyond their XSD types (docs/limits.md; the numbers
 * are shared with the fixture loader: src/xml/value-limits.ts). Beyond a limit the
 * request is ipsApiFault 30001, naming the path.
 */
import { fault } from '../faults/catalogue.js';
import { VALUE_LIMITS } from '../xml/value-limits.js';
import { echo, firstNonXml10 } from '../xml/xml-chars.js';

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

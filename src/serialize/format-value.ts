/** Lexical forms of XSD built-in values as the real (Java, Axis2) service writes them. */
import type { ServerZone } from '../clock/server-zone.js';
import type { XsdType } from '../schema/model.js';

/** A UTC ISO instant with milliseconds: the control API's and the journal's form, not the SOAP wire's. */
export const formatDateTime = (ms: number): string => new Date(ms).toISOString();

/**
 * xsd:double as Java's Double.toString writes it (the captures: 72.0, 1.0, 0.0): at least one
 * fractional digit, and computerized scientific notation outside [10^-3, 10^7), e.g. 1.0E7.
 */
function formatDouble(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa = '', exponent = ''] = x.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}

/** Decision (captures): every dateTime is written in server time with milliseconds, e.g. 2011-03-30T14:32:08.858-05:00. */
export function formatValue(type: XsdType, value: unknown, zone: ServerZone): string {
  switch (type) {
    case 'dateTime':
      if (typeof value === 'number') return zone.dateTime(value);
      if (value instanceof Date) return zone.dateTime(value.getTime());
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      break;
    case 'int':
    case 'long':
      if (typeof value === 'number' && Number.isInteger(value)) return String(value);
      break;
    case 'double':
      if (typeof value === 'number' && Number.isFinite(value)) return formatDouble(value);
      break;
    case 'string':
      if (typeof value === 'string') return value;
      break;
  }
  throw new TypeError(`cannot write ${JSON.stringify(value)} as xsd:${type}`);
}

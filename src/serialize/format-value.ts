/** Lexical forms of XSD built-in values as the mock writes them. */
import type { XsdType } from '../schema/model.js';

/**
 * Decision (reference §11.14): every dateTime is written in UTC with
 * milliseconds, e.g. 2026-11-28T19:04:45.000Z.
 */
export const formatDateTime = (ms: number): string => new Date(ms).toISOString();

export function formatValue(type: XsdType, value: unknown): string {
  switch (type) {
    case 'dateTime':
      if (typeof value === 'number') return formatDateTime(value);
      if (value instanceof Date) return formatDateTime(value.getTime());
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      break;
    case 'int':
    case 'long':
      if (typeof value === 'number' && Number.isInteger(value)) return String(value);
      break;
    case 'double':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      break;
    case 'string':
      if (typeof value === 'string') return value;
      break;
  }
  throw new TypeError(`cannot write ${JSON.stringify(value)} as xsd:${type}`);
}

/**
 * Decoded parameters → the JSON a test asserts on: WSDL element names, repeated
 * elements as arrays, dateTimes as ISO strings (decoding made them epoch ms).
 */
import { isBuiltIn, typeName, type Field } from '../schema/model.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import type { Decoded } from '../soap/decode-fields.js';

const isDecoded = (v: unknown): v is Decoded => typeof v === 'object' && v !== null && !Array.isArray(v);

function value(v: unknown, f: Field, schema: ResolvedSchema): unknown {
  if (Array.isArray(v)) return v.map((x) => value(x, f, schema));
  if (f.type === 'xsd:dateTime' && typeof v === 'number') return new Date(v).toISOString();
  // JSON has no Infinity/NaN: keep the XSD spelling.
  if (f.type === 'xsd:double' && typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'INF' : '-INF';
  if (isBuiltIn(f.type) || !isDecoded(v)) return v;
  return paramsJson(v, schema.types.get(typeName(f.type))?.fields ?? [], schema);
}

export function paramsJson(decoded: Decoded, fields: readonly Field[], schema: ResolvedSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f.name in decoded) out[f.name] = value(decoded[f.name], f, schema);
  return out;
}

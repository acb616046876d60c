/**
 * Reading and writing elements of an older shape (fields with `stored`, see
 * model.ts) against the one stored form of a value. The serializer reads each
 * field through `wireValue`; the decoder hands what it read to `storedForm`,
 * so a job submitted in any namespace is kept in the newest shape.
 */
import type { Field } from './model.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value to write for `f` from its parent object (the stored form). */
export function wireValue(parent: Readonly<Obj>, f: Field): unknown {
  if (!f.stored) return parent[f.name];
  let v: unknown = parent;
  for (const key of f.stored.path) v = isObj(v) ? v[key] : undefined;
  if (v === undefined || !f.stored.values) return v;
  return f.stored.values.find(([, stored]) => stored === v)?.[0];
}

/** Moves the decoded older-shape elements of one object to their stored places. */
export function storedForm(decoded: Obj, fields: readonly Field[]): Obj {
  if (!fields.some((f) => f.stored)) return decoded;
  const out: Obj = { ...decoded };
  for (const f of fields) {
    if (!f.stored || !(f.name in decoded)) continue;
    const wire = decoded[f.name];
    delete out[f.name];
    const value = f.stored.values ? f.stored.values.find(([w]) => w === wire)?.[1] : wire;
    const path = f.stored.path;
    let at = out;
    for (const key of path.slice(0, -1)) at = (at[key] = isObj(at[key]) ? { ...(at[key]) } : {});
    at[path.at(-1)!] = value;
  }
  return out;
}

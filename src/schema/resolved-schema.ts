/**
 * A schema resolved for one API version: the model filtered to the items the
 * version's release has. Built once per version and memoised; the WSDL writer, the
 * request decoder and the response serializer all read this view.
 */
import { authHeaderElement, faultElements } from './base-namespace.js';
import type { ComplexType, Field, GlobalElement } from './model.js';
import { MODEL_TYPES } from './model-index.js';
import { operations, type Operation, type OperationName } from './operations.js';
import { has, type ApiVersion } from './versions.js';

export interface ResolvedSchema {
  readonly version: ApiVersion;
  /** Complex types of the versioned namespace, in declaration order. */
  readonly types: ReadonlyMap<string, ComplexType>;
  readonly operations: ReadonlyMap<string, Operation<OperationName>>;
  readonly authHeader: GlobalElement;
  readonly faults: readonly GlobalElement[];
}

/** Each resolved field list → the model's list it was filtered from (all releases' fields). */
const modelFields = new WeakMap<readonly Field[], readonly Field[]>();

const filterFields = (fields: readonly Field[], v: ApiVersion): Field[] => {
  const kept = fields.filter((f) => has(v, f));
  modelFields.set(kept, fields);
  return kept;
};

/**
 * The model field named `name` among the fields a resolved list was filtered
 * from: an element of the same type in another release (for the fault that
 * names the release that has it), or undefined.
 */
export const fieldInOtherRelease = (resolved: readonly Field[], name: string): Field | undefined =>
  modelFields.get(resolved)?.find((f) => f.name === name || f.aliases?.includes(name));

const resolveElement = (e: GlobalElement, v: ApiVersion): GlobalElement => ({ ...e, fields: filterFields(e.fields, v) });

const cache = new Map<string, ResolvedSchema>();

export function resolveSchema(version: ApiVersion): ResolvedSchema {
  const hit = cache.get(version.id);
  if (hit) return hit;
  const types = new Map<string, ComplexType>();
  for (const t of MODEL_TYPES) {
    if (has(version, t)) types.set(t.name, { ...t, fields: filterFields(t.fields, version) });
  }
  const ops = new Map<string, Operation<OperationName>>();
  for (const o of operations) {
    if (!has(version, o)) continue;
    ops.set(o.name, { ...o, param: resolveElement(o.param, version), result: resolveElement(o.result, version) });
  }
  const resolved: ResolvedSchema = {
    version,
    types,
    operations: ops,
    authHeader: resolveElement(authHeaderElement, version),
    faults: faultElements,
  };
  cache.set(version.id, resolved);
  return resolved;
}

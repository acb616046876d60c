// Lists the page shows as choices (operation names, fault names, drop kinds)
// come from the control API's own OpenAPI document, so the page never keeps
// a copy of an IPS list of its own.
import { api } from './api.js';

/**
 * The `enum` of a property somewhere in a JSON schema (first found, depth first).
 * @param {any} schema
 * @param {string} property
 * @returns {string[]}
 */
export function enumOf(schema, property) {
  if (!schema || typeof schema !== 'object') return [];
  const here = schema.properties?.[property];
  if (here) {
    const found = here.enum ?? (here.anyOf ?? here.oneOf ?? []).map((/** @type {any} */ s) => s.enum).find(Boolean);
    if (Array.isArray(found)) return found;
  }
  for (const v of Object.values(schema)) {
    const found = enumOf(v, property);
    if (found.length) return found;
  }
  return [];
}

/**
 * The body schema of POST /__admin/faults (an injection rule): it names every operation and fault.
 * @returns {Promise<any>}
 */
export async function ruleSchema() {
  const doc = await api('openapi.json');
  return doc.paths?.['/__admin/faults']?.post?.requestBody?.content?.['application/json']?.schema;
}

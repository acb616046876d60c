/**
 * Rules a job detail must follow beyond its XSD type (reference §7.18, §8):
 * constant-valued elements and the "at most one of" groups. Shared by the
 * request validator (a violation is ipsApiFault 30001) and the fixture loader
 * (a FixtureError), so neither can accept what the other refuses.
 */
import { EXCLUSIVE_GROUPS, FIELD_CONSTANTS, PROCESS_BY_OPTION } from './ips-constants.js';

const isObject = (v: unknown): v is { readonly [key: string]: unknown } => v !== null && typeof v === 'object' && !Array.isArray(v);

const processValues = (parentKey: string): readonly string[] | undefined =>
  Object.entries(PROCESS_BY_OPTION).find(([k]) => k === parentKey)?.[1];

/** The first rule `value` breaks, as a sentence naming the path; undefined when it keeps them all. */
export function detailProblem(value: unknown, path: string, parentKey = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const p = detailProblem(v, `${path}[${i + 1}]`, parentKey);
      if (p) return p;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  for (const group of EXCLUSIVE_GROUPS) {
    const present = group.filter((k) => k in value);
    if (present.length > 1) return `${path} may have at most one of ${group.join(', ')}; got ${present.join(' and ')}`;
  }
  for (const [key, v] of Object.entries(value)) {
    const allowed = key === 'process' ? processValues(parentKey) : FIELD_CONSTANTS[key];
    if (allowed && typeof v === 'string' && !allowed.includes(v)) return `${path}/${key} '${v}' is not one of: ${allowed.join(', ')}`;
    const p = detailProblem(v, `${path}/${key}`, key);
    if (p) return p;
  }
  return undefined;
}

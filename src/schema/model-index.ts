/**
 * The whole model in one place: every complex type of every version, and the
 * element names each type or operation element declares in any version. The
 * resolver filters these per version; the serializer uses the declared names
 * to refuse a key no version has (a misspelt view field), and the type
 * generator writes one TypeScript type per entry.
 */
import type { ComplexType } from './model.js';
import { operations } from './operations.js';
import { assetTypes } from './types-assets.js';
import { catalogueTypes } from './types-catalogue.js';
import { companyTypes } from './types-company.js';
import { jobDetailTypes } from './types-job-details.js';
import { jobTypes } from './types-jobs.js';
import { optionTypes } from './types-options.js';

export const MODEL_TYPES: readonly ComplexType[] = [...optionTypes, ...jobDetailTypes, ...jobTypes, ...assetTypes, ...companyTypes, ...catalogueTypes];

const DECLARED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...MODEL_TYPES.map((t) => [t.name, new Set(t.fields.map((f) => f.name))] as const),
  ...operations.flatMap((o) => [o.param, o.result]).map((e) => [e.name, new Set(e.fields.map((f) => f.name))] as const),
]);

/** Element names the type or global element `name` declares in any version (empty for an unknown name). */
export const declaredNames = (name: string): ReadonlySet<string> => DECLARED.get(name) ?? new Set();

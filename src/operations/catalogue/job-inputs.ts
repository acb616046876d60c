/**
 * Job inputs that must exist in the company's catalogue (issue 8 §3): jobs
 * that work on assets the company already has name them in a handle array
 * (reference §7: ReprocessAssetsJob, AutomatedSetGenerationJob and ExportJob
 * assetHandleArray, RipPdfsJob pdfHandleArray). An asset the company does not
 * have is ipsApiFault 30001 naming the parameter path and the handle, checked
 * when the job is submitted, before anything is drawn or stored. Optimize and
 * publish jobs name no assets (they work on what the company has), so they
 * have nothing to check (docs/decisions.md §14).
 */
import type { Catalogue } from '../../data/catalogue/catalogue.js';
import { filesNamedIn, VARIANTS, type Detail, type VariantKey } from '../../shared/variants.js';
import { findAsset } from './catalogue-scope.js';

/** The variants whose named assets must exist; the array that names them is the variant table's filesNamedBy. */
const ASSET_INPUTS: ReadonlySet<VariantKey> = new Set(['ripPdfsJob', 'reprocessAssetsJob', 'automatedSetGenerationJob', 'exportJob']);

export const takesCatalogueAssets = (variant: VariantKey): boolean => ASSET_INPUTS.has(variant);

/** Throws 30001 for the first named asset the company does not have; `container` is the request element (submitJobParam). */
export function checkJobInputs(cat: Catalogue, variant: VariantKey, detail: Detail, container: string): void {
  const list = VARIANTS[variant].filesNamedBy;
  if (!ASSET_INPUTS.has(variant) || list === undefined) return;
  // Items are xsd:string (HandleArray), so anything else cannot name an asset.
  (filesNamedIn(variant, detail) ?? []).forEach((item, i) => findAsset(cat, typeof item === 'string' ? item : '', `${container}/${variant}/${list}/items[${i + 1}]`));
}

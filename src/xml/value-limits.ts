/**
 * Limits on values, whether they arrive in a request or in a fixture file (docs/limits.md): one
 * source, so a fixture can never hold what a request could not. IPS documents 1000 as the most
 * handles one job takes (automatedSetGeneration assetHandleArray) and as the largest page
 * (recordsPerPage); we apply 1000 to every repeated element. Strings are capped well above any real
 * name, URL or description.
 */
export const VALUE_LIMITS = {
  /** Items of one repeated element (e.g. assetHandleArray/items); also the largest totalSize of a fixture job. */
  maxRepeats: 1_000,
  /** Characters of one xsd:string value. */
  maxStringLength: 4_096,
} as const;

/**
 * The IPS API releases in publication order (reference §1.1, plus the beta).
 * A leaf table: the model's fields say in which release they appear (`since`)
 * and, if a later release dropped them, in which release they are gone
 * (`until`); versions.ts turns each id into a served namespace.
 */
export const RELEASE_IDS = [
  'pre-4.0',
  '2008-01-15',
  '2008-09-10',
  '2009-07-31',
  '2010-01-31',
  '2012-02-14',
  '2013-02-15',
  '2014-04-03',
  '2016-01-14-beta',
] as const;

export type ReleaseId = (typeof RELEASE_IDS)[number];

/** When an item exists: from `since` (default: the first release) up to, not including, `until`. */
export interface Availability {
  readonly since?: ReleaseId;
  readonly until?: ReleaseId;
}

export const releaseIndex = (id: ReleaseId): number => RELEASE_IDS.indexOf(id);

/** Whether a release has the item. */
export function availableIn(release: ReleaseId, a: Availability): boolean {
  const i = releaseIndex(release);
  return (a.since === undefined || releaseIndex(a.since) <= i) && (a.until === undefined || i < releaseIndex(a.until));
}

/**
 * The reason of the fault for an element the called namespace does not have
 * but another release does: it names the element, the release that first has
 * it (or the one that dropped it) and that release's WSDL, so the caller knows
 * which namespace to use or what to leave out.
 */
import type { Field } from '../schema/model.js';
import { RELEASE_IDS, releaseIndex } from '../schema/releases.js';
import { versionById, type ApiVersion } from '../schema/versions.js';

export function otherReleaseReason(path: string, field: Field, version: ApiVersion): string {
  const since = field.since ?? RELEASE_IDS[0];
  const first = versionById(since)!;
  if (releaseIndex(version.id) < releaseIndex(since)) {
    return `${path} is not in the ${version.id} namespace (${version.namespace}); the first release that has it is ${since} (${first.wsdlFile}, namespace ${first.namespace})`;
  }
  const gone = field.until!;
  const last = RELEASE_IDS[releaseIndex(gone) - 1]!;
  return `${path} is not in the ${version.id} namespace (${version.namespace}): ${gone} dropped it; the first release that has it is ${since}, the last ${last}`;
}

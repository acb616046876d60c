/**
 * API versions as data: one row per served namespace, oldest first (reference
 * §1.1 plus the beta). A row names its release, WSDL file and target
 * namespace; what each release contains is said by the model's items
 * (`since` / `until`, releases.ts), so a row needs no list of its own.
 * This is the one table every part of the mock reads to know what is served.
 */
import { BASE_NS } from './base-namespace.js';
import { RELEASE_IDS, availableIn, type Availability, type ReleaseId } from './releases.js';

export interface ApiVersion {
  /** The release id: the date part of the WSDL name (`pre-4.0` for the undated IpsApi.wsdl). */
  readonly id: ReleaseId;
  /** The IPS release that introduced the namespace (reference §1.1). */
  readonly release: string;
  /** File name under /scene7/webservice/ (and /scene7/). */
  readonly wsdlFile: string;
  /** Target namespace of the types and of every request/response element. */
  readonly namespace: string;
  /** In the public IPS docs' WSDL table (the newest documented one is served at ?wsdl). */
  readonly documented: boolean;
}

const RELEASE_NAMES: Readonly<Record<ReleaseId, string>> = {
  'pre-4.0': '3.7 / 3.8',
  '2008-01-15': '4.0',
  '2008-09-10': '4.2',
  '2009-07-31': '4.4',
  '2010-01-31': '4.5',
  '2012-02-14': '6.0 / 2012R1',
  '2013-02-15': '6.6 / 2013R1',
  '2014-04-03': '6.8 / 2014R1',
  '2016-01-14-beta': 'beta (2016)',
};

export const API_VERSIONS: readonly ApiVersion[] = RELEASE_IDS.map((id) =>
  id === 'pre-4.0'
    ? // Before 4.0 the types shared the base namespace of authHeader and the faults (reference §1.1).
      { id, release: RELEASE_NAMES[id], wsdlFile: 'IpsApi.wsdl', namespace: BASE_NS, documented: true }
    : {
        id,
        release: RELEASE_NAMES[id],
        wsdlFile: `IpsApi-${id}.wsdl`,
        namespace: `${BASE_NS}/${id}`,
        documented: !id.endsWith('-beta'),
      },
);

/**
 * Namespaces the IPS docs' examples use that are in no WSDL table and have no
 * schema we could serve (reference §1.2), with where they were seen: a request
 * in one is told so, not just "unknown".
 */
export const UNSERVED_IPS_NAMESPACES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['2011-11-04', 'publish-context examples; probably a pre-release of 2012-02-14'],
      ['2011-11-04-beta', 'publish-context examples; probably a pre-release of 2012-02-14'],
      ['2012-07-31', 'Photoshop path and auto-crop examples'],
      ['2012-07-31-beta', 'Photoshop path and auto-crop examples'],
      ['2013-08-29-beta', 'asset metadata and associated-assets examples'],
    ] as const
  ).map(([id, seen]) => [`${BASE_NS}/${id}`, seen]),
);

export const LATEST_DOCUMENTED: ApiVersion = API_VERSIONS.filter((v) => v.documented).at(-1)!;

export const versionById = (id: string): ApiVersion | undefined => API_VERSIONS.find((v) => v.id === id);
export const versionByWsdlFile = (file: string): ApiVersion | undefined => API_VERSIONS.find((v) => v.wsdlFile === file);
export const versionByNamespace = (ns: string): ApiVersion | undefined => API_VERSIONS.find((v) => v.namespace === ns);

/** Whether the version has an item (a field, type, operation or detail element). */
export const has = (version: ApiVersion, item: Availability | null | undefined): boolean => item != null && availableIn(version.id, item);

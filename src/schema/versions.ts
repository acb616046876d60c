/**
 * API versions as data. Each row names its WSDL file, its target namespace and
 * the release features it has (model.ts). Older namespaces (2008-01-15 …
 * 2013-02-15) can be served by adding a row with fewer features.
 */
import type { Feature } from './model.js';

export interface ApiVersion {
  /** The date part of the WSDL name: IpsApi-<id>.wsdl */
  readonly id: string;
  readonly namespace: string;
  readonly features: ReadonlySet<Feature>;
  /** Documented in the public IPS docs (the latest documented one is served at ?wsdl). */
  readonly documented: boolean;
}

const upTo2014: Feature[] = ['v4_0', 'v4_2', 'v4_4', 'v4_5', 'v6_0', 'v6_8'];

export const API_VERSIONS: readonly ApiVersion[] = [
  {
    id: '2014-04-03',
    namespace: 'http://www.scene7.com/IpsApi/xsd/2014-04-03',
    features: new Set(upTo2014),
    documented: true,
  },
  {
    id: '2016-01-14-beta',
    namespace: 'http://www.scene7.com/IpsApi/xsd/2016-01-14-beta',
    features: new Set<Feature>([...upTo2014, 'beta']),
    documented: false,
  },
];

export const LATEST_DOCUMENTED: ApiVersion = API_VERSIONS.filter((v) => v.documented).at(-1)!;

export const versionById = (id: string): ApiVersion | undefined => API_VERSIONS.find((v) => v.id === id);
export const versionByNamespace = (ns: string): ApiVersion | undefined => API_VERSIONS.find((v) => v.namespace === ns);

export const has = (version: ApiVersion, feature: Feature | undefined): boolean =>
  feature === undefined || version.features.has(feature);

/**
 * One typed configuration with every default in one place. The CLI and
 * startIpsMock() only map their inputs onto this.
 */
import { fileURLToPath } from 'node:url';
import { packageFile } from './package-root.js';
import { DEFAULT_SERVER_TIME_ZONE } from '../clock/server-zone.js';
import type { FaultStringStyle } from '../serialize/wire-style.js';

export interface IpsMockConfig {
  /** TCP port; 0 picks a free one. */
  readonly port: number;
  readonly host: string;
  /** Seed of all faked data. */
  readonly seed: number;
  /** Pin the mock clock at this ISO instant; undefined = real time. */
  readonly clock?: string;
  /** Folder of fixture files (*.json). */
  readonly fixturesDir: string;
  /** Request bodies larger than this get ipsApiFault 30003. */
  readonly maxBodyBytes: number;
  /** A file of an UploadFile POST larger than this gets ipsApiFault 30001 (its bytes are counted, never kept). */
  readonly maxUploadFileBytes: number;
  /** Fake a company for any well-formed handle not in the fixtures (false: such handles are 30001). */
  readonly fakeUnknownCompanies: boolean;
  /** Finished jobs older than this are dropped from memory (logs included). */
  readonly retainFinishedMs: number;
  /** At most this many finished jobs are kept per company, oldest dropped first. */
  readonly maxFinishedPerCompany: number;
  /**
   * Companies held in memory (fixture companies aside); beyond this the least recently used are
   * dropped, and rebuilt identical when touched again, their writes run again (docs/limits.md).
   */
  readonly maxIdleCompanies: number;
  /** false: never serve the control API (/__admin). Otherwise it is served on loopback, and beyond loopback only with adminToken. */
  readonly admin?: boolean;
  /** Bearer token the control API requires (and needs, to be served on a non-loopback bind). */
  readonly adminToken?: string;
  /**
   * 'strict': requests are checked like the real service's generated parser (order, namespaces,
   * names, cardinality) and violations are faults. 'lenient': they are answered anyway and the
   * violations recorded in the journal and an X-Ips-Mock-Violations header.
   */
  readonly requests: 'strict' | 'lenient';
  /** The request journal keeps this many most recent requests (0: none). */
  readonly journalLimit: number;
  /** Log one line per request to stderr. */
  readonly logRequests: boolean;
  /** The server's time zone for dates and job names: an IANA zone or an offset such as -05:00 (default America/Chicago, as captured). */
  readonly serverTimeZone: string;
  /** faultstring: the fault element's name as IPS sends it ('element'), or the reason ('reason'). */
  readonly faultString: FaultStringStyle;
}

export const DEFAULT_SEED = 7;
const DEFAULT_PORT = 8080;
export const DEFAULT_FIXTURES_DIR = fileURLToPath(packageFile('fixtures/'));

export const DEFAULT_CONFIG: IpsMockConfig = {
  port: DEFAULT_PORT,
  host: '127.0.0.1',
  seed: DEFAULT_SEED,
  clock: undefined,
  fixturesDir: DEFAULT_FIXTURES_DIR,
  maxBodyBytes: 10 * 1024 * 1024,
  maxUploadFileBytes: 1024 * 1024 * 1024,
  fakeUnknownCompanies: true,
  retainFinishedMs: 7 * 24 * 3_600_000,
  maxFinishedPerCompany: 2_000,
  maxIdleCompanies: 300,
  requests: 'strict',
  journalLimit: 1_000,
  logRequests: false,
  serverTimeZone: DEFAULT_SERVER_TIME_ZONE,
  faultString: 'element',
};

export const withDefaults = (partial: Partial<IpsMockConfig> = {}): IpsMockConfig => {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_CONFIG, ...defined };
};

/**
 * What the pipeline runs against: the data (users, companies), the clock, the
 * seed, and the engine's own state (response cache, journal, injection rules). `users` and
 * `store` are replaced as a whole when the control API resets the mock or
 * loads fixtures, so a request always sees one consistent data set.
 */
import type { UserDirectory } from '../auth/users.js';
import type { MockClock } from '../clock/mock-clock.js';
import type { TenantStore } from '../data/tenant-store.js';
import type { WireStyle } from '../serialize/wire-style.js';
import type { Journal } from './journal.js';
import type { ResponseCache } from './response-cache.js';
import type { RuleBook } from './rules.js';

export interface Engine {
  users: UserDirectory;
  store: TenantStore;
  readonly clock: MockClock;
  readonly seed: number;
  /** How request structure violations are treated (config `requests`). */
  readonly requests: 'strict' | 'lenient';
  readonly cache: ResponseCache;
  readonly journal: Journal;
  readonly rules: RuleBook;
  /** Server time zone and fault text style of the answers. */
  readonly wire: WireStyle;
  readonly onBug?: (e: unknown) => void;
  /** Progress lines of slow work (a big fixture set), on stderr by default. */
  readonly progress?: (line: string) => void;
}

/**
 * The mock's data at run time: reset (everything, or one company) and
 * fixtures loaded through the control API, validated exactly as at start-up
 * (a FixtureError names the document, the path and the problem).
 * Loading fixtures rebuilds only the companies they name, so other test files
 * sharing the mock keep their state.
 */
import { UserDirectory } from '../auth/users.js';
import { DEFAULT_FIXTURES_DIR, type IpsMockConfig } from '../config/config.js';
import { fixturesFrom, loadFixtures, type Fixtures, type FixtureSource } from '../data/fixtures/load-fixtures.js';
import { TenantStore } from '../data/tenant-store.js';
import type { Engine } from './engine.js';

let defaultUsers: Fixtures['users'] | undefined;

/** A fixture set without users still gets the documented default users, so it can be called at all. */
export const userDirectory = (fixtures: Fixtures): UserDirectory =>
  new UserDirectory(fixtures.users.size > 0 ? fixtures.users : (defaultUsers ??= loadFixtures(DEFAULT_FIXTURES_DIR).users));

/** Companies a fixture set says anything about. */
const companiesOf = (f: Fixtures): string[] => [...new Set([...f.companies.keys(), ...f.jobs.keys(), ...f.scheduledJobs.keys(), ...f.catalogue.keys()])];

export class MockData {
  private loaded: FixtureSource[] = [];

  constructor(
    private readonly engine: Engine,
    private readonly config: IpsMockConfig,
    private readonly startup: readonly FixtureSource[],
  ) {}

  /** One company forgotten (rebuilt when next touched), or everything back to how the mock started: data, journal, rules, clock. */
  reset(company?: string): { readonly reset: string; readonly held?: boolean } {
    const { engine } = this;
    engine.cache.clear();
    if (company !== undefined) return { reset: company, held: engine.store.forget(company) };
    this.loaded = [];
    const fixtures = fixturesFrom(this.startup);
    engine.store = new TenantStore(this.config, fixtures, engine.wire.zone, engine.progress);
    engine.users = userDirectory(fixtures);
    engine.journal.clear();
    engine.rules.clear();
    if (this.config.clock === undefined) engine.clock.real();
    else engine.clock.set(this.config.clock);
    return { reset: 'all' };
  }

  /** Adds one fixture document (throws FixtureError); returns the companies rebuilt from it. */
  load(raw: unknown, name: string): { readonly companies: string[]; readonly users: number } {
    const source: FixtureSource = { file: name, raw };
    const own = fixturesFrom([source]);
    const all = fixturesFrom([...this.startup, ...this.loaded, source], this.engine.progress);
    this.loaded.push(source);
    const { engine } = this;
    engine.store.replaceFixtures(all);
    engine.users = userDirectory(all);
    engine.cache.clear();
    const companies = companiesOf(own);
    for (const c of companies) engine.store.forget(c);
    return { companies, users: own.users.size };
  }
}

/**
 * Where a company's jobs come from, in a fixed order: the fixtures (plus the
 * faker when the fixture company asks for it), else the faker for any
 * well-formed company handle (unless disabled), else the company is unknown.
 * Tenants are created on first touch, at the clock reading of that moment.
 *
 * Memory stays bounded (docs/decisions.md §15): a faked company follows from
 * (seed, handle, genesis, the instants its triggers fired) and the write
 * operations that changed it, so it may be dropped once more than
 * `maxIdleCompanies` companies are held, least recently used first. Those
 * instants and each write (the handler call, with its decoded parameters,
 * user and instant) are kept, so when it is touched again it is rebuilt from
 * its genesis, its triggers fire at the same instants and its writes run
 * again in the same order: identical. Fixture companies, and companies a
 * single write changed together with others, are never dropped.
 */
import type { ServerZone } from '../clock/server-zone.js';
import type { IpsMockConfig } from '../config/config.js';
import { Tenant } from '../lifecycle/tenant.js';
import { createCatalogue, type Catalogue } from './catalogue/catalogue.js';
import { companyProfile, type CompanyProfile } from './fake/company-profile.js';
import { fakeCompanyJobs } from './fake/fake-company-jobs.js';
import type { FakeContext } from './fake/fake-run.js';
import { COMPANY_HANDLE_RE } from './fixtures/fixture-format.js';
import { fixtureRuns, fixtureScheduled } from './fixtures/fixture-jobs.js';
import { BIG_FIXTURE_JOBS, type Fixtures } from './fixtures/load-fixtures.js';
import { hashSeed } from '../shared/seeded.js';

export type CompanyLookup = { readonly tenant: Tenant } | { readonly problem: 'malformed' | 'unknown' };

/** A write operation as it ran: its instant, and the same handler call, which runs again on the rebuilt company. */
interface Write {
  readonly at: number;
  readonly run: () => unknown;
}

/** What a dropped company is rebuilt from. */
interface Dropped {
  readonly genesis: number;
  readonly fireSyncs: readonly number[];
  readonly writes: readonly Write[];
  /** Above any revision an answer was cached for, so no cached answer of the dropped company is served. */
  readonly revision: number;
}

/** Handles given to companies first met by name (getCompanyInfo companyName): 9-digit ids, away from hand-picked ones. */
const NAMED_COMPANY_ID_BASE = 100_000_000;

export class TenantStore {
  private readonly tenants = new Map<string, Tenant>();
  /** Tenants looked up during the write operation in progress (see write()). */
  private written?: Set<Tenant>;
  private readonly catalogues = new Map<string, Catalogue>();
  /** Companies first met by name: handle → name. */
  private readonly named = new Map<string, string>();
  private readonly profiles = new Map<string, CompanyProfile>();
  /** Every company held, least recently used first (all-companies queries cover the most recent). */
  private readonly recency = new Map<string, Tenant>();
  /** Held companies eviction may drop, least recently used first. */
  private readonly idle = new Map<string, Tenant>();
  /** Fixture companies, and companies a write changed together with another: never dropped. */
  private readonly kept = new Set<string>();
  /** The writes that changed each company that may be dropped, in the order they ran. */
  private readonly writes = new Map<string, Write[]>();
  private readonly dropped = new Map<string, Dropped>();

  constructor(
    private readonly config: IpsMockConfig,
    private fixtures: Fixtures,
    private readonly zone: ServerZone,
    /** Hears when a big fixture company is built (seconds of work, on its first touch). */
    private readonly progress?: (line: string) => void,
  ) {}

  /** Fixtures loaded at run time: companies they name must be forgotten (forget()) to be rebuilt from them. */
  replaceFixtures(fixtures: Fixtures): void {
    this.fixtures = fixtures;
  }

  isKnown(handle: string): boolean {
    return COMPANY_HANDLE_RE.test(handle) && (this.config.fakeUnknownCompanies || this.fixtures.companies.has(handle) || this.fixtures.jobs.has(handle) || this.fixtures.catalogue.has(handle));
  }

  /** The company's tenant, brought up to `now`. */
  lookup(handle: string, now: number): CompanyLookup {
    if (!COMPANY_HANDLE_RE.test(handle)) return { problem: 'malformed' };
    let tenant = this.tenants.get(handle);
    const created = !tenant;
    if (!tenant) {
      if (!this.isKnown(handle)) return { problem: 'unknown' };
      tenant = this.create(handle, now);
    }
    this.touch(handle, tenant);
    tenant.sync(now, this.config);
    this.written?.add(tenant);
    if (created) this.dropIdle();
    return { tenant };
  }

  /** Most recently used last, in both recency lists. */
  private touch(handle: string, tenant: Tenant): void {
    this.recency.delete(handle);
    this.recency.set(handle, tenant);
    if (this.kept.has(handle)) return;
    this.idle.delete(handle);
    this.idle.set(handle, tenant);
  }

  private keep(handle: string): void {
    this.kept.add(handle);
    this.idle.delete(handle);
    this.writes.delete(handle);
  }

  /** Drops the least recently used unchanged faked companies beyond the limit (never one the running operation holds). */
  private dropIdle(): void {
    for (const [handle, tenant] of this.idle) {
      if (this.idle.size <= this.config.maxIdleCompanies) return;
      if (this.written?.has(tenant)) continue;
      this.dropped.set(handle, { genesis: tenant.genesis, fireSyncs: tenant.fireSyncs, writes: this.writes.get(handle) ?? [], revision: tenant.revision + 1 });
      this.writes.delete(handle);
      this.tenants.delete(handle);
      this.recency.delete(handle);
      this.idle.delete(handle);
      this.catalogues.delete(handle);
      this.profiles.delete(handle);
    }
  }

  /**
   * Runs a write operation at instant `at` and then marks every company it
   * looked up as changed (even when it failed halfway), so cached reads of
   * those companies are never served stale and no handler has to remember to
   * say so. Handlers are synchronous, so no other request can interleave.
   * `operation` is kept to run again when the company is rebuilt; it must
   * read the clock as `at`, never the clock of the moment it runs. A write
   * that looked up several companies could not run again for one of them
   * alone, so those companies are kept instead (as are companies written
   * without an instant to replay at).
   */
  write<T>(operation: () => T, at?: number): T {
    const written = new Set<Tenant>();
    this.written = written;
    try {
      return operation();
    } finally {
      this.written = undefined;
      for (const t of written) {
        t.markChanged();
        const handle = t.companyHandle;
        if (this.kept.has(handle)) continue;
        if (written.size > 1 || at === undefined) {
          this.keep(handle);
          continue;
        }
        const log = this.writes.get(handle) ?? [];
        log.push({ at, run: operation });
        this.writes.set(handle, log);
      }
    }
  }

  /** Forgets everything held about a company: it is built again, from fixtures or faker, when next touched. */
  forget(handle: string): boolean {
    const held = this.tenants.has(handle) || this.catalogues.has(handle);
    this.tenants.delete(handle);
    this.catalogues.delete(handle);
    this.profiles.delete(handle);
    this.recency.delete(handle);
    this.idle.delete(handle);
    this.kept.delete(handle);
    this.writes.delete(handle);
    this.dropped.delete(handle);
    return held;
  }

  /** Name, slug and locale of a company (fixture name, name it was looked up by, else faked). */
  profile(handle: string): CompanyProfile {
    let p = this.profiles.get(handle);
    if (!p) {
      p = companyProfile(this.config.seed, handle, this.fixtures.companies.get(handle)?.name ?? this.named.get(handle));
      this.profiles.set(handle, p);
    }
    return p;
  }

  /**
   * The company with this name: a fixture company, one the mock holds, or —
   * while unknown companies are faked — a new company of that name whose
   * handle is derived from (seed, name), so the same name always gives the
   * same handle. Names compare case-insensitively.
   */
  findByName(name: string, now: number): CompanyLookup {
    const wanted = name.trim().toLowerCase();
    const handles = [...this.fixtures.companies.keys(), ...this.tenants.keys(), ...this.named.keys()];
    const known = handles.find((h) => this.profile(h).name.toLowerCase() === wanted);
    if (known) return this.lookup(known, now);
    if (!this.config.fakeUnknownCompanies || wanted === '') return { problem: 'unknown' };
    const handle = `c|${NAMED_COMPANY_ID_BASE + (hashSeed(this.config.seed, 'company-name', wanted) % 800_000_000)}`;
    if (!this.tenants.has(handle)) {
      this.named.set(handle, name.trim());
      this.profiles.delete(handle);
    }
    return this.lookup(handle, now);
  }

  /** Handles of every company the mock can name without being asked: fixture companies and those it holds. */
  knownHandles(): string[] {
    return [...new Set([...this.fixtures.companies.keys(), ...this.tenants.keys()])];
  }

  /** The company's folders and assets, created on first use (tenant first, so jobs and assets share one timeline). */
  catalogue(tenant: Tenant): Catalogue {
    let c = this.catalogues.get(tenant.companyHandle);
    if (!c) {
      const profile = this.profile(tenant.companyHandle);
      c = createCatalogue({ seed: this.config.seed, profile, genesis: tenant.genesis, fixtures: this.fixtures.catalogue.get(tenant.companyHandle), fake: this.fakesCatalogue(tenant.companyHandle) });
      this.catalogues.set(tenant.companyHandle, c);
    }
    return c;
  }

  /** A fixture company with fixture folders or assets shows only those (unless fakeJobs asks for the faked set). */
  private fakesCatalogue(handle: string): boolean {
    const fixtureCompany = this.fixtures.companies.get(handle);
    return !this.fixtures.catalogue.has(handle) || fixtureCompany?.fakeAssets === true;
  }

  get size(): number {
    return this.tenants.size;
  }

  /** Tenants the mock holds, in the order it first met them. */
  existing(): Tenant[] {
    return [...this.tenants.values()];
  }

  /**
   * What a query without a companyHandle covers: of the companies held that `mayAct` allows, the
   * `limit` most recently used, in the order the mock first met them (so answers keep a stable order).
   */
  recentlyUsed(limit: number, mayAct: (handle: string) => boolean): Tenant[] {
    const chosen = new Set<Tenant>();
    const recent = [...this.recency.values()];
    for (let i = recent.length - 1; i >= 0 && chosen.size < limit; i--) if (mayAct(recent[i]!.companyHandle)) chosen.add(recent[i]!);
    return [...this.tenants.values()].filter((t) => chosen.has(t));
  }

  /** Companies the fixtures define, whether or not a request has touched them yet. */
  fixtureCompanies(): string[] {
    return [...new Set([...this.fixtures.companies.keys(), ...this.fixtures.jobs.keys(), ...this.fixtures.scheduledJobs.keys()])];
  }

  /** A company's display name: the fixture's, else the faker's (the same one its jobs are built from). */
  companyName(handle: string): string {
    return companyProfile(this.config.seed, handle, this.fixtures.companies.get(handle)?.name).name;
  }

  /** Held now, without creating or syncing anything (for read-only views). */
  held(handle: string): boolean {
    return this.tenants.has(handle);
  }

  private create(handle: string, now: number): Tenant {
    const seed = this.config.seed;
    const fixtureCompany = this.fixtures.companies.get(handle);
    // A dropped company comes back as it was: same genesis, and a revision no cached answer has seen.
    const before = this.dropped.get(handle);
    this.dropped.delete(handle);
    const genesis = before?.genesis ?? now;
    const tenant = new Tenant(handle, genesis, 50_000 + (hashSeed(seed, handle, 'sequence') % 40_000), this.zone);
    tenant.revision = before?.revision ?? 0;
    const ctx: FakeContext = {
      seed,
      company: this.profile(handle),
      genesis,
      zone: this.zone,
      nextRunHandle: (name) => tenant.nextRunHandle(name),
    };
    const fromFixtures = fixtureCompany !== undefined || this.fixtures.jobs.has(handle) || this.fixtures.scheduledJobs.has(handle);
    // Fixture companies are bounded by the fixtures and may be costly to rebuild: never dropped.
    if (fromFixtures || this.fixtures.catalogue.has(handle)) this.kept.add(handle);
    if (!fromFixtures || fixtureCompany?.fakeJobs) {
      const faked = fakeCompanyJobs(ctx);
      for (const run of faked.runs) tenant.addRun(run);
      for (const job of faked.scheduled) tenant.addScheduled(job);
    }
    const jobs = this.fixtures.jobs.get(handle) ?? [];
    const announce = jobs.length >= BIG_FIXTURE_JOBS ? this.progress : undefined;
    const started = performance.now();
    announce?.(`ips-mock: building ${handle} from its ${jobs.length} fixture jobs (first touch) …`);
    // Loops, not push(...list): a spread of tens of thousands of fixture jobs would overflow the stack.
    for (const run of fixtureRuns(ctx, jobs)) tenant.addRun(run);
    for (const job of fixtureScheduled(ctx, this.fixtures.scheduledJobs.get(handle) ?? [])) tenant.addScheduled(job);
    announce?.(`ips-mock: built ${handle} (${jobs.length} jobs) in ${Math.round(performance.now() - started)} ms`);
    this.tenants.set(handle, tenant);
    if (before) this.replay(handle, tenant, before);
    return tenant;
  }

  /**
   * Brings a rebuilt company to where the dropped one was: its triggers fire at the same instants (so
   * their runs get the same handles and catch-up windows) and its writes run again, each at its own
   * instant, in the order they first ran (a sync at an instant before a write at the same instant, as
   * the write's own look-up synced first). The company is held already, so the writes find it.
   */
  private replay(handle: string, tenant: Tenant, before: Dropped): void {
    const events: Array<{ readonly at: number; readonly write?: Write }> = [...before.fireSyncs.map((at) => ({ at })), ...before.writes.map((w) => ({ at: w.at, write: w }))];
    // Stable: syncs stay before writes of the same instant, and writes keep their order.
    events.sort((a, b) => a.at - b.at);
    for (const e of events) {
      if (!e.write) {
        tenant.sync(e.at, this.config);
        continue;
      }
      try {
        e.write.run();
      } catch {
        // It failed the first time too (a fault answered), possibly after changing something.
      }
    }
    if (before.writes.length > 0) this.writes.set(handle, [...before.writes]);
  }
}

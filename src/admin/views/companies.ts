/**
 * The companies the inspector lists: those the mock holds (touched by a request)
 * and those the fixtures define, searchable by handle or name. Listing never
 * creates a company; a well-formed handle the mock would fake is offered as
 * "not yet touched" so the page can open it (opening it is a first touch).
 */
import type { TenantStore } from '../../data/tenant-store.js';
import { projectRun } from '../../lifecycle/project-run.js';

export interface CompanySummary {
  readonly handle: string;
  readonly name: string;
  /** Where its jobs come from. */
  readonly source: 'fixture' | 'faked';
  /** Whether a request has touched it yet (its jobs exist in memory). */
  readonly held: boolean;
  /** Jobs getActiveJobs would list now (only for held companies). */
  readonly activeJobs?: number;
  readonly scheduledJobs?: number;
}

const byHandle = (a: CompanySummary, b: CompanySummary) =>
  Number(a.handle.slice(2)) - Number(b.handle.slice(2)) || a.handle.localeCompare(b.handle);

export function listCompanies(store: TenantStore, now: number, query = ''): CompanySummary[] {
  const fixtures = new Set(store.fixtureCompanies());
  const handles = new Set([...store.existing().map((t) => t.companyHandle), ...fixtures]);
  const q = query.trim().toLowerCase();
  // A handle typed in full that the mock would fake is offered even though nothing holds it yet.
  if (q && !handles.has(q) && store.isKnown(q)) handles.add(q);
  const summaries = [...handles].map((handle): CompanySummary => {
    const base = { handle, name: store.companyName(handle), source: fixtures.has(handle) ? ('fixture' as const) : ('faked' as const) };
    if (!store.held(handle)) return { ...base, held: false };
    const found = store.lookup(handle, now);
    if ('problem' in found) return { ...base, held: false };
    const { tenant } = found;
    const active = tenant.runs.filter((r) => r.submittedAt <= now && projectRun(r, now).visible).length;
    return { ...base, held: true, activeJobs: active, scheduledJobs: tenant.scheduled.length };
  });
  return summaries.filter((c) => !q || c.handle.toLowerCase().includes(q) || c.name.toLowerCase().includes(q)).sort(byHandle);
}

/**
 * Resolving handles in requests: companies (with access checks) and jobs.
 * Decision (reference §11.8): a handle that is malformed, unknown or of another
 * company is an invalid parameter (ipsApiFault 30001); a company the user may
 * not act on is authorizationFault 20006.
 */
import { authorizeCompany } from '../auth/users.js';
import { fault } from '../faults/catalogue.js';
import { parseJobHandle } from '../lifecycle/job-handles.js';
import type { Tenant } from '../lifecycle/tenant.js';
import type { OperationBase } from './context.js';

export function companyTenant(ctx: OperationBase, handle: string, param = 'companyHandle'): Tenant {
  const found = ctx.store.lookup(handle, ctx.now);
  if ('problem' in found) {
    throw found.problem === 'malformed'
      ? fault('invalidParameter', `${param} '${handle}' is not a company handle; company handles look like c|2101`)
      : fault('invalidParameter', `${param} '${handle}' does not name a company known to this mock (unknown companies are not faked: see fakeUnknownCompanies)`);
  }
  authorizeCompany(ctx.user, handle);
  return found.tenant;
}

/** The most companies a query without a companyHandle covers (docs/limits.md): its cost and size stay bounded. */
const ALL_COMPANIES_LIMIT = 50;

/**
 * The tenants a query covers. Decision (reference §11.11, docs/decisions.md §13): without a
 * companyHandle, the companies the caller may act on that the mock holds — at most the 50 most
 * recently used, in the order the mock first met them.
 */
export function scopeTenants(ctx: OperationBase, handle: string | undefined): Tenant[] {
  if (handle !== undefined) return [companyTenant(ctx, handle)];
  const mine = ctx.user.companies;
  return ctx.store.recentlyUsed(ALL_COMPANIES_LIMIT, (h) => !mine || mine.has(h)).map((t) => companyTenant(ctx, t.companyHandle));
}

/** Checks a job handle's form (a run's or a submission's, job-handles.ts) and company; returns the company handle it names. */
export function checkJobHandle(jobHandle: string, companyHandle?: string): string {
  const parsed = parseJobHandle(jobHandle);
  if (!parsed) {
    throw fault(
      'invalidParameter',
      `jobHandle '${jobHandle}' is not a job handle; job handles look like j|2101|nightly publish|| (as submitJob returns it) or j|2101||nightly publish_2026-11-28-04:00:00.000|54091 (a run)`,
    );
  }
  const owner = `c|${parsed.companyId}`;
  if (companyHandle !== undefined && owner !== companyHandle) {
    throw fault('invalidParameter', `jobHandle '${jobHandle}' belongs to company ${owner}, not to ${companyHandle}`);
  }
  return owner;
}

/** `u|41|someone@example.com` or a bare e-mail → the e-mail, as given. */
export function userHandleEmail(userHandle: string, param: string): string {
  const email = /^u\|\d+\|(.+@.+)$/.exec(userHandle)?.[1] ?? (userHandle.includes('@') ? userHandle : undefined);
  if (email === undefined) throw fault('invalidParameter', `${param} '${userHandle}' is not a user handle; user handles look like u|41|someone@example.com`);
  return email;
}

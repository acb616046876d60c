/**
 * checkLogin, getUserInfo, getCompanyMembership, getCompanyMembers: the user
 * directory as IPS shows it. Administrators may look at anyone; other users
 * only at themselves (authorizationFault 20007 otherwise).
 */
import { toUser, type User } from '../../auth/users.js';
import type { FixtureUser } from '../../data/fixtures/fixture-format.js';
import { COMPANY_HANDLE_RE } from '../../data/fixtures/fixture-format.js';
import { fault } from '../../faults/catalogue.js';
import type { Role } from '../../shared/ips-constants.js';
import { companyView, emailOfUserHandle, userView } from '../../views/company-view.js';
import type { OperationContext, OperationHandler } from '../context.js';
import { companyTenant } from '../scope.js';

/** The administrators the docs list for getCompanyMembers and getCompanySettings; they may also look up any user. */
export const ADMINS: ReadonlySet<Role> = new Set<Role>(['IpsAdmin', 'IpsCompanyAdmin', 'TrialSiteAdmin', 'ImagePortalAdmin']);

const mayActOn = (u: User, companyHandle: string) => !u.companies || u.companies.has(companyHandle);

export const checkLogin: OperationHandler<'checkLogin'> = (ctx) => {
  const companyHandle = ctx.params.companyHandle;
  if (companyHandle !== undefined && !COMPANY_HANDLE_RE.test(companyHandle)) {
    throw fault('invalidParameter', `companyHandle '${companyHandle}' is not a company handle; company handles look like c|2101`);
  }
  const u = ctx.users.find(ctx.params.email);
  const valid = u !== undefined && u.password === ctx.params.password && (companyHandle === undefined || mayActOn(toUser(u), companyHandle));
  return { status: valid ? 'ValidLogin' : 'InvalidLogin' };
};

/** The user a request names by userHandle or email; the caller when it names none. */
function targetUser(ctx: OperationContext<'getUserInfo' | 'getCompanyMembership'>): FixtureUser {
  const handle = ctx.params.userHandle;
  const email = ('email' in ctx.params ? ctx.params.email : undefined) ?? (handle === undefined ? ctx.user.email : emailOfUserHandle(handle));
  if (email === undefined) throw fault('invalidParameter', `userHandle '${handle}' is not a user handle; user handles look like u|41|someone@example.com`);
  const u = ctx.users.find(email);
  if (!u) throw fault('invalidParameter', `${handle !== undefined ? `userHandle '${handle}'` : `email '${email}'`} does not name a user known to this mock`);
  if (u.email.toLowerCase() !== ctx.user.email.toLowerCase() && !ADMINS.has(ctx.user.role)) {
    throw fault('illegalRequestUser', `User '${ctx.user.email}' (role ${ctx.user.role}) may only look up itself, not '${u.email}'`);
  }
  return u;
}

export const getUserInfo: OperationHandler<'getUserInfo'> = (ctx) => ({ userInfo: userView(targetUser(ctx)) });

export const getCompanyMembership: OperationHandler<'getCompanyMembership'> = (ctx) => {
  const u = targetUser(ctx);
  const handles = u.companies === undefined || u.companies === '*' ? ctx.store.knownHandles() : u.companies;
  const items = handles.map((h) => ({ company: companyView(ctx.store.profile(h)), role: u.role, isActive: true }));
  // Before 6.0 the answer was the companies alone (companyArray); each namespace writes the element it has.
  return { membershipArray: { items }, companyArray: { items: items.map((m) => m.company) } };
};

export const getCompanyMembers: OperationHandler<'getCompanyMembers'> = (ctx) => {
  const tenant = companyTenant(ctx, ctx.params.companyHandle);
  const items = ctx.users
    .all()
    .filter((u) => mayActOn(toUser(u), tenant.companyHandle))
    .map((u) => ({ user: userView(u), role: u.role, isActive: true }));
  // Before 6.0 the answer was the users alone (userArray); each namespace writes the element it has.
  return { memberArray: { items }, userArray: { items: items.map((m) => m.user) } };
};

/**
 * The user directory (from the fixtures) and the three checks IPS makes:
 * who you are (authenticationFault 10000-10002), whether your role may call the
 * operation (authorizationFault 20003), and whether you may act on the company
 * (authorizationFault 20006).
 */
import type { FixtureUser } from '../data/fixtures/fixture-format.js';
import { fault } from '../faults/catalogue.js';
import type { Role } from '../shared/ips-constants.js';
import type { Credentials } from './read-credentials.js';

export interface User {
  readonly email: string;
  readonly role: Role;
  /** undefined = every company. */
  readonly companies?: ReadonlySet<string>;
}

export class UserDirectory {
  private readonly users: ReadonlyMap<string, FixtureUser>;
  /** token → user key (lower-case e-mail): from the fixtures, plus any the control API adds. */
  private readonly tokens = new Map<string, string>();

  constructor(users: ReadonlyMap<string, FixtureUser>) {
    this.users = users;
    for (const [key, u] of users) for (const t of u.accessTokens ?? []) this.tokens.set(t, key);
  }

  /** Lets `token` log in as `email` (control API). */
  addToken(token: string, email: string): void {
    const key = email.toLowerCase();
    if (!this.users.has(key)) throw new Error(`no user '${email}'; known users: ${[...this.users.values()].map((u) => u.email).join(', ')}`);
    if (token.length < 8) throw new Error('a token must be at least 8 characters');
    this.tokens.set(token, key);
  }

  /** The user records (fixture order), for look-ups such as getUserInfo and getCompanyMembers. */
  all(): FixtureUser[] {
    return [...this.users.values()];
  }

  find(email: string): FixtureUser | undefined {
    return this.users.get(email.toLowerCase());
  }

  authenticate(c: Credentials): User {
    if (c.accessToken && !c.user) {
      const key = this.tokens.get(c.accessToken);
      if (!key) throw fault('invalidCredentials', 'Unknown or expired access token (accessToken / samlResponse); tokens are defined by fixture users (accessTokens) or POST /__admin/tokens');
      return toUser(this.users.get(key)!);
    }
    if (!c.user) {
      throw fault('noCredentials', 'No credentials: send authHeader (user, password) in the SOAP header, or HTTP Basic authentication');
    }
    const u = this.users.get(c.user.toLowerCase());
    if (!u) throw fault('invalidUser', `Unknown user '${c.user}' (from ${c.source})`);
    if (c.password !== u.password) throw fault('invalidCredentials', `Invalid username/password for '${c.user}' (from ${c.source})`);
    return toUser(u);
  }
}

export const toUser = (u: FixtureUser): User => ({
  email: u.email,
  role: u.role,
  companies: u.companies === undefined || u.companies === '*' ? undefined : new Set(u.companies),
});

export function authorizeOperation(user: User, operation: string, roles: ReadonlySet<Role>): void {
  if (!roles.has(user.role)) {
    throw fault('noOperationPermission', `User does not have permission to access operation '${operation}' (role ${user.role})`);
  }
}

export function authorizeCompany(user: User, companyHandle: string): void {
  if (user.companies && !user.companies.has(companyHandle)) {
    throw fault('illegalCompany', `User '${user.email}' may not act on company ${companyHandle}; allowed: ${[...user.companies].join(', ')}`);
  }
}

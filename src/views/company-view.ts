/** Companies and users as the WSDL's Company and User types show them. */
import type { FixtureUser } from '../data/fixtures/fixture-format.js';
import type { CompanyProfile } from '../data/fake/company-profile.js';
import type { Company, User } from '../schema/wire-types.js';
import { hashSeed } from '../shared/seeded.js';

/** A company's expiry as the real service wrote it (capture get_company_info: 2100-12-31T23:00:00.000-06:00). */
const COMPANY_EXPIRES = Date.parse('2100-12-31T23:00:00.000-06:00');

export const companyView = (p: CompanyProfile): Company => ({
  companyHandle: p.handle,
  name: p.name,
  rootPath: `${p.name}/`,
  expires: COMPANY_EXPIRES,
  imsOrgId: '',
});

/** `u|<id>|<e-mail>`, the user-handle form of the docs (u|41|someone@example.com); the id is drawn from the e-mail. */
const userHandleOf = (email: string): string => `u|${10_000 + (hashSeed('user', email.toLowerCase()) % 90_000)}|${email}`;

/** The e-mail a user handle names, or undefined when it is not a user handle. */
export const emailOfUserHandle = (handle: string): string | undefined => /^u\|\d+\|(.+@.+)$/.exec(handle)?.[1];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function userView(u: FixtureUser): User {
  // Names not given in the fixture come from the e-mail's local part: company-admin@ → Company Admin.
  const parts = u.email.slice(0, Math.max(0, u.email.indexOf('@'))).split(/[._-]+/).filter(Boolean).map(capitalize);
  return {
    userHandle: userHandleOf(u.email),
    firstName: u.firstName ?? parts[0] ?? '',
    lastName: u.lastName ?? parts.slice(1).join(' '),
    email: u.email,
    defaultRole: u.role,
    isValid: true,
  };
}

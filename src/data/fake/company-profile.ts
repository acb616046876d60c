/**
 * A company as the faker sees it: a name, a home locale and the ASCII slug that
 * its folders, server directories and (example.com) URLs are built from.
 */
import { LOCALES, type Locale } from '../../locale/locales.js';
import { seededFaker, hashSeed } from '../../shared/seeded.js';

export interface CompanyProfile {
  readonly handle: string;
  readonly id: string;
  readonly name: string;
  readonly locale: Locale;
  /** Lower-case ASCII, used in paths and host names. */
  readonly slug: string;
}

const slugify = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');

export function companyProfile(seed: number, handle: string, fixedName?: string): CompanyProfile {
  const id = handle.slice(2);
  const locale = LOCALES[hashSeed(seed, handle, 'locale') % LOCALES.length]!;
  const name = fixedName ?? seededFaker(locale, seed, handle, 'company').company.name();
  const latin = slugify(name);
  const slug = latin.length >= 3 ? latin : `${seededFaker('en-US', seed, handle, 'slug').word.noun().toLowerCase()}-${id}`;
  return { handle, id, name, locale, slug };
}

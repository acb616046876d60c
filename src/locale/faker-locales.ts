/**
 * Fresh faker instances per locale, with each locale's definitions loaded on
 * its first use. The root `@faker-js/faker` entry evaluates all ~70 faker
 * locales (a third of the mock's start-up); a per-locale build loads only its
 * own definitions plus English and faker's base data. Loaded with require(esm)
 * (Node ≥ 20.19) so that faking stays synchronous, a pure function of its seed.
 */
import { createRequire } from 'node:module';
import type { Faker, LocaleDefinition } from '@faker-js/faker';
import { FAKER_LOCALE_IDS, type Locale } from './locales.js';

const requireModule = createRequire(import.meta.url);
const builds = new Map<Locale, Faker>();

/** The per-locale build's own instance: only read for its class and definitions, never seeded or used. */
function build(locale: Locale): Faker {
  let f = builds.get(locale);
  if (!f) {
    f = (requireModule(`@faker-js/faker/locale/${FAKER_LOCALE_IDS[locale]}`) as { faker: Faker }).faker;
    builds.set(locale, f);
  }
  return f;
}

/** A new, unseeded faker in `locale` (its fallbacks merged in: locale, then English, then base). */
export function newFaker(locale: Locale): Faker {
  const template = build(locale);
  const FakerClass = template.constructor as new (options: { locale: LocaleDefinition }) => Faker;
  return new FakerClass({ locale: template.rawDefinitions });
}

/**
 * Faker instances per locale, with each locale's definitions loaded on its
 * first use. The root `@faker-js/faker` entry evaluates all ~70 faker
 * locales (a third of the mock's start-up); a per-locale build loads only its
 * own definitions plus English and faker's base data. Loaded with require(esm)
 * (Node ≥ 20.19) so that faking stays synchronous, a pure function of its seed.
 */
import { createRequire } from 'node:module';
import type { Faker, LocaleDefinition, Randomizer } from '@faker-js/faker';
import { mersenneRandomizer } from './mersenne.js';
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

/**
 * A new, unseeded faker in `locale` (its fallbacks merged in: locale, then English, then base), drawing
 * from faker's generator in a form that is cheap to reseed (mersenne.ts).
 */
function newFaker(locale: Locale): Faker {
  const template = build(locale);
  const FakerClass = template.constructor as new (options: { locale: LocaleDefinition; randomizer: Randomizer }) => Faker;
  return new FakerClass({ locale: template.rawDefinitions, randomizer: mersenneRandomizer() });
}

/*
 * Building a faker costs about as much as the values a job needs from it (it
 * binds every method of ~30 modules), and a new
 * company takes ~80 of them. So instances are lent, not built: each one handed
 * out during a synchronous stretch of code is distinct, and all return to the
 * pool at the next microtask, or when the innermost withLentFakers() call
 * around them returns (so that faking 10,000 jobs in one go needs two fakers,
 * not 20,000). All faking is synchronous, and a reseeded faker draws exactly
 * what a new one seeded alike would (faker keeps no other state).
 */
const pool = new Map<Locale, Faker[]>();
const lent: Array<readonly [Locale, Faker]> = [];
let returnQueued = false;

function returnFrom(mark: number): void {
  for (const [locale, f] of lent.splice(mark)) pool.get(locale)!.push(f);
}

function returnAll(): void {
  returnFrom(0);
  returnQueued = false;
}

/** Runs `make`; the fakers lent while it ran return to the pool when it returns (its result must not hold them). */
export function withLentFakers<T>(make: () => T): T {
  const mark = lent.length;
  try {
    return make();
  } finally {
    returnFrom(mark);
  }
}

/**
 * An unseeded faker in `locale`, valid until the current synchronous code
 * returns to the event loop (it is reused afterwards): use it, never keep it.
 */
export function lendFaker(locale: Locale): Faker {
  let free = pool.get(locale);
  if (!free) pool.set(locale, (free = []));
  const f = free.pop() ?? newFaker(locale);
  lent.push([locale, f]);
  if (!returnQueued) {
    returnQueued = true;
    queueMicrotask(returnAll);
  }
  return f;
}

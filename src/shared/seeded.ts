/**
 * Seeded randomness, a leaf module that data, lifecycle and operations all
 * draw from. Every faked value comes from a generator derived from (seed,
 * company, entity key, …), never from a global one, so the same inputs give
 * the same bytes whatever order requests arrive in, on any instance.
 */
import type { Faker } from '@faker-js/faker';
import { lendFaker } from '../locale/faker-locales.js';
import type { Locale } from '../locale/locales.js';

/** 32-bit FNV-1a over the joined parts, then mixed (murmur3 finalizer). */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  const s = parts.join('\u241f');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A faker in `locale`, seeded from the parts. Use it in the synchronous code
 * that asked for it and never keep it: it is reused once that code returns.
 */
export function seededFaker(locale: Locale, ...parts: ReadonlyArray<string | number>): Faker {
  const f = lendFaker(locale);
  f.seed(hashSeed(...parts));
  return f;
}

/** mulberry32: a tiny seeded PRNG for the many picks of a faked catalogue, where a faker per pick would be too slow. */
export function seededRandom(...parts: ReadonlyArray<string | number>): () => number {
  let a = hashSeed(...parts);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

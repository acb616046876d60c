/**
 * The mock's reseedable generator must draw exactly what faker's own default generator draws for the
 * same seed: every faked value (and so every answer) depends on it. The expected numbers come from
 * faker's generateMersenne53Randomizer, not from our code.
 */
import { generateMersenne53Randomizer } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { mersenneRandomizer } from '../src/locale/mersenne.js';

// 0, small, the mock's default seed, the largest uint32, a hashSeed-like value, and faker's large default-style seed.
const SEEDS = [0, 1, 7, 4_294_967_295, 2_654_435_769, 8_123_456_789_012];
// More than 624 draws of 32 bits each: crosses the generator's twist twice.
const DRAWS = 700;

const draws = (next: () => number) => Array.from({ length: DRAWS }, next);

describe("mersenneRandomizer draws what faker's generator draws", () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: the same ${DRAWS} numbers, when built with it and when reseeded to it`, () => {
      const faker = generateMersenne53Randomizer(seed);
      const expected = draws(() => faker.next());
      const ours = mersenneRandomizer(seed);
      expect(draws(() => ours.next())).toEqual(expected);
      const reused = mersenneRandomizer(12345);
      reused.next();
      reused.seed(seed);
      expect(draws(() => reused.next())).toEqual(expected);
    });
  }

  it('an array seed gives the same numbers as faker seeded with that array', () => {
    const faker = generateMersenne53Randomizer();
    faker.seed([5, 4_000_000_000, 17]);
    const ours = mersenneRandomizer();
    ours.seed([5, 4_000_000_000, 17]);
    expect(draws(() => ours.next())).toEqual(draws(() => faker.next()));
  });
});

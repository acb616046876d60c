/**
 * Faker's own random generator (MT19937, 53-bit doubles: generateMersenne53Randomizer), drawing exactly
 * the same numbers for the same seed, but seeded about a hundred times faster. Every faked entity
 * reseeds a faker, and faker's generator builds its 624-word state as an array of doubles (new heap
 * numbers and garbage on every seed): that was half the cost of faking a new company. Here the state is
 * one Int32Array reused across seeds. Every use faker makes of a state word is bitwise, so keeping each
 * word as its low 32 bits changes nothing it draws (test/mersenne.test.ts compares the two).
 */
import type { Randomizer } from '@faker-js/faker';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;

/** The state for a numeric seed (init_genrand). */
function initBySeed(s: Int32Array, seed: number): void {
  s[0] = seed;
  for (let i = 1; i < N; i++) {
    const prev = s[i - 1]!;
    s[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
  }
}

/** The state for an array seed (init_by_array). */
function initByArray(s: Int32Array, key: readonly number[]): void {
  initBySeed(s, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = s[i - 1]!;
    s[i] = Math.trunc((s[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j);
    i++;
    j++;
    if (i >= N) {
      s[0] = s[N - 1]!;
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = s[i - 1]!;
    s[i] = Math.trunc((s[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i);
    i++;
    if (i >= N) {
      s[0] = s[N - 1]!;
      i = 1;
    }
  }
  s[0] = UPPER;
}

const mix = (s: Int32Array, i: number, j: number, k: number): number => {
  const y = (s[i]! & UPPER) | (s[j]! & LOWER);
  return s[k]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
};

/** The next 624 words (the generator's "twist"), in three runs so no index wraps. */
function twist(s: Int32Array): void {
  let i = 0;
  for (; i < N - M; i++) s[i] = mix(s, i, i + 1, i + M);
  for (; i < N - 1; i++) s[i] = mix(s, i, i + 1, i + M - N);
  s[N - 1] = mix(s, N - 1, 0, M - 1);
}

/** Faker's 53-bit Mersenne-twister randomizer, reseedable without allocating. */
export function mersenneRandomizer(seed = 0): Randomizer {
  const s = new Int32Array(N);
  let index = 0;
  const nextU32 = (): number => {
    let y = s[index]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    if (++index >= N) {
      twist(s);
      index = 0;
    }
    return y >>> 0;
  };
  const reseed = (value: number | readonly number[]): void => {
    if (typeof value === 'number') initBySeed(s, value);
    else initByArray(s, value);
    twist(s);
    index = 0;
  };
  reseed(seed);
  return {
    next: () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992,
    seed: reseed,
  };
}

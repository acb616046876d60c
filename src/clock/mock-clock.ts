/**
 * The mock clock: one per server. Real time by default (optionally shifted by
 * advance()), or pinned to an instant. Everything time-dependent reads this,
 * never Date.now(), so a test can drive job timelines deterministically.
 */
export interface MockClock {
  now(): number;
  /** Pins the clock at an instant (ms since epoch or ISO string). */
  set(instant: number | string): void;
  /** Moves the clock forward: ms, or a duration such as "90s", "5m", "1h", "250ms". */
  advance(by: number | string): void;
  /** Back to real time, unshifted. */
  real(): void;
  readonly pinned: boolean;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(by: number | string): number {
  if (typeof by === 'number') {
    if (!Number.isFinite(by) || by < 0) throw new RangeError(`duration must be a non-negative number of ms, got ${by}`);
    return by;
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(by);
  if (!m) throw new RangeError(`'${by}' is not a duration; use ms or a string like "30s", "5m", "1h"`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 'ms']!);
}

/**
 * The instants the mock can write as xsd:dateTime (four-digit years): the
 * clock never leaves this range, so every answer stays writable.
 */
const EARLIEST = Date.parse('1970-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

function inRange(ms: number, what: string): number {
  if (ms < EARLIEST || ms > LATEST) throw new RangeError(`${what} is outside the range the mock can write (1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z)`);
  return ms;
}

export function parseInstant(instant: number | string): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`'${instant}' is not an ISO-8601 instant such as 2026-11-28T10:00:00Z`);
  return inRange(ms, `'${instant}'`);
}

export function createClock(pinnedAt?: number | string, realNow: () => number = Date.now): MockClock {
  let pinned = pinnedAt === undefined ? undefined : parseInstant(pinnedAt);
  let offset = 0;
  return {
    now: () => pinned ?? realNow() + offset,
    // Both check the new reading before changing anything: a refused change leaves the clock as it was.
    set(instant) {
      pinned = parseInstant(instant);
    },
    advance(by) {
      const ms = parseDuration(by);
      const target = inRange((pinned ?? realNow() + offset) + ms, `advancing by ${ms} ms`);
      if (pinned !== undefined) pinned = target;
      else offset += ms;
    },
    real() {
      pinned = undefined;
      offset = 0;
    },
    get pinned() {
      return pinned !== undefined;
    },
  };
}

/**
 * execSchedule: a Quartz-style cron string, evaluated in UTC (the mock
 * server's time zone). Decision (reference §11.6): the documented example
 * `00 00 00 * * ` is 5 fields with seconds first, so fields are
 *   second minute hour day-of-month month [day-of-week [year]]
 * with day-of-week 1-7 = SUN-SAT (Quartz) and names (MON, JAN) accepted.
 * Supported: `*`, `?`, numbers, lists `a,b`, ranges `a-b`, steps `x/n`.
 * Not supported (30001 with a reason): L, W, #.
 */
export interface CronSpec {
  readonly source: string;
  readonly second: ReadonlySet<number>;
  readonly minute: ReadonlySet<number>;
  readonly hour: ReadonlySet<number>;
  readonly dayOfMonth: ReadonlySet<number> | undefined; // undefined = any
  readonly month: ReadonlySet<number>; // 1-12
  readonly dayOfWeek: ReadonlySet<number> | undefined; // 1-7, SUN = 1
  readonly year: ReadonlySet<number> | undefined;
}

export class ScheduleError extends Error {}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldDef {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly FieldDef[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'year', min: 1970, max: 2199 },
];

function value(token: string, def: FieldDef): number {
  const named = def.names?.indexOf(token.toUpperCase());
  const n = named !== undefined && named >= 0 ? named + 1 : /^\d+$/.test(token) ? Number(token) : NaN;
  if (!(n >= def.min && n <= def.max)) throw new ScheduleError(`'${token}' is not a valid ${def.name} (${def.min}-${def.max})`);
  return n;
}

/** undefined = any value. */
function parseField(text: string, def: FieldDef): Set<number> | undefined {
  if (/[LW#]/i.test(text.replace(/[A-Z]{3}/gi, (m) => (def.names?.includes(m.toUpperCase()) ? '' : m)))) {
    throw new ScheduleError(`the ${def.name} field '${text}' uses L, W or #, which the mock does not support`);
  }
  if (text === '*' || text === '?') return undefined;
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new ScheduleError(`'${part}' has an invalid step in the ${def.name} field`);
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') [lo, hi] = [def.min, def.max];
    else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      [lo, hi] = [value(a, def), value(b, def)];
      if (lo > hi) throw new ScheduleError(`'${range}' is an empty range in the ${def.name} field`);
    } else {
      lo = value(range, def);
      hi = stepText === undefined ? lo : def.max;
    }
    for (let n = lo; n <= hi; n += step) out.add(n);
  }
  return out;
}

export function parseSchedule(source: string): CronSpec {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 5 || parts.length > 7) {
    throw new ScheduleError(`'${source}' has ${parts.length} fields; use 5-7: second minute hour day-of-month month [day-of-week [year]], e.g. '0 0 2 * * ?'`);
  }
  const [s, m, h, dom, mon, dow = '?', year = '*'] = parts as [string, string, string, string, string, string?, string?];
  const all = (f: string, d: FieldDef) => parseField(f, d) ?? new Set(Array.from({ length: d.max - d.min + 1 }, (_, i) => d.min + i));
  return {
    source,
    second: all(s, FIELDS[0]!),
    minute: all(m, FIELDS[1]!),
    hour: all(h, FIELDS[2]!),
    dayOfMonth: parseField(dom, FIELDS[3]!),
    month: all(mon, FIELDS[4]!),
    dayOfWeek: parseField(dow, FIELDS[5]!),
    year: parseField(year, FIELDS[6]!),
  };
}

const dayMatches = (spec: CronSpec, d: Date): boolean => {
  const domOk = spec.dayOfMonth === undefined || spec.dayOfMonth.has(d.getUTCDate());
  const dowOk = spec.dayOfWeek === undefined || spec.dayOfWeek.has(d.getUTCDay() + 1);
  return domOk && dowOk;
};

/** The first fire time strictly after `after` (ms, UTC), or undefined within the next 5 years. */
export function nextFireTime(spec: CronSpec, after: number): number | undefined {
  const d = new Date(Math.floor(after / 1000) * 1000 + 1000);
  const limit = after + 5 * 366 * 86_400_000;
  while (d.getTime() <= limit) {
    if (spec.year && !spec.year.has(d.getUTCFullYear())) {
      d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1);
      d.setUTCHours(0, 0, 0, 0);
    } else if (!spec.month.has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
    } else if (!dayMatches(spec, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
    } else if (!spec.hour.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
    } else if (!spec.minute.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
    } else if (!spec.second.has(d.getUTCSeconds())) {
      d.setUTCSeconds(d.getUTCSeconds() + 1, 0);
    } else {
      return d.getTime();
    }
  }
  return undefined;
}

/** Fires in (from, to], counted up to `cap` (then undefined: too many to list). */
function firesBetween(spec: CronSpec, from: number, to: number, cap: number): number[] | undefined {
  const fires: number[] = [];
  for (let t = nextFireTime(spec, from); t !== undefined && t <= to; t = nextFireTime(spec, t)) {
    if (fires.push(t) > cap) return undefined;
  }
  return fires;
}

/**
 * The last `max` fires in (after, now]. The cost depends on `max`, not on how
 * far the clock jumped: the window looks back from `now`, doubling until it
 * holds `max` fires or reaches `after`; a window that suddenly holds too many
 * (a bursty schedule) is narrowed by bisection.
 */
export function lastFires(spec: CronSpec, after: number, now: number, max: number): number[] {
  const cap = 40 * max;
  let short = 0;
  let span = 60_000;
  for (;;) {
    const from = Math.max(after, now - span);
    const fires = firesBetween(spec, from, now, cap);
    if (fires && (fires.length >= max || from === after)) return fires.slice(-max);
    if (fires) {
      short = span;
      span *= 2;
      continue;
    }
    // Too many in `span`, too few in `short`: bisect (second resolution) until a window fits.
    let lo = short;
    let hi = span;
    while (hi - lo > 1_000) {
      const mid = Math.floor((lo + hi) / 2);
      const inMid = firesBetween(spec, Math.max(after, now - mid), now, cap);
      if (!inMid) hi = mid;
      else if (inMid.length >= max) return inMid.slice(-max);
      else lo = mid;
    }
    return (firesBetween(spec, Math.max(after, now - lo), now, Infinity) ?? []).slice(-max);
  }
}

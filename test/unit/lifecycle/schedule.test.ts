/** Unit tests of execSchedule (README "Schedule syntax"): fields, names, ranges, steps, refusals, fire times. */
import { describe, expect, it } from 'vitest';
import { lastFires, nextFireTime, parseSchedule, ScheduleError } from '../../../src/lifecycle/schedule.js';
import { parseJobHandle, runHandle, submittedHandle } from '../../../src/lifecycle/job-handles.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const next = (schedule: string, after: string) => iso(nextFireTime(parseSchedule(schedule), at(after)));
const sorted = (s: ReadonlySet<number> | undefined) => (s ? [...s].sort((a, b) => a - b) : undefined);
const refusal = (schedule: string) => {
  try {
    parseSchedule(schedule);
  } catch (e) {
    if (e instanceof ScheduleError) return e.message;
    throw e;
  }
  return undefined;
};

describe('parseSchedule', () => {
  it('reads second minute hour day-of-month month [day-of-week [year]]', () => {
    const s = parseSchedule('5 10 2 3 4 ? 2030');
    expect([sorted(s.second), sorted(s.minute), sorted(s.hour), sorted(s.dayOfMonth), sorted(s.month), s.dayOfWeek, sorted(s.year)]).toEqual([[5], [10], [2], [3], [4], undefined, [2030]]);
    expect(s.source).toBe('5 10 2 3 4 ? 2030');
  });
  it('the documented 5-field example "00 00 00 * * " is midnight every day, any weekday and year', () => {
    const s = parseSchedule('00 00 00 * * ');
    expect([sorted(s.second), sorted(s.minute), sorted(s.hour), s.dayOfMonth, s.dayOfWeek, s.year]).toEqual([[0], [0], [0], undefined, undefined, undefined]);
    expect(sorted(s.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('* and ? mean every value (the full range for seconds to months)', () => {
    const s = parseSchedule('* ? * * ?');
    expect(s.second.size).toBe(60);
    expect(sorted(s.minute)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(sorted(s.hour)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(s.dayOfMonth).toBeUndefined();
  });
  it('lists, ranges, steps (from a start, over a range, over *)', () => {
    const s = parseSchedule('0,30 10-12 */6 1-10/3 3/4 MON-FRI');
    expect(sorted(s.second)).toEqual([0, 30]);
    expect(sorted(s.minute)).toEqual([10, 11, 12]);
    expect(sorted(s.hour)).toEqual([0, 6, 12, 18]);
    expect(sorted(s.dayOfMonth)).toEqual([1, 4, 7, 10]);
    expect(sorted(s.month)).toEqual([3, 7, 11]);
    expect(sorted(s.dayOfWeek)).toEqual([2, 3, 4, 5, 6]);
  });
  it('names of months and days, any case (day-of-week 1-7 = SUN-SAT)', () => {
    const s = parseSchedule('0 0 0 ? jan,Dec sun,SAT');
    expect(sorted(s.month)).toEqual([1, 12]);
    expect(sorted(s.dayOfWeek)).toEqual([1, 7]);
  });
  it('ranges at the field bounds are accepted', () => {
    const s = parseSchedule('59 59 23 31 12 7 2199');
    expect([sorted(s.second), sorted(s.dayOfMonth), sorted(s.dayOfWeek), sorted(s.year)]).toEqual([[59], [31], [7], [2199]]);
    expect(sorted(parseSchedule('0 0 0 1 1 1 1970').year)).toEqual([1970]);
  });
  it('refuses a wrong field count, naming the count and the form', () => {
    expect(refusal('0 0 * *')).toBe("'0 0 * *' has 4 fields; use 5-7: second minute hour day-of-month month [day-of-week [year]], e.g. '0 0 2 * * ?'");
    expect(refusal('0 0 0 * * ? 2030 x')).toMatch(/^'0 0 0 \* \* \? 2030 x' has 8 fields/);
  });
  it('refuses values out of range, naming the field and its range', () => {
    expect(refusal('60 0 0 * *')).toBe("'60 0 0 * *' is not a valid second (0-59)".replace("'60 0 0 * *'", "'60'"));
    expect(refusal('0 60 0 * *')).toBe("'60' is not a valid minute (0-59)");
    expect(refusal('0 0 24 * *')).toBe("'24' is not a valid hour (0-23)");
    expect(refusal('0 0 0 0 *')).toBe("'0' is not a valid day-of-month (1-31)");
    expect(refusal('0 0 0 32 *')).toBe("'32' is not a valid day-of-month (1-31)");
    expect(refusal('0 0 0 * 13')).toBe("'13' is not a valid month (1-12)");
    expect(refusal('0 0 0 ? * 8')).toBe("'8' is not a valid day-of-week (1-7)");
    expect(refusal('0 0 0 ? * 0')).toBe("'0' is not a valid day-of-week (1-7)");
    expect(refusal('0 0 0 * * ? 1969')).toBe("'1969' is not a valid year (1970-2199)");
    expect(refusal('0 0 0 * * ? 2200')).toBe("'2200' is not a valid year (1970-2199)");
    expect(refusal('x 0 0 * *')).toBe("'x' is not a valid second (0-59)");
    expect(refusal('0 0 0 * FOO')).toBe("'FOO' is not a valid month (1-12)");
  });
  it('refuses empty ranges and bad steps', () => {
    expect(refusal('0 0 5-2 * *')).toBe("'5-2' is an empty range in the hour field");
    expect(refusal('0 0 */0 * *')).toBe("'*/0' has an invalid step in the hour field");
    expect(refusal('0 0 */x * *')).toBe("'*/x' has an invalid step in the hour field");
    expect(refusal('0 0 */1.5 * *')).toBe("'*/1.5' has an invalid step in the hour field");
  });
  it('refuses L, W and # (but not inside a month or day name)', () => {
    expect(refusal('0 0 0 L * ?')).toBe("the day-of-month field 'L' uses L, W or #, which the mock does not support");
    expect(refusal('0 0 0 15W * ?')).toMatch(/day-of-month field '15W' uses L, W or #/);
    expect(refusal('0 0 0 ? * 6#3')).toMatch(/day-of-week field '6#3' uses L, W or #/);
    expect(refusal('0 0 0 ? JUL WED')).toBeUndefined();
  });
});

describe('nextFireTime (UTC, strictly after)', () => {
  it('the next whole matching second, strictly after the instant', () => {
    expect(next('0 0 2 * * ?', '2026-11-28T10:00:00.000Z')).toBe('2026-11-29T02:00:00.000Z');
    expect(next('0 0 2 * * ?', '2026-11-29T01:59:59.999Z')).toBe('2026-11-29T02:00:00.000Z');
    expect(next('0 0 2 * * ?', '2026-11-29T02:00:00.000Z')).toBe('2026-11-30T02:00:00.000Z');
    expect(next('* * * * * ?', '2026-11-28T10:00:00.500Z')).toBe('2026-11-28T10:00:01.000Z');
    expect(next('30 * * * * ?', '2026-11-28T10:00:00.000Z')).toBe('2026-11-28T10:00:30.000Z');
    expect(next('0 15 * * * ?', '2026-11-28T10:20:00.000Z')).toBe('2026-11-28T11:15:00.000Z');
  });
  it('rolls over months and years, by month name and day of month', () => {
    expect(next('0 0 0 1 JAN ?', '2026-11-28T10:00:00.000Z')).toBe('2027-01-01T00:00:00.000Z');
    expect(next('0 0 12 31 * ?', '2026-11-28T10:00:00.000Z')).toBe('2026-12-31T12:00:00.000Z');
    expect(next('0 0 0 29 FEB ?', '2026-11-28T10:00:00.000Z')).toBe('2028-02-29T00:00:00.000Z');
  });
  it('day-of-week (1 = Sunday)', () => {
    // 2026-11-28 is a Saturday.
    expect(next('0 0 9 ? * MON', '2026-11-28T10:00:00.000Z')).toBe('2026-11-30T09:00:00.000Z');
    expect(next('0 0 9 ? * 1', '2026-11-28T10:00:00.000Z')).toBe('2026-11-29T09:00:00.000Z');
    expect(next('0 0 11 ? * 7', '2026-11-28T10:00:00.000Z')).toBe('2026-11-28T11:00:00.000Z');
  });
  it('the year field: only in its years; none within 5 years is undefined', () => {
    expect(next('0 30 6 1 1 ? 2028', '2026-11-28T10:00:00.000Z')).toBe('2028-01-01T06:30:00.000Z');
    expect(next('0 0 0 * * ? 2026', '2026-12-31T00:00:00.000Z')).toBeUndefined();
    expect(next('0 0 0 1 1 ? 2035', '2026-11-28T10:00:00.000Z')).toBeUndefined();
    expect(next('0 0 0 1 1 ? 2031', '2026-11-28T10:00:00.000Z')).toBe('2031-01-01T00:00:00.000Z');
    expect(next('0 0 0 31 2 ?', '2026-11-28T10:00:00.000Z')).toBeUndefined();
  });
});

describe('lastFires (the last n fires in (after, now])', () => {
  const spec = parseSchedule('0 0 * * * ?');
  it('hourly: the last three before now, oldest first', () => {
    const fires = lastFires(spec, at('2026-11-28T00:00:00Z'), at('2026-11-28T10:30:00Z'), 3).map(iso);
    expect(fires).toEqual(['2026-11-28T08:00:00.000Z', '2026-11-28T09:00:00.000Z', '2026-11-28T10:00:00.000Z']);
  });
  it('fewer than asked when the window starts late; none when nothing fell in it; `after` excluded, `now` included', () => {
    expect(lastFires(spec, at('2026-11-28T08:00:00Z'), at('2026-11-28T10:00:00Z'), 5).map(iso)).toEqual(['2026-11-28T09:00:00.000Z', '2026-11-28T10:00:00.000Z']);
    expect(lastFires(spec, at('2026-11-28T10:00:00Z'), at('2026-11-28T10:59:59Z'), 5)).toEqual([]);
  });
  it('a per-second schedule over a long jump: exactly the last n seconds', () => {
    const every = parseSchedule('* * * * * ?');
    const fires = lastFires(every, at('2020-01-01T00:00:00Z'), at('2026-11-28T10:00:00Z'), 50);
    expect(fires).toHaveLength(50);
    expect(iso(fires[0])).toBe('2026-11-28T09:59:11.000Z');
    expect(iso(fires.at(-1))).toBe('2026-11-28T10:00:00.000Z');
  });
  it('a bursty schedule (every second of one minute a day) still returns the last n', () => {
    const burst = parseSchedule('* 0 0 * * ?');
    const fires = lastFires(burst, at('2026-01-01T00:00:00Z'), at('2026-11-28T10:00:00Z'), 70).map(iso);
    expect(fires).toHaveLength(70);
    expect(fires.at(-1)).toBe('2026-11-28T00:00:59.000Z');
    expect(fires[0]).toBe('2026-11-27T00:00:50.000Z');
  });
});

describe('job handles (captured shapes: j|110|katlyn||, j|<id>||<name>|<runId>)', () => {
  it('builds and parses both kinds', () => {
    expect(submittedHandle('110', 'katlyn')).toBe('j|110|katlyn||');
    expect(runHandle('110', 'katlyn_2026-11-28-04:00:00.000', 54091)).toBe('j|110||katlyn_2026-11-28-04:00:00.000|54091');
    expect(parseJobHandle('j|110|katlyn||')).toEqual({ kind: 'submitted', companyId: '110', jobName: 'katlyn' });
    expect(parseJobHandle('j|110||katlyn_x|54091')).toEqual({ kind: 'run', companyId: '110', name: 'katlyn_x' });
  });
  it.each(['42', 'j|0|x||', 'j|01|x||', 'j|1|||', 'j|1||x|', 'j|1||x|y', 'j|1|x|', 'xj|1|x||', 'j|1|x||y', 'j|1||x|1|', 'j|a|x||'])('refuses %s', (h) => {
    expect(parseJobHandle(h)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { bodyElement, call, CLOCK, items, mockApp, submitDetail, text } from './support/mock.js';

const TENANTS = Array.from({ length: 50 }, (_, i) => `c|${9000 + i}`);
const VARIANTS = ['imageServingPublishJob', 'uploadUrlsJob', 'exportJob', 'videoPublishJob'];
const STEPS = ['2s', '5s', '10s', '20s', '90s'];
const T0 = Date.parse(CLOCK);
const at = (i: number) => T0 + STEPS.slice(0, i + 1).reduce((ms, s) => ms + Number(s.slice(0, -1)) * 1000, 0);

type App = ReturnType<typeof mockApp>;

/** What a tenant's test suite would see: its submissions, then its jobs and logs at each step. */
async function submitAll(app: App['app'], company: string, i: number): Promise<string[]> {
  const variants = VARIANTS.slice(i % 2, (i % 2) + 3);
  const handles: string[] = [];
  for (const v of variants) {
    const res = await call(app, 'submitJob', `<companyHandle>${company}</companyHandle><jobName>suite ${i} ${v}</jobName><${v}>${await submitDetail(app, company, v)}</${v}>`);
    handles.push(text(bodyElement(res.text), 'jobHandle')!);
  }
  return handles;
}
async function observe(app: App['app'], company: string): Promise<string> {
  const active = (await call(app, 'getActiveJobs', `<companyHandle>${company}</companyHandle>`)).text;
  const logs = (await call(app, 'getJobLogs', `<companyHandle>${company}</companyHandle>`)).text;
  return active + logs;
}

describe('tenant isolation', () => {
  it('50 tenants running lifecycles concurrently see exactly what each sees when run alone', async () => {
    // Concurrently: every tenant acts at each step, interleaved on one server and one clock.
    const shared = mockApp();
    const together = new Map<string, string[]>(TENANTS.map((t) => [t, []]));
    const submitted = await Promise.all(TENANTS.map((t, i) => submitAll(shared.app, t, i)));
    for (let s = 0; s < STEPS.length; s++) {
      shared.clock.set(at(s));
      const seen = await Promise.all(TENANTS.map((t) => observe(shared.app, t)));
      seen.forEach((x, i) => together.get(TENANTS[i]!)!.push(x));
    }
    // One by one: each tenant alone on a fresh timeline.
    const alone = mockApp();
    for (const [i, t] of TENANTS.entries()) {
      alone.clock.set(T0);
      const handles = await submitAll(alone.app, t, i);
      expect(handles).toEqual(submitted[i]);
      for (let s = 0; s < STEPS.length; s++) {
        alone.clock.set(at(s));
        expect(await observe(alone.app, t), `${t} at step ${s}`).toBe(together.get(t)![s]);
      }
    }
    // And no tenant ever saw another's jobs.
    for (const [i, t] of TENANTS.entries()) {
      const jobs = items((await call(shared.app, 'getActiveJobs', `<companyHandle>${t}</companyHandle>`)).text);
      expect(jobs.every((j) => text(j, 'companyHandle') === t)).toBe(true);
      const logs = items((await call(shared.app, 'getJobLogs', `<companyHandle>${t}</companyHandle>`)).text, 'jobLogArray');
      const mine = logs.filter((l) => text(l, 'originalJobName')!.startsWith('suite '));
      expect(mine.map((l) => text(l, 'originalJobName')!.split(' ')[1])).toEqual(mine.map(() => String(i)));
      expect(mine).toHaveLength(3);
    }
  }, 120_000);

  it('keeps memory bounded: finished jobs beyond the retention limit are dropped, oldest first', async () => {
    const { app, clock } = mockApp({ maxFinishedPerCompany: 5 });
    const company = 'c|31337';
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await call(app, 'submitJob', `<companyHandle>${company}</companyHandle><jobName>r${i}</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`);
      expect(text(bodyElement(res.text), 'jobHandle')).toBe(`j|31337|r${i}||`);
      names.push(`r${i}`);
      clock.advance('1m');
    }
    const finished = items((await call(app, 'getJobLogs', `<companyHandle>${company}</companyHandle>`)).text, 'jobLogArray').filter((l) => text(l, 'endDate'));
    // The five that finished last are kept (a faked job of the company may be among them); the oldest went first.
    expect(finished).toHaveLength(5);
    const kept = finished.map((l) => text(l, 'originalJobName'));
    expect(names.slice(-4).every((n) => kept.includes(n))).toBe(true);
    expect(names.slice(0, 3).some((n) => kept.includes(n))).toBe(false);
    // By age: a run that finished more than retainFinishedMs ago is dropped, a recent one kept.
    const { app: app2, clock: clock2 } = mockApp({ retainFinishedMs: 3_600_000 });
    const submit2 = (name: string) => call(app2, 'submitJob', `<companyHandle>${company}</companyHandle><jobName>${name}</jobName><optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`);
    await submit2('old');
    clock2.advance('2d');
    await submit2('recent');
    clock2.advance('1m');
    const logs2 = items((await call(app2, 'getJobLogs', `<companyHandle>${company}</companyHandle>`)).text, 'jobLogArray').filter((l) => text(l, 'endDate'));
    const names2 = logs2.map((l) => text(l, 'originalJobName'));
    expect(names2).toContain('recent');
    expect(names2).not.toContain('old');
    const ends = logs2.map((l) => Date.parse(text(l, 'endDate')!));
    expect(ends.every((e) => clock2.now() - e <= 3_600_000)).toBe(true);
  });
});

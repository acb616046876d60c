/**
 * Unit tests of a company's job state (README "Isolation", "Schedule syntax": at most 50 missed fires
 * are run when the clock jumps, fires missed while paused are skipped; retention by age and count).
 */
import { describe, expect, it } from 'vitest';
import { serverZone } from '../../../src/clock/server-zone.js';
import type { JobRun, JobSpec } from '../../../src/lifecycle/job-run.js';
import { scheduleJob } from '../../../src/lifecycle/scheduled-job.js';
import { Tenant } from '../../../src/lifecycle/tenant.js';

const T0 = Date.parse('2026-11-28T10:00:00Z');
const MIN = 60_000;
const KEEP = { retainFinishedMs: 7 * 24 * 60 * MIN, maxFinishedPerCompany: 2_000 };
const spec: JobSpec = {
  companyHandle: 'c|42', name: 'n', originalName: 'n', variant: 'optimizeImagesJob', detail: {}, locale: 'en-US', submitUserEmail: 'a@example.com', client: 'unit',
  durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 10_000 }, totalSize: 5,
};
const tenant = () => new Tenant('c|42', T0, 100, serverZone());
function addRun(t: Tenant, name: string, at: number, submitted = `j|42|${name}||`): JobRun {
  const run: JobRun = { ...spec, name, originalName: name, jobHandle: t.nextRunHandle(name), submittedHandle: submitted, serverName: 's', submittedAt: at };
  t.addRun(run);
  return run;
}

describe('handles', () => {
  it('run ids count up per company from its sequence', () => {
    const t = tenant();
    expect(t.companyId).toBe('42');
    expect(t.nextRunHandle('a')).toBe('j|42||a|101');
    expect(t.nextRunHandle('b')).toBe('j|42||b|102');
  });
  it('a submission handle is j|<id>|<name>||, with the next run id appended while the plain one is taken', () => {
    const t = tenant();
    expect(t.submissionHandle('x', T0)).toEqual({ name: 'x', handle: 'j|42|x||' });
    addRun(t, 'x', T0);
    expect(t.submissionHandle('x', T0)).toEqual({ name: 'x_102', handle: 'j|42|x_102||' });
    // Once the run is no longer listed (Done + 60 s), the plain handle is free again.
    expect(t.submissionHandle('x', T0 + 72_000)).toEqual({ name: 'x', handle: 'j|42|x||' });
    t.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|y||', { execSchedule: '0 0 2 * * ?' }, T0));
    expect(t.submissionHandle('y', T0).name).toBe('y_102');
  });
  it('findRun: by its own handle, else the newest run of a submission; findScheduled by handle', () => {
    const t = tenant();
    const a = addRun(t, 'a', T0, 'j|42|s||');
    const b = addRun(t, 'b', T0 + 1, 'j|42|s||');
    expect(t.findRun(a.jobHandle)).toBe(a);
    expect(t.findRun('j|42|s||')).toBe(b);
    expect(t.findRun('j|42|none||')).toBeUndefined();
    const s = scheduleJob({ kind: 'spec', spec }, 'j|42|z||', { execTime: T0 + MIN }, T0);
    t.addScheduled(s);
    expect(t.findScheduled('j|42|z||')).toBe(s);
    expect(t.findScheduled('j|42|s||')).toBeUndefined();
  });
  it('a run dropped by retention no longer takes its submission handle, nor is found by it', () => {
    const t = tenant();
    const old = addRun(t, 'x', T0);
    const keep = { retainFinishedMs: MIN, maxFinishedPerCompany: 10 };
    // Done at T0 + 12 s; dropped once a minute has passed since.
    t.sync(T0 + 30_000, keep);
    expect(t.findRun('j|42|x||')).toBe(old);
    t.sync(T0 + 12_000 + MIN + 1, keep);
    expect(t.runs).toHaveLength(0);
    expect(t.findRun('j|42|x||')).toBeUndefined();
    expect(t.findRun(old.jobHandle)).toBeUndefined();
    const again = addRun(t, 'x', T0 + 2 * MIN);
    expect(t.findRun('j|42|x||')).toBe(again);
  });
  it('a replaced run takes its place: found by its submission, and its handle stays taken while it is listed', () => {
    const t = tenant();
    const a = addRun(t, 'a', T0, 'j|42|s||');
    const b = addRun(t, 'b', T0 + 1, 'j|42|s||');
    const longer = { ...a, durations: { ...a.durations, runMs: 10 * MIN } };
    t.replaceRun(a, longer);
    // b is still the newest run of the submission; a's replacement sits where a was.
    expect(t.findRun('j|42|s||')).toBe(b);
    t.replaceRun(b, { ...b, submittedHandle: 'j|42|other||' });
    expect(t.findRun('j|42|s||')).toBe(longer);
    expect(t.findRun('j|42|other||')).toMatchObject({ jobHandle: b.jobHandle });
    // b's old run would be gone from the list after Done + 60 s; the replacement of a runs 10 minutes.
    expect(t.submissionHandle('s', T0 + 5 * MIN).name).toBe('s_103');
    expect(t.submissionHandle('s', T0 + 12 * MIN).name).toBe('s');
  });
  it('markChanged bumps the revision', () => {
    const t = tenant();
    t.markChanged();
    t.markChanged();
    expect(t.revision).toBe(2);
  });
});

describe('triggers', () => {
  it('an execTime fires once, at its time, and the scheduled job is gone', () => {
    const t = tenant();
    t.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|once||', { execTime: T0 + MIN }, T0));
    t.sync(T0 + MIN - 1, KEEP);
    expect(t.runs).toHaveLength(0);
    t.sync(T0 + MIN, KEEP);
    expect(t.runs.map((r) => [r.submittedAt, r.submittedHandle, r.name])).toEqual([[T0 + MIN, 'j|42|once||', 'n_2026-11-28-04:01:00.000']]);
    expect(t.scheduled).toHaveLength(0);
    expect(t.revision).toBe(1);
  });
  it('a schedule fires each due time; after a long jump only the last 50', () => {
    const t = tenant();
    t.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|hourly||', { execSchedule: '0 0 * * * ?' }, T0));
    t.sync(T0 + 3 * 60 * MIN, KEEP);
    expect(t.runs.map((r) => new Date(r.submittedAt).toISOString())).toEqual(['2026-11-28T11:00:00.000Z', '2026-11-28T12:00:00.000Z', '2026-11-28T13:00:00.000Z']);
    t.sync(T0 + 3 * 60 * MIN + 1, KEEP);
    expect(t.runs).toHaveLength(3);
    const u = tenant();
    u.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|secs||', { execSchedule: '* * * * * ?' }, T0));
    u.sync(T0 + 10 * MIN, KEEP);
    expect(u.runs).toHaveLength(50);
    expect(u.runs.at(-1)!.submittedAt).toBe(T0 + 10 * MIN);
  });
  it('fires missed while paused are skipped; a system job fires no run', () => {
    const t = tenant();
    const s = scheduleJob({ kind: 'spec', spec }, 'j|42|p||', { execSchedule: '0 0 * * * ?' }, T0, 'Paused');
    t.addScheduled(s);
    t.sync(T0 + 2 * 60 * MIN, KEEP);
    expect(t.runs).toHaveLength(0);
    expect(s.syncedTo).toBe(T0 + 2 * 60 * MIN);
    t.setTrigger(s, 'Normal');
    t.sync(T0 + 3 * 60 * MIN, KEEP);
    expect(t.runs).toHaveLength(1);
    const system = scheduleJob({ kind: 'system', system: { companyHandle: 'c|42', name: 'Cleanup', jobType: 'Cleanup', locale: 'en-US', submitUserEmail: 'x' } }, 'j|42|Cleanup||', { execSchedule: '0 0 * * * ?' }, T0);
    expect(t.spawn(system, T0)).toBeUndefined();
  });
});

describe('retention and stability', () => {
  it('drops runs finished longer ago than retainFinishedMs, and beyond the count, oldest first', () => {
    const t = tenant();
    const old = addRun(t, 'old', T0);
    const mid = addRun(t, 'mid', T0 + 30 * MIN);
    const recent = addRun(t, 'recent', T0 + 50 * MIN);
    const running = addRun(t, 'running', T0 + 60 * MIN);
    t.sync(T0 + 60 * MIN + 5_000, { retainFinishedMs: 40 * MIN, maxFinishedPerCompany: 10 });
    expect(t.runs).toEqual([mid, recent, running]);
    expect(t.runs).not.toContain(old);
    const u = tenant();
    const [a, b, c] = [addRun(u, 'a', T0), addRun(u, 'b', T0 + MIN), addRun(u, 'c', T0 + 2 * MIN)];
    u.sync(T0 + 10 * MIN, { retainFinishedMs: KEEP.retainFinishedMs, maxFinishedPerCompany: 2 });
    expect(u.runs).toEqual([b, c]);
    expect(u.runs).not.toContain(a);
    expect(u.revision).toBe(1);
  });
  it('stableUntil: the next instant anything shown changes (a run, a fire, a future submit)', () => {
    const t = tenant();
    expect(t.stableUntil(T0)).toBe(Infinity);
    // An added run counts at once (New for 1 s), without a pass over the others.
    addRun(t, 'a', T0);
    expect(t.stableUntil(T0)).toBe(T0 + 1_000);
    // Running from 2 s: progress ticks each second.
    expect(t.stableUntil(T0 + 2_500)).toBe(T0 + 3_000);
    const u = tenant();
    addRun(u, 'later', T0 + 5_000);
    expect(u.stableUntil(T0)).toBe(T0 + 5_000);
    u.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|x||', { execTime: T0 + 2_000 }, T0));
    expect(u.stableUntil(T0)).toBe(T0 + 2_000);
    const v = tenant();
    v.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|h||', { execSchedule: '0 0 * * * ?' }, T0));
    expect(v.stableUntil(T0)).toBe(T0 + 60 * MIN);
  });
});

describe('the memos of stableUntil and sync follow every kind of change', () => {
  // Each change is made to a tenant whose memos are warm; its answers must equal a fresh tenant's with the same jobs.
  const fresh = (t: Tenant): Tenant => {
    const f = tenant();
    for (const r of t.runs) f.addRun({ ...r });
    for (const j of t.scheduled) f.addScheduled({ ...j });
    return f;
  };
  const warm = (t: Tenant, now: number) => {
    t.sync(now, KEEP);
    t.stableUntil(now);
  };
  it('a stop moves the next change to the end of the wind-down (2 s), not the next phase', () => {
    const t = tenant();
    const run = addRun(t, 'a', T0);
    warm(t, T0 + 2_500);
    expect(t.stableUntil(T0 + 2_500)).toBe(T0 + 3_000);
    t.stopRun(run, { at: T0 + 2_500, by: 'x' });
    expect(t.stableUntil(T0 + 2_500)).toBe(T0 + 4_500);
    expect(t.stableUntil(T0 + 2_500)).toBe(fresh(t).stableUntil(T0 + 2_500));
  });
  it('a replaced run is projected anew', () => {
    const t = tenant();
    const run = addRun(t, 'a', T0);
    warm(t, T0);
    expect(t.stableUntil(T0)).toBe(T0 + 1_000);
    t.replaceRun(run, { ...run, durations: { ...run.durations, newMs: 30_000 } });
    expect(t.stableUntil(T0)).toBe(T0 + 30_000);
  });
  it('a removed or paused trigger no longer bounds it; a resumed one does again', () => {
    const t = tenant();
    const s = scheduleJob({ kind: 'spec', spec }, 'j|42|once||', { execTime: T0 + MIN }, T0);
    t.addScheduled(s);
    warm(t, T0);
    expect(t.stableUntil(T0)).toBe(T0 + MIN);
    t.removeScheduled(s);
    expect(t.stableUntil(T0)).toBe(Infinity);
    const h = scheduleJob({ kind: 'spec', spec }, 'j|42|h||', { execSchedule: '0 0 * * * ?' }, T0);
    t.addScheduled(h);
    expect(t.stableUntil(T0)).toBe(T0 + 60 * MIN);
    t.setTrigger(h, 'Paused');
    t.sync(T0 + 150 * MIN, KEEP);
    expect(t.runs).toHaveLength(0);
    t.setTrigger(h, 'Normal', T0 + 150 * MIN);
    t.sync(T0 + 180 * MIN, KEEP);
    expect(t.runs).toHaveLength(1);
  });
  it('a run added already finished and past retention is dropped by the next sync', () => {
    const t = tenant();
    addRun(t, 'kept', T0 + 100 * MIN);
    warm(t, T0 + 100 * MIN);
    addRun(t, 'old', T0);
    t.sync(T0 + 100 * MIN, { retainFinishedMs: 10 * MIN, maxFinishedPerCompany: 10 });
    expect(t.runs.map((r) => r.name)).toEqual(['kept']);
  });
  it('after a run of additions at moving instants, it answers as a tenant built with those jobs at once', () => {
    const t = tenant();
    const at = [0, 0, 700, 1_500, 1_500, 9_000, 12_345, 30_000];
    for (const [i, dt] of at.entries()) {
      warm(t, T0 + dt);
      addRun(t, `r${i}`, T0 + dt);
      if (i % 3 === 0) t.addScheduled(scheduleJob({ kind: 'spec', spec }, `j|42|s${i}||`, { execTime: T0 + dt + 4_000 + i }, T0 + dt));
      expect(t.stableUntil(T0 + dt)).toBe(fresh(t).stableUntil(T0 + dt));
    }
  });
});

describe('memo boundaries, retention order and trigger bookkeeping', () => {
  // Run `spec`: New for 1 s, WaitingCoordinator 1 s, Running 10 s (progress each second), Done at 12 s, listed 60 s more.
  it('a memo made later is not used for an earlier instant (the clock set back), nor at its own end', () => {
    const t = tenant();
    addRun(t, 'a', T0);
    expect(t.stableUntil(T0 + 2_500)).toBe(T0 + 3_000);
    expect(t.stableUntil(T0)).toBe(T0 + 1_000);
    expect(t.stableUntil(T0 + 1_000)).toBe(T0 + 2_000);
    // The same for sync's memo: a run that fires at 1 h is not fired by a sync at an earlier instant made after a later one.
    const u = tenant();
    u.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|once||', { execTime: T0 + 60 * MIN }, T0));
    u.sync(T0 + 30 * MIN, KEEP);
    u.sync(T0 + 10 * MIN, KEEP);
    expect(u.runs).toHaveLength(0);
    u.sync(T0 + 60 * MIN, KEEP);
    expect(u.runs).toHaveLength(1);
  });
  it('an addition folded into a memo made later than the clock now reads is not trusted either', () => {
    const t = tenant();
    addRun(t, 'a', T0);
    t.stableUntil(T0 + 2_500);
    addRun(t, 'b', T0 + 2_500);
    expect(t.stableUntil(T0 + 500)).toBe(T0 + 1_000);
    expect(t.stableUntil(T0 + 3_000)).toBe(T0 + 3_500);
  });
  it('records the instants of syncs at which a trigger fired, and only those (a rebuilt company replays them)', () => {
    const t = tenant();
    t.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|hourly||', { execSchedule: '0 0 * * * ?' }, T0));
    t.sync(T0 + 30 * MIN, KEEP);
    expect(t.fireSyncs).toEqual([]);
    expect(t.revision).toBe(0);
    t.sync(T0 + 90 * MIN, KEEP);
    expect(t.fireSyncs).toEqual([T0 + 90 * MIN]);
    expect(t.revision).toBe(1);
  });
  it('a resumed trigger counts from the instant given, skipping fires missed while paused though no sync ran meanwhile', () => {
    const t = tenant();
    const h = scheduleJob({ kind: 'spec', spec }, 'j|42|h||', { execSchedule: '0 0 * * * ?' }, T0);
    t.addScheduled(h);
    t.setTrigger(h, 'Paused');
    t.setTrigger(h, 'Normal', T0 + 150 * MIN);
    t.sync(T0 + 180 * MIN, KEEP);
    expect(t.runs.map((r) => new Date(r.submittedAt).toISOString())).toEqual(['2026-11-28T13:00:00.000Z']);
  });
  it("stableUntil counts a schedule's next fire from now, not from when it last synced", () => {
    const t = tenant();
    t.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|h||', { execSchedule: '0 0 * * * ?' }, T0));
    expect(t.stableUntil(T0 + 90 * MIN)).toBe(T0 + 120 * MIN);
  });
  it('keeps the finished runs that ended last, whatever order they were added in; one exactly at retention stays', () => {
    const t = tenant();
    const late = addRun(t, 'late', T0 + 10 * MIN);
    addRun(t, 'early', T0);
    t.sync(T0 + 20 * MIN, { retainFinishedMs: KEEP.retainFinishedMs, maxFinishedPerCompany: 1 });
    expect(t.runs).toEqual([late]);
    const u = tenant();
    const edge = addRun(u, 'edge', T0);
    // Done at 12 s; retained 10 min after that: at exactly 10 min it stays, 1 ms later it goes.
    u.sync(T0 + 12_000 + 10 * MIN, { retainFinishedMs: 10 * MIN, maxFinishedPerCompany: 10 });
    expect(u.runs).toEqual([edge]);
    u.sync(T0 + 12_000 + 10 * MIN + 1, { retainFinishedMs: 10 * MIN, maxFinishedPerCompany: 10 });
    expect(u.runs).toEqual([]);
  });
  it('drops a finished run when its retention ends though nothing else changes by then', () => {
    const t = tenant();
    addRun(t, 'a', T0);
    const keep = { retainFinishedMs: 10 * MIN, maxFinishedPerCompany: 10 };
    t.sync(T0 + 5 * MIN, keep);
    expect(t.runs).toHaveLength(1);
    t.sync(T0 + 11 * MIN, keep);
    expect(t.runs).toHaveLength(0);
  });
  it('a submission handle is free while other names are taken; findRun finds a submission whose only run is the first', () => {
    const t = tenant();
    const first = addRun(t, 'x', T0);
    t.addScheduled(scheduleJob({ kind: 'spec', spec }, 'j|42|y||', { execSchedule: '0 0 2 * * ?' }, T0));
    expect(t.submissionHandle('w', T0)).toEqual({ name: 'w', handle: 'j|42|w||' });
    expect(t.findRun('j|42|x||')).toBe(first);
  });
});

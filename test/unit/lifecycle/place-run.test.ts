/** Unit tests of placing faked jobs on the timeline and of scheduled-job construction. */
import { describe, expect, it } from 'vitest';
import type { JobRun, JobSpec } from '../../../src/lifecycle/job-run.js';
import { placeRun } from '../../../src/lifecycle/place-run.js';
import { projectRun } from '../../../src/lifecycle/project-run.js';
import { runFromSchedule, scheduledHeader, scheduleJob } from '../../../src/lifecycle/scheduled-job.js';

const G = Date.parse('2026-11-28T10:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const spec: JobSpec = {
  companyHandle: 'c|1', name: 'n', originalName: 'n', variant: 'imageServingPublishJob', detail: {}, locale: 'de-DE', description: 'd', submitUserEmail: 'a@example.com', client: 'unit',
  durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 12_000 }, totalSize: 10,
};
function placed(state: Parameters<typeof placeRun>[0], fraction = 0.5, submittedAt?: number): JobRun {
  const p = placeRun(state, G, fraction, 'ops@example.com', submittedAt);
  return { ...spec, jobHandle: 'j|1||n|1', submittedHandle: 'j|1|n||', serverName: 's', submittedAt: p.submittedAt, durations: p.durations, ...(p.stop ? { stop: p.stop } : {}) };
}
const stateAt = (r: JobRun, t: number) => projectRun(r, t).state;

describe('placeRun: the wanted state at genesis, held for a realistic while', () => {
  it('New: submitted 2 min before, New for 3 hours more', () => {
    const r = placed('New');
    expect(r.submittedAt).toBe(G - 2 * MIN);
    expect(r.durations).toEqual({ newMs: 2 * MIN + 3 * HOUR, coordinatorMs: MIN, clientMs: 0, runMs: HOUR });
    expect(stateAt(r, G)).toBe('New');
    expect(stateAt(r, G + 3 * HOUR - 1)).toBe('New');
    expect(stateAt(r, G + 3 * HOUR)).toBe('WaitingCoordinator');
  });
  it('WaitingCoordinator: submitted 10 min before, waiting 3 hours more', () => {
    const r = placed('WaitingCoordinator');
    expect(r.durations).toEqual({ newMs: 5 * MIN, coordinatorMs: 5 * MIN + 3 * HOUR, clientMs: 0, runMs: HOUR });
    expect(stateAt(r, G)).toBe('WaitingCoordinator');
    expect(stateAt(r, G + 3 * HOUR)).toBe('Running');
  });
  it('WaitingClient: the upload servlet timeout of 30 minutes after genesis', () => {
    const r = placed('WaitingClient');
    expect(r.submittedAt).toBe(G - 4 * MIN);
    expect(r.durations).toEqual({ newMs: MIN, coordinatorMs: MIN, clientMs: 2 * MIN + 30 * MIN, runMs: 10 * MIN });
    expect(stateAt(r, G)).toBe('WaitingClient');
    expect(stateAt(r, G + 30 * MIN)).toBe('Running');
  });
  it('Running: as far as the fraction says (clamped to 5-95 %)', () => {
    const r = placed('Running', 0.25);
    expect(r.submittedAt).toBe(G - 40 * MIN);
    expect(r.durations).toEqual({ newMs: 10 * MIN, coordinatorMs: 10 * MIN, clientMs: 0, runMs: 80 * MIN });
    expect(projectRun(r, G)).toMatchObject({ state: 'Running', progress: 25 });
    expect(projectRun(placed('Running', 0), G).progress).toBe(5);
    // 95 % of a run whose length is rounded to whole ms, progress in whole seconds: 94 or 95.
    expect(projectRun(placed('Running', 1), G).progress).toBeGreaterThanOrEqual(94);
    expect(projectRun(placed('Running', 1), G).progress).toBeLessThanOrEqual(95);
  });
  it('Stopping: stopped a second before genesis by the given user, winding down 30 minutes', () => {
    const r = placed('Stopping', 0.5);
    expect(r.stop).toEqual({ at: G - 1_000, by: 'ops@example.com', windDownMs: 30 * MIN });
    expect(stateAt(r, G)).toBe('Stopping');
    expect(stateAt(r, G + 30 * MIN - 1_001)).toBe('Stopping');
    expect(stateAt(r, G + 30 * MIN - 1_000)).toBe('Done');
  });
  it('Done: a recent job finished just before genesis and is still listed', () => {
    const r = placed('Done');
    expect(r.submittedAt).toBe(G - 30 * MIN);
    expect(r.durations).toEqual({ newMs: 3 * MIN, coordinatorMs: 3 * MIN, clientMs: 0, runMs: 24 * MIN - 10_000 });
    expect(projectRun(r, G)).toMatchObject({ state: 'Done', visible: true, endedAt: G - 10_000 });
  });
  it('Done long ago (history): short phases, long finished, no longer listed', () => {
    const r = placed('Done', 0.5, G - 5 * HOUR);
    expect(r.submittedAt).toBe(G - 5 * HOUR);
    expect(r.durations).toEqual({ newMs: MIN, coordinatorMs: MIN, clientMs: 0, runMs: 20 * MIN });
    expect(projectRun(r, G)).toMatchObject({ state: 'Done', visible: false });
  });
  it('a given submit time is kept only if it is at least a minute before genesis', () => {
    expect(placed('Running', 0.5, G - 2 * HOUR).submittedAt).toBe(G - 2 * HOUR);
    expect(placed('Running', 0.5, G - MIN).submittedAt).toBe(G - MIN);
    expect(placed('Running', 0.5, G - MIN + 1).submittedAt).toBe(G - 40 * MIN);
    expect(placed('Done', 0.5, G - 2 * HOUR).durations.newMs).toBe(12 * MIN);
  });
});

describe('scheduled jobs', () => {
  it('scheduleJob parses an execSchedule, keeps an execTime, defaults to Normal', () => {
    const cron = scheduleJob({ kind: 'spec', spec }, 'j|1|n||', { execSchedule: '0 0 2 * * ?' }, G);
    expect(cron).toMatchObject({ jobHandle: 'j|1|n||', execSchedule: '0 0 2 * * ?', execTime: undefined, triggerState: 'Normal', syncedTo: G });
    expect([...cron.cron!.hour]).toEqual([2]);
    const once = scheduleJob({ kind: 'spec', spec }, 'j|1|n||', { execTime: G + HOUR }, G, 'Paused');
    expect(once).toMatchObject({ execTime: G + HOUR, cron: undefined, triggerState: 'Paused' });
    expect(() => scheduleJob({ kind: 'spec', spec }, 'h', { execSchedule: 'soon' }, G)).toThrow(/has 1 fields/);
  });
  it('scheduledHeader: the job type from the variant, or the system job as it is', () => {
    const h = scheduledHeader(scheduleJob({ kind: 'spec', spec }, 'h', { execTime: G }, G));
    expect(h).toEqual({ companyHandle: 'c|1', name: 'n', originalName: 'n', jobType: 'ImageServingPublish', locale: 'de-DE', description: 'd', submitUserEmail: 'a@example.com' });
    const system = { companyHandle: 'c|1', name: 'Cleanup', jobType: 'Cleanup', locale: 'en-US' as const, submitUserEmail: 'system' };
    expect(scheduledHeader(scheduleJob({ kind: 'system', system }, 'h', { execSchedule: '00 00 00 * * ' }, G))).toEqual({ ...system, originalName: '' });
  });
  it('runFromSchedule: the spec, the ids, the scheduler server and the fire time', () => {
    const r = runFromSchedule(spec, G, { name: 'n_x', jobHandle: 'j|1||n_x|9', submittedHandle: 'j|1|n||' });
    expect(r).toMatchObject({ name: 'n_x', jobHandle: 'j|1||n_x|9', submittedHandle: 'j|1|n||', serverName: 'saastex_100_41', submittedAt: G, variant: 'imageServingPublishJob', totalSize: 10 });
  });
});

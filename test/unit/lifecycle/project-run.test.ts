/**
 * Unit tests of the lifecycle state machine (README "Job lifecycle"): New 1 s → WaitingCoordinator →
 * [WaitingClient] → Running (progress in 1-second steps) → Done, listed 60 s more; a stop winds down
 * for 2 s (Stopping) to Done. Expected instants are written out here.
 */
import { describe, expect, it } from 'vitest';
import type { JobRun } from '../../../src/lifecycle/job-run.js';
import { projectRun, timeline } from '../../../src/lifecycle/project-run.js';
import { s, T0, testRun } from './runs.js';

const run = testRun;
const at = (r: JobRun, sec: number) => projectRun(r, s(sec));

describe('timeline', () => {
  it('adds the phase durations', () => {
    expect(timeline(run({ durations: { newMs: 1_000, coordinatorMs: 2_000, clientMs: 5_000, runMs: 8_000 } }))).toEqual({ coordinatorAt: s(1), clientAt: s(3), runningAt: s(8), doneAt: s(16) });
  });
});

describe('projectRun without a stop', () => {
  const r = run();
  it('New until 1 s, then WaitingCoordinator until 2 s: progress 0, changing at the next phase', () => {
    expect(at(r, 0)).toEqual({ state: 'New', progress: 0, done: 0, fraction: 0, lastProgressUpdate: T0, visible: true, changesAt: s(1) });
    expect(projectRun(r, s(1) - 1).state).toBe('New');
    expect(at(r, 1)).toEqual({ state: 'WaitingCoordinator', progress: 0, done: 0, fraction: 0, lastProgressUpdate: T0, visible: true, changesAt: s(2) });
  });
  it('WaitingClient only when the job waits for its client', () => {
    const post = run({ durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 5_000, runMs: 8_000 } });
    expect(at(post, 2)).toEqual({ state: 'WaitingClient', progress: 0, done: 0, fraction: 0, lastProgressUpdate: T0, visible: true, changesAt: s(7) });
    expect(at(post, 7).state).toBe('Running');
    expect(at(r, 2).state).toBe('Running');
  });
  it('Running: progress and files rise in whole seconds; the projection changes at the next second', () => {
    expect(at(r, 2)).toEqual({ state: 'Running', progress: 0, done: 0, fraction: 0, lastProgressUpdate: s(2), runningAt: s(2), endedAt: undefined, visible: true, changesAt: s(3) });
    expect(projectRun(r, s(4.5))).toEqual({ state: 'Running', progress: 20, done: 4, fraction: 0.2, lastProgressUpdate: s(4), runningAt: s(2), endedAt: undefined, visible: true, changesAt: s(5) });
    expect(projectRun(r, s(12) - 1)).toMatchObject({ state: 'Running', progress: 90, done: 18, changesAt: s(12) });
  });
  it('Done at the end of Running, listed 60 s more, then only in the logs', () => {
    expect(at(r, 12)).toEqual({ state: 'Done', progress: 100, done: 20, fraction: 1, lastProgressUpdate: s(12), runningAt: s(2), endedAt: s(12), visible: true, changesAt: s(72) });
    expect(projectRun(r, s(72) - 1).visible).toBe(true);
    expect(at(r, 72)).toMatchObject({ state: 'Done', visible: false, changesAt: Infinity });
  });
  it('a job with no running time is Done at once', () => {
    const instant = run({ durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 0 } });
    expect(at(instant, 2)).toMatchObject({ state: 'Done', progress: 100, done: 20, endedAt: s(2) });
  });
  it('files round down (3 of 7 at 50 %)', () => {
    expect(at(run({ totalSize: 7 }), 7)).toMatchObject({ progress: 50, done: 3 });
  });
});

describe('projectRun with a stop (stopJob / deleteJob)', () => {
  it('stopped while Running: Stopping for 2 s with progress frozen, then Done at 100 keeping the files done', () => {
    const r = run({ stop: { at: s(7), by: 'a@example.com' } });
    expect(at(r, 8)).toEqual({ state: 'Stopping', progress: 50, done: 10, fraction: 0.5, lastProgressUpdate: s(7), runningAt: s(2), endedAt: undefined, visible: true, changesAt: s(9) });
    expect(projectRun(r, s(9) - 1).state).toBe('Stopping');
    expect(at(r, 9)).toEqual({ state: 'Done', progress: 100, done: 10, fraction: 0.5, lastProgressUpdate: s(9), runningAt: s(2), endedAt: s(9), visible: true, changesAt: s(69) });
    expect(at(r, 69)).toMatchObject({ state: 'Done', visible: false, changesAt: Infinity });
  });
  it('stopped while New: New until the stop, then Stopping (never Running), then Done with nothing done', () => {
    const r = run({ stop: { at: T0 + 500, by: 'a@example.com' } });
    expect(projectRun(r, T0)).toMatchObject({ state: 'New', changesAt: T0 + 500 });
    expect(at(r, 1)).toMatchObject({ state: 'Stopping', progress: 0, done: 0, runningAt: undefined, changesAt: T0 + 2_500 });
    expect(at(r, 3)).toMatchObject({ state: 'Done', progress: 100, done: 0, runningAt: undefined, endedAt: T0 + 2_500 });
  });
  it('stopped while waiting: the waiting state changes at the stop', () => {
    const r = run({ stop: { at: s(1.5), by: 'a@example.com' } });
    expect(at(r, 1)).toMatchObject({ state: 'WaitingCoordinator', changesAt: s(1.5) });
    const post = run({ durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 5_000, runMs: 8_000 }, stop: { at: s(4), by: 'x' } });
    expect(at(post, 3)).toMatchObject({ state: 'WaitingClient', changesAt: s(4) });
  });
  it('a custom wind-down', () => {
    const r = run({ stop: { at: s(3), by: 'x', windDownMs: 500 } });
    expect(projectRun(r, s(3.4)).state).toBe('Stopping');
    expect(projectRun(r, s(3.5))).toMatchObject({ state: 'Done', endedAt: s(3.5) });
  });
  it('before the stop (the clock set back past it) the run reads as it did then: Running, changing at the stop', () => {
    const r = run({ stop: { at: s(7.5), by: 'a@example.com' } });
    expect(projectRun(r, s(6.2))).toEqual({ state: 'Running', progress: 40, done: 8, fraction: 0.4, lastProgressUpdate: s(6), runningAt: s(2), endedAt: undefined, visible: true, changesAt: s(7) });
    expect(projectRun(r, s(7.2))).toMatchObject({ state: 'Running', progress: 50, changesAt: s(7.5) });
    expect(projectRun(r, s(7.5))).toMatchObject({ state: 'Stopping', progress: 50, changesAt: s(9.5) });
  });
  it('a stop at or after the end changes nothing', () => {
    const r = run({ stop: { at: s(12), by: 'x' } });
    expect(at(r, 12)).toMatchObject({ state: 'Done', done: 20, endedAt: s(12) });
    expect(at(r, 11)).toMatchObject({ state: 'Running' });
  });
});

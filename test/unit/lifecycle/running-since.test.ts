/**
 * runningSince(run, now) is getJobLogs' shortcut for projectRun(run, now).runningAt over a whole
 * company: when the run began running, or undefined if it had not by `now` (a stop before that means
 * it never ran). Instants are written out for one run; then it must agree with the full projection.
 */
import { describe, expect, it } from 'vitest';
import type { JobRun } from '../../../src/lifecycle/job-run.js';
import { projectRun, runningSince } from '../../../src/lifecycle/project-run.js';
import { s, T0, testRun } from './runs.js';

// New 1 s, WaitingCoordinator 1 s, WaitingClient 3 s: running from 5 s to 15 s.
const run = (over: Partial<JobRun> = {}): JobRun => testRun({ durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 3_000, runMs: 10_000 }, ...over });

describe('runningSince', () => {
  it('is undefined until the running phase, then its start, also after the run is done', () => {
    const r = run();
    expect(runningSince(r, s(5) - 1)).toBeUndefined();
    expect(runningSince(r, s(5))).toBe(s(5));
    expect(runningSince(r, s(100))).toBe(s(5));
  });

  it('a stop before the running phase: never ran; a stop while running: ran from its start', () => {
    expect(runningSince(run({ stop: { at: s(3), by: 'a@example.com' } }), s(100))).toBeUndefined();
    expect(runningSince(run({ stop: { at: s(7), by: 'a@example.com' } }), s(100))).toBe(s(5));
    // A stop requested after the run ended changes nothing.
    expect(runningSince(run({ stop: { at: s(20), by: 'a@example.com' } }), s(100))).toBe(s(5));
  });

  it('agrees with projectRun(run, now).runningAt over phases, stops and instants', () => {
    const durations = [
      { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 10_000 },
      { newMs: 0, coordinatorMs: 0, clientMs: 0, runMs: 0 },
      { newMs: 500, coordinatorMs: 2_500, clientMs: 4_000, runMs: 1 },
    ];
    const stops = [undefined, 0, 700, 3_000, 5_000, 9_999, 60_000];
    for (const d of durations) {
      for (const stopAfter of stops) {
        const r = run({ durations: d, stop: stopAfter === undefined ? undefined : { at: T0 + stopAfter, by: 'a@example.com' } });
        for (let ms = -1_000; ms <= 20_000; ms += 250) expect(runningSince(r, T0 + ms), `${JSON.stringify(d)} stop ${stopAfter} at ${ms}`).toBe(projectRun(r, T0 + ms).runningAt);
      }
    }
  });
});

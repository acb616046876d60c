/**
 * The lifecycle state machine as a pure function: (run, now) → where the run is.
 *
 *   New → WaitingCoordinator → [WaitingClient] → Running → Done
 *                                          stopJob ↘ Stopping ↗
 *
 * Progress rises linearly in 1-second steps while Running (so a view only
 * changes at whole-second boundaries, which lets responses be cached until
 * `changesAt`).
 */
import type { ActiveState } from '../shared/ips-constants.js';
import { DONE_LINGER_MS, STOPPING_MS, type JobRun } from './job-run.js';

export interface Projection {
  readonly state: ActiveState;
  /** 0-100. */
  readonly progress: number;
  /** Files done. */
  readonly done: number;
  readonly lastProgressUpdate: number;
  /** When Running began (logs start then); undefined before that. */
  readonly runningAt?: number;
  /** When the run finished (Done); undefined while active. */
  readonly endedAt?: number;
  /** Fraction 0-1 of the running phase reached (frozen at a stop). */
  readonly fraction: number;
  /** Still listed by getActiveJobs. */
  readonly visible: boolean;
  /** The next instant at which this projection changes (Infinity: never). */
  readonly changesAt: number;
}

export const PROGRESS_TICK_MS = 1_000;

interface Timeline {
  readonly coordinatorAt: number;
  readonly clientAt: number;
  readonly runningAt: number;
  readonly doneAt: number;
}

export function timeline(run: JobRun): Timeline {
  const d = run.durations;
  const coordinatorAt = run.submittedAt + d.newMs;
  const clientAt = coordinatorAt + d.coordinatorMs;
  const runningAt = clientAt + d.clientMs;
  return { coordinatorAt, clientAt, runningAt, doneAt: runningAt + d.runMs };
}

const fractionAt = (t: Timeline, at: number, runMs: number): number => {
  if (at <= t.runningAt) return 0;
  if (runMs <= 0) return 1;
  const ticks = Math.floor((Math.min(at, t.doneAt) - t.runningAt) / PROGRESS_TICK_MS);
  return Math.min(1, (ticks * PROGRESS_TICK_MS) / runMs);
};

const nextTick = (t: Timeline, now: number): number =>
  Math.min(t.doneAt, t.runningAt + (Math.floor((now - t.runningAt) / PROGRESS_TICK_MS) + 1) * PROGRESS_TICK_MS);

const waiting = (run: JobRun, state: ActiveState, changesAt: number): Projection => ({
  state, progress: 0, done: 0, fraction: 0, lastProgressUpdate: run.submittedAt, visible: true, changesAt,
});

/**
 * When the run began running, if it had by `now`: projectRun(run, now).runningAt without the rest of
 * the projection (getJobLogs asks it of every run of a company, 10,000 of them, and projects only the
 * rows it returns). A stop before the running phase means the run never ran.
 */
export function runningSince(run: JobRun, now: number): number | undefined {
  const t = timeline(run);
  const stopAt = run.stop && run.stop.at < t.doneAt ? run.stop.at : Infinity;
  return Math.min(now, stopAt) >= t.runningAt ? t.runningAt : undefined;
}

export function projectRun(run: JobRun, now: number): Projection {
  const t = timeline(run);
  const stopAt = run.stop && run.stop.at < t.doneAt ? run.stop.at : undefined;

  if (stopAt === undefined || now < stopAt) {
    if (now < t.coordinatorAt) return waiting(run, 'New', Math.min(t.coordinatorAt, stopAt ?? Infinity));
    if (now < t.clientAt) return waiting(run, 'WaitingCoordinator', Math.min(t.clientAt, stopAt ?? Infinity));
    if (now < t.runningAt) return waiting(run, 'WaitingClient', Math.min(t.runningAt, stopAt ?? Infinity));
  }
  const stopFrom = stopAt ?? Infinity;
  const frozenAt = Math.min(now, stopFrom);
  const fraction = fractionAt(t, frozenAt, run.durations.runMs);
  const done = Math.floor(fraction * run.totalSize);
  const progress = Math.floor(fraction * 100);
  const runningAt = frozenAt >= t.runningAt ? t.runningAt : undefined;
  const lastProgressUpdate = runningAt === undefined ? run.submittedAt : t.runningAt + Math.round(fraction * run.durations.runMs);

  // Before the stop (the mock clock may be set back past it) the run reads as it did then.
  if (stopAt !== undefined && now >= stopAt) {
    const endedAt = stopAt + (run.stop?.windDownMs ?? STOPPING_MS);
    if (now < endedAt) {
      return { state: 'Stopping', progress, done, fraction, lastProgressUpdate: stopAt, runningAt, endedAt: undefined, visible: true, changesAt: endedAt };
    }
    // A stopped job is finished too: progress reads 100, `done` keeps how far it got.
    return { state: 'Done', progress: 100, done, fraction, lastProgressUpdate: endedAt, runningAt, endedAt, visible: now < endedAt + DONE_LINGER_MS, changesAt: now < endedAt + DONE_LINGER_MS ? endedAt + DONE_LINGER_MS : Infinity };
  }
  if (now < t.doneAt) {
    return { state: 'Running', progress, done, fraction, lastProgressUpdate, runningAt, endedAt: undefined, visible: true, changesAt: Math.min(nextTick(t, now), stopFrom) };
  }
  const linger = t.doneAt + DONE_LINGER_MS;
  return { state: 'Done', progress: 100, done: run.totalSize, fraction: 1, lastProgressUpdate: t.doneAt, runningAt: t.runningAt, endedAt: t.doneAt, visible: now < linger, changesAt: now < linger ? linger : Infinity };
}

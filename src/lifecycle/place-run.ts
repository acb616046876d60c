/**
 * Places a faked or fixture job on the timeline so that, at the instant the
 * mock first touches its company (genesis), it is in the wanted state — and
 * stays there for a realistic while (hours for a big publish), so the default
 * picture is stable during a development session while still moving on the clock.
 */
import type { PhaseDurations } from '../shared/variants.js';
import type { ActiveState } from '../shared/ips-constants.js';

export interface Placement {
  readonly submittedAt: number;
  readonly durations: PhaseDurations;
  readonly stop?: { readonly at: number; readonly by: string; readonly windDownMs: number };
}

const MIN = 60_000;
const HOUR = 60 * MIN;

/** How long before genesis a job in each state was submitted, by default. */
const DEFAULT_AGE: Readonly<Record<ActiveState, number>> = {
  New: 2 * MIN,
  WaitingCoordinator: 10 * MIN,
  WaitingClient: 4 * MIN,
  Running: 40 * MIN,
  Stopping: 45 * MIN,
  Done: 30 * MIN,
};

/**
 * @param fraction how far a Running/Stopping job has got (0-1)
 * @param submittedAt when it was submitted (default: a state-typical age before genesis)
 */
export function placeRun(state: ActiveState, genesis: number, fraction: number, stoppedBy: string, submittedAt?: number): Placement {
  const s = submittedAt !== undefined && submittedAt <= genesis - MIN ? submittedAt : genesis - DEFAULT_AGE[state];
  const age = genesis - s;
  const d = (newMs: number, coordinatorMs: number, clientMs: number, runMs: number): PhaseDurations => ({ newMs, coordinatorMs, clientMs, runMs });
  switch (state) {
    case 'New':
      return { submittedAt: s, durations: d(age + 3 * HOUR, MIN, 0, HOUR) };
    case 'WaitingCoordinator':
      return { submittedAt: s, durations: d(age / 2, age / 2 + 3 * HOUR, 0, HOUR) };
    case 'WaitingClient':
      // The upload servlet's 30-minute timeout after the last POST (reference §6.8).
      return { submittedAt: s, durations: d(age / 4, age / 4, age / 2 + 30 * MIN, 10 * MIN) };
    case 'Running':
    case 'Stopping': {
      const elapsed = age / 2;
      const durations = d(age / 4, age / 4, 0, Math.round(elapsed / Math.min(0.95, Math.max(0.05, fraction))));
      return state === 'Running'
        ? { submittedAt: s, durations }
        : { submittedAt: s, durations, stop: { at: genesis - 1_000, by: stoppedBy, windDownMs: 30 * MIN } };
    }
    case 'Done':
      // Old jobs (history) finished long ago; recent ones finished just before genesis and still linger.
      return age > 2 * HOUR
        ? { submittedAt: s, durations: d(MIN, MIN, 0, 20 * MIN) }
        : { submittedAt: s, durations: d(age / 10, age / 10, 0, Math.round(age * 0.8) - 10_000) };
  }
}

/** One job run for the lifecycle unit tests: New 1 s, WaitingCoordinator 1 s, Running 10 s, submitted at T0, 20 files. */
import type { JobRun } from '../../../src/lifecycle/job-run.js';

export const T0 = Date.parse('2026-11-28T10:00:00Z');
/** T0 + n seconds. */
export const s = (n: number) => T0 + n * 1_000;

export function testRun(over: Partial<JobRun> = {}): JobRun {
  return {
    companyHandle: 'c|1', name: 'r_x', originalName: 'r', variant: 'optimizeImagesJob', detail: {}, locale: 'en-US', submitUserEmail: 'a@example.com', client: 'unit',
    durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 10_000 }, totalSize: 20,
    jobHandle: 'j|1||r_x|1', submittedHandle: 'j|1|r||', serverName: 's', submittedAt: T0,
    ...over,
  };
}

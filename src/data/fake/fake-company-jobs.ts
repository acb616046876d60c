/**
 * The default faked job set of a company, as a plan (data) read by one loop:
 * 24 active jobs covering every variant, every active state and every locale
 * (oldest releases' variants first), 10 finished jobs from
 * the last days (so getJobLogs has history), and scheduled jobs including the
 * system Cleanup job.
 */
import { LOCALES } from '../../locale/locales.js';
import { submittedHandle } from '../../lifecycle/job-handles.js';
import type { JobRun } from '../../lifecycle/job-run.js';
import { scheduleJob, type ScheduledJob, type Trigger } from '../../lifecycle/scheduled-job.js';
import { detailElements } from '../../schema/detail-elements.js';
import { releaseIndex } from '../../schema/releases.js';
import type { ActiveState } from '../../shared/ips-constants.js';
import { VARIANTS, isVariantKey, type VariantKey } from '../../shared/variants.js';
import { fakeRun, fakeScheduled, type FakeContext } from './fake-run.js';

/** Variants oldest release first, so the first jobs cover what the oldest namespaces can show. */
const PLAN_VARIANTS: readonly VariantKey[] = [...detailElements]
  .sort((a, b) => releaseIndex(a.in.ActiveJob?.since ?? 'pre-4.0') - releaseIndex(b.in.ActiveJob?.since ?? 'pre-4.0'))
  .map((d) => d.element)
  .filter(isVariantKey);
const STATE_CYCLE: readonly ActiveState[] = ['New', 'WaitingCoordinator', 'Running', 'Stopping', 'Done', 'Running'];
const ACTIVE_JOBS = 24;
const HISTORY_JOBS = 10;
const HOUR = 3_600_000;

function activeRuns(ctx: FakeContext): JobRun[] {
  let waiting = 0;
  return Array.from({ length: ACTIVE_JOBS }, (_, i) => {
    const variant = PLAN_VARIANTS[i % PLAN_VARIANTS.length]!;
    // A job that waits for its client shows that state once; others cycle through the rest.
    const state = VARIANTS[variant].waitsForClient ? (waiting++ === 0 ? 'WaitingClient' : 'Running') : STATE_CYCLE[i % STATE_CYCLE.length]!;
    return fakeRun(ctx, `active-${i}`, { variant, state, locale: LOCALES[i % LOCALES.length]! });
  });
}

function historyRuns(ctx: FakeContext): JobRun[] {
  return Array.from({ length: HISTORY_JOBS }, (_, i) => {
    const variant = PLAN_VARIANTS[(i * 5) % PLAN_VARIANTS.length]!;
    return fakeRun(ctx, `history-${i}`, {
      variant,
      state: 'Done',
      locale: LOCALES[(i * 7) % LOCALES.length]!,
      submittedAt: ctx.genesis - (i + 1) * 7 * HOUR,
    });
  });
}

interface SchedulePlan {
  readonly key: string;
  readonly variant: VariantKey;
  readonly name: string;
  readonly trigger: Trigger;
  readonly paused?: boolean;
}

/** The system job the docs show for every company (reference §6.3): it runs inside IPS and fires no visible run. */
const CLEANUP_SCHEDULE = '00 00 00 * * ';

const SCHEDULES: readonly SchedulePlan[] = [
  { key: 'nightly-publish', variant: 'imageServingPublishJob', name: 'Nightly publish', trigger: { execSchedule: '0 0 2 * * ?' } },
  { key: 'hourly-ftp', variant: 'uploadDirectoryJob', name: 'FTP pickup', trigger: { execSchedule: '0 15 * * * ?' } },
  { key: 'weekly-reprocess', variant: 'reprocessAssetsJob', name: 'Weekly reprocess', trigger: { execSchedule: '0 30 3 ? * SUN' }, paused: true },
  { key: 'one-shot-export', variant: 'exportJob', name: 'Campaign export', trigger: { execTime: 6 * HOUR } },
];

function scheduledJobs(ctx: FakeContext): ScheduledJob[] {
  const cleanup = scheduleJob(
    { kind: 'system', system: { companyHandle: ctx.company.handle, name: 'Cleanup', jobType: 'Cleanup', locale: 'en-US', submitUserEmail: 'default@scene7.com' } },
    submittedHandle(ctx.company.handle.slice(2), 'Cleanup'),
    { execSchedule: CLEANUP_SCHEDULE },
    ctx.genesis,
  );
  const planned = SCHEDULES.map((p, i) =>
    fakeScheduled(ctx, `schedule-${p.key}`, {
      variant: p.variant,
      locale: LOCALES[((i + 1) * 5) % LOCALES.length]!,
      name: p.name,
      client: 'Scene7 Publishing System',
      // execTime in the plan is an offset from genesis.
      trigger: p.trigger.execTime === undefined ? p.trigger : { execTime: ctx.genesis + p.trigger.execTime },
      triggerState: p.paused ? 'Paused' : 'Normal',
    }),
  );
  return [cleanup, ...planned];
}

export function fakeCompanyJobs(ctx: FakeContext): { runs: JobRun[]; scheduled: ScheduledJob[] } {
  return { runs: [...historyRuns(ctx), ...activeRuns(ctx)], scheduled: scheduledJobs(ctx) };
}

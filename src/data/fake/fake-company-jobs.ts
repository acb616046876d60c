/**
 * The default faked job set of a company, as a plan (data) read by one loop:
 * 24 active jobs covering every variant, every active state and every locale
 * (also within the variants that 2014-04-03 can show), 10 finished jobs from
 * the last days (so getJobLogs has history), and scheduled jobs including the
 * system Cleanup job.
 */
import { LOCALES } from '../../locale/locales.js';
import type { JobRun } from '../../lifecycle/job-run.js';
import type { ActiveState } from '../../lifecycle/project-run.js';
import { parseSchedule } from '../../lifecycle/schedule.js';
import type { ScheduledJob } from '../../lifecycle/scheduled-job.js';
import { detailElements } from '../../schema/detail-elements.js';
import { seededFaker } from '../seeded.js';
import { VARIANTS, type VariantKey } from '../variants.js';
import { DETAIL_FAKERS, fakeFileCount } from './fake-details.js';
import { fakeDescription, fakeEmail, fakeRun, type FakeContext } from './fake-run.js';

/** Variants every version shows first, beta-only ones last, so the first 11 jobs cover 2014-04-03. */
const PLAN_VARIANTS: readonly VariantKey[] = [
  ...detailElements.filter((d) => d.in.ActiveJob !== 'beta').map((d) => d.element as VariantKey),
  ...detailElements.filter((d) => d.in.ActiveJob === 'beta').map((d) => d.element as VariantKey),
];
const STATE_CYCLE: readonly ActiveState[] = ['New', 'WaitingCoordinator', 'Running', 'Stopping', 'Done', 'Running'];
const ACTIVE_JOBS = 24;
const HISTORY_JOBS = 10;
const HOUR = 3_600_000;

function activeRuns(ctx: FakeContext): JobRun[] {
  let uploadPosts = 0;
  return Array.from({ length: ACTIVE_JOBS }, (_, i) => {
    const variant = PLAN_VARIANTS[i % PLAN_VARIANTS.length]!;
    // Only an upload-post job waits for its client.
    const state = variant === 'uploadPostJob' ? (uploadPosts++ === 0 ? 'WaitingClient' : 'Running') : STATE_CYCLE[i % STATE_CYCLE.length]!;
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
  readonly variant?: VariantKey;
  readonly name: string;
  readonly execSchedule?: string;
  readonly execInMs?: number;
  readonly paused?: boolean;
}

const SCHEDULES: readonly SchedulePlan[] = [
  // The system job the docs show for every company (reference §6.3).
  { key: 'cleanup', name: 'Cleanup', execSchedule: '00 00 00 * * ' },
  { key: 'nightly-publish', variant: 'imageServingPublishJob', name: 'Nightly publish', execSchedule: '0 0 2 * * ?' },
  { key: 'hourly-ftp', variant: 'uploadDirectoryJob', name: 'FTP pickup', execSchedule: '0 15 * * * ?' },
  { key: 'weekly-reprocess', variant: 'reprocessAssetsJob', name: 'Weekly reprocess', execSchedule: '0 30 3 ? * SUN', paused: true },
  { key: 'one-shot-export', variant: 'exportJob', name: 'Campaign export', execInMs: 6 * HOUR },
];

function scheduledJobs(ctx: FakeContext): ScheduledJob[] {
  return SCHEDULES.map((p, i): ScheduledJob => {
    const locale = p.variant ? LOCALES[(i * 5) % LOCALES.length]! : 'en-US';
    const f = seededFaker(locale, ctx.seed, ctx.company.handle, `schedule-${p.key}`);
    const v = p.variant ? VARIANTS[p.variant] : undefined;
    const totalSize = p.variant ? fakeFileCount(f, p.variant) : 0;
    return {
      companyHandle: ctx.company.handle,
      jobHandle: ctx.nextJobHandle(p.name),
      name: p.name,
      originalName: p.variant ? p.name : '',
      variant: p.variant,
      jobType: v?.jobType ?? 'Cleanup',
      detail: p.variant ? DETAIL_FAKERS[p.variant](seededFaker('en-US', ctx.seed, ctx.company.handle, `schedule-${p.key}`, 'detail'), ctx.company, totalSize) : undefined,
      locale,
      description: p.variant ? fakeDescription(f, locale, p.variant) : undefined,
      submitUserEmail: p.variant ? fakeEmail(f, ctx.company, locale) : 'default@scene7.com',
      client: 'Scene7 Publishing System',
      execSchedule: p.execSchedule,
      cron: p.execSchedule ? parseSchedule(p.execSchedule) : undefined,
      execTime: p.execInMs === undefined ? undefined : ctx.genesis + p.execInMs,
      durations: v?.durations ?? { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 5_000 },
      totalSize,
      triggerState: p.paused ? 'Paused' : 'Normal',
      syncedTo: ctx.genesis,
    };
  });
}

export function fakeCompanyJobs(ctx: FakeContext): { runs: JobRun[]; scheduled: ScheduledJob[] } {
  return { runs: [...historyRuns(ctx), ...activeRuns(ctx)], scheduled: scheduledJobs(ctx) };
}

/**
 * A job waiting for its trigger: a one-shot execTime or a recurring
 * execSchedule. Every scheduled job (submitted, faked, from a fixture) is made
 * by `scheduleJob`, and every run it fires by `runFromSchedule`.
 */
import type { Locale } from '../locale/locales.js';
import type { TriggerState } from '../shared/ips-constants.js';
import { VARIANTS } from '../shared/variants.js';
import { jobRun, type JobRun, type JobSpec } from './job-run.js';
import { parseSchedule, type CronSpec } from './schedule.js';

/** A job IPS runs on its own (Cleanup): listed by getScheduledJobs, but it fires no visible run. */
export interface SystemJob {
  readonly companyHandle: string;
  readonly name: string;
  readonly jobType: string;
  readonly locale: Locale;
  readonly submitUserEmail: string;
}

export interface Trigger {
  readonly execSchedule?: string;
  readonly execTime?: number;
}

export interface ScheduledJob {
  readonly jobHandle: string;
  /** What each fire runs, or a system job's description. */
  readonly job: { readonly kind: 'spec'; readonly spec: JobSpec } | { readonly kind: 'system'; readonly system: SystemJob };
  readonly execSchedule?: string;
  readonly cron?: CronSpec;
  readonly execTime?: number;
  /** Changed only by the tenant that holds the job (Tenant.setTrigger), so its memos know. */
  readonly triggerState: TriggerState;
  /** Fires up to this instant have been turned into runs. */
  readonly syncedTo: number;
}

/** The fields every view of a scheduled job shows, whatever kind it is. */
export function scheduledHeader(s: ScheduledJob): SystemJob & { readonly originalName: string; readonly description?: string } {
  if (s.job.kind === 'system') return { ...s.job.system, originalName: '' };
  const { companyHandle, name, originalName, variant, locale, description, submitUserEmail } = s.job.spec;
  return { companyHandle, name, originalName, jobType: VARIANTS[variant].jobType, locale, description, submitUserEmail };
}

/**
 * Makes a scheduled job. Throws ScheduleError for an execSchedule the mock
 * cannot read. `syncedTo` is when the trigger starts counting.
 */
export function scheduleJob(
  job: ScheduledJob['job'],
  jobHandle: string,
  trigger: Trigger,
  syncedTo: number,
  triggerState: TriggerState = 'Normal',
): ScheduledJob {
  return {
    jobHandle,
    job,
    execSchedule: trigger.execSchedule,
    cron: trigger.execSchedule === undefined ? undefined : parseSchedule(trigger.execSchedule),
    execTime: trigger.execTime,
    triggerState,
    syncedTo,
  };
}

/** The server name style of the captures (saastex_100_52): site, cluster, node. */
const SCHEDULER_SERVER = 'saastex_100_41';

/** A run of a scheduled job, fired by its trigger or by executeJob; `name` is stamped with the fire time. */
export const runFromSchedule = (spec: JobSpec, at: number, ids: { name: string; jobHandle: string; submittedHandle: string }): JobRun =>
  jobRun(spec, { name: ids.name, jobHandle: ids.jobHandle, submittedHandle: ids.submittedHandle, serverName: SCHEDULER_SERVER, submittedAt: at });

/** A ScheduledJob as a plain object in WSDL field names. */
import { nextFireTime } from '../lifecycle/schedule.js';
import type { ScheduledJob } from '../lifecycle/scheduled-job.js';

/** Decision (reference §11.14): the mock's server time zone is UTC. */
export const SERVER_TIME_ZONE = 'UTC';

export function scheduledJobView(job: ScheduledJob, now: number): Record<string, unknown> {
  const next = job.execTime ?? (job.cron ? nextFireTime(job.cron, now) : undefined);
  return {
    companyHandle: job.companyHandle,
    jobHandle: job.jobHandle,
    name: job.name,
    originalName: job.originalName,
    type: job.jobType,
    submitUserEmail: job.submitUserEmail,
    locale: job.locale,
    description: job.description,
    execSchedule: job.execSchedule,
    nextFireTime: next,
    timeZone: SERVER_TIME_ZONE,
    triggerState: job.triggerState,
    ...(job.variant ? { [job.variant]: job.detail } : {}),
  };
}

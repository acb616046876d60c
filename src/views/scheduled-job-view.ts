/** A ScheduledJob as a plain object in WSDL field names. */
import { nextFireTime } from '../lifecycle/schedule.js';
import { scheduledHeader, type ScheduledJob } from '../lifecycle/scheduled-job.js';
import type * as Wire from '../schema/wire-types.js';

/** Decision (reference §11.14): the mock's server time zone is UTC. */
const SERVER_TIME_ZONE = 'UTC';

export function scheduledJobView(job: ScheduledJob, now: number): Wire.ScheduledJob {
  const next = job.execTime ?? (job.cron ? nextFireTime(job.cron, now) : undefined);
  const h = scheduledHeader(job);
  return {
    companyHandle: h.companyHandle,
    jobHandle: job.jobHandle,
    name: h.name,
    originalName: h.originalName,
    type: h.jobType,
    submitUserEmail: h.submitUserEmail,
    locale: h.locale,
    description: h.description,
    execSchedule: job.execSchedule,
    nextFireTime: next,
    timeZone: SERVER_TIME_ZONE,
    triggerState: job.triggerState,
    ...(job.job.kind === 'spec' ? { [job.job.spec.variant]: job.job.spec.detail } : {}),
  };
}

/** A run of a scheduled job, fired by its trigger or by executeJob. */
import type { JobRun } from './job-run.js';
import type { ScheduledJob } from './scheduled-job.js';

/** undefined for system jobs (Cleanup), which run inside IPS and show no active job. */
export function runFromSchedule(job: ScheduledJob, at: number, jobHandle: string): JobRun | undefined {
  if (!job.variant || !job.detail) return undefined;
  return {
    companyHandle: job.companyHandle,
    jobHandle,
    name: job.name,
    originalName: job.originalName,
    variant: job.variant,
    detail: job.detail,
    locale: job.locale,
    description: job.description,
    submitUserEmail: job.submitUserEmail,
    client: job.client,
    serverName: 'ipsjob-scheduler-1',
    submittedAt: at,
    durations: job.durations,
    totalSize: job.totalSize,
  };
}

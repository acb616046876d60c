/** The operation table: one handler per IPS job operation. */
import type { OperationName } from '../schema/operations.js';
import type { OperationHandler } from './context.js';
import { getActiveJobs } from './get-active-jobs.js';
import { getScheduledJobs } from './get-scheduled-jobs.js';
import { deleteJob, executeJob, pauseJob, resumeJob, stopJob } from './job-control.js';
import { getAssetJobLogs, getJobLogDetails, getJobLogs } from './job-logs.js';
import { submitJob } from './submit-job.js';

export const HANDLERS: Readonly<Record<OperationName, OperationHandler>> = {
  submitJob,
  getActiveJobs,
  getScheduledJobs,
  stopJob,
  pauseJob,
  resumeJob,
  executeJob,
  deleteJob,
  getJobLogs,
  getJobLogDetails,
  getAssetJobLogs,
};

/** Operations that only read state: their responses may be served from the cache. */
export const READ_ONLY: ReadonlySet<OperationName> = new Set(['getActiveJobs', 'getScheduledJobs', 'getJobLogs', 'getJobLogDetails', 'getAssetJobLogs']);

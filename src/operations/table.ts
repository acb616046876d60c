/**
 * The operation table: one row per IPS job operation, carrying what it does
 * (handler), whether it only reads (its answers may be served from the
 * response cache) and the roles allowed to call it. Its request and response
 * elements are the operation's row in schema/operations.ts; the compiler
 * refuses a table that misses an operation of the schema or adds one it lacks.
 */
import type { Operation, OperationName } from '../schema/operations.js';
import type { OperationTypes } from '../schema/wire-types.js';
import { ROLES, type Role } from '../shared/ips-constants.js';
import { typedParams, type Decoded } from '../soap/decode-fields.js';
import type { OperationBase, OperationHandler } from './context.js';
import { getActiveJobs } from './get-active-jobs.js';
import { getScheduledJobs } from './get-scheduled-jobs.js';
import { deleteJob, executeJob, pauseJob, resumeJob, stopJob } from './job-control.js';
import { getAssetJobLogs, getJobLogDetails, getJobLogs } from './job-logs.js';
import { submitJob } from './submit-job.js';

export interface OperationRow<N extends OperationName> {
  readonly handler: OperationHandler<N>;
  /** Only reads state: its responses may be served from the cache. */
  readonly readOnly: boolean;
  readonly roles: ReadonlySet<Role>;
}

/**
 * Roles (reference §6.0.1). Decision (reference §11.9): the docs' three odd
 * exclusions (IpsCompanyAdmin from submitJob/executeJob, TrialSiteAdmin from
 * getJobLogDetails) are treated as omissions, and WebServiceUser, never
 * listed, is treated like IpsUser. ImagePortalUser is read-only: it may only
 * read job logs.
 */
const everyone: ReadonlySet<Role> = new Set(ROLES);
const notPortalUser: ReadonlySet<Role> = new Set(ROLES.filter((r) => r !== 'ImagePortalUser'));

export const OPERATION_TABLE: { readonly [N in OperationName]: OperationRow<N> } = {
  submitJob: { handler: submitJob, readOnly: false, roles: notPortalUser },
  getActiveJobs: { handler: getActiveJobs, readOnly: true, roles: notPortalUser },
  getScheduledJobs: { handler: getScheduledJobs, readOnly: true, roles: notPortalUser },
  stopJob: { handler: stopJob, readOnly: false, roles: notPortalUser },
  pauseJob: { handler: pauseJob, readOnly: false, roles: notPortalUser },
  resumeJob: { handler: resumeJob, readOnly: false, roles: notPortalUser },
  executeJob: { handler: executeJob, readOnly: false, roles: notPortalUser },
  deleteJob: { handler: deleteJob, readOnly: false, roles: notPortalUser },
  getJobLogs: { handler: getJobLogs, readOnly: true, roles: everyone },
  getJobLogDetails: { handler: getJobLogDetails, readOnly: true, roles: everyone },
  getAssetJobLogs: { handler: getAssetJobLogs, readOnly: true, roles: everyone },
};

/** Runs `operation`'s handler on its decoded parameters (generic, so the handler sees its own parameter and result types). */
export function runHandler<N extends OperationName>(operation: Operation<N>, base: OperationBase, decoded: Decoded): OperationTypes[N]['result'] {
  const row: OperationRow<N> = OPERATION_TABLE[operation.name];
  return row.handler({ ...base, params: typedParams(operation, decoded) });
}

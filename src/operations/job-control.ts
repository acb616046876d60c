/**
 * stopJob, pauseJob, resumeJob, executeJob, deleteJob (reference §6.4).
 * Decisions (reference §11.5, §11.8):
 * - stopJob stops an active job that has not finished (New, Waiting*, Running):
 *   Stopping for a moment, then Done; the log records who stopped it.
 * - pauseJob / resumeJob act on a scheduled job's trigger (Normal ⇄ Paused).
 * - executeJob starts a new run of a scheduled job now (paused or not).
 * - deleteJob removes a scheduled job; on an active job it stops it.
 * - A handle that is valid but whose job is in the wrong state is ipsApiFault
 *   30000 (the operation failed), not 30001 (the parameter is fine).
 */
import { fault } from '../faults/catalogue.js';
import { projectRun } from '../lifecycle/project-run.js';
import type { JobRun } from '../lifecycle/job-run.js';
import type { ScheduledJob } from '../lifecycle/scheduled-job.js';
import type { Tenant } from '../lifecycle/tenant.js';
import type { OperationContext, OperationHandler } from './context.js';
import { checkJobHandle, companyTenant } from './scope.js';

interface Target {
  readonly tenant: Tenant;
  readonly jobHandle: string;
  readonly run?: JobRun;
  readonly scheduled?: ScheduledJob;
}

/** The five operations take the same parameters: companyHandle and jobHandle. */
type ControlContext = OperationContext<'stopJob' | 'pauseJob' | 'resumeJob' | 'executeJob' | 'deleteJob'>;

function target(ctx: ControlContext): Target {
  const { companyHandle, jobHandle } = ctx.params;
  checkJobHandle(jobHandle, companyHandle);
  const tenant = companyTenant(ctx, companyHandle);
  // A scheduled job's handle names the scheduled job, not the runs it has fired.
  const scheduled = tenant.findScheduled(jobHandle);
  const run = scheduled ? undefined : tenant.findRun(jobHandle);
  if (!run && !scheduled) throw fault('invalidParameter', `No job with handle '${jobHandle}' in company ${companyHandle} (finished jobs appear in getJobLogs)`);
  return { tenant, jobHandle, run, scheduled };
}

function stopRun(ctx: ControlContext, t: Target, run: JobRun, op: string): void {
  const state = projectRun(run, ctx.now).state;
  if (state === 'Done' || state === 'Stopping') {
    throw fault('exception', `${op}: job '${t.jobHandle}' is ${state}; only a job that has not finished can be stopped`);
  }
  t.tenant.stopRun(run, { at: ctx.now, by: ctx.user.email });
}

const notScheduled = (op: string, t: Target) =>
  fault('exception', `${op}: job '${t.jobHandle}' is not a scheduled job; ${op} acts on jobs listed by getScheduledJobs`);

export const stopJob: OperationHandler<'stopJob'> = (ctx) => {
  const t = target(ctx);
  if (!t.run) throw fault('exception', `stopJob: job '${t.jobHandle}' is scheduled, not running; use pauseJob or deleteJob`);
  stopRun(ctx, t, t.run, 'stopJob');
  return {};
};

export const pauseJob: OperationHandler<'pauseJob'> = (ctx) => {
  const t = target(ctx);
  if (!t.scheduled) throw notScheduled('pauseJob', t);
  if (t.scheduled.triggerState === 'Paused') throw fault('exception', `pauseJob: job '${t.jobHandle}' is already paused`);
  t.tenant.setTrigger(t.scheduled, 'Paused');
  return {};
};

export const resumeJob: OperationHandler<'resumeJob'> = (ctx) => {
  const t = target(ctx);
  if (!t.scheduled) throw notScheduled('resumeJob', t);
  if (t.scheduled.triggerState !== 'Paused') throw fault('exception', `resumeJob: job '${t.jobHandle}' is not paused`);
  // Fires missed while paused are skipped, as a misfire.
  t.tenant.setTrigger(t.scheduled, 'Normal', ctx.now);
  return {};
};

export const executeJob: OperationHandler<'executeJob'> = (ctx) => {
  const t = target(ctx);
  if (!t.scheduled) throw notScheduled('executeJob', t);
  if (!t.tenant.spawn(t.scheduled, ctx.now)) throw fault('exception', `executeJob: '${t.jobHandle}' is a system job and cannot be run on demand`);
  return {};
};

export const deleteJob: OperationHandler<'deleteJob'> = (ctx) => {
  const t = target(ctx);
  if (t.scheduled) {
    t.tenant.removeScheduled(t.scheduled);
  } else if (t.run) {
    stopRun(ctx, t, t.run, 'deleteJob');
  }
  return {};
};

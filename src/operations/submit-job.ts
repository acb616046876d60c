/**
 * submitJob (reference §6.1). Exactly one job-detail element; execTime and
 * execSchedule exclude each other. Without either the job runs now; with one
 * it becomes a scheduled job (an execTime that has passed runs now, as a
 * one-shot trigger that misfired would). The job's locale is the submitJob
 * locale, else the operation locale.
 */
import { fakeFileCount } from '../data/fake/fake-details.js';
import { fault } from '../faults/catalogue.js';
import { localeParameter } from '../locale/resolve-locale.js';
import type { JobRun, JobSpec } from '../lifecycle/job-run.js';
import { parseSchedule, ScheduleError } from '../lifecycle/schedule.js';
import { scheduleJob, type Trigger } from '../lifecycle/scheduled-job.js';
import { detailElements } from '../schema/detail-elements.js';
import { detailProblem } from '../shared/detail-rules.js';
import { seededFaker } from '../shared/seeded.js';
import { VARIANTS, isVariantKey, type Detail, type VariantKey } from '../shared/variants.js';
import type { OperationContext, OperationHandler } from './context.js';
import { companyTenant, optString, userHandleEmail } from './scope.js';

function chosenVariant(ctx: OperationContext): VariantKey {
  const given = detailElements.map((d) => d.element).filter((e) => e in ctx.params);
  const [variant] = given;
  if (given.length === 1 && variant !== undefined && isVariantKey(variant)) return variant;
  const allowed = ctx.schema.operations.get('submitJob')?.param.fields.map((f) => f.name).filter(isVariantKey) ?? [];
  throw fault(
    given.length === 0 ? 'missingParameter' : 'invalidParameter',
    given.length === 0
      ? `submitJobParam needs exactly one job detail element, got none; use one of: ${allowed.join(', ')}`
      : `submitJobParam needs exactly one job detail element, got ${given.length}: ${given.join(', ')}`,
  );
}

/** How many files the job will handle: the items of the detail array that names them, else a count drawn from its handle. */
function fileCount(detail: Detail, variant: VariantKey, seed: number, jobHandle: string): number {
  const list = VARIANTS[variant].filesNamedBy;
  const named = list === undefined ? undefined : (detail[list] as { items?: unknown[] } | undefined)?.items?.length;
  return named ?? fakeFileCount(seededFaker('en-US', seed, jobHandle, 'size'), variant);
}

function trigger(ctx: OperationContext): Trigger {
  const execTime = ctx.params.execTime as number | undefined;
  const execSchedule = optString(ctx, 'execSchedule');
  if (execTime !== undefined && execSchedule !== undefined) {
    throw fault('invalidParameter', 'submitJobParam may have execTime (run once) or execSchedule (recurring), not both');
  }
  // Checked before any handle is drawn, so a refused submit leaves the handle sequence as it was.
  if (execSchedule !== undefined) {
    try {
      parseSchedule(execSchedule);
    } catch (e) {
      if (e instanceof ScheduleError) throw fault('invalidParameter', `execSchedule: ${e.message}`);
      throw e;
    }
  }
  return { execTime, execSchedule };
}

export const submitJob: OperationHandler = (ctx) => {
  const p = ctx.params;
  const companyHandle = p.companyHandle as string;
  const jobName = p.jobName as string;
  if (jobName.trim() === '' || jobName.includes('|')) throw fault('invalidParameter', `jobName '${jobName}' must be non-empty and must not contain '|'`);
  const variant = chosenVariant(ctx);
  const detail = { ...(p[variant] as Detail) };
  const problem = detailProblem(detail, `submitJobParam/${variant}`);
  if (problem) throw fault('invalidParameter', problem);
  if (variant === 'uploadUrlsJob') {
    const urls = (detail.urlArray as { items?: unknown[] } | undefined)?.items ?? [];
    if (urls.length === 0) throw fault('missingParameter', 'submitJobParam/uploadUrlsJob/urlArray must list at least one URL');
    detail.numUrls = urls.length;
  }
  const locale = p.locale === undefined ? ctx.locale : localeParameter(p.locale as string, 'submitJobParam/locale');
  const userHandle = optString(ctx, 'userHandle');
  const submitUserEmail = userHandle ? userHandleEmail(userHandle, 'userHandle') : ctx.user.email;
  const when = trigger(ctx);
  const tenant = companyTenant(ctx, companyHandle);
  const name = tenant.uniqueName(jobName, ctx.now);
  const jobHandle = tenant.nextJobHandle(name);
  const spec: JobSpec = {
    companyHandle,
    name,
    originalName: jobName,
    variant,
    detail,
    locale,
    description: optString(ctx, 'description'),
    submitUserEmail,
    client: ctx.client,
    durations: VARIANTS[variant].durations,
    totalSize: fileCount(detail, variant, ctx.seed, jobHandle),
  };
  if (when.execSchedule !== undefined || (when.execTime !== undefined && when.execTime > ctx.now)) {
    tenant.scheduled.push(scheduleJob({ kind: 'spec', spec }, jobHandle, when, ctx.now));
  } else {
    const run: JobRun = { ...spec, jobHandle, serverName: 'ipsjob-na-1', submittedAt: ctx.now };
    tenant.runs.push(run);
  }
  return { jobHandle };
};

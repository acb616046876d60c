/**
 * submitJob (reference §6.1). Exactly one job-detail element; execTime and
 * execSchedule exclude each other. Without either the job runs now; with one
 * it becomes a scheduled job (an execTime that has passed runs now, as a
 * one-shot trigger that misfired would). The job's locale is the submitJob
 * locale, else the operation locale.
 */
import { seededFaker } from '../data/seeded.js';
import { fakeFileCount, type Detail } from '../data/fake/fake-details.js';
import { VARIANTS, isVariantKey, type VariantKey } from '../data/variants.js';
import { fault } from '../faults/catalogue.js';
import { localeParameter } from '../locale/resolve-locale.js';
import { parseSchedule, ScheduleError, type CronSpec } from '../lifecycle/schedule.js';
import type { JobRun } from '../lifecycle/job-run.js';
import { detailElements } from '../schema/detail-elements.js';
import type { OperationContext, OperationHandler } from './context.js';
import { checkDetailRules } from './detail-rules.js';
import { companyTenant } from './scope.js';

function chosenVariant(ctx: OperationContext): VariantKey {
  const given = detailElements.map((d) => d.element).filter((e) => e in ctx.params);
  if (given.length !== 1) {
    const allowed = ctx.schema.operations.get('submitJob')!.param.fields.map((f) => f.name).filter((n) => isVariantKey(n));
    throw fault(
      given.length === 0 ? 'missingParameter' : 'invalidParameter',
      given.length === 0
        ? `submitJobParam needs exactly one job detail element, got none; use one of: ${allowed.join(', ')}`
        : `submitJobParam needs exactly one job detail element, got ${given.length}: ${given.join(', ')}`,
    );
  }
  return given[0] as VariantKey;
}

/** How many files the job will handle: what its arrays name, else a count drawn from its handle. */
function fileCount(detail: Detail, variant: VariantKey, seed: number, jobHandle: string): number {
  const arr = (k: string) => (detail[k] as { items?: unknown[] } | undefined)?.items?.length;
  return arr('urlArray') ?? arr('assetHandleArray') ?? arr('pdfHandleArray') ?? fakeFileCount(seededFaker('en-US', seed, jobHandle, 'size'), variant);
}

function schedule(ctx: OperationContext): { cron?: CronSpec; execTime?: number } {
  const execTime = ctx.params.execTime as number | undefined;
  const execSchedule = ctx.params.execSchedule as string | undefined;
  if (execTime !== undefined && execSchedule !== undefined) {
    throw fault('invalidParameter', 'submitJobParam may have execTime (run once) or execSchedule (recurring), not both');
  }
  if (execSchedule === undefined) return { execTime };
  try {
    return { cron: parseSchedule(execSchedule) };
  } catch (e) {
    if (e instanceof ScheduleError) throw fault('invalidParameter', `execSchedule: ${e.message}`);
    throw e;
  }
}

export const submitJob: OperationHandler = (ctx) => {
  const p = ctx.params;
  const companyHandle = p.companyHandle as string;
  const jobName = p.jobName as string;
  if (jobName.trim() === '' || jobName.includes('|')) throw fault('invalidParameter', `jobName '${jobName}' must be non-empty and must not contain '|'`);
  const variant = chosenVariant(ctx);
  const detail = { ...(p[variant] as Detail) };
  checkDetailRules(detail, `submitJobParam/${variant}`);
  if (variant === 'uploadUrlsJob') {
    const urls = (detail.urlArray as { items?: unknown[] } | undefined)?.items ?? [];
    if (urls.length === 0) throw fault('missingParameter', 'submitJobParam/uploadUrlsJob/urlArray must list at least one URL');
    detail.numUrls = urls.length;
  }
  const locale = p.locale === undefined ? ctx.locale : localeParameter(p.locale as string, 'submitJobParam/locale');
  const userHandle = p.userHandle as string | undefined;
  const submitUserEmail = userHandle ? (/^u\|\d+\|(.+@.+)$/.exec(userHandle)?.[1] ?? (userHandle.includes('@') ? userHandle : undefined)) : ctx.user.email;
  if (!submitUserEmail) throw fault('invalidParameter', `userHandle '${userHandle}' is not a user handle; user handles look like u|41|someone@example.com`);
  const { cron, execTime } = schedule(ctx);
  const tenant = companyTenant(ctx, companyHandle);
  const name = tenant.uniqueName(jobName, ctx.now);
  const jobHandle = tenant.nextJobHandle(name);
  const common = {
    companyHandle,
    jobHandle,
    name,
    originalName: jobName,
    variant,
    detail,
    locale,
    description: p.description as string | undefined,
    submitUserEmail,
    client: ctx.client,
    durations: VARIANTS[variant].durations,
    totalSize: fileCount(detail, variant, ctx.seed, jobHandle),
  };
  if (cron || (execTime !== undefined && execTime > ctx.now)) {
    tenant.scheduled.push({
      ...common,
      jobType: VARIANTS[variant].jobType,
      execSchedule: p.execSchedule as string | undefined,
      cron,
      execTime,
      triggerState: 'Normal',
      syncedTo: ctx.now,
    });
  } else {
    const run: JobRun = { ...common, serverName: 'ipsjob-na-1', submittedAt: ctx.now };
    tenant.runs.push(run);
  }
  tenant.touch();
  return { jobHandle };
};

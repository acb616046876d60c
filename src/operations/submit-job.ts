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
import { runName } from '../lifecycle/job-handles.js';
import { jobRun, type JobSpec } from '../lifecycle/job-run.js';
import { parseSchedule, ScheduleError } from '../lifecycle/schedule.js';
import { scheduleJob, type Trigger } from '../lifecycle/scheduled-job.js';
import type { SubmitJobParam } from '../schema/wire-types.js';
import { detailProblem } from '../shared/detail-rules.js';
import { seededFaker } from '../shared/seeded.js';
import { VARIANTS, filesNamedIn, isVariantKey, type Detail, type VariantKey } from '../shared/variants.js';
import type { OperationContext, OperationHandler } from './context.js';
import { companyTenant, userHandleEmail } from './scope.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { actsOnCatalogue, effectsOf, planFiles, type Upload } from './catalogue/job-effects.js';
import { catalogueScope } from './catalogue/catalogue-scope.js';
import { checkJobInputs, takesCatalogueAssets } from './catalogue/job-inputs.js';

/** The server a submitted job runs on, in the captures' style (saastex_100_52). */
const SUBMIT_SERVER = 'saastex_100_52';

const isDetail = (v: unknown): v is Detail => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * userHandle: the user the job is submitted for, who gets its e-mails (IPS docs). It must name a user
 * this mock knows who may act on the company: a caller cannot record an arbitrary address as submitter.
 */
function submitterOf(ctx: OperationContext<'submitJob'>, userHandle: string, companyHandle: string): string {
  const email = userHandleEmail(userHandle, 'userHandle');
  const known = ctx.users.find(email);
  if (!known) throw fault('invalidParameter', `userHandle '${userHandle}' names no user of this mock`);
  const companies = known.companies;
  if (companies !== undefined && companies !== '*' && !companies.includes(companyHandle)) {
    throw fault('invalidParameter', `userHandle '${userHandle}' names a user who may not act on company ${companyHandle}`);
  }
  return known.email;
}

/** The one job-detail element of the request. */
function chosenDetail(ctx: OperationContext<'submitJob'>): { variant: VariantKey; detail: Detail } {
  const given = Object.entries(ctx.params).flatMap(([k, v]) => (isVariantKey(k) && isDetail(v) ? [{ variant: k, detail: v }] : []));
  const [one] = given;
  if (given.length === 1 && one) return one;
  const allowed = ctx.schema.operations.get('submitJob')?.param.fields.map((f) => f.name).filter(isVariantKey) ?? [];
  throw fault(
    given.length === 0 ? 'missingParameter' : 'invalidParameter',
    given.length === 0
      ? `submitJobParam needs exactly one job detail element, got none; use one of: ${allowed.join(', ')}`
      : `submitJobParam needs exactly one job detail element, got ${given.length}: ${given.map((g) => g.variant).join(', ')}`,
  );
}

/** How many files the job will handle: the items of the detail array that names them, else a count drawn from its handle. */
const fileCount = (detail: Detail, variant: VariantKey, seed: number, jobHandle: string): number =>
  filesNamedIn(variant, detail)?.length ?? fakeFileCount(seededFaker('en-US', seed, jobHandle, 'size'), variant);

function trigger({ execTime, execSchedule }: SubmitJobParam): Trigger {
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

/** An upload-URLs job counts its URLs itself (numUrls) and needs at least one. */
function withUrlCount(variant: VariantKey, detail: Detail): Detail {
  if (variant !== 'uploadUrlsJob') return detail;
  const urls = filesNamedIn(variant, detail) ?? [];
  if (urls.length === 0) throw fault('missingParameter', 'submitJobParam/uploadUrlsJob/urlArray must list at least one URL');
  return { ...detail, numUrls: urls.length };
}

export const submitJob: OperationHandler<'submitJob'> = (ctx) => {
  const p = ctx.params;
  const { companyHandle, jobName } = p;
  if (jobName.trim() === '' || jobName.includes('|')) throw fault('invalidParameter', `jobName '${jobName}' must be non-empty and must not contain '|'`);
  const chosen = chosenDetail(ctx);
  const { variant } = chosen;
  const problem = detailProblem(chosen.detail, `submitJobParam/${variant}`);
  if (problem) throw fault('invalidParameter', problem);
  const detail = withUrlCount(variant, chosen.detail);
  // Assets a job works on must be the company's (checked before any handle is drawn).
  if (takesCatalogueAssets(variant)) checkJobInputs(catalogueScope(ctx, companyHandle).cat, variant, detail, 'submitJobParam');
  const locale = p.locale === undefined ? ctx.locale : localeParameter(p.locale, 'submitJobParam/locale');
  const submitUserEmail = p.userHandle ? submitterOf(ctx, p.userHandle, companyHandle) : ctx.user.email;
  const when = trigger(p);
  const tenant = companyTenant(ctx, companyHandle);
  // Decision (captures, submit_job--*.xml): submitJob answers j|<companyId>|<jobName>||, the handle of the
  // job as submitted; its runs have their own handles (j|<companyId>||<name>|<runId>). Both are accepted as input.
  const submission = tenant.submissionHandle(jobName, ctx.now);
  const spec: JobSpec = {
    companyHandle,
    name: submission.name,
    originalName: jobName,
    variant,
    detail,
    locale,
    description: p.description,
    submitUserEmail,
    client: ctx.client,
    durations: VARIANTS[variant].durations,
    totalSize: fileCount(detail, variant, ctx.seed, submission.handle),
    // Set here so that adding the plan below replaces a key rather than adding one (job-run.ts, jobRun).
    plan: undefined,
  };
  if (when.execSchedule !== undefined || (when.execTime !== undefined && when.execTime > ctx.now)) {
    tenant.addScheduled(scheduleJob({ kind: 'spec', spec }, submission.handle, when, ctx.now));
  } else if (actsOnCatalogue(variant)) {
    // A job that runs now plans its files against the catalogue, and changes it as its log is written.
    const cat = ctx.store.catalogue(tenant);
    cat.advance(ctx.now);
    const plan = planFiles(cat, variant, detail, uploadsOf(cat, variant, detail, spec.totalSize, ctx.seed, submission.handle));
    const name = runName(jobName, ctx.now, ctx.zone);
    const run = jobRun({ ...spec, plan, totalSize: plan.length }, { name, jobHandle: tenant.nextRunHandle(name), submittedHandle: submission.handle, serverName: SUBMIT_SERVER, submittedAt: ctx.now });
    tenant.addRun(run);
    cat.schedule(effectsOf(run, ctx.seed));
  } else {
    const name = runName(jobName, ctx.now, ctx.zone);
    const run = jobRun(spec, { name, jobHandle: tenant.nextRunHandle(name), submittedHandle: submission.handle, serverName: SUBMIT_SERVER, submittedAt: ctx.now });
    tenant.addRun(run);
  }
  return { jobHandle: submission.handle };
};

/**
 * The files an upload job takes: the URL list's destinations, or (server
 * directory) `count` files drawn from the job handle into destFolder.
 */
function uploadsOf(cat: Catalogue, variant: VariantKey, detail: Detail, count: number, seed: number, jobHandle: string): Upload[] {
  if (variant === 'uploadUrlsJob') {
    return (filesNamedIn(variant, detail) ?? []).map((item) => ({ destPath: typeof item === 'object' && item !== null && 'destPath' in item ? String(item.destPath) : '' }));
  }
  if (variant !== 'uploadDirectoryJob') return [];
  const folder = typeof detail.destFolder === 'string' ? detail.destFolder : cat.rootPath;
  const f = seededFaker('en-US', seed, jobHandle, 'directory');
  const dir = folder.endsWith('/') || folder === '' ? folder : `${folder}/`;
  return Array.from({ length: count }, () => ({ destPath: `${dir}${f.word.noun().toLowerCase()}_${f.string.numeric(4)}.${f.helpers.arrayElement(['jpg', 'tif', 'png', 'mp4', 'pdf'])}` }));
}

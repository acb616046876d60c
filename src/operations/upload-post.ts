/**
 * uploadPost (reference §6.8): the UploadFile servlet's documents, also a SOAP
 * operation of the beta. The first POST of an upload job names it (jobName)
 * and gives its processing options (uploadParams); it creates an
 * uploadPostJob that waits in WaitingClient for the client's files. Later
 * POSTs name it by the returned jobHandle and add files; the one with
 * endJob=true lets it run. A job that gets no POST for 30 minutes stops
 * waiting and runs with what it has (IPS's time-out). The posted files become
 * assets through the same plan and catalogue effects as every upload job
 * (catalogue/job-effects.ts). Only the servlet carries files; a SOAP call
 * creates, extends or ends the job without any.
 */
import { fault } from '../faults/catalogue.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { submittedHandle } from '../lifecycle/job-handles.js';
import { jobRun, type JobRun } from '../lifecycle/job-run.js';
import { projectRun, timeline } from '../lifecycle/project-run.js';
import { localeParameter } from '../locale/resolve-locale.js';
import type { UploadPostParam } from '../schema/wire-types.js';
import { detailProblem } from '../shared/detail-rules.js';
import { VARIANTS, type Detail } from '../shared/variants.js';
import { catalogueScope, normalizeFolderPath, type CatalogueScope } from './catalogue/catalogue-scope.js';
import { effectsOf, planFiles, type Upload } from './catalogue/job-effects.js';
import type { OperationContext, OperationHandler, PostedFile } from './context.js';
import { checkJobHandle } from './scope.js';

/** A job with no endJob=true stops waiting this long after its last POST (reference §6.8). */
const CLIENT_TIMEOUT_MS = 30 * 60_000;
/** Files one upload job takes over all its POSTs: bounds what a client can make one run hold (docs/limits.md). */
const MAX_FILES_PER_JOB = 10_000;
/** The server an upload servlet job runs on, in the captures' style. */
const SERVLET_SERVER = 'saastex_100_52';
const VARIANT = 'uploadPostJob';

/**
 * Runs a later POST replaced: their catalogue effects were planned on a
 * timeline that no longer holds, so they never apply (the current run's do).
 */
const superseded = new WeakSet<JobRun>();

function scheduleEffects(cat: Catalogue, run: JobRun, seed: number, files: readonly PostedFile[], earlier: ReadonlyMap<string, number>): void {
  const sizes = new Map(earlier);
  files.forEach((f, i) => sizes.set(run.plan?.[run.plan.length - files.length + i]?.path ?? '', f.bytes));
  sizeOf.set(run, sizes);
  cat.schedule(
    effectsOf(run, seed, sizes).map((e) => ({ ...e, stoppedAt: () => (superseded.has(run) ? -Infinity : e.stoppedAt()) })),
  );
}

/** Byte sizes of the files posted so far, by target path (an asset's fileSize is its file's). */
const sizeOf = new WeakMap<JobRun, ReadonlyMap<string, number>>();
/** Where a servlet job's first POST came from: "all POST requests for an upload job must originate from the same IP address" (IPS docs). */
const originOf = new WeakMap<JobRun, string>();

/**
 * Where a posted file goes: uploadPostParam/fileName, else the part's filename
 * (a path, as the docs' example sends it), prefixed by destFolder. Repeated
 * slashes are read as one: the docs' own example path has `//`.
 */
function uploadOf(cat: Catalogue, p: UploadPostParam, file: PostedFile): Upload {
  const name = p.fileName ?? file.filename;
  if (name === undefined || name.trim() === '') {
    throw fault('missingParameter', `The file part '${file.part}' has no filename, and uploadPostParam has no fileName: name the file in its Content-Disposition (filename="images/a.jpg") or in uploadPostParam/fileName`);
  }
  const joined = (p.destFolder === undefined ? name : `${p.destFolder}/${name}`).replace(/\/{2,}/g, '/');
  const slash = joined.lastIndexOf('/');
  const fileName = joined.slice(slash + 1);
  if (fileName === '') throw fault('invalidParameter', `The target path '${joined}' of file part '${file.part}' ends in '/': it names a folder, not a file`);
  const folder = normalizeFolderPath(cat, joined.slice(0, slash + 1), p.destFolder === undefined ? `filename of part '${file.part}'` : 'uploadPostParam/destFolder');
  return { destPath: `${folder}${fileName}` };
}

function createJob(ctx: OperationContext<'uploadPost'>, { tenant, cat }: CatalogueScope, jobName: string, uploads: readonly Upload[]): JobRun {
  const p = ctx.params;
  if (jobName.trim() === '' || jobName.includes('|')) throw fault('invalidParameter', `jobName '${jobName}' must be non-empty and must not contain '|'`);
  const detail: Detail | undefined = p.uploadParams;
  if (detail === undefined) {
    throw fault('missingParameter', 'uploadPostParam/uploadParams is required on the first POST of an upload job (the one with jobName): it holds the job\'s processing options (UploadPostJob)');
  }
  const problem = detailProblem(detail, 'uploadPostParam/uploadParams');
  if (problem) throw fault('invalidParameter', problem);
  const plan = planFiles(cat, VARIANT, detail, uploads);
  const { runMs } = VARIANTS[VARIANT].durations;
  return jobRun({
    companyHandle: p.companyHandle,
    // The docs' answer, j|2101||uploadFileServlet-1376682217351|54091, carries the name as given.
    name: jobName,
    originalName: jobName,
    variant: VARIANT,
    detail,
    locale: p.locale === undefined ? ctx.locale : localeParameter(p.locale, 'uploadPostParam/locale'),
    description: p.description,
    submitUserEmail: ctx.user.email,
    client: ctx.client,
    // Waiting for the client's files from the first POST on; endJob=true lets it run at once.
    durations: { newMs: 0, coordinatorMs: 0, clientMs: p.endJob === true ? 0 : CLIENT_TIMEOUT_MS, runMs },
    totalSize: plan.length,
    plan,
  }, {
    name: jobName,
    jobHandle: tenant.nextRunHandle(jobName),
    submittedHandle: submittedHandle(tenant.companyId, jobName),
    serverName: SERVLET_SERVER,
    submittedAt: ctx.now,
  });
}

/** A later POST: the job must be an upload-post job of this company that still waits for files. */
function extendJob(ctx: OperationContext<'uploadPost'>, { tenant, cat }: CatalogueScope, jobHandle: string, uploads: readonly Upload[]): { run: JobRun; replaced: JobRun } {
  const p = ctx.params;
  checkJobHandle(jobHandle, p.companyHandle);
  const run = tenant.findRun(jobHandle);
  if (!run) throw fault('invalidParameter', `jobHandle '${jobHandle}' names no job of company ${p.companyHandle}; a first POST with jobName creates an upload job and returns its handle`);
  if (run.variant !== VARIANT) {
    throw fault('invalidParameter', `jobHandle '${jobHandle}' names a ${VARIANTS[run.variant].jobType} job; files can only be posted to an upload job the UploadFile servlet (or uploadPost) created`);
  }
  const origin = originOf.get(run);
  if (origin !== undefined && ctx.clientAddress !== undefined && ctx.clientAddress !== origin) {
    throw fault('invalidParameter', `jobHandle '${jobHandle}' was started from ${origin}, this POST comes from ${ctx.clientAddress}: all POSTs of an upload job must come from the same IP address`);
  }
  const { state } = projectRun(run, ctx.now);
  if (state !== 'WaitingClient') {
    throw fault(
      'invalidParameter',
      `jobHandle '${jobHandle}' is ${state}, no longer waiting for files: a POST with endJob=true ended it, it was stopped, or ${CLIENT_TIMEOUT_MS / 60_000} minutes passed after its last POST. Start a new job with jobName`,
    );
  }
  // uploadParams of a later POST are ignored: the job keeps those of its first (reference §6.8).
  const earlier = run.plan ?? [];
  if (earlier.length + uploads.length > MAX_FILES_PER_JOB) {
    throw fault('invalidParameter', `jobHandle '${jobHandle}' already has ${earlier.length} files; an upload job takes at most ${MAX_FILES_PER_JOB} in ips-mock. End it (endJob=true) and start another job`);
  }
  const plan = [...earlier, ...planFiles(cat, VARIANT, run.detail, uploads, earlier)];
  const runningAt = p.endJob === true ? ctx.now : ctx.now + CLIENT_TIMEOUT_MS;
  const next = jobRun({ ...run, plan, totalSize: plan.length, durations: { ...run.durations, clientMs: runningAt - timeline(run).clientAt } }, run, run.stop);
  tenant.replaceRun(run, next);
  if (origin !== undefined) originOf.set(next, origin);
  return { run: next, replaced: run };
}

export const uploadPost: OperationHandler<'uploadPost'> = (ctx) => {
  const { companyHandle, jobName, jobHandle } = ctx.params;
  if (jobName !== undefined && jobHandle !== undefined) {
    throw fault('invalidParameter', 'uploadPostParam takes jobName (the first POST of an upload job) or jobHandle (later POSTs), not both');
  }
  const scope = catalogueScope(ctx, companyHandle);
  const files = ctx.uploads ?? [];
  const uploads = files.map((f) => uploadOf(scope.cat, ctx.params, f));
  if (jobName !== undefined) {
    const run = createJob(ctx, scope, jobName, uploads);
    scope.tenant.addRun(run);
    if (ctx.clientAddress !== undefined) originOf.set(run, ctx.clientAddress);
    scheduleEffects(scope.cat, run, ctx.seed, files, new Map());
    return { jobHandle: run.jobHandle };
  }
  if (jobHandle === undefined) {
    throw fault('missingParameter', 'uploadPostParam needs jobName (the first POST of an upload job) or jobHandle (later POSTs, as the first one returned)');
  }
  const { run, replaced } = extendJob(ctx, scope, jobHandle, uploads);
  superseded.add(replaced);
  scheduleEffects(scope.cat, run, ctx.seed, files, sizeOf.get(replaced) ?? new Map());
  return { jobHandle: run.jobHandle };
};

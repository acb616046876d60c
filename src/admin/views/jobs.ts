/**
 * A company's jobs as the inspector shows them: the same views the SOAP
 * operations serialize (so the page and a SOAP client never disagree), made
 * JSON-friendly (ISO dates, the variant named, every variant regardless of
 * namespace) and with log lines worded in a locale the caller picks.
 */
import type { Locale } from '../../locale/locales.js';
import { logLines } from '../../lifecycle/job-log.js';
import type { JobRun } from '../../lifecycle/job-run.js';
import { projectRun } from '../../lifecycle/project-run.js';
import type { Tenant } from '../../lifecycle/tenant.js';
import { activeJobView } from '../../views/active-job-view.js';
import { detailView, jobLogView } from '../../views/job-log-view.js';
import { scheduledJobView } from '../../views/scheduled-job-view.js';

type Json = Record<string, unknown>;

const iso = (ms: unknown): string | undefined => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : undefined);

function activeJob(run: JobRun, seed: number, now: number): Json {
  const p = projectRun(run, now);
  const v = activeJobView(run, p, seed, now);
  const tasks = v.taskProgressArray?.items ?? [];
  return {
    jobHandle: run.jobHandle,
    name: run.name,
    originalName: run.originalName,
    variant: run.variant,
    type: v.type,
    state: p.state,
    progress: p.progress,
    progressMessage: v.progressMessage,
    locale: run.locale,
    totalSize: run.totalSize,
    submitUserEmail: run.submitUserEmail,
    description: run.description,
    serverName: run.serverName,
    startDate: iso(run.submittedAt),
    lastProgressUpdate: iso(p.lastProgressUpdate),
    tasks: tasks.map((t) => ({ taskType: t.taskType, taskState: t.taskState, progress: t.progress, progressMessage: t.progressMessage })),
    detail: run.detail,
  };
}

/** What getActiveJobs would list now, in every namespace's variants, oldest first. */
export function activeJobs(tenant: Tenant, seed: number, now: number): Json[] {
  return tenant.runs
    .filter((r) => r.submittedAt <= now && projectRun(r, now).visible)
    .map((r) => activeJob(r, seed, now));
}

export function scheduledJobs(tenant: Tenant, now: number): Json[] {
  return tenant.scheduled.map((job) => {
    const v = scheduledJobView(job, now);
    const spec = job.job.kind === 'spec' ? job.job.spec : undefined;
    return {
      jobHandle: job.jobHandle,
      name: v.name,
      originalName: v.originalName,
      variant: spec?.variant ?? null,
      type: v.type,
      triggerState: job.triggerState,
      execSchedule: job.execSchedule,
      execTime: iso(job.execTime),
      nextFireTime: iso(v.nextFireTime),
      timeZone: v.timeZone,
      locale: v.locale,
      submitUserEmail: v.submitUserEmail,
      description: v.description,
      detail: spec?.detail ?? null,
    };
  });
}

const logged = (tenant: Tenant, now: number) =>
  tenant.runs
    .filter((run) => run.submittedAt <= now)
    .map((run) => ({ run, p: projectRun(run, now) }))
    .filter((x) => x.p.runningAt !== undefined);

function logSummary(run: JobRun, seed: number, now: number): Json {
  const v = jobLogView(run, projectRun(run, now), seed, now);
  return { ...v, variant: run.variant, startDate: iso(v.startDate), endDate: iso(v.endDate) };
}

/** getJobLogs' rows for the company, newest start first. */
export function jobLogs(tenant: Tenant, seed: number, now: number): Json[] {
  return logged(tenant, now)
    .sort((a, b) => b.p.runningAt! - a.p.runningAt! || a.run.jobHandle.localeCompare(b.run.jobHandle))
    .map(({ run }) => logSummary(run, seed, now));
}

/** One job: its active-job view (while listed), its log summary and its log lines worded in `locale`; undefined if the company has no such run. */
export function jobDetails(tenant: Tenant, jobHandle: string, seed: number, now: number, locale: Locale): Json | undefined {
  const run = tenant.findRun(jobHandle);
  if (!run || run.submittedAt > now) return undefined;
  const p = projectRun(run, now);
  const lines = logLines(run, p, seed, now).map((line) => {
    const d = detailView(line, locale);
    const aux = d.auxArray?.items ?? [];
    return {
      at: iso(line.at),
      logType: line.logType,
      message: d.logMessage,
      assetName: d.assetName,
      assetType: d.assetType,
      assetHandle: d.assetHandle,
      aux: aux.map((a) => ({ logType: a.logType, message: a.logMessage })),
    };
  });
  return {
    job: activeJob(run, seed, now),
    listed: p.visible,
    log: p.runningAt === undefined ? null : logSummary(run, seed, now),
    locale,
    lines,
  };
}

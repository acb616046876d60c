/**
 * getJobLogs, getJobLogDetails, getAssetJobLogs (reference §6.5-§6.7).
 * A run has a job log from the moment it starts running; lines and counts grow
 * with the clock. Decisions (reference §11.11): getJobLogs without sortBy lists
 * newest first; its startDate/endDate window filters on the job's start; numRows
 * defaults to 1000; originalName matching several runs returns all of them.
 */
import { fault } from '../faults/catalogue.js';
import { logLines, type LogLine } from '../lifecycle/job-log.js';
import { projectRun, type Projection } from '../lifecycle/project-run.js';
import type { JobRun } from '../lifecycle/job-run.js';
import { detailView, jobLogView, lineText } from '../views/job-log-view.js';
import type { OperationContext, OperationHandler } from './context.js';
import { checkJobHandle, companyTenant, optString, scopeTenants, userHandleEmail } from './scope.js';

interface Logged {
  readonly run: JobRun;
  readonly p: Projection;
}

const logged = (ctx: OperationContext, runs: readonly JobRun[]): Logged[] =>
  runs
    .filter((run) => run.submittedAt <= ctx.now)
    .map((run) => ({ run, p: projectRun(run, ctx.now) }))
    .filter((x) => x.p.runningAt !== undefined);

function oneOf<T extends string>(ctx: OperationContext, name: string, allowed: readonly T[]): T | undefined {
  const v = optString(ctx, name);
  if (v !== undefined && !allowed.includes(v as T)) throw fault('invalidParameter', `${name} '${v}' is not one of: ${allowed.join(', ')}`);
  return v as T | undefined;
}

function positive(ctx: OperationContext, name: string): number | undefined {
  const v = ctx.params[name] as number | undefined;
  if (v !== undefined && v < 1) throw fault('invalidParameter', `${name} must be at least 1, got ${v}`);
  return v;
}

const LOG_SORT_FIELDS = ['JobName', 'LogType', 'StartDate', 'CompanyName', 'UserId', 'Email', 'FileErrorCount', 'FileWarningCount', 'FileSuccessCount'] as const;
type LogView = Record<string, unknown>;
const SORT_KEY: Readonly<Record<(typeof LOG_SORT_FIELDS)[number], (v: LogView) => string | number>> = {
  JobName: (v) => v.jobName as string,
  LogType: (v) => v.logType as string,
  StartDate: (v) => v.startDate as number,
  CompanyName: (v) => v.companyHandle as string,
  UserId: (v) => v.submitUserEmail as string,
  Email: (v) => v.submitUserEmail as string,
  FileErrorCount: (v) => v.fileErrorCount as number,
  FileWarningCount: (v) => v.fileWarningCount as number,
  FileSuccessCount: (v) => v.fileSuccessCount as number,
};

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export const getJobLogs: OperationHandler = (ctx) => {
  const sortBy = oneOf(ctx, 'sortBy', LOG_SORT_FIELDS) ?? 'StartDate';
  const direction = oneOf(ctx, 'sortDirection', ['Ascending', 'Descending'] as const) ?? (ctx.params.sortBy === undefined ? 'Descending' : 'Ascending');
  const numRows = positive(ctx, 'numRows') ?? 1000;
  const userHandle = optString(ctx, 'userHandle');
  const email = userHandle === undefined ? undefined : userHandleEmail(userHandle, 'userHandle').toLowerCase();
  const from = ctx.params.startDate as number | undefined;
  const to = ctx.params.endDate as number | undefined;
  const views = scopeTenants(ctx, optString(ctx, 'companyHandle'))
    .flatMap((t) => logged(ctx, t.runs))
    .filter(({ run, p }) => (email === undefined || run.submitUserEmail.toLowerCase() === email) && (from === undefined || p.runningAt! >= from) && (to === undefined || p.runningAt! <= to))
    .map(({ run, p }) => jobLogView(run, p, ctx.seed, ctx.now));
  const key = SORT_KEY[sortBy];
  const sign = direction === 'Ascending' ? 1 : -1;
  views.sort((a, b) => sign * compare(key(a), key(b)) || compare(a.jobHandle as string, b.jobHandle as string));
  return { jobLogArray: { items: views.slice(0, numRows) } };
};

const MAX_RECORDS_PER_PAGE = 1000;

export const getJobLogDetails: OperationHandler = (ctx) => {
  const companyHandle = ctx.params.companyHandle as string;
  const jobHandle = optString(ctx, 'jobHandle');
  const originalName = optString(ctx, 'originalName');
  if (jobHandle === undefined && originalName === undefined) {
    throw fault('missingParameter', 'getJobLogDetailsParam needs jobHandle or originalName to say which job log to return');
  }
  if (jobHandle !== undefined) checkJobHandle(jobHandle, companyHandle);
  const logTypes = (ctx.params.logTypeArray as { items?: string[] } | undefined)?.items;
  const perPage = Math.min(positive(ctx, 'recordsPerPage') ?? MAX_RECORDS_PER_PAGE, MAX_RECORDS_PER_PAGE);
  const page = positive(ctx, 'resultsPage') ?? 1;
  const sortBy = oneOf(ctx, 'sortBy', ['Date', 'LogType'] as const) ?? 'Date';
  const sign = (oneOf(ctx, 'sortDirection', ['Ascending', 'Descending'] as const) ?? 'Ascending') === 'Ascending' ? 1 : -1;
  const lineKey = sortBy === 'Date' ? (l: LogLine) => l.at : (l: LogLine) => l.logType;
  const tenant = companyTenant(ctx, companyHandle);
  const items = logged(ctx, tenant.runs)
    .filter(({ run }) => (jobHandle === undefined || run.jobHandle === jobHandle) && (originalName === undefined || run.originalName === originalName))
    .map(({ run, p }) => {
      const lines = logLines(run, p, ctx.seed, ctx.now)
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => !logTypes || logTypes.includes(line.logType))
        .sort((a, b) => sign * compare(lineKey(a.line), lineKey(b.line)) || sign * (a.i - b.i));
      const pageLines = lines.slice((page - 1) * perPage, page * perPage);
      return {
        ...jobLogView(run, p, ctx.seed, ctx.now),
        detailTotalRows: lines.length,
        detailArray: { items: pageLines.map(({ line }) => detailView(line, ctx.locale)) },
      };
    });
  return { jobLogArray: { items } };
};

export const getAssetJobLogs: OperationHandler = (ctx) => {
  const assetHandle = ctx.params.assetHandle as string;
  if (!/^a\|[\d|]+$/.test(assetHandle)) throw fault('invalidParameter', `assetHandle '${assetHandle}' is not an asset handle; asset handles look like a|581084652`);
  const tenant = companyTenant(ctx, ctx.params.companyHandle as string);
  const items = logged(ctx, tenant.runs).flatMap(({ run, p }) =>
    logLines(run, p, ctx.seed, ctx.now)
      .filter((line) => line.file?.assetHandle === assetHandle)
      .map((line) => {
        const d = detailView(line, ctx.locale);
        return { jobHandle: run.jobHandle, jobName: run.name, logMessage: lineText(line, ctx.locale), logType: line.logType, submitUserEmail: run.submitUserEmail, logDate: line.at, auxArray: d.auxArray };
      }),
  );
  return { jobLogArray: { items } };
};

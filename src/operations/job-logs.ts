/**
 * getJobLogs, getJobLogDetails, getAssetJobLogs (reference §6.5-§6.7).
 * A run has a job log from the moment it starts running; lines and counts grow
 * with the clock. Decisions (reference §11.11): getJobLogs without sortBy lists
 * newest first; its startDate/endDate window filters on the job's start; numRows
 * defaults to 1000; originalName matching several runs returns all of them.
 */
import { fault } from '../faults/catalogue.js';
import { countFiles, logLines, processedFiles, type LogCounts, type LogLine } from '../lifecycle/job-log.js';
import { VARIANTS } from '../shared/variants.js';
import { projectRun, runningSince, type Projection } from '../lifecycle/project-run.js';
import type { JobRun } from '../lifecycle/job-run.js';
import { detailView, jobLogView, keptJobLogView, lineText } from '../views/job-log-view.js';
import type { OperationContext, OperationHandler } from './context.js';
import { checkJobHandle, companyTenant, scopeTenants, userHandleEmail } from './scope.js';

/** A run that has a job log: it has started running. */
interface Logged {
  readonly run: JobRun;
  readonly p: Projection;
  readonly runningAt: number;
}

const logged = (ctx: OperationContext, runs: readonly JobRun[]): Logged[] =>
  runs
    .filter((run) => run.submittedAt <= ctx.now)
    .flatMap((run) => {
      const p = projectRun(run, ctx.now);
      return p.runningAt === undefined ? [] : [{ run, p, runningAt: p.runningAt }];
    });

/** `value` if it is one of `allowed` (the table's keys), else 30001 naming them. */
function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw fault('invalidParameter', `${name} '${value}' is not one of: ${allowed.join(', ')}`);
  return found;
}

function positive(name: string, value: number | undefined): number | undefined {
  if (value !== undefined && value < 1) throw fault('invalidParameter', `${name} must be at least 1, got ${value}`);
  return value;
}

const DIRECTIONS = ['Ascending', 'Descending'] as const;

/** A logged run being sorted for getJobLogs: its file counts are drawn only if the sort needs them. */
interface LogRow {
  readonly run: JobRun;
  readonly runningAt: number;
  counts?: LogCounts;
}

const countsOf = (row: LogRow, ctx: OperationContext): LogCounts => (row.counts ??= countFiles(processedFiles(row.run, ctx.seed, ctx.now)));

/**
 * getJobLogs sortBy values (reference §6.5) and the JobLog field each sorts on, read from the run
 * (what jobLogView writes into that field), so that only the rows returned are built into views.
 */
const SORT_KEY = {
  JobName: (r: LogRow) => r.run.name,
  LogType: (r: LogRow) => VARIANTS[r.run.variant].log.begin,
  StartDate: (r: LogRow) => r.runningAt,
  CompanyName: (r: LogRow) => r.run.companyHandle,
  UserId: (r: LogRow) => r.run.submitUserEmail,
  Email: (r: LogRow) => r.run.submitUserEmail,
  FileErrorCount: (r: LogRow, ctx: OperationContext) => countsOf(r, ctx).error,
  FileWarningCount: (r: LogRow, ctx: OperationContext) => countsOf(r, ctx).warning,
  FileSuccessCount: (r: LogRow, ctx: OperationContext) => countsOf(r, ctx).success,
} as const satisfies Record<string, (r: LogRow, ctx: OperationContext) => string | number>;
const LOG_SORT_FIELDS = Object.keys(SORT_KEY).filter((k): k is keyof typeof SORT_KEY => k in SORT_KEY);

/** getJobLogDetails sortBy values and the line field each sorts on. */
const LINE_SORT_KEY = {
  Date: (l: LogLine) => l.at,
  LogType: (l: LogLine) => l.logType,
} as const satisfies Record<string, (l: LogLine) => string | number>;
const LINE_SORT_FIELDS = Object.keys(LINE_SORT_KEY).filter((k): k is keyof typeof LINE_SORT_KEY => k in LINE_SORT_KEY);

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export const getJobLogs: OperationHandler<'getJobLogs'> = (ctx) => {
  const q = ctx.params;
  const sortBy = oneOf('sortBy', q.sortBy, LOG_SORT_FIELDS) ?? 'StartDate';
  const direction = oneOf('sortDirection', q.sortDirection, DIRECTIONS) ?? (q.sortBy === undefined ? 'Descending' : 'Ascending');
  const numRows = positive('numRows', q.numRows) ?? 1000;
  const email = q.userHandle === undefined ? undefined : userHandleEmail(q.userHandle, 'userHandle').toLowerCase();
  const { startDate: from, endDate: to } = q;
  // One pass over the company's runs (10,000 of them at scale): which ran, when, without projecting them.
  const rows: LogRow[] = [];
  for (const t of scopeTenants(ctx, q.companyHandle)) {
    for (const run of t.runs) {
      if (run.submittedAt > ctx.now) continue;
      const runningAt = runningSince(run, ctx.now);
      if (runningAt === undefined || (from !== undefined && runningAt < from) || (to !== undefined && runningAt > to)) continue;
      if (email !== undefined && run.submitUserEmail.toLowerCase() !== email) continue;
      rows.push({ run, runningAt });
    }
  }
  // Each row's key read once, not once per comparison.
  const key = SORT_KEY[sortBy];
  const sign = direction === 'Ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ k: key(row, ctx), h: row.run.jobHandle, run: row.run }));
  keyed.sort((a, b) => sign * compare(a.k, b.k) || compare(a.h, b.h));
  return { jobLogArray: { items: keyed.slice(0, numRows).map(({ run }) => keptJobLogView(run, ctx.seed, ctx.now)) } };
};

const MAX_RECORDS_PER_PAGE = 1000;

export const getJobLogDetails: OperationHandler<'getJobLogDetails'> = (ctx) => {
  const q = ctx.params;
  const { companyHandle, jobHandle, originalName } = q;
  if (jobHandle === undefined && originalName === undefined) {
    throw fault('missingParameter', 'getJobLogDetailsParam needs jobHandle or originalName to say which job log to return');
  }
  if (jobHandle !== undefined) checkJobHandle(jobHandle, companyHandle);
  const logTypes = q.logTypeArray?.items;
  const perPage = Math.min(positive('recordsPerPage', q.recordsPerPage) ?? MAX_RECORDS_PER_PAGE, MAX_RECORDS_PER_PAGE);
  const page = positive('resultsPage', q.resultsPage) ?? 1;
  const lineKey = LINE_SORT_KEY[oneOf('sortBy', q.sortBy, LINE_SORT_FIELDS) ?? 'Date'];
  const sign = (oneOf('sortDirection', q.sortDirection, DIRECTIONS) ?? 'Ascending') === 'Ascending' ? 1 : -1;
  const tenant = companyTenant(ctx, companyHandle);
  // The job's runs first (a string comparison each), then only those are projected.
  const runs = tenant.runs.filter((run) => (jobHandle === undefined || run.jobHandle === jobHandle || run.submittedHandle === jobHandle) && (originalName === undefined || run.originalName === originalName));
  const items = logged(ctx, runs)
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

export const getAssetJobLogs: OperationHandler<'getAssetJobLogs'> = (ctx) => {
  const { companyHandle, assetHandle } = ctx.params;
  if (!/^a\|[\d|]+$/.test(assetHandle)) throw fault('invalidParameter', `assetHandle '${assetHandle}' is not an asset handle; asset handles look like a|581084652`);
  const tenant = companyTenant(ctx, companyHandle);
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

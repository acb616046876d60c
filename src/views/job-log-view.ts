/**
 * JobLog, JobLogDetail and AssetJobLog as plain objects. Log messages are
 * worded in the operation locale (reference §3.5), from the same lines and
 * counts the lifecycle keeps for the run.
 */
import { VARIANTS } from '../shared/variants.js';
import { message } from '../locale/catalogue.js';
import type { Locale } from '../locale/locales.js';
import type { JobRun } from '../lifecycle/job-run.js';
import { countFiles, processedFiles, type LogLine } from '../lifecycle/job-log.js';
import { projectRun, type Projection } from '../lifecycle/project-run.js';
import { KeptPer } from '../shared/byte-budget.js';
import type * as Wire from '../schema/wire-types.js';

/** Decision (reference §11.12): auxiliary lines use the wire values UploadWarning / UploadError. */
const auxType = (key: string) => (key.startsWith('aux.warning') ? 'UploadWarning' : 'UploadError');

const JOB_SUB_TYPES: Readonly<Record<string, string>> = { Full: 'full', Incremental: 'increment', FullWithSearch: 'fullwithsearch' };

export const lineText = (line: LogLine, locale: Locale): string => ('text' in line ? line.text : message(locale, line.key, line.args));

export function detailView(line: LogLine, locale: Locale): Wire.JobLogDetail {
  const f = line.file;
  return {
    logMessage: lineText(line, locale),
    logType: line.logType,
    dateCreated: line.at,
    assetName: f?.assetName,
    assetType: f?.assetType,
    assetHandle: f?.assetHandle,
    auxArray: f && f.aux.length > 0 ? { items: f.aux.map((k) => ({ logMessage: message(locale, k), logType: auxType(k), dateCreated: line.at })) } : undefined,
  };
}

export function jobLogView(run: JobRun, p: Projection, seed: number, now: number): Wire.JobLog {
  const v = VARIANTS[run.variant];
  const c = countFiles(processedFiles(run, seed, now));
  const transfers = v.transfers;
  const publishType = run.detail.publishType;
  return {
    companyHandle: run.companyHandle,
    jobHandle: run.jobHandle,
    jobName: run.name,
    originalJobName: run.originalName,
    submitUserEmail: run.submitUserEmail,
    // Decision (reference §11.7): a summary carries the job's first log type, as the docs' only example does.
    logType: v.log.begin,
    jobSubType: run.variant === 'imageServingPublishJob' && typeof publishType === 'string' ? (JOB_SUB_TYPES[publishType] ?? '') : '',
    startDate: p.runningAt,
    endDate: p.endedAt,
    description: run.description ?? '',
    fileSuccessCount: c.success,
    fileErrorCount: c.error,
    fileWarningCount: c.warning,
    fileDuplicateCount: c.duplicate,
    fileUpdateCount: c.update,
    totalFileCount: c.total,
    transferSuccessCount: transfers ? c.success + c.update + c.warning : 0,
    transferErrorCount: transfers ? c.error : 0,
    transferWarningCount: transfers ? c.warning : 0,
    fatalError: false,
  };
}

/**
 * Job-log summaries kept per run while its projection holds (now within [from, changesAt), the same
 * stop), as active job views are (./active-job-view.ts): a summary changes only when the projection
 * does (its counts follow the files done), and a kept one is frozen, so the serializer keeps its XML
 * piece per namespace: a getJobLogs of 1,000 rows re-reads them instead of writing them again. Kept
 * under the shared budget for derived data.
 */
interface Kept {
  readonly seed: number;
  readonly stop: JobRun['stop'];
  readonly from: number;
  readonly until: number;
  readonly view: Wire.JobLog;
}

const kept = new KeptPer<JobRun, Kept>();

/** Estimated bytes of a kept summary with its XML in one or two namespaces (as for active job views: its text about four times over). */
const summaryBytes = (view: Wire.JobLog): number => 4 * JSON.stringify(view).length;

/** jobLogView(run, projectRun(run, now), seed, now), kept while it holds; projects the run only when not kept. */
export function keptJobLogView(run: JobRun, seed: number, now: number): Wire.JobLog {
  const k = kept.get(run);
  if (k && k.seed === seed && k.stop === run.stop && now >= k.from && now < k.until) return k.view;
  const p = projectRun(run, now);
  const view = Object.freeze(jobLogView(run, p, seed, now));
  kept.set(run, { seed, stop: run.stop, from: now, until: p.changesAt, view }, summaryBytes(view));
  return view;
}

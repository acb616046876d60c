/**
 * A run's job log at an instant: its lines (begin, context, one per processed
 * file, end) and the summary counts derived from the same files. Lines carry a
 * catalogue key, not text: they are worded in the operation locale when a view
 * is built (reference §3.5).
 */
import { VARIANTS } from '../shared/variants.js';
import type { MessageArgs } from '../locale/catalogue.js';
import type { JobRun } from './job-run.js';
import type { Projection } from './project-run.js';
import { runFiles, type RunFile } from './run-files.js';

/** A catalogue key and its arguments; or `text` for lines that quote a value (OriginalJobName). */
export type LogLine = {
  readonly at: number;
  readonly logType: string;
  readonly file?: RunFile;
} & ({ readonly key: string; readonly args?: MessageArgs } | { readonly text: string });

export interface LogCounts {
  readonly success: number;
  readonly error: number;
  readonly warning: number;
  readonly duplicate: number;
  readonly update: number;
  readonly total: number;
}

/** Files processed by `now` (a stop freezes the list). */
export function processedFiles(run: JobRun, seed: number, now: number): readonly RunFile[] {
  const cutoff = Math.min(now, run.stop?.at ?? Infinity);
  return runFiles(run, seed).filter((f) => f.at <= cutoff);
}

export function countFiles(files: readonly RunFile[]): LogCounts {
  const c = { success: 0, error: 0, warning: 0, duplicate: 0, update: 0, total: files.length };
  for (const f of files) c[f.outcome]++;
  return c;
}

const fileLine = (run: JobRun, f: RunFile): LogLine => {
  const v = VARIANTS[run.variant];
  const args = { path: f.path };
  switch (f.outcome) {
    case 'success':
      return { at: f.at, logType: v.log.success, key: `log.success.${v.successMessage}`, args, file: f };
    case 'update':
      return { at: f.at, logType: 'FileUpdated', key: 'log.updated', args, file: f };
    case 'duplicate':
      return { at: f.at, logType: 'DuplicateSkipped', key: 'log.duplicate', args, file: f };
    case 'warning':
      return { at: f.at, logType: v.log.warning, key: 'log.warning', args, file: f };
    case 'error':
      return { at: f.at, logType: v.log.error, key: 'log.error', args, file: f };
  }
};

/** Every line written by `now`, in time order; empty until the run starts running. */
export function logLines(run: JobRun, p: Projection, seed: number, now: number): LogLine[] {
  if (p.runningAt === undefined) return [];
  const v = VARIANTS[run.variant];
  const start = p.runningAt;
  const files = processedFiles(run, seed, now);
  const lines: LogLine[] = [
    { at: start, logType: v.log.begin, key: 'log.begin', args: { jobName: run.originalName } },
    { at: start, logType: 'OriginalJobName', text: run.originalName },
    { at: start, logType: 'JobType', key: 'log.jobType', args: { jobType: v.jobType } },
    { at: start, logType: 'JobClient', key: 'log.jobClient', args: { client: run.client } },
    { at: start, logType: 'TotalFileCount', key: 'log.totalFileCount', args: { count: run.totalSize } },
    ...files.map((f) => fileLine(run, f)),
  ];
  if (p.endedAt !== undefined) {
    const c = countFiles(files);
    lines.push(
      run.stop
        ? { at: p.endedAt, logType: v.log.end, key: 'log.stopped', args: { user: run.stop.by } }
        : { at: p.endedAt, logType: v.log.end, key: 'log.end', args: { success: c.success + c.update, warnings: c.warning, errors: c.error } },
    );
  }
  return lines;
}

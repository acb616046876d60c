/**
 * An ActiveJob as a plain object in WSDL field names. Version-specific fields
 * (triggerTime, beta-only detail options) are always filled; the serializer
 * writes only what the requested namespace has.
 */
import { VARIANTS } from '../shared/variants.js';
import { message } from '../locale/catalogue.js';
import type { JobRun } from '../lifecycle/job-run.js';
import { countFiles, processedFiles } from '../lifecycle/job-log.js';
import type { Projection } from '../lifecycle/project-run.js';
import type * as Wire from '../schema/wire-types.js';
import { taskProgressView } from './task-progress-view.js';

function progressMessage(run: JobRun, p: Projection, seed: number, now: number): string {
  const v = VARIANTS[run.variant];
  switch (p.state) {
    case 'Running':
      return message(run.locale, `progress.Running.${v.progressMessage}`, { done: p.done, total: run.totalSize });
    case 'Done': {
      if (run.stop) return message(run.locale, 'progress.Done.stopped', { done: p.done, total: run.totalSize });
      const c = countFiles(processedFiles(run, seed, now));
      return message(run.locale, 'progress.Done', { success: c.success + c.update, warnings: c.warning, errors: c.error });
    }
    default:
      return message(run.locale, `progress.${p.state}`);
  }
}

export function activeJobView(run: JobRun, p: Projection, seed: number, now: number): Wire.ActiveJob {
  return {
    companyHandle: run.companyHandle,
    jobHandle: run.jobHandle,
    name: run.name,
    originalName: run.originalName,
    type: VARIANTS[run.variant].jobType,
    state: p.state,
    submitUserEmail: run.submitUserEmail,
    locale: run.locale,
    description: run.description,
    serverName: run.serverName,
    startDate: run.submittedAt,
    triggerTime: run.submittedAt,
    totalSize: run.totalSize,
    progress: p.progress,
    progressMessage: progressMessage(run, p, seed, now),
    lastProgressUpdate: p.lastProgressUpdate,
    taskProgressArray: taskProgressView(run, p, seed),
    [run.variant]: run.detail,
  };
}

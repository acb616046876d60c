/**
 * An ActiveJob as a plain object in WSDL field names. Version-specific fields
 * (triggerTime, beta-only detail options) are always filled; the serializer
 * writes only what the requested namespace has.
 */
import { KeptPer } from '../shared/byte-budget.js';
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

/**
 * Views kept per run while its projection holds (now within [from, p.changesAt), the same stop):
 * a company polled by several users, locales or namespaces builds each job's view once per change,
 * and, as a kept view is frozen, the serializer writes its XML once per namespace too
 * (../serialize/write-fields.ts). Kept under the shared budget for derived data; the least recently
 * read go first.
 */
interface Kept {
  readonly seed: number;
  readonly stop: JobRun['stop'];
  readonly from: number;
  readonly until: number;
  readonly view: Wire.ActiveJob;
}

const kept = new KeptPer<JobRun, Kept>();

/**
 * Estimated bytes of a kept view with the XML written for it: the view's text (strings of the job and
 * its detail) three times over — the object, and its XML in the namespace read. Calibrated with heap
 * measurements (a full GC before and after dropping every kept view): within ±15 % for faked companies
 * and for a fixture company of 10,000 jobs.
 */
const viewBytes = (view: Wire.ActiveJob): number => 3 * JSON.stringify(view).length;

export function activeJobView(run: JobRun, p: Projection, seed: number, now: number): Wire.ActiveJob {
  const k = kept.get(run);
  if (k && k.seed === seed && k.stop === run.stop && now >= k.from && now < k.until) return k.view;
  const view = Object.freeze(buildView(run, p, seed, now));
  kept.set(run, { seed, stop: run.stop, from: now, until: p.changesAt, view }, viewBytes(view));
  return view;
}

function buildView(run: JobRun, p: Projection, seed: number, now: number): Wire.ActiveJob {
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

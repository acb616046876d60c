/**
 * A job run: one execution of a job, submitted, fired by a schedule, faked or
 * from a fixture. A run is immutable apart from a stop request; its state at
 * any instant is a pure function of the run and the mock clock (project-run.ts).
 */
import type { Locale } from '../locale/locales.js';
import type { Detail, PhaseDurations, VariantKey } from '../shared/variants.js';

/** A file (or asset) a submitted job will handle, planned against the company's catalogue when it was submitted. */
export interface PlannedFile {
  readonly path: string;
  readonly assetName: string;
  readonly assetHandle: string;
  /** Job Log File Type (reference §8.4). */
  readonly assetType: string;
  readonly outcome: 'success' | 'update' | 'duplicate' | 'error';
  /** Catalogue keys of auxiliary messages (an error's reason). */
  readonly aux?: readonly string[];
}

/** What a job does and who asked for it: a scheduled job keeps one, and each run it fires copies it. */
export interface JobSpec {
  readonly companyHandle: string;
  /** A scheduled job's name; a run's is <originalName>_<yyyy-MM-dd-HH:mm:ss.SSS> (job-handles.ts), or a fixture's name. */
  readonly name: string;
  readonly originalName: string;
  readonly variant: VariantKey;
  readonly detail: Detail;
  readonly locale: Locale;
  readonly description?: string;
  readonly submitUserEmail: string;
  /** Who or what submitted it, as the JobClient log line shows it. */
  readonly client: string;
  readonly durations: PhaseDurations;
  /** Files (or assets) the job handles: ActiveJob totalSize and the log's totalFileCount. */
  readonly totalSize: number;
  /** The files, when the job acts on the catalogue (submitted jobs); otherwise they are faked from the job handle. */
  readonly plan?: readonly PlannedFile[];
}

export interface JobRun extends JobSpec {
  /** This run's handle, j|<companyId>||<name>|<runId> (job-handles.ts). */
  readonly jobHandle: string;
  /** The handle of the job as submitted (submitJob's return, or its ScheduledJob's handle): j|<companyId>|<jobName>|| */
  readonly submittedHandle: string;
  readonly serverName: string;
  /** When the job was submitted or its trigger fired (ActiveJob startDate / triggerTime). */
  readonly submittedAt: number;
  /** Set by stopJob/deleteJob, through Tenant.stopRun. */
  readonly stop?: { readonly at: number; readonly by: string; readonly windDownMs?: number };
}

/** How long a stop takes to wind down (Stopping → Done). */
export const STOPPING_MS = 2_000;
/** How long a Done job stays visible in getActiveJobs before only its log remains. */
export const DONE_LINGER_MS = 60_000;

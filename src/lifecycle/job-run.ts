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

/** What a run adds to the spec it copies: its name and handles, where it runs, when it started. */
export type RunIdentity = Pick<JobRun, 'name' | 'jobHandle' | 'submittedHandle' | 'serverName' | 'submittedAt'>;

/**
 * A run with every field set, in one order, so that all runs share one V8 hidden class. Why: V8 gives an
 * object made by spreading another and then adding a key (`{ ...spec, jobHandle }`) a hidden class of its
 * own (docs/decisions.md §16); runs made that way cost ~600 bytes more each, and a submit load with a
 * pinned clock keeps every run it makes. Every maker of a run goes through here.
 */
export function jobRun(spec: JobSpec, id: RunIdentity, stop?: JobRun['stop']): JobRun {
  const run: { readonly [K in keyof Required<JobRun>]: JobRun[K] } = {
    companyHandle: spec.companyHandle,
    name: id.name,
    originalName: spec.originalName,
    variant: spec.variant,
    detail: spec.detail,
    locale: spec.locale,
    description: spec.description,
    submitUserEmail: spec.submitUserEmail,
    client: spec.client,
    durations: spec.durations,
    totalSize: spec.totalSize,
    plan: spec.plan,
    jobHandle: id.jobHandle,
    submittedHandle: id.submittedHandle,
    serverName: id.serverName,
    submittedAt: id.submittedAt,
    stop,
  };
  return run;
}

/** How long a stop takes to wind down (Stopping → Done). */
export const STOPPING_MS = 2_000;
/** How long a Done job stays visible in getActiveJobs before only its log remains. */
export const DONE_LINGER_MS = 60_000;

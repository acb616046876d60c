/**
 * All job state of one company: runs, scheduled jobs and the handle sequence.
 * Tenants never share anything, so suites that each use their own company
 * handle cannot see or disturb each other. `revision` changes on every
 * mutation, which keys the response cache.
 */
import type { ServerZone } from '../clock/server-zone.js';
import { runHandle, runName, submittedHandle } from './job-handles.js';
import type { JobRun } from './job-run.js';
import { projectRun } from './project-run.js';
import { lastFires, nextFireTime } from './schedule.js';
import { runFromSchedule, type ScheduledJob } from './scheduled-job.js';

export interface Retention {
  readonly retainFinishedMs: number;
  readonly maxFinishedPerCompany: number;
}

/** At most this many missed fires of one schedule are run when the clock jumps (older ones are skipped, as a misfire). */
const MAX_CATCH_UP_FIRES = 50;

export class Tenant {
  readonly runs: JobRun[] = [];
  readonly scheduled: ScheduledJob[] = [];
  revision = 0;
  /**
   * The instants of the syncs at which a trigger fired. With the genesis they are all a faked company's
   * history needs: syncing a new tenant to each of them in turn rebuilds it exactly (TenantStore drops idle companies).
   */
  readonly fireSyncs: number[] = [];

  constructor(
    readonly companyHandle: string,
    /** The clock reading when the mock first touched this company. */
    readonly genesis: number,
    private sequence: number,
    /** Server time, for the names of runs that triggers fire. */
    private readonly zone: ServerZone,
  ) {}

  /** Turns a trigger firing into a run with a fresh handle (system jobs make none). */
  spawn(job: ScheduledJob, at: number): JobRun | undefined {
    if (job.job.kind === 'system') return undefined;
    const spec = job.job.spec;
    const name = runName(spec.originalName, at, this.zone);
    const run = runFromSchedule(spec, at, { name, jobHandle: this.nextRunHandle(name), submittedHandle: job.jobHandle });
    this.runs.push(run);
    return run;
  }

  get companyId(): string {
    return this.companyHandle.slice(2);
  }

  /** A new run's handle, `j|<companyId>||<name>|<runId>`, the run id counting up per company. */
  nextRunHandle(name: string): string {
    this.sequence += 1;
    return runHandle(this.companyId, name, this.sequence);
  }

  /**
   * The handle submitJob returns, `j|<companyId>|<jobName>||`. While a scheduled job or a listed run
   * already answers to it, the name gets the next run id appended, so each submission keeps its own handle.
   */
  submissionHandle(jobName: string, now: number): { name: string; handle: string } {
    const taken = (h: string) => this.scheduled.some((s) => s.jobHandle === h) || this.runs.some((r) => r.submittedHandle === h && projectRun(r, now).visible);
    const name = taken(submittedHandle(this.companyId, jobName)) ? `${jobName}_${this.sequence + 1}` : jobName;
    return { name, handle: submittedHandle(this.companyId, name) };
  }

  /** A new revision: cached answers about this company are stale (TenantStore.write calls it after write operations). */
  markChanged(): void {
    this.revision += 1;
  }

  private stable?: { revision: number; from: number; until: number };

  /**
   * Until when everything this tenant shows stays the same (no state, progress,
   * log line or trigger changes), for the response cache. Memoised per revision.
   */
  stableUntil(now: number): number {
    const s = this.stable;
    if (s && s.revision === this.revision && now >= s.from && now < s.until) return s.until;
    let until = Infinity;
    for (const run of this.runs) until = Math.min(until, run.submittedAt > now ? run.submittedAt : projectRun(run, now).changesAt);
    for (const job of this.scheduled) {
      const next = job.execTime ?? (job.cron ? nextFireTime(job.cron, Math.max(job.syncedTo, now)) : undefined);
      if (next !== undefined) until = Math.min(until, next);
    }
    this.stable = { revision: this.revision, from: now, until };
    return until;
  }

  /** Until when a sync would change nothing (no fire due, no run to drop), memoised per revision. */
  private quiet?: { revision: number; from: number; until: number };

  /** Brings the tenant to `now`: fires due triggers and drops old finished runs. */
  sync(now: number, retention: Retention): void {
    const q = this.quiet;
    if (q && q.revision === this.revision && now >= q.from && now < q.until) return;
    const before = this.revision;
    for (const job of [...this.scheduled]) this.fireDue(job, now);
    if (this.revision !== before) this.fireSyncs.push(now);
    const nextDrop = this.prune(now, retention);
    this.quiet = { revision: this.revision, from: now, until: Math.min(this.stableUntil(now), nextDrop) };
  }

  private fireDue(job: ScheduledJob, now: number): void {
    if (job.syncedTo >= now) return;
    if (job.triggerState === 'Paused') {
      job.syncedTo = now;
      return;
    }
    if (job.execTime !== undefined) {
      if (job.execTime <= now) {
        this.spawn(job, job.execTime);
        this.scheduled.splice(this.scheduled.indexOf(job), 1);
        this.markChanged();
      }
      job.syncedTo = now;
      return;
    }
    if (!job.cron) return;
    // Bounded however far the clock jumped (a per-second schedule over years would otherwise hang the server).
    const fires = lastFires(job.cron, job.syncedTo, now, MAX_CATCH_UP_FIRES);
    job.syncedTo = now;
    if (fires.length === 0) return;
    for (const at of fires) this.spawn(job, at);
    this.markChanged();
  }

  /** Drops finished runs past retention; returns when the next one will be due. */
  private prune(now: number, retention: Retention): number {
    const finished = this.runs
      .map((run) => ({ run, endedAt: projectRun(run, now).endedAt }))
      .filter((x): x is { run: JobRun; endedAt: number } => x.endedAt !== undefined)
      .sort((a, b) => a.endedAt - b.endedAt);
    const excess = finished.length - retention.maxFinishedPerCompany;
    const drop = new Set(
      finished.filter((x, i) => i < excess || now - x.endedAt > retention.retainFinishedMs).map((x) => x.run),
    );
    if (drop.size > 0) {
      for (let i = this.runs.length - 1; i >= 0; i--) if (drop.has(this.runs[i]!)) this.runs.splice(i, 1);
      this.markChanged();
    }
    const oldestKept = finished.find((x) => !drop.has(x.run));
    return oldestKept ? oldestKept.endedAt + retention.retainFinishedMs + 1 : Infinity;
  }

  /** A run by its own handle, or the newest run of a submission by the submitted handle. */
  findRun(jobHandle: string): JobRun | undefined {
    const own = this.runs.find((r) => r.jobHandle === jobHandle);
    if (own) return own;
    for (let i = this.runs.length - 1; i >= 0; i--) if (this.runs[i]!.submittedHandle === jobHandle) return this.runs[i];
    return undefined;
  }

  findScheduled(jobHandle: string): ScheduledJob | undefined {
    return this.scheduled.find((s) => s.jobHandle === jobHandle);
  }
}

/**
 * All job state of one company: runs, scheduled jobs and the handle sequence.
 * Tenants never share anything, so suites that each use their own company
 * handle cannot see or disturb each other. `revision` changes on every
 * mutation, which keys the response cache.
 */
import type { JobRun } from './job-run.js';
import { projectRun } from './project-run.js';
import { lastFires, nextFireTime } from './schedule.js';
import { runFromSchedule, scheduledHeader, type ScheduledJob } from './scheduled-job.js';

export interface Retention {
  readonly retainFinishedMs: number;
  readonly maxFinishedPerCompany: number;
}

/** At most this many missed fires of one schedule are run when the clock jumps (older ones are skipped, as a misfire). */
export const MAX_CATCH_UP_FIRES = 50;

export class Tenant {
  readonly runs: JobRun[] = [];
  readonly scheduled: ScheduledJob[] = [];
  revision = 0;

  constructor(
    readonly companyHandle: string,
    /** The clock reading when the mock first touched this company. */
    readonly genesis: number,
    private sequence: number,
  ) {}

  /** Turns a trigger firing into a run with a fresh handle (system jobs make none). */
  spawn(job: ScheduledJob, at: number): JobRun | undefined {
    if (job.job.kind === 'system') return undefined;
    const spec = job.job.spec;
    const run = runFromSchedule(spec, at, this.nextJobHandle(spec.name));
    this.runs.push(run);
    return run;
  }

  get companyId(): string {
    return this.companyHandle.slice(2);
  }

  /** `j|<companyId>||<jobName>|<sequence>` (reference §5). */
  nextJobHandle(jobName: string): string {
    this.sequence += 1;
    return `j|${this.companyId}||${jobName}|${this.sequence}`;
  }

  /** A unique job name: the given one, or with the sequence appended when an active or scheduled job has it (reference §11.3). */
  uniqueName(jobName: string, now: number): string {
    const taken =
      this.scheduled.some((s) => scheduledHeader(s).name === jobName) ||
      this.runs.some((r) => r.name === jobName && projectRun(r, now).visible);
    return taken ? `${jobName}_${this.sequence + 1}` : jobName;
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
    for (const job of [...this.scheduled]) this.fireDue(job, now);
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

  findRun(jobHandle: string): JobRun | undefined {
    return this.runs.find((r) => r.jobHandle === jobHandle);
  }

  findScheduled(jobHandle: string): ScheduledJob | undefined {
    return this.scheduled.find((s) => s.jobHandle === jobHandle);
  }
}

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

/** A scheduled job's trigger fields, which only the tenant changes (so it knows its memos are stale). */
type TriggerFields = { triggerState: ScheduledJob['triggerState']; syncedTo: number };

export class Tenant {
  private readonly runList: JobRun[] = [];
  private readonly scheduledList: ScheduledJob[] = [];
  revision = 0;
  /**
   * Bumped by every change other than adding a run or a scheduled job (a stop, a replaced run, a trigger
   * paused, resumed or deleted, runs dropped): the memos below hold only while it stays the same. Additions
   * wait in `addedRuns` / `addedScheduled` and are folded into the memos (an O(1) write instead of a pass
   * over every run).
   */
  private shape = 0;
  private addedRuns: JobRun[] = [];
  private addedScheduled: ScheduledJob[] = [];
  /** The runs of each submitted handle, in list order: every submitJob asks whether its handle is taken. */
  private readonly bySubmission = new Map<string, JobRun[]>();

  /** The runs, oldest first; changed only through the methods below. */
  get runs(): readonly JobRun[] {
    return this.runList;
  }

  get scheduled(): readonly ScheduledJob[] {
    return this.scheduledList;
  }

  addRun(run: JobRun): void {
    this.runList.push(run);
    this.addedRuns.push(run);
    const same = this.bySubmission.get(run.submittedHandle);
    if (same) same.push(run);
    else this.bySubmission.set(run.submittedHandle, [run]);
  }

  addScheduled(job: ScheduledJob): void {
    this.scheduledList.push(job);
    this.addedScheduled.push(job);
  }

  /** Puts `next` where `run` was (uploadPost's later POSTs re-plan a waiting run). */
  replaceRun(run: JobRun, next: JobRun): void {
    this.runList[this.runList.indexOf(run)] = next;
    this.reindex(run.submittedHandle);
    this.reindex(next.submittedHandle);
    this.shape += 1;
  }

  /** Lists the runs of one submitted handle again, from the run list (a replaced run: its place in the list). */
  private reindex(submitted: string): void {
    const same = this.runList.filter((r) => r.submittedHandle === submitted);
    if (same.length > 0) this.bySubmission.set(submitted, same);
    else this.bySubmission.delete(submitted);
  }

  /** Takes a dropped run out of its submission's list (a few runs at most, so no pass over every run). */
  private unindex(run: JobRun): void {
    const same = this.bySubmission.get(run.submittedHandle) ?? [];
    same.splice(same.indexOf(run), 1);
    if (same.length === 0) this.bySubmission.delete(run.submittedHandle);
  }

  /** stopJob / deleteJob: the run winds down from `stop.at`. */
  stopRun(run: JobRun, stop: NonNullable<JobRun['stop']>): void {
    (run as { stop?: JobRun['stop'] }).stop = stop;
    this.shape += 1;
  }

  removeScheduled(job: ScheduledJob): void {
    this.scheduledList.splice(this.scheduledList.indexOf(job), 1);
    this.shape += 1;
  }

  /** pauseJob / resumeJob; `syncedTo` set skips the fires missed meanwhile. */
  setTrigger(job: ScheduledJob, triggerState: ScheduledJob['triggerState'], syncedTo?: number): void {
    const fields = job as TriggerFields;
    fields.triggerState = triggerState;
    if (syncedTo !== undefined) fields.syncedTo = syncedTo;
    this.shape += 1;
  }
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
    this.addRun(run);
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
    const taken = (h: string) =>
      this.scheduled.some((s) => s.jobHandle === h) || (this.bySubmission.get(h) ?? []).some((r) => projectRun(r, now).visible);
    const name = taken(submittedHandle(this.companyId, jobName)) ? `${jobName}_${this.sequence + 1}` : jobName;
    return { name, handle: submittedHandle(this.companyId, name) };
  }

  /** A new revision: cached answers about this company are stale (TenantStore.write calls it after write operations). */
  markChanged(): void {
    this.revision += 1;
  }

  /** Until when nothing this tenant shows changes (`stable`) and a sync would change nothing (`quiet`), from when. */
  private stable?: Memo;
  private quiet?: Memo;

  /**
   * Until when everything this tenant shows stays the same (no state, progress,
   * log line or trigger changes), for the response cache.
   */
  stableUntil(now: number): number {
    this.foldAdded(now);
    const s = this.stable;
    if (s && s.shape === this.shape && now >= s.from && now < s.until) return s.until;
    let until = Infinity;
    for (const run of this.runList) until = Math.min(until, nextChange(run, now));
    for (const job of this.scheduledList) until = Math.min(until, nextFire(job, now));
    this.stable = { shape: this.shape, from: now, until };
    return until;
  }

  /** Brings the tenant to `now`: fires due triggers and drops old finished runs. */
  sync(now: number, retention: Retention): void {
    this.foldAdded(now);
    const q = this.quiet;
    if (q && q.shape === this.shape && now >= q.from && now < q.until) return;
    const before = this.revision;
    for (const job of [...this.scheduledList]) this.fireDue(job, now);
    if (this.revision !== before) this.fireSyncs.push(now);
    const nextDrop = this.prune(now, retention);
    this.foldAdded(now);
    this.quiet = { shape: this.shape, from: now, until: Math.min(this.stableUntil(now), nextDrop) };
  }

  /**
   * Folds the runs and scheduled jobs added since the memos were made into them: a memo made at `from`
   * says nothing changes before `until`, so with an addition it still holds from `now` until the sooner of
   * its `until` and the addition's next change. A run already finished may be due to be dropped: that one
   * a pass over every run decides (the shape moves on).
   */
  private foldAdded(now: number): void {
    if (this.addedRuns.length === 0 && this.addedScheduled.length === 0) return;
    let until = Infinity;
    for (const job of this.addedScheduled) until = Math.min(until, nextFire(job, now));
    for (const run of this.addedRuns) {
      if (run.submittedAt <= now && projectRun(run, now).endedAt !== undefined) this.shape += 1;
      else until = Math.min(until, nextChange(run, now));
    }
    this.addedRuns = [];
    this.addedScheduled = [];
    const fold = (m: Memo | undefined): Memo | undefined =>
      m && m.shape === this.shape && now >= m.from && now < m.until ? { shape: m.shape, from: now, until: Math.min(m.until, until) } : undefined;
    this.stable = fold(this.stable);
    this.quiet = fold(this.quiet);
  }

  private fireDue(job: ScheduledJob, now: number): void {
    if (job.syncedTo >= now) return;
    const fields = job as TriggerFields;
    if (job.triggerState === 'Paused') {
      fields.syncedTo = now;
      return;
    }
    if (job.execTime !== undefined) {
      if (job.execTime <= now) {
        this.spawn(job, job.execTime);
        this.removeScheduled(job);
        this.markChanged();
      }
      fields.syncedTo = now;
      return;
    }
    if (!job.cron) return;
    // Bounded however far the clock jumped (a per-second schedule over years would otherwise hang the server).
    const fires = lastFires(job.cron, job.syncedTo, now, MAX_CATCH_UP_FIRES);
    fields.syncedTo = now;
    if (fires.length === 0) return;
    for (const at of fires) this.spawn(job, at);
    this.markChanged();
  }

  /** Drops finished runs past retention; returns when the next one will be due. */
  private prune(now: number, retention: Retention): number {
    // Every write brings the company here again, so this pass allocates only for the finished runs.
    const finished: { run: JobRun; endedAt: number }[] = [];
    for (const run of this.runList) {
      const endedAt = projectRun(run, now).endedAt;
      if (endedAt !== undefined) finished.push({ run, endedAt });
    }
    finished.sort((a, b) => a.endedAt - b.endedAt);
    const excess = finished.length - retention.maxFinishedPerCompany;
    const drop = new Set(
      finished.filter((x, i) => i < excess || now - x.endedAt > retention.retainFinishedMs).map((x) => x.run),
    );
    if (drop.size > 0) {
      for (let i = this.runList.length - 1; i >= 0; i--) if (drop.has(this.runList[i]!)) this.runList.splice(i, 1);
      for (const run of drop) this.unindex(run);
      this.shape += 1;
      this.markChanged();
    }
    const oldestKept = finished.find((x) => !drop.has(x.run));
    return oldestKept ? oldestKept.endedAt + retention.retainFinishedMs + 1 : Infinity;
  }

  /** A run by its own handle, or the newest run of a submission by the submitted handle. */
  findRun(jobHandle: string): JobRun | undefined {
    const own = this.runs.find((r) => r.jobHandle === jobHandle);
    if (own) return own;
    return this.bySubmission.get(jobHandle)?.at(-1);
  }

  findScheduled(jobHandle: string): ScheduledJob | undefined {
    return this.scheduled.find((s) => s.jobHandle === jobHandle);
  }
}

interface Memo {
  readonly shape: number;
  readonly from: number;
  readonly until: number;
}

/** The next instant a run's projection changes (a run submitted in the future appears at its submission). */
const nextChange = (run: JobRun, now: number): number => (run.submittedAt > now ? run.submittedAt : projectRun(run, now).changesAt);

/** The next instant a trigger fires (none: Infinity). */
const nextFire = (job: ScheduledJob, now: number): number =>
  job.execTime ?? (job.cron ? nextFireTime(job.cron, Math.max(job.syncedTo, now)) : undefined) ?? Infinity;

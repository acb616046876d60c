/**
 * The files a run handles and what happens to each, drawn once per run from
 * (seed, job handle). File i finishes at an even share of the running phase,
 * so the log, the counts and the progress all agree at any instant.
 */
import type { Faker } from '@faker-js/faker';
import { withLentFakers } from '../locale/faker-locales.js';
import { KeptPer } from '../shared/byte-budget.js';
import { seededFaker } from '../shared/seeded.js';
import { filesNamedIn, VARIANTS } from '../shared/variants.js';
import type { JobRun } from './job-run.js';
import { PROGRESS_TICK_MS, timeline } from './project-run.js';

type Outcome = 'success' | 'update' | 'duplicate' | 'warning' | 'error';

export interface RunFile {
  readonly path: string;
  readonly assetName: string;
  readonly assetHandle: string;
  readonly assetType: string;
  readonly outcome: Outcome;
  /** Catalogue keys of auxiliary messages (warnings/errors) for the file. */
  readonly aux: readonly string[];
  /** When the file's log line is written. */
  readonly at: number;
}

const WARNINGS = ['aux.warning.lowResolution', 'aux.warning.colorProfile'];
const ERRORS = ['aux.error.unsupportedFormat', 'aux.error.corrupt'];

function pickOutcome(f: Faker, uploads: boolean): Outcome {
  const r = f.number.float({ min: 0, max: 1 });
  if (r < 0.06) return 'warning';
  if (r < 0.1) return 'error';
  if (uploads && r < 0.16) return 'update';
  if (uploads && r < 0.2) return 'duplicate';
  return 'success';
}

/** Paths or handles named by the detail array that lists the variant's files (URL destinations, asset handles). */
function namedInDetail(run: JobRun): Array<{ path?: string; handle?: string }> {
  return (filesNamedIn(run.variant, run.detail) ?? []).map((item) =>
    typeof item === 'string' ? { handle: item } : { path: typeof item === 'object' && item !== null && 'destPath' in item && typeof item.destPath === 'string' ? item.destPath : undefined },
  );
}

/**
 * File i is done at the first progress tick where floor(fraction × total) > i,
 * so the files in the log always match `done` in the projection, and a log
 * only changes when the projection does.
 */
function fileDoneOffset(i: number, total: number, runMs: number): number {
  if (runMs <= 0) return 0;
  const ticks = Math.ceil(((i + 1) * runMs) / (total * PROGRESS_TICK_MS) - 1e-9);
  return Math.min(ticks * PROGRESS_TICK_MS, runMs);
}

/**
 * A run's files are drawn once and kept under the shared budget for derived data (a faked company
 * has ~800 files over its runs); dropped, they are drawn again to the same list.
 */
const cache = new KeptPer<JobRun, readonly RunFile[]>();

/** Estimated heap bytes of a file list: the record and its strings (measured: ~200 per faked file). */
const filesBytes = (files: readonly RunFile[]): number => files.reduce((sum, f) => sum + 140 + f.path.length + f.assetName.length + f.assetHandle.length, 64);

export function runFiles(run: JobRun, seed: number): readonly RunFile[] {
  const hit = cache.get(run);
  if (hit) return hit;
  const files = withLentFakers(() => buildFiles(run, seed));
  cache.set(run, files, filesBytes(files));
  return files;
}

function buildFiles(run: JobRun, seed: number): readonly RunFile[] {
  const v = VARIANTS[run.variant];
  const f = seededFaker('en-US', seed, run.jobHandle, 'files');
  const named = namedInDetail(run);
  const folder = typeof run.detail.destFolder === 'string' ? run.detail.destFolder : `${run.companyHandle.slice(2)}/${run.variant.replace(/Job$/, '')}/`;
  const t = timeline(run);
  const at = (i: number) => t.runningAt + fileDoneOffset(i, run.totalSize, run.durations.runMs);
  if (run.plan) {
    // Spelled out, not spread: a spread object given a new key gets a hidden class of its own (jobRun).
    return run.plan.map((p, i): RunFile => ({ path: p.path, assetName: p.assetName, assetHandle: p.assetHandle, assetType: p.assetType, outcome: p.outcome, aux: p.aux ?? [], at: at(i) }));
  }
  return Array.from({ length: run.totalSize }, (_, i): RunFile => {
    const given = named[i];
    const ext = f.helpers.arrayElement(v.extensions);
    const path = given?.path ?? `${folder}${f.word.noun().toLowerCase()}_${f.string.numeric(4)}.${ext}`;
    const outcome = pickOutcome(f, v.transfers);
    const aux = outcome === 'warning' ? [f.helpers.arrayElement(WARNINGS)] : outcome === 'error' ? [f.helpers.arrayElement(ERRORS)] : [];
    return {
      path,
      assetName: path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''),
      assetHandle: given?.handle ?? `a|${f.number.int({ min: 100_000, max: 999_999_999 })}`,
      assetType: f.helpers.arrayElement(v.assetTypes),
      outcome,
      aux,
      at: at(i),
    };
  });
}

/**
 * Unit tests of a run's files and job log (README "Progress": log lines are written as files complete,
 * so logs, counts and progress agree at any instant). Log types from reference §8.3.
 */
import { describe, expect, it } from 'vitest';
import type { JobRun, PlannedFile } from '../../../src/lifecycle/job-run.js';
import { countFiles, logLines, processedFiles } from '../../../src/lifecycle/job-log.js';
import { projectRun } from '../../../src/lifecycle/project-run.js';
import { runFiles } from '../../../src/lifecycle/run-files.js';

const T0 = Date.parse('2026-11-28T10:00:00Z');
const s = (n: number) => T0 + n * 1_000;
const file = (name: string, outcome: PlannedFile['outcome'], aux?: string[]): PlannedFile => ({ path: `shop/${name}.jpg`, assetName: name, assetHandle: `a|${name.length}`, assetType: 'MasterImage', outcome, ...(aux ? { aux } : {}) });
const PLAN = [file('one', 'success'), file('two', 'update'), file('three', 'duplicate'), file('four', 'error', ['aux.error.corrupt'])];

function run(over: Partial<JobRun> = {}): JobRun {
  return {
    companyHandle: 'c|1', name: 'r_x', originalName: 'nightly', variant: 'uploadUrlsJob', detail: {}, locale: 'en-US', submitUserEmail: 'a@example.com', client: 'app/1.0',
    durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 4_000 }, totalSize: 4, plan: PLAN,
    jobHandle: 'j|1||r_x|1', submittedHandle: 'j|1|nightly||', serverName: 's', submittedAt: T0,
    ...over,
  };
}
const lines = (r: JobRun, sec: number) => logLines(r, projectRun(r, s(sec)), 7, s(sec));

describe('runFiles', () => {
  it('a planned run handles its plan; file i is done at (i+1)/n of the running phase', () => {
    const files = runFiles(run(), 7);
    expect(files.map((f) => [f.assetName, f.outcome, f.at])).toEqual([['one', 'success', s(3)], ['two', 'update', s(4)], ['three', 'duplicate', s(5)], ['four', 'error', s(6)]]);
    expect(files[0]!.aux).toEqual([]);
    expect(files[3]!.aux).toEqual(['aux.error.corrupt']);
  });
  it('the same run gives the same files (cached)', () => {
    const r = run();
    expect(runFiles(r, 7)).toBe(runFiles(r, 7));
  });
  it('a faked run: n files from (seed, handle), named by the detail array when it names them, shares rounded up to whole seconds', () => {
    const r = run({ plan: undefined, totalSize: 3, durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 10_000 }, detail: { urlArray: { items: [{ sourceUrl: 'https://e.com/a.png', destPath: 'shop/a.png' }] } } });
    const files = runFiles(r, 7);
    expect(files).toHaveLength(3);
    expect(files[0]!.path).toBe('shop/a.png');
    expect(files[0]!.assetName).toBe('a');
    expect(files.map((f) => f.at)).toEqual([s(6), s(9), s(12)]);
    for (const f of files) {
      expect(['MasterImage']).toContain(f.assetType);
      expect(f.assetHandle).toMatch(/^a\|\d+$/);
      expect(['success', 'update', 'duplicate', 'warning', 'error']).toContain(f.outcome);
      expect(f.aux.length).toBe(f.outcome === 'warning' || f.outcome === 'error' ? 1 : 0);
    }
    // Same seed and handle: the same files; another handle: others.
    expect(runFiles({ ...r }, 7).map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(runFiles({ ...r, jobHandle: 'j|1||r_x|2' }, 7).slice(1).map((f) => f.path)).not.toEqual(files.slice(1).map((f) => f.path));
  });
  it('faked outcomes: about 6 % warnings, 4 % errors, and for transfers 6 % updates and 4 % duplicates; aux messages only on warnings and errors', () => {
    const share = (variant: JobRun['variant'], n: number) => {
      const files = runFiles(run({ variant, plan: undefined, totalSize: n, detail: {}, jobHandle: `j|1||${variant}|1` }), 7);
      const c = countFiles(files);
      for (const f of files) {
        expect(f.aux.length, f.outcome).toBe(f.outcome === 'warning' || f.outcome === 'error' ? 1 : 0);
        if (f.outcome === 'warning') expect(['aux.warning.lowResolution', 'aux.warning.colorProfile']).toContain(f.aux[0]);
        if (f.outcome === 'error') expect(['aux.error.unsupportedFormat', 'aux.error.corrupt']).toContain(f.aux[0]);
        expect(f.assetName).toBe(f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''));
        expect(f.assetName).not.toContain('.');
        expect(f.path).toMatch(/^1\/[a-zA-Z]+\/[a-z-' ]+_\d{4}\.[a-z0-9]+$/);
      }
      return { warning: c.warning / n, error: c.error / n, update: c.update / n, duplicate: c.duplicate / n };
    };
    const up = share('uploadDirectoryJob', 4_000);
    expect(up.warning).toBeGreaterThan(0.045);
    expect(up.warning).toBeLessThan(0.075);
    expect(up.error).toBeGreaterThan(0.03);
    expect(up.error).toBeLessThan(0.05);
    expect(up.update).toBeGreaterThan(0.045);
    expect(up.update).toBeLessThan(0.075);
    expect(up.duplicate).toBeGreaterThan(0.03);
    expect(up.duplicate).toBeLessThan(0.05);
    const pub = share('imageServingPublishJob', 2_000);
    expect([pub.update, pub.duplicate]).toEqual([0, 0]);
    expect(pub.warning).toBeGreaterThan(0.04);
    expect(pub.error).toBeGreaterThan(0.025);
  });
  it('files go under the detail destFolder when given, else <companyId>/<variant>/', () => {
    const given = runFiles(run({ variant: 'uploadDirectoryJob', plan: undefined, totalSize: 2, detail: { destFolder: 'shop/in/' } }), 7);
    expect(given.every((f) => f.path.startsWith('shop/in/'))).toBe(true);
    const dflt = runFiles(run({ variant: 'uploadDirectoryJob', plan: undefined, totalSize: 2, detail: {} }), 7);
    expect(dflt.every((f) => f.path.startsWith('1/uploadDirectory/'))).toBe(true);
  });
  it('asset handles named by assetHandleArray are the files', () => {
    const r = run({ variant: 'exportJob', plan: undefined, totalSize: 2, detail: { assetHandleArray: { items: ['a|5', 'a|6'] } } });
    expect(runFiles(r, 7).map((f) => f.assetHandle)).toEqual(['a|5', 'a|6']);
  });
  it('a job without running time finishes every file at once', () => {
    const r = run({ durations: { newMs: 1_000, coordinatorMs: 1_000, clientMs: 0, runMs: 0 } });
    expect(runFiles(r, 7).map((f) => f.at)).toEqual([s(2), s(2), s(2), s(2)]);
  });
});

describe('processedFiles and countFiles', () => {
  it('files done by now; a stop freezes the list', () => {
    expect(processedFiles(run(), 7, s(4)).map((f) => f.assetName)).toEqual(['one', 'two']);
    expect(processedFiles(run(), 7, s(4) - 1).map((f) => f.assetName)).toEqual(['one']);
    expect(processedFiles(run({ stop: { at: s(3.5), by: 'x' } }), 7, s(9)).map((f) => f.assetName)).toEqual(['one']);
  });
  it('counts each outcome', () => {
    expect(countFiles(runFiles(run(), 7))).toEqual({ success: 1, update: 1, duplicate: 1, warning: 0, error: 1, total: 4 });
    expect(countFiles([])).toEqual({ success: 0, update: 0, duplicate: 0, warning: 0, error: 0, total: 0 });
  });
});

describe('logLines', () => {
  it('nothing before Running', () => {
    expect(lines(run(), 1)).toEqual([]);
  });
  it('the begin block at the start of Running, then one line per file done', () => {
    const at3 = lines(run(), 3);
    expect(at3.map((l) => l.logType)).toEqual(['BeginUploadUrls', 'OriginalJobName', 'JobType', 'JobClient', 'TotalFileCount', 'UploadSuccess']);
    expect(at3.slice(0, 5).every((l) => l.at === s(2))).toBe(true);
    expect(at3[1]).toEqual({ at: s(2), logType: 'OriginalJobName', text: 'nightly' });
    expect(at3[2]).toMatchObject({ key: 'log.jobType', args: { jobType: 'UrlUpload' } });
    expect(at3[3]).toMatchObject({ key: 'log.jobClient', args: { client: 'app/1.0' } });
    expect(at3[4]).toMatchObject({ key: 'log.totalFileCount', args: { count: 4 } });
    expect(at3[5]).toMatchObject({ at: s(3), key: 'log.success.upload', args: { path: 'shop/one.jpg' } });
  });
  it('per-file log types: FileUpdated, DuplicateSkipped, the variant error; the end line counts updates as successes', () => {
    const done = lines(run(), 6);
    expect(done.slice(5).map((l) => [l.logType, 'key' in l ? l.key : l.text])).toEqual([
      ['UploadSuccess', 'log.success.upload'],
      ['FileUpdated', 'log.updated'],
      ['DuplicateSkipped', 'log.duplicate'],
      ['UploadError', 'log.error'],
      ['EndUploadUrls', 'log.end'],
    ]);
    expect(done.at(-1)).toEqual({ at: s(6), logType: 'EndUploadUrls', key: 'log.end', args: { success: 2, warnings: 0, errors: 1 } });
  });
  it('a stopped run ends with the stop line naming who stopped it', () => {
    const r = run({ stop: { at: s(4.5), by: 'boss@example.com' } });
    expect(lines(r, 5).at(-1)?.logType).toBe('UploadSuccess'.replace('UploadSuccess', 'FileUpdated'));
    const ended = lines(r, 7);
    expect(ended.at(-1)).toEqual({ at: s(6.5), logType: 'EndUploadUrls', key: 'log.stopped', args: { user: 'boss@example.com' } });
    expect(ended.filter((l) => 'file' in l && l.file)).toHaveLength(2);
  });
});

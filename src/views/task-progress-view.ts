/**
 * taskProgressArray of a running multi-task job (e.g. video transcoding): the
 * variant's task groups advance as a staggered pipeline over the same files.
 */
import { message } from '../locale/catalogue.js';
import type { JobRun } from '../lifecycle/job-run.js';
import type { Projection } from '../lifecycle/project-run.js';
import { runFiles } from '../lifecycle/run-files.js';
import type * as Wire from '../schema/wire-types.js';
import { VARIANTS } from '../shared/variants.js';

const ITEMS_PER_TASK = 3;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function taskProgressView(run: JobRun, p: Projection, seed: number): Wire.TaskProgressArray {
  const tasks = VARIANTS[run.variant].taskTypes;
  if (tasks.length === 0 || (p.state !== 'Running' && p.state !== 'Stopping')) return { items: [] };
  const files = runFiles(run, seed).slice(0, ITEMS_PER_TASK);
  const n = tasks.length;
  return {
    items: tasks.map((taskType, k) => {
      const progress = round3(clamp01(p.fraction * (1 + 0.5 * (n - 1)) - 0.5 * k));
      const itemProgress = files.map((_, j) => round3(clamp01(progress * files.length - j)));
      const processed = itemProgress.filter((x) => x >= 1).length;
      const processing = itemProgress.filter((x) => x > 0 && x < 1).length;
      const taskState = p.state === 'Stopping' ? 'Stopping' : progress >= 1 ? 'Done' : progress > 0 ? 'Processing' : 'New';
      return {
        taskType,
        taskState,
        numProcessed: processed,
        numProcessing: processing,
        numPending: files.length - processed - processing,
        progress,
        progressMessage: message(run.locale, 'task.progress', { done: processed, total: files.length }),
        lastProgressUpdate: p.lastProgressUpdate,
        taskItemProgressArray: {
          items: files.map((file, j) => {
            const itemDone = itemProgress[j] ?? 0;
            return {
              itemName: file.assetName,
              progress: itemDone,
              progressMessage: message(run.locale, itemDone >= 1 ? 'task.item.done' : itemDone > 0 ? 'task.item.processing' : 'task.item.pending'),
              lastProgressUpdate: p.lastProgressUpdate,
            };
          }),
        },
      };
    }),
  };
}

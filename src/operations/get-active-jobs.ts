/** getActiveJobs (reference §6.2): the active runs of the company, filtered. */
import { detailElements } from '../schema/detail-elements.js';
import { has } from '../schema/versions.js';
import { projectRun } from '../lifecycle/project-run.js';
import type * as Wire from '../schema/wire-types.js';
import { activeJobView } from '../views/active-job-view.js';
import type { OperationHandler } from './context.js';
import { checkJobHandle, scopeTenants } from './scope.js';

const WAITING = new Set(['WaitingClient', 'WaitingCoordinator']);

export const getActiveJobs: OperationHandler<'getActiveJobs'> = (ctx) => {
  const { companyHandle, jobHandle, originalName } = ctx.params;
  if (jobHandle !== undefined) checkJobHandle(jobHandle, companyHandle);
  // Decision: without includeWaitingJobs every active job is listed (as in versions that lack the flag); false hides waiting ones.
  const hideWaiting = ctx.params.includeWaitingJobs === false;
  // A job whose detail element the namespace cannot carry is not shown to that namespace's clients.
  const shown = new Set(detailElements.filter((d) => d.in.ActiveJob !== null && has(ctx.schema.version, d.in.ActiveJob)).map((d) => d.element));
  // One pass over the runs (a company may have 10,000): no intermediate list per filter.
  const items: Wire.ActiveJob[] = [];
  for (const t of scopeTenants(ctx, companyHandle)) {
    for (const r of t.runs) {
      if (r.submittedAt > ctx.now || !shown.has(r.variant)) continue;
      if (jobHandle !== undefined && r.jobHandle !== jobHandle && r.submittedHandle !== jobHandle) continue;
      if (originalName !== undefined && r.originalName !== originalName) continue;
      const p = projectRun(r, ctx.now);
      if (!p.visible || (hideWaiting && WAITING.has(p.state))) continue;
      items.push(activeJobView(r, p, ctx.seed, ctx.now));
    }
  }
  return { jobArray: { items } };
};

/** getActiveJobs (reference §6.2): the active runs of the company, filtered. */
import { detailElements } from '../schema/detail-elements.js';
import { has } from '../schema/versions.js';
import { projectRun } from '../lifecycle/project-run.js';
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
  const items = scopeTenants(ctx, companyHandle).flatMap((t) =>
    t.runs
      .filter((r) => r.submittedAt <= ctx.now && shown.has(r.variant))
      .filter((r) => (jobHandle === undefined || r.jobHandle === jobHandle || r.submittedHandle === jobHandle) && (originalName === undefined || r.originalName === originalName))
      .map((r) => ({ r, p: projectRun(r, ctx.now) }))
      .filter(({ p }) => p.visible && !(hideWaiting && WAITING.has(p.state)))
      .map(({ r, p }) => activeJobView(r, p, ctx.seed, ctx.now)),
  );
  return { jobArray: { items } };
};

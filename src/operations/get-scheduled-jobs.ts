/** getScheduledJobs (reference §6.3): jobs waiting for a trigger. */
import { detailElements } from '../schema/detail-elements.js';
import { has } from '../schema/versions.js';
import { scheduledHeader } from '../lifecycle/scheduled-job.js';
import { scheduledJobView } from '../views/scheduled-job-view.js';
import type { OperationHandler } from './context.js';
import { checkJobHandle, scopeTenants } from './scope.js';

export const getScheduledJobs: OperationHandler<'getScheduledJobs'> = (ctx) => {
  const { companyHandle, jobHandle, originalName } = ctx.params;
  if (jobHandle !== undefined) checkJobHandle(jobHandle, companyHandle);
  const shown = new Set(detailElements.filter((d) => d.in.ScheduledJob !== null && has(ctx.schema.version, d.in.ScheduledJob)).map((d) => d.element));
  const items = scopeTenants(ctx, companyHandle).flatMap((t) =>
    t.scheduled
      .filter((s) => s.job.kind === 'system' || shown.has(s.job.spec.variant))
      .filter((s) => (jobHandle === undefined || s.jobHandle === jobHandle) && (originalName === undefined || scheduledHeader(s).originalName === originalName))
      .map((s) => scheduledJobView(s, ctx.now)),
  );
  return { jobArray: { items } };
};

/**
 * Runs stages over one request context. The answering stages run in order
 * until one of them answers; then the finishing stages always run. Expected
 * failures are IpsFaults and become the fault answer; anything else is a bug,
 * reported on our side and answered with a plain 30000 (no stack trace).
 */
import { fault, IpsFault } from '../faults/catalogue.js';
import { answerFault } from './answers.js';
import type { RequestContext, Stage } from './context.js';

async function runStage(stage: Stage, ctx: RequestContext): Promise<void> {
  const started = performance.now();
  try {
    const pending = stage.run(ctx);
    if (pending) await pending;
  } catch (e) {
    if (!(e instanceof IpsFault)) ctx.engine.onBug?.(e);
    answerFault(ctx, e instanceof IpsFault ? e : fault('exception', 'Internal error in ips-mock; the request was not processed. Please report it with the request.'));
  }
  ctx.record.timings.stages[stage.name] = performance.now() - started;
}

export async function runPipeline(ctx: RequestContext, answering: readonly Stage[], finishing: readonly Stage[]): Promise<void> {
  for (const stage of answering) {
    if (ctx.response) break;
    await runStage(stage, ctx);
  }
  for (const stage of finishing) await runStage(stage, ctx);
}

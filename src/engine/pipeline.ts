/**
 * Runs stages over one request context. The answering stages run in order
 * until one of them answers; then the finishing stages always run. Expected
 * failures are IpsFaults and become the fault answer; anything else is a bug,
 * reported on our side and answered with a plain 30000 (no stack trace).
 * Most stages are synchronous: only a stage that returns a promise is waited
 * for, so a call whose stages all answer at once costs no turn of the
 * microtask queue per stage.
 */
import { fault, IpsFault } from '../faults/catalogue.js';
import { answerFault } from './answers.js';
import type { RequestContext, Stage } from './context.js';

function failed(ctx: RequestContext, e: unknown): void {
  if (!(e instanceof IpsFault)) ctx.engine.onBug?.(e);
  answerFault(ctx, e instanceof IpsFault ? e : fault('exception', 'Internal error in ips-mock; the request was not processed. Please report it with the request.'));
}

/** Runs one stage and records its time; a promise only when the stage returned one. */
function runStage(stage: Stage, ctx: RequestContext): Promise<void> | undefined {
  const started = performance.now();
  const timed = () => void (ctx.record.timings.stages[stage.name] = performance.now() - started);
  let pending: void | Promise<void> = undefined;
  try {
    pending = stage.run(ctx);
  } catch (e) {
    failed(ctx, e);
  }
  if (!pending) return timed();
  return pending.then(timed, (e: unknown) => {
    failed(ctx, e);
    timed();
  });
}

export async function runPipeline(ctx: RequestContext, answering: readonly Stage[], finishing: readonly Stage[]): Promise<void> {
  for (const stage of answering) {
    if (ctx.response) break;
    const pending = runStage(stage, ctx);
    if (pending) await pending;
  }
  for (const stage of finishing) {
    const pending = runStage(stage, ctx);
    if (pending) await pending;
  }
}

/**
 * Stage "inject": the injection rule that matches this request (if any) fires.
 * It sits after decoding, so rules can match the company and job handle of a
 * well-formed, authenticated call; it comes before the cache, so cached
 * answers are delayed or replaced too. A "truncated" drop lets the call be
 * answered as usual and marks the answer for the transport to cut short.
 */
import { fault } from '../../faults/catalogue.js';
import { answerFault } from '../answers.js';
import type { RequestContext, Stage } from '../context.js';
import { delayOf, describeAction, type Rule } from '../rules.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function act(ctx: RequestContext, rule: Rule): void {
  const a = rule.action;
  switch (a.kind) {
    case 'fault':
      return answerFault(ctx, fault(a.fault, a.reason ?? `Injected by ips-mock rule ${rule.id}`));
    case 'http':
      ctx.record.outcome = { kind: 'http', note: `injected HTTP ${a.status}` };
      ctx.response = { status: a.status, contentType: a.contentType, body: a.body, gzip: false, summary: `injected ${a.status}` };
      return;
    case 'drop':
      ctx.record.outcome = { kind: 'drop', drop: a.drop };
      if (a.drop === 'truncated') ctx.truncate = true;
      else ctx.response = { status: 200, contentType: ctx.soap.contentType, body: '', gzip: false, summary: `injected drop ${a.drop}`, drop: a.drop };
      return;
    case 'answer':
      return;
  }
}

export const inject: Stage = {
  name: 'inject',
  run(ctx) {
    const rule = ctx.engine.rules.take(ctx.record);
    if (!rule) return;
    if (!rule.delay) {
      ctx.record.rule = { id: rule.id, action: describeAction(rule) };
      return act(ctx, rule);
    }
    const delayMs = delayOf(rule, ctx.engine.seed);
    ctx.record.rule = { id: rule.id, action: describeAction(rule), delayMs };
    return sleep(delayMs).then(() => act(ctx, rule));
  },
};

/** Finishing stage "truncate": the answer goes out cut short (the transport closes the connection mid-body). */
export const truncate: Stage = {
  name: 'truncate',
  run(ctx) {
    if (!ctx.truncate || !ctx.response) return;
    ctx.record.outcome = { kind: 'drop', drop: 'truncated' };
    ctx.response = { ...ctx.response, drop: 'truncated' };
  },
};

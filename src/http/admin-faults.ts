/**
 * Control-API rows for injection rules, and the one schema that checks a rule
 * (also used by the in-process mock.faults.inject()).
 */
import { z } from 'zod';
import { parseDuration } from '../clock/mock-clock.js';
import type { Engine } from '../engine/engine.js';
import type { RuleAction, RuleSpec } from '../engine/rules.js';
import { FAULTS, type FaultName } from '../faults/catalogue.js';
import { operations } from '../schema/operations.js';
import { AdminError, adminRoute, type AdminRoute } from './admin-table.js';

const FAULT_NAMES = Object.keys(FAULTS) as [FaultName, ...FaultName[]];
const OPERATION_NAMES = operations.map((o) => o.name) as [string, ...string[]];

/** ms, or "250ms", "2s", "1m"; checked in superRefine below so the reason names the problem. */
const duration = z.union([z.string(), z.number()]);

const durationProblem = (v: string | number): string | undefined => {
  try {
    parseDuration(v);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

const faultSchema = z.strictObject({
  name: z.enum(FAULT_NAMES).describe(`A fault of the catalogue: ${FAULT_NAMES.map((n) => `${n} (${FAULTS[n].code})`).join(', ')}`),
  reason: z.string().min(1).max(4_000).optional().describe('The reason the fault carries'),
});

/** What a test sends to make the mock misbehave. Exactly one of fault / http / drop, or only a delay. */
export const ruleInputSchema = z
  .strictObject({
    match: z
      .strictObject({
        operation: z.enum(OPERATION_NAMES).optional(),
        company: z.string().optional().describe('companyHandle, e.g. c|2101 (or the company a jobHandle names)'),
        jobHandle: z.string().optional(),
        namespace: z.string().optional().describe('Namespace URI or API version id'),
        user: z.string().optional(),
      })
      .default({})
      .describe('Every field given must match; {} matches every request'),
    fault: z.union([z.enum(FAULT_NAMES), faultSchema]).optional().describe('Answer with this IPS fault'),
    http: z
      .strictObject({
        status: z.number().int().min(200).max(599),
        body: z.string().max(1_000_000).default(''),
        contentType: z.string().min(1).default('text/plain; charset=utf-8'),
      })
      .optional()
      .describe('Answer with this HTTP status and body'),
    drop: z.enum(['reset', 'empty', 'malformed', 'truncated']).optional().describe('Break the connection: TCP reset, close without answering, a non-XML body, or the answer cut short'),
    delay: z
      .union([duration, z.strictObject({ min: duration, max: duration })])
      .optional()
      .describe('Wait this long (real time) first: ms, "250ms", "2s", or {"min", "max"}'),
    times: z.number().int().min(1).optional().describe('Fire this many times; default: until removed'),
    priority: z.number().int().min(1).max(100).default(5).describe('1 is highest; ties go to the newest rule'),
  })
  .superRefine((r, ctx) => {
    const acts = (['fault', 'http', 'drop'] as const).filter((k) => r[k] !== undefined);
    if (acts.length > 1) ctx.addIssue({ code: 'custom', message: `give one of fault, http or drop, not ${acts.join(' and ')}` });
    if (acts.length === 0 && r.delay === undefined) ctx.addIssue({ code: 'custom', message: 'a rule needs fault, http, drop or delay' });
    const d = r.delay;
    const bounds = d === undefined ? [] : typeof d === 'object' ? [d.min, d.max] : [d];
    const problems = bounds.map(durationProblem).filter((p) => p !== undefined);
    for (const message of problems) ctx.addIssue({ code: 'custom', path: ['delay'], message });
    if (problems.length === 0 && typeof d === 'object' && parseDuration(d.min) > parseDuration(d.max)) {
      ctx.addIssue({ code: 'custom', path: ['delay'], message: 'delay.min is larger than delay.max' });
    }
  });

/** What a test sends to POST /__admin/faults or mock.faults.inject(). */
export type RuleInput = z.input<typeof ruleInputSchema>;

export function toRuleSpec(r: z.output<typeof ruleInputSchema>): RuleSpec {
  const action: RuleAction = r.fault
    ? typeof r.fault === 'string'
      ? { kind: 'fault', fault: r.fault }
      : { kind: 'fault', fault: r.fault.name, reason: r.fault.reason }
    : r.http
      ? { kind: 'http', ...r.http }
      : r.drop
        ? { kind: 'drop', drop: r.drop }
        : { kind: 'answer' };
  const d = r.delay;
  const delay = d === undefined ? undefined : typeof d === 'object' ? { minMs: parseDuration(d.min), maxMs: parseDuration(d.max) } : { minMs: parseDuration(d), maxMs: parseDuration(d) };
  return { match: r.match, action, delay, times: r.times, priority: r.priority };
}

const ruleSchema = z.object({
  id: z.string(),
  match: z.object({ operation: z.string(), company: z.string(), jobHandle: z.string(), namespace: z.string(), user: z.string() }).partial(),
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fault'), fault: z.string(), reason: z.string().optional() }),
    z.object({ kind: z.literal('http'), status: z.number().int(), body: z.string(), contentType: z.string() }),
    z.object({ kind: z.literal('drop'), drop: z.string() }),
    z.object({ kind: z.literal('answer') }),
  ]),
  delay: z.object({ minMs: z.number(), maxMs: z.number() }).optional(),
  times: z.number().int().optional(),
  priority: z.number().int(),
  fired: z.number().int().describe('How often it fired so far'),
});

export function faultRoutes(engine: Engine): AdminRoute[] {
  const { rules } = engine;
  return [
    adminRoute({
      method: 'post',
      path: '/__admin/faults',
      summary: 'Add an injection rule (a fault, an HTTP answer, a delay or a broken connection for matching calls)',
      body: ruleInputSchema,
      response: ruleSchema,
      handler: ({ body }) => {
        try {
          return rules.add(toRuleSpec(body));
        } catch (e) {
          if (e instanceof RangeError) throw new AdminError(400, e.message);
          throw e;
        }
      },
    }),
    adminRoute({
      method: 'get',
      path: '/__admin/faults',
      summary: 'The active injection rules',
      response: z.object({ rules: z.array(ruleSchema) }),
      handler: () => ({ rules: [...rules.list()] }),
    }),
    adminRoute({
      method: 'delete',
      path: '/__admin/faults',
      summary: 'Remove every injection rule',
      response: z.object({ removed: z.number().int() }),
      handler: () => ({ removed: rules.clear() }),
    }),
    adminRoute({
      method: 'delete',
      path: '/__admin/faults/:id',
      summary: 'Remove one injection rule',
      response: z.object({ removed: z.number().int() }),
      handler: ({ params }) => {
        if (!rules.remove(params.id!)) throw new AdminError(404, `no injection rule '${params.id}' (it may have fired its times already); see GET /__admin/faults`);
        return { removed: 1 };
      },
    }),
  ];
}

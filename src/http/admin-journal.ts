/** Control-API rows for the request journal: find, count, clear. */
import { z } from 'zod';
import type { Engine } from '../engine/engine.js';
import type { JournalFilter } from '../engine/journal.js';
import { AdminError, adminRoute, type AdminRoute } from './admin-table.js';

const instant = z
  .string()
  .refine((s) => Number.isFinite(Date.parse(s)), { message: 'must be an ISO-8601 instant such as 2026-11-28T10:00:00Z' })
  .describe('Only requests received (real time) at or after this instant');

const filterFields = {
  operation: z.string().optional().describe('Operation name, e.g. getActiveJobs'),
  company: z.string().optional().describe('companyHandle of the request (or the company its jobHandle names)'),
  user: z.string().optional().describe('The authenticated user (case-insensitive)'),
  namespace: z.string().optional().describe('Namespace URI of the request, or an API version such as 2014-04-03'),
  since: instant.optional(),
};

const toFilter = (f: { operation?: string; company?: string; user?: string; namespace?: string; since?: string }, limit?: number): JournalFilter => ({
  ...f,
  since: f.since === undefined ? undefined : Date.parse(f.since),
  limit,
});

const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), cached: z.boolean() }),
  z.object({ kind: z.literal('fault'), fault: z.string(), element: z.string(), code: z.number().int(), reason: z.string() }),
  z.object({ kind: z.literal('http'), note: z.string() }),
  z.object({ kind: z.literal('drop'), drop: z.string() }),
]);

/** The request record (engine/record.ts) as the journal answers it. */
const recordSchema = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  clock: z.string(),
  transport: z.object({
    method: z.string(),
    path: z.string(),
    soapAction: z.string().optional(),
    contentType: z.string().optional(),
    contentEncoding: z.string().optional(),
    acceptEncoding: z.string().optional(),
    acceptLanguage: z.string().optional(),
    userAgent: z.string().optional(),
    remoteAddress: z.string().optional(),
    bytes: z.number().int(),
  }),
  soapVersion: z.enum(['1.1', '1.2']).optional(),
  namespace: z.string().optional(),
  apiVersion: z.string().optional(),
  operation: z.string().optional(),
  user: z.string().optional(),
  company: z.string().optional(),
  jobHandle: z.string().optional(),
  locale: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  violations: z.array(z.string()).optional(),
  rule: z.object({ id: z.string(), action: z.string(), delayMs: z.number().int().optional().describe('The wait this firing drew from the rule\'s delay range (seeded by the rule and its firing count)') }).optional(),
  status: z.number().int().optional(),
  outcome: outcomeSchema.optional(),
  timings: z.object({ totalMs: z.number(), stages: z.record(z.string(), z.number()) }),
});

export function journalRoutes(engine: Engine): AdminRoute[] {
  const { journal } = engine;
  return [
    adminRoute({
      method: 'get',
      path: '/__admin/requests',
      summary: 'Requests the mock received, oldest first, filtered',
      query: z.strictObject({
        ...filterFields,
        limit: z.coerce.number().int().min(1).optional().describe('At most this many, the most recent'),
      }),
      response: z.object({
        requests: z.array(recordSchema),
        matched: z.number().int().describe('How many records match the filter (before limit)'),
        dropped: z.number().int().describe('Records pushed out of the bounded journal since it was last cleared'),
        limit: z.number().int().describe('How many records the journal keeps (config journalLimit)'),
      }),
      handler: ({ query }) => {
        const { limit, ...filter } = query;
        return {
          requests: journal.find(toFilter(filter, limit)),
          matched: journal.count(toFilter(filter)),
          dropped: journal.dropped,
          limit: journal.limit,
        };
      },
    }),
    adminRoute({
      method: 'get',
      path: '/__admin/requests/:id/xml',
      summary: "One journaled call's request and response bodies (kept up to 1 MiB each, 32 MiB in all, oldest going first)",
      response: z.object({
        id: z.number().int(),
        request: z.string().describe('The request body as the mock read it'),
        response: z.string().describe('The response body as sent, before gzip; empty when a rule dropped the connection'),
        truncated: z.boolean().describe('Whether a body was longer than what is kept'),
      }),
      handler: ({ params }) => {
        const id = Number(params.id);
        const found = Number.isInteger(id) ? journal.exchange(id) : undefined;
        if (!found) throw new AdminError(404, `the journal keeps no bodies for request '${params.id}' (unknown, or pushed out by newer ones)`);
        return { id, ...found };
      },
    }),
    adminRoute({
      method: 'post',
      path: '/__admin/requests/count',
      summary: 'How many journaled requests match a filter (for verification)',
      body: z.strictObject(filterFields),
      response: z.object({ count: z.number().int(), dropped: z.number().int() }),
      handler: ({ body }) => ({ count: journal.count(toFilter(body)), dropped: journal.dropped }),
    }),
    adminRoute({
      method: 'delete',
      path: '/__admin/requests',
      summary: 'Empty the journal (and its dropped count)',
      response: z.object({ cleared: z.number().int() }),
      handler: () => {
        const cleared = journal.size;
        journal.clear();
        return { cleared };
      },
    }),
  ];
}

/** Control-API rows for the mock's data: reset, fixtures loaded at run time, and the clock back to real time. */
import { z } from 'zod';
import { formatDateTime } from '../serialize/format-value.js';
import type { Engine } from '../engine/engine.js';
import type { MockData } from '../engine/mock-data.js';
import { fixtureDocument } from '../data/fixtures/fixture-format.js';
import { FixtureError } from '../data/fixtures/load-fixtures.js';
import { AdminError, adminRoute, type AdminRoute } from './admin-table.js';

export function dataRoutes(engine: Engine, data: MockData): AdminRoute[] {
  return [
    adminRoute({
      method: 'post',
      path: '/__admin/reset',
      summary: 'Reset one company (rebuilt from fixtures or faker when next touched), or everything: data, runtime fixtures, journal, rules, clock',
      body: z.strictObject({ company: z.string().regex(/^c\|\d+$/, 'must be a company handle such as c|2101').optional() }),
      response: z.object({ reset: z.string().describe("'all' or the company handle"), held: z.boolean().optional().describe('Whether the mock held the company') }),
      handler: ({ body }) => data.reset(body.company),
    }),
    adminRoute({
      method: 'post',
      path: '/__admin/fixtures',
      summary: 'Load one fixture document (the format of the fixture files), validated as at start-up; the companies it names are rebuilt from it',
      body: z.record(z.string(), z.unknown()),
      documentedBody: fixtureDocument,
      response: z.object({ companies: z.array(z.string()), users: z.number().int() }),
      handler: ({ body }) => {
        try {
          return data.load(body, 'POST /__admin/fixtures');
        } catch (e) {
          if (e instanceof FixtureError) throw new AdminError(400, e.message);
          throw e;
        }
      },
    }),
    adminRoute({
      method: 'delete',
      path: '/__admin/clock',
      summary: 'Back to real time (unpinned, unshifted)',
      response: z.object({ now: z.string(), pinned: z.boolean() }),
      handler: () => {
        engine.clock.real();
        return { now: formatDateTime(engine.clock.now()), pinned: engine.clock.pinned };
      },
    }),
  ];
}

/** Control-API rows for the mock clock and health. */
import { z } from 'zod';
import type { MockClock } from '../clock/mock-clock.js';
import type { Engine } from '../engine/engine.js';
import { formatDateTime } from '../serialize/format-value.js';
import { AdminError, adminRoute, type AdminRoute } from './admin-table.js';

const clockSchema = z.object({ now: z.string().describe('The mock clock, ISO-8601'), pinned: z.boolean() });
const clockState = (clock: MockClock) => ({ now: formatDateTime(clock.now()), pinned: clock.pinned });

/** Turns a RangeError of the clock's parsers into a 400. */
const checked = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw new AdminError(400, e.message);
    throw e;
  }
};

export function clockRoutes(engine: Engine, info: Record<string, unknown>): AdminRoute[] {
  const { clock } = engine;
  return [
    adminRoute({
      method: 'get',
      path: '/__admin/health',
      summary: 'Liveness, settings and the mock clock',
      response: z.looseObject({ status: z.literal('ok'), seed: z.number().int(), clock: clockSchema }),
      handler: () => ({ status: 'ok' as const, ...info, seed: engine.seed, clock: clockState(clock) }),
    }),
    adminRoute({
      method: 'get',
      path: '/__admin/clock',
      summary: 'The mock clock',
      response: clockSchema,
      handler: () => clockState(clock),
    }),
    adminRoute({
      method: 'put',
      path: '/__admin/clock',
      summary: 'Pin the mock clock at an instant',
      body: z.strictObject({ now: z.union([z.string(), z.number()]).describe('ISO-8601 instant, or ms since the epoch') }),
      response: clockSchema,
      handler: ({ body }) => {
        checked(() => clock.set(body.now));
        return clockState(clock);
      },
    }),
    adminRoute({
      method: 'post',
      path: '/__admin/clock/advance',
      summary: 'Move the mock clock forward',
      body: z.strictObject({ by: z.union([z.string(), z.number()]).describe('A duration such as "90s", "5m", "1h", or ms') }),
      response: clockSchema,
      handler: ({ body }) => {
        checked(() => clock.advance(body.by));
        return clockState(clock);
      },
    }),
  ];
}

/**
 * The control API for tests in any language (every route in this one table):
 *   GET  /__admin/health          liveness and settings
 *   GET  /__admin/clock           {"now": ISO, "pinned": bool}
 *   PUT  /__admin/clock           {"now": ISO}            pins the clock
 *   POST /__admin/clock/advance   {"by": "90s" | ms}      moves it forward
 * Served only when the mock listens on loopback (or config.admin says so).
 */
import express, { type Request, type Response, type Router } from 'express';
import type { MockClock } from '../clock/mock-clock.js';
import { formatDateTime } from '../serialize/format-value.js';

const clockState = (clock: MockClock) => ({ now: formatDateTime(clock.now()), pinned: clock.pinned });

const guarded = (fn: (req: Request, res: Response) => void) => (req: Request, res: Response) => {
  try {
    fn(req, res);
  } catch (e) {
    res.status(400).json({ error: e instanceof Error ? e.message : String(e) });
  }
};

export function mountAdminRoutes(router: Router, clock: MockClock, info: Record<string, unknown>): void {
  const json = express.json({ limit: '16kb' });
  router.get('/__admin/health', (_req, res) => {
    res.json({ status: 'ok', ...info, clock: clockState(clock) });
  });
  router.get('/__admin/clock', (_req, res) => {
    res.json(clockState(clock));
  });
  router.put(
    '/__admin/clock',
    json,
    guarded((req, res) => {
      const now = (req.body as { now?: unknown } | undefined)?.now;
      if (typeof now !== 'string' && typeof now !== 'number') throw new Error('body must be {"now": "<ISO instant>"}');
      clock.set(now);
      res.json(clockState(clock));
    }),
  );
  router.post(
    '/__admin/clock/advance',
    json,
    guarded((req, res) => {
      const by = (req.body as { by?: unknown } | undefined)?.by;
      if (typeof by !== 'string' && typeof by !== 'number') throw new Error('body must be {"by": "30s"} or {"by": 30000}');
      clock.advance(by);
      res.json(clockState(clock));
    }),
  );
}

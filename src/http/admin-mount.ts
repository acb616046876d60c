/**
 * Admin route rows → express routes: JSON bodies and query strings are checked
 * against the row's zod schemas (unknown fields refused), and every failure is
 * a JSON error with status 400 (bad input), 401 (token), 404 or 500 — never
 * HTML or a stack trace.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { AdminError, type AdminRoute } from './admin-table.js';

const describeIssues = (where: string, e: z.ZodError) => {
  const issues = e.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  return { error: `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues };
};

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> | undefined {
  if (!schema) {
    if (where === 'query' && value && Object.keys(value).length > 0) throw new AdminError(400, `this route takes no query parameters (got ${Object.keys(value).join(', ')})`);
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) throw Object.assign(new AdminError(400, ''), { body: describeIssues(where, result.error) });
  return result.data;
}

/** Express path parameters as the table's handlers take them: a wildcard's segments (an array) joined by '/'. */
const pathParams = (params: Request['params']): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]));

function fail(res: Response, e: unknown, onBug?: (e: unknown) => void): void {
  if (e instanceof AdminError) {
    res.status(e.status).json((e as AdminError & { body?: unknown }).body ?? { error: e.message });
    return;
  }
  const bodyError = e as { type?: string; status?: number; message?: string };
  if (bodyError.type === 'entity.parse.failed') {
    res.status(400).json({ error: `malformed JSON body: ${bodyError.message ?? 'cannot parse'}` });
  } else if (typeof bodyError.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
    res.status(bodyError.status).json({ error: bodyError.message ?? 'bad request' });
  } else {
    onBug?.(e);
    res.status(500).json({ error: 'internal error in ips-mock' });
  }
}

export interface AdminAccess {
  /** Required as `Authorization: Bearer <token>` when set. */
  readonly token?: string;
}

export function mountAdminTable(router: Router, rows: readonly AdminRoute[], access: AdminAccess, onBug?: (e: unknown) => void): void {
  // Any content type is read as JSON: a body sent as text/plain must not be silently ignored.
  const json = express.json({ type: () => true, limit: '8mb' });
  if (access.token !== undefined) {
    const expected = `Bearer ${access.token}`;
    router.use('/__admin', (req, res, next) => {
      if (req.get('authorization') === expected) return next();
      res.status(401).set('WWW-Authenticate', 'Bearer realm="ips-mock"').json({ error: 'the ips-mock control API needs Authorization: Bearer <the --admin-token it was started with>' });
    });
  }
  for (const row of rows) {
    const handlers = [
      ...(row.body ? [json] : []),
      (req: Request, res: Response) => {
        void (async () => {
          const query = parse(row.query, req.query, 'query');
          const body = parse(row.body, req.body ?? {}, 'body');
          res.json(await row.handler({ query, body, params: pathParams(req.params) }));
        })().catch((e: unknown) => fail(res, e, onBug));
      },
    ];
    router[row.method](row.path, ...handlers);
  }
  router.use('/__admin', (err: unknown, _req: Request, res: Response, next: NextFunction) => (err ? fail(res, err, onBug) : next()));
  router.use('/__admin', (req, res) => {
    res.status(404).json({ error: `the control API has no ${req.method} ${req.path === '/' ? '/__admin' : `/__admin${req.path}`}; its routes are listed at GET /__admin/openapi.json` });
  });
}

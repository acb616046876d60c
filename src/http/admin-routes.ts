/**
 * The control API for tests in any language: every route is a row of this
 * one table (method, path, summary, schemas, handler). The express routes and
 * GET /__admin/openapi.json are both derived from it.
 * Served on a loopback bind; beyond loopback only with an admin token (Bearer).
 */
import type { Router } from 'express';
import { z } from 'zod';
import type { Engine } from '../engine/engine.js';
import type { MockData } from '../engine/mock-data.js';
import { clockRoutes } from './admin-clock.js';
import { dataRoutes } from './admin-data.js';
import { faultRoutes } from './admin-faults.js';
import { journalRoutes } from './admin-journal.js';
import { mountAdminTable } from './admin-mount.js';
import { openApiDocument } from './admin-openapi.js';
import { adminRoute, type AdminRoute } from './admin-table.js';
import { viewRoutes } from './admin-views.js';
import { tokenRoutes } from './admin-tokens.js';

export interface AdminOptions {
  readonly info: Record<string, unknown>;
  readonly version: string;
  readonly token?: string;
}

function adminTable(engine: Engine, data: MockData, options: AdminOptions): AdminRoute[] {
  const rows: AdminRoute[] = [...clockRoutes(engine, options.info), ...dataRoutes(engine, data), ...journalRoutes(engine), ...faultRoutes(engine), ...viewRoutes(engine), ...tokenRoutes(engine)];
  rows.push(
    adminRoute({
      method: 'get',
      path: '/__admin/openapi.json',
      summary: 'This control API as an OpenAPI 3.1 document',
      response: z.record(z.string(), z.unknown()),
      handler: () => openApiDocument(rows, options.version, options.token !== undefined),
    }),
  );
  return rows;
}

export function mountAdminRoutes(router: Router, engine: Engine, data: MockData, options: AdminOptions): void {
  mountAdminTable(router, adminTable(engine, data, options), { token: options.token }, engine.onBug);
}

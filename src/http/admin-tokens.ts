/** Control-API row for token logins (authHeader accessToken / the beta samlResponse). */
import { z } from 'zod';
import type { Engine } from '../engine/engine.js';
import { AdminError, adminRoute, type AdminRoute } from './admin-table.js';

export function tokenRoutes(engine: Engine): AdminRoute[] {
  return [
    adminRoute({
      method: 'post',
      path: '/__admin/tokens',
      summary: 'Let a token log in as a user (authHeader accessToken or samlResponse)',
      body: z.strictObject({
        token: z.string().min(8).describe('The token, at least 8 characters'),
        user: z.string().describe('E-mail of a user of the mock'),
      }),
      response: z.object({ token: z.string(), user: z.string() }),
      handler: ({ body }) => {
        try {
          engine.users.addToken(body.token, body.user);
        } catch (e) {
          throw new AdminError(400, (e as Error).message);
        }
        return { token: body.token, user: body.user };
      },
    }),
  ];
}

/**
 * The OpenAPI 3.1 document of the control API, derived from the same rows as
 * the express routes (admin-routes.ts), so clients in any language can be
 * generated from GET /__admin/openapi.json.
 */
import { z } from 'zod';
import { errorSchema, type AdminRoute } from './admin-table.js';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

/** /__admin/faults/:id → /__admin/faults/{id} */
const openApiPath = (path: string) => path.replace(/:([A-Za-z_]\w*)/g, '{$1}');

function queryParameters(row: AdminRoute) {
  const pathParams = [...row.path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => ({ name: m[1]!, in: 'path', required: true, schema: { type: 'string' } }));
  if (!row.query) return pathParams;
  const s = jsonSchema(row.query, 'output') as { properties?: Record<string, { description?: string }>; required?: string[] };
  const query = Object.entries(s.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: s.required?.includes(name) ?? false,
    ...(schema.description ? { description: schema.description } : {}),
    schema,
  }));
  return [...pathParams, ...query];
}

function operation(row: AdminRoute, secured: boolean) {
  const error = { description: 'What was wrong', content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } } };
  return {
    summary: row.summary,
    operationId: `${row.method}${row.path.replace(/^\/__admin/, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    parameters: queryParameters(row),
    ...(row.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(row.documentedBody ?? row.body, 'input') } } } } : {}),
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(row.response, 'output') } } },
      400: error,
      ...(secured ? { 401: error } : {}),
      404: error,
    },
  };
}

export function openApiDocument(rows: readonly AdminRoute[], version: string, secured: boolean): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const row of rows) (paths[openApiPath(row.path)] ??= {})[row.method] = operation(row, secured);
  return {
    openapi: '3.1.0',
    info: {
      title: 'ips-mock control API',
      version,
      description: 'Clock, journal, injection rules and data of an ips-mock instance. Every route answers JSON; errors are {"error": "..."}.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: secured ? [{ bearer: [] }] : [],
  };
}

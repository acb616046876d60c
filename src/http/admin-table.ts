/**
 * The shape of one control-API route. Every route is one row of this type in
 * admin-routes.ts; the express routes (admin-mount.ts) and the OpenAPI
 * document (admin-openapi.ts) are both derived from those rows, so they
 * cannot disagree.
 */
import { z } from 'zod';

type AdminMethod = 'get' | 'put' | 'post' | 'delete';

interface AdminInput<Q, B> {
  readonly query: Q;
  readonly body: B;
  /** Path parameters (`:id` in the path). */
  readonly params: Readonly<Record<string, string>>;
}

export interface AdminRoute<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly method: AdminMethod;
  /** Express syntax: /__admin/faults/:id */
  readonly path: string;
  readonly summary: string;
  /** Query parameters; unknown ones are refused. */
  readonly query?: Q;
  /** JSON body; unknown fields are refused (use z.strictObject). */
  readonly body?: B;
  /** The body as documented, when the handler validates it itself (fixtures: the start-up loader's checks and messages). */
  readonly documentedBody?: z.ZodType;
  /** The 200 answer. */
  readonly response: R;
  readonly handler: (input: AdminInput<z.output<Q>, z.output<B>>) => z.input<R> | Promise<z.input<R>>;
}

/** A row with its types checked, then erased so rows of different types fit one table. */
export const adminRoute = <Q extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined, R extends z.ZodType = z.ZodType>(
  row: AdminRoute<Q, B, R>,
): AdminRoute => row;

/** An admin request that cannot be done as asked: answered with this status and message as JSON. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON error every failing admin route answers with. */
export const errorSchema = z.object({
  error: z.string().describe('What was wrong, for a person to act on'),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

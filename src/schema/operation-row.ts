/**
 * How an operation row of the company and catalogue tables is built (the job
 * table in operations.ts builds its rows the same way): the request and
 * response elements are <name>Param and <name>Return.
 */
import type { Field } from './model.js';
import type { Operation } from './operations.js';
import type { ReleaseId } from './releases.js';

export const opRow = <N extends string>(name: N, params: Field[], results: Field[], since?: ReleaseId): Operation<N> => ({
  name,
  param: { name: `${name}Param`, fields: params, since },
  result: { name: `${name}Return`, fields: results, since },
  since,
});

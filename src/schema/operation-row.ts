/**
 * How an operation row of the company and catalogue tables is built (the job
 * table in operations.ts builds its rows the same way): the request and
 * response elements are <name>Param and <name>Return.
 */
import type { Feature, Field } from './model.js';
import type { Operation } from './operations.js';

export const opRow = <N extends string>(name: N, params: Field[], results: Field[], feature?: Feature): Operation<N> => ({
  name,
  param: { name: `${name}Param`, fields: params, feature },
  result: { name: `${name}Return`, fields: results, feature },
  feature,
});

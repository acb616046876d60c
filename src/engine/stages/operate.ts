/**
 * Stage "operate": the operation's handler, then the result envelope. A write
 * operation runs inside store.write(), which marks every company it looked up
 * as changed — handlers never have to remember to invalidate anything — and
 * keeps the call (with its instant) to run again if the company is dropped
 * and rebuilt.
 */
import { OPERATION_TABLE, runHandler } from '../../operations/table.js';
import { resultDocument, resultEnvelope } from '../../serialize/envelope.js';
import { answerResult } from '../answers.js';
import { need, type Stage } from '../context.js';
import { operationContext } from './operation-context.js';

export const operate: Stage = {
  name: 'operate',
  run(ctx) {
    const { schema, operation } = need(ctx.route, 'route');
    const { readOnly } = OPERATION_TABLE[operation.name];
    const base = operationContext(ctx);
    const params = need(ctx.params, 'params');
    const result = readOnly ? runHandler(operation, base, params) : ctx.engine.store.write(() => runHandler(operation, base, params), base.now);
    answerResult(
      ctx,
      ctx.upload ? resultDocument(schema, operation.result, result, ctx.engine.wire) : resultEnvelope(schema, ctx.soap, operation.result, result, ctx.engine.wire),
    );
  },
};

/** What handlers receive besides their parameters, from what the earlier stages found. */
import type { OperationBase } from '../../operations/context.js';
import { need, type RequestContext } from '../context.js';

const clientName = ({ appName, appVersion }: RequestContext['options']): string =>
  appName ? `${appName}${appVersion ? `/${appVersion}` : ''}` : 'unnamed client';

export const operationContext = (ctx: RequestContext): OperationBase => ({
  user: need(ctx.user, 'user'),
  locale: need(ctx.locale, 'locale'),
  schema: need(ctx.route, 'route').schema,
  now: ctx.now,
  zone: ctx.engine.wire.zone,
  seed: ctx.engine.seed,
  store: ctx.engine.store,
  users: ctx.engine.users,
  client: clientName(ctx.options),
  uploads: ctx.upload?.files,
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; it is the same address.
  clientAddress: ctx.upload ? ctx.http.transport.remoteAddress?.replace(/^::ffff:(?=\d+\.)/, '') : undefined,
});

/**
 * Stage "authenticate": the operation locale (authHeader, Accept-Language), who
 * the caller is (authHeader, legacy headers, HTTP Basic) and whether their role
 * may call the operation.
 */
import { readCredentials } from '../../auth/read-credentials.js';
import { authorizeOperation } from '../../auth/users.js';
import { OPERATION_TABLE } from '../../operations/table.js';
import { resolveOperationLocale } from '../../locale/resolve-locale.js';
import { need, type Stage } from '../context.js';

export const authenticate: Stage = {
  name: 'authenticate',
  run(ctx) {
    ctx.locale = resolveOperationLocale(ctx.options.locale, ctx.http.acceptLanguage);
    ctx.record.locale = ctx.locale;
    const credentials = readCredentials(need(ctx.envelope, 'envelope').headers, ctx.authHeader, ctx.http.authorization);
    ctx.record.user = credentials.user;
    const user = ctx.engine.users.authenticate(credentials);
    ctx.user = user;
    ctx.record.user = user.email;
    const { operation } = need(ctx.route, 'route');
    authorizeOperation(user, operation.name, OPERATION_TABLE[operation.name].roles);
  },
};

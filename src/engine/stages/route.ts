/** Stage "route": the request element's namespace picks the API version; SOAPAction or the element picks the operation. */
import { routeOperation } from '../../soap/route-operation.js';
import { need, type Stage } from '../context.js';

export const route: Stage = {
  name: 'route',
  run(ctx) {
    const { body } = need(ctx.envelope, 'envelope');
    ctx.record.namespace = body.ns;
    const r = routeOperation(body, ctx.http.soapAction);
    ctx.route = r;
    ctx.record.apiVersion = r.schema.version.id;
    ctx.record.operation = r.operation.name;
  },
};

/** Stage "route": the request element's namespace picks the API version; SOAPAction or the element picks the operation. */
import { routeOperation, type Route } from '../../soap/route-operation.js';
import type { XmlElement } from '../../xml/parse-xml.js';
import { need, type Stage } from '../context.js';

/**
 * Routing is a pure function of (request element, SOAPAction). A repeated request's element is the one
 * the read stage kept, so its route is kept beside it (per SOAPAction) and found again, not worked out again.
 */
const routes = new WeakMap<XmlElement, Map<string | undefined, Route>>();

function routeOf(body: XmlElement, soapAction: string | undefined): Route {
  let byAction = routes.get(body);
  const known = byAction?.get(soapAction);
  if (known) return known;
  const r = routeOperation(body, soapAction);
  if (!byAction) routes.set(body, (byAction = new Map<string | undefined, Route>()));
  byAction.set(soapAction, r);
  return r;
}

export const route: Stage = {
  name: 'route',
  run(ctx) {
    const { body } = need(ctx.envelope, 'envelope');
    ctx.record.namespace = body.ns;
    const r = routeOf(body, ctx.http.soapAction);
    ctx.route = r;
    ctx.record.apiVersion = r.schema.version.id;
    ctx.record.operation = r.operation.name;
  },
};

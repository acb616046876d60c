/**
 * Stage "route" of an UploadFile POST: the uploadPostParam document's
 * namespace picks the API version. The servlet is not a SOAP operation of
 * the documented WSDLs (uploadPost is one only in the beta), yet the docs'
 * example posts 2014-04-03 documents: it takes every namespace whose schema
 * has the UploadPostJob type its uploadParams need.
 */
import { fault } from '../../faults/catalogue.js';
import { operations, type Operation, type OperationName } from '../../schema/operations.js';
import { resolveSchema, type ResolvedSchema } from '../../schema/resolved-schema.js';
import { API_VERSIONS, has, versionByNamespace } from '../../schema/versions.js';
import { need, type Stage } from '../context.js';

const UPLOAD_POST = 'uploadPost';

/** Namespaces the servlet reads: those with the UploadPostJob type. */
const servletSchemas = (): ResolvedSchema[] => API_VERSIONS.map(resolveSchema).filter((s) => s.types.has('UploadPostJob'));

const resolved = new Map<string, Operation<OperationName>>();

/** uploadPost's elements as the version's schema reads them (the beta serves it; older namespaces borrow its row). */
function uploadPostIn(schema: ResolvedSchema): Operation<OperationName> {
  const served = schema.operations.get(UPLOAD_POST);
  if (served) return served;
  let op = resolved.get(schema.version.id);
  if (!op) {
    const model = operations.find((o) => o.name === UPLOAD_POST);
    if (!model) throw new TypeError('the schema model has no uploadPost operation');
    const keep = (fields: typeof model.param.fields) => fields.filter((f) => has(schema.version, f));
    op = { ...model, param: { ...model.param, fields: keep(model.param.fields) }, result: { ...model.result, fields: keep(model.result.fields) } };
    resolved.set(schema.version.id, op);
  }
  return op;
}

export const routeUpload: Stage = {
  name: 'route',
  run(ctx) {
    const { body } = need(ctx.envelope, 'envelope');
    ctx.record.namespace = body.ns;
    const version = versionByNamespace(body.ns);
    const schema = servletSchemas().find((s) => s.version === version);
    if (!schema || body.local !== `${UPLOAD_POST}Param`) {
      const allowed = servletSchemas().map((s) => s.version.namespace).join(', ');
      throw fault('invalidRequestXml', `The 'uploadParams' part must be an uploadPostParam document in one of ${allowed}; got {${body.ns}}${body.local}`);
    }
    const operation = uploadPostIn(schema);
    ctx.route = { schema, operation };
    ctx.record.apiVersion = schema.version.id;
    ctx.record.operation = operation.name;
  },
};

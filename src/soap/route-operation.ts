/**
 * Request stage 2: which API version and operation does the envelope call?
 * The body element's namespace selects the version (reference §1.1); the
 * operation comes from SOAPAction (quoted or not) or, failing that, from the
 * body element name (<operation>Param).
 */
import { fault } from '../faults/catalogue.js';
import type { Operation, OperationName } from '../schema/operations.js';
import { resolveSchema, type ResolvedSchema } from '../schema/resolved-schema.js';
import { API_VERSIONS, versionByNamespace } from '../schema/versions.js';
import type { XmlElement } from '../xml/parse-xml.js';
import { nearest } from './nearest-name.js';

export interface Route {
  readonly schema: ResolvedSchema;
  readonly operation: Operation<OperationName>;
}

/** SOAPAction as sent: `submitJob`, `"submitJob"`, `""`, or a URI ending in the name. */
export function actionName(soapAction: string | undefined): string | undefined {
  const bare = soapAction?.trim().replace(/^"(.*)"$/, '$1').trim();
  if (!bare) return undefined;
  return bare.slice(bare.search(/[^/#:]*$/));
}

const unknownOperation = (name: string, schema: ResolvedSchema) => {
  const suggestion = nearest(name, schema.operations.keys());
  return fault(
    'invalidParameter',
    `Unknown operation '${name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''} ` +
      `The job operations are: ${[...schema.operations.keys()].join(', ')}.`,
  );
};

export function routeOperation(body: XmlElement, soapAction: string | undefined): Route {
  const version = versionByNamespace(body.ns);
  if (!version) {
    const known = API_VERSIONS.map((v) => v.namespace).join(', ');
    throw fault(
      'invalidRequestXml',
      `The request element {${body.ns}}${body.local} is not in an IPS API namespace. Use one of: ${known}.`,
    );
  }
  const schema = resolveSchema(version);
  const fromBody = body.local.endsWith('Param') ? body.local.slice(0, -'Param'.length) : body.local;
  const action = actionName(soapAction);
  const name = action ?? fromBody;
  const operation = schema.operations.get(name);
  if (!operation) throw unknownOperation(name, schema);
  if (body.local !== operation.param.name) {
    if (!schema.operations.has(fromBody)) throw unknownOperation(fromBody, schema);
    throw fault(
      'invalidRequestXml',
      `SOAPAction '${name}' does not match the request element '${body.local}'; send ${operation.param.name} for ${name}.`,
    );
  }
  return { schema, operation };
}

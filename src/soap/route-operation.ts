/**
 * Request stage 2: which API version and operation does the envelope call?
 * The body element's namespace selects the version (reference §1.1); the
 * operation comes from SOAPAction (quoted or not) or, failing that, from the
 * body element name (<operation>Param).
 */
import { fault } from '../faults/catalogue.js';
import type { Operation, OperationName } from '../schema/operations.js';
import { resolveSchema, type ResolvedSchema } from '../schema/resolved-schema.js';
import { API_VERSIONS, UNSERVED_IPS_NAMESPACES, versionByNamespace } from '../schema/versions.js';
import type { XmlElement } from '../xml/parse-xml.js';
import { nearest } from './nearest-name.js';
import { IPS_OPERATION_NAMES } from '../schema/ips-operation-names.js';

export interface Route {
  readonly schema: ResolvedSchema;
  readonly operation: Operation<OperationName>;
}

/** SOAPAction as sent: `submitJob`, `"submitJob"`, `""`, or a URI ending in the name. */
function actionName(soapAction: string | undefined): string | undefined {
  const bare = soapAction?.trim().replace(/^"(.*)"$/, '$1').trim();
  if (!bare) return undefined;
  return bare.slice(bare.search(/[^/#:]*$/));
}

/**
 * An operation this version does not serve. A real IPS operation is named as
 * such (never answered with a different operation's name); for any other name
 * the nearest real one is suggested, saying whether the mock serves it.
 */
function unknownOperation(name: string, schema: ResolvedSchema) {
  const served = `ips-mock serves in ${schema.version.id}: ${[...schema.operations.keys()].join(', ')}.`;
  const elsewhere = API_VERSIONS.filter((v) => resolveSchema(v).operations.has(name)).map((v) => v.id);
  if (elsewhere.length > 0) {
    return fault('invalidParameter', `'${name}' is not an operation of the ${schema.version.id} API; ips-mock serves it in ${elsewhere.join(', ')}.`);
  }
  if (IPS_OPERATION_NAMES.has(name)) return fault('invalidParameter', `'${name}' is an IPS operation that ips-mock does not serve yet. ${served}`);
  const guess = nearest(name, IPS_OPERATION_NAMES);
  const hint = guess === undefined ? '' : schema.operations.has(guess) ? `Did you mean '${guess}'?` : `The nearest IPS operation, '${guess}', is one ips-mock does not serve yet.`;
  return fault('invalidParameter', `Unknown operation '${name}'.${hint ? ` ${hint}` : ''} ${served}`);
}

export function routeOperation(body: XmlElement, soapAction: string | undefined): Route {
  const version = versionByNamespace(body.ns);
  if (!version) {
    const known = API_VERSIONS.map((v) => v.namespace).join(', ');
    const unserved = UNSERVED_IPS_NAMESPACES.get(body.ns);
    throw fault(
      'invalidRequestXml',
      unserved
        ? `The request element {${body.ns}}${body.local} is in a real IPS namespace (seen in the IPS docs: ${unserved}) that ips-mock does not serve: no schema of it is known. Use one of: ${known}.`
        : `The request element {${body.ns}}${body.local} is not in an IPS API namespace. Use one of: ${known}.`,
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

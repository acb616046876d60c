/**
 * The request pipeline, one stage per module:
 *   read envelope → header options → route operation → locale → authenticate
 *   → authorize → decode parameters → operation → serialize.
 * Expected failures are IpsFaults and become one fault envelope; anything else
 * is a bug, logged with its stack on our side and answered with a plain 30000.
 */
import { authorizeOperation, type UserDirectory } from '../auth/users.js';
import { findAuthHeader, readCredentials, readHeaderOptions, type HeaderOptions } from '../auth/read-credentials.js';
import type { TenantStore } from '../data/tenant-store.js';
import { fault, IpsFault } from '../faults/catalogue.js';
import { resolveOperationLocale } from '../locale/resolve-locale.js';
import { OPERATION_TABLE } from '../operations/table.js';
import type { OperationContext } from '../operations/context.js';
import { scopeTenants } from '../operations/scope.js';
import type { CachedResponse, ResponseCache } from './response-cache.js';
import { faultEnvelope, resultEnvelope } from '../serialize/envelope.js';
import { decodeFields } from '../soap/decode-fields.js';
import { readEnvelope } from '../soap/read-envelope.js';
import { routeOperation } from '../soap/route-operation.js';
import { SOAP11, SOAP12, type SoapVersion } from '../soap/soap-versions.js';
import type { MockClock } from '../clock/mock-clock.js';
import type { SoapHttpRequest, SoapHttpResponse } from './types.js';

export interface Engine {
  readonly users: UserDirectory;
  readonly store: TenantStore;
  readonly clock: MockClock;
  readonly seed: number;
  readonly cache: ResponseCache;
  readonly onBug?: (e: unknown) => void;
}

const guessSoap = (contentType: string | undefined): SoapVersion => (contentType?.includes('application/soap+xml') ? SOAP12 : SOAP11);

function faultResponse(soap: SoapVersion, f: IpsFault, options: HeaderOptions): SoapHttpResponse {
  return {
    status: options.faultHttpStatusCode ?? 500,
    contentType: soap.contentType,
    body: faultEnvelope(soap, f),
    gzip: options.gzipResponse !== false,
    summary: `fault ${f.entry.code}`,
  };
}

export function handleSoapRequest(engine: Engine, req: SoapHttpRequest): SoapHttpResponse {
  let soap = guessSoap(req.contentType);
  let options: HeaderOptions = {};
  try {
    const envelope = readEnvelope(req.body);
    soap = envelope.soap;
    const authHeader = findAuthHeader(envelope.headers);
    options = readHeaderOptions(authHeader);
    const { schema, operation } = routeOperation(envelope.body, req.soapAction);
    const locale = resolveOperationLocale(options.locale, req.acceptLanguage);
    const user = engine.users.authenticate(readCredentials(envelope.headers, authHeader, req.authorization));
    const row = OPERATION_TABLE[operation.name];
    authorizeOperation(user, operation.name, row.roles);
    const params = decodeFields(envelope.body, operation.param.fields, schema, operation.param.name);
    const now = engine.clock.now();
    const client = options.appName ? `${options.appName}${options.appVersion ? `/${options.appVersion}` : ''}` : 'unnamed client';
    const ctx: OperationContext = { params, user, locale, schema, now, seed: engine.seed, store: engine.store, client };
    const ok = (body: string | Buffer, cached?: CachedResponse): SoapHttpResponse => ({
      status: 200,
      contentType: soap.contentType,
      body,
      gzip: options.gzipResponse !== false,
      summary: cached ? `${operation.name} (cached)` : operation.name,
      cached,
    });
    if (!row.readOnly) return ok(resultEnvelope(schema, soap, operation.result, row.handler(ctx)));
    // Read-only: resolve (and authorize) the companies first, so a cached answer is never served to a caller who may not see it.
    const companyHandle = params.companyHandle as string | undefined;
    const tenants = scopeTenants(ctx, companyHandle);
    const state = tenants.map((t) => `${t.companyHandle}:${t.revision}`).join(',') + (companyHandle === undefined ? `#${engine.store.size}` : '');
    const key = `${soap.id}|${schema.version.id}|${operation.name}|${locale}|${user.email}|${JSON.stringify(params)}`;
    const hit = engine.cache.get(key, state, now);
    if (hit) return ok(hit.body, hit);
    const entry: CachedResponse = {
      body: Buffer.from(resultEnvelope(schema, soap, operation.result, row.handler(ctx)), 'utf8'),
      state,
      from: now,
      until: Math.min(...tenants.map((t) => t.stableUntil(now))),
    };
    engine.cache.set(key, entry);
    return ok(entry.body, entry);
  } catch (e) {
    if (e instanceof IpsFault) return faultResponse(soap, e, options);
    engine.onBug?.(e);
    return faultResponse(soap, fault('exception', 'Internal error in ips-mock; the request was not processed. Please report it with the request.'), options);
  }
}

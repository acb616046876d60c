/**
 * Reads what the caller sent about itself: the authHeader SOAP header (in the
 * base namespace, or in the request's own namespace as the beta stub sends
 * it), the legacy AuthUser/AuthPassword headers, and HTTP Basic (reference
 * §3.1-§3.4). Header options (locale, gzipResponse, faultHttpStatusCode) apply
 * even when the request later fails, so they are read first.
 */
import { fault } from '../faults/catalogue.js';
import { API_NS, BASE_NS } from '../schema/base-namespace.js';
import { API_VERSIONS } from '../schema/versions.js';
import type { XmlElement } from '../xml/parse-xml.js';

export interface Credentials {
  readonly user?: string;
  readonly password?: string;
  readonly accessToken?: string;
  /** Where the credentials came from, for fault reasons. */
  readonly source: 'authHeader' | 'legacy header' | 'HTTP Basic' | 'none';
}

export interface HeaderOptions {
  readonly locale?: string;
  readonly appName?: string;
  readonly appVersion?: string;
  readonly gzipResponse?: boolean;
  readonly faultHttpStatusCode?: number;
}

/**
 * The base namespace, the request's versioned one, and the WSDL namespace: the real WSDL's binding
 * declares its soap:header with namespace="http://www.scene7.com/IpsApi", and PHP's SoapClient writes
 * the authHeader element in that namespace (children in the base one) when built from such a WSDL.
 */
const AUTH_HEADER_NAMESPACES = new Set([BASE_NS, API_NS, ...API_VERSIONS.map((v) => v.namespace)]);

/**
 * A child of the authHeader in the authHeader's own namespace (as its schema declares them), trimmed;
 * in the WSDL namespace (PHP, above) the children are in the base namespace, as authHeader's type says.
 */
const childNs = (el: XmlElement): string => (el.ns === API_NS ? BASE_NS : el.ns);
const child = (el: XmlElement | undefined, local: string): XmlElement | undefined => el?.children.find((c) => c.local === local && c.ns === childNs(el));
const childText = (el: XmlElement | undefined, local: string): string | undefined => child(el, local)?.text.trim();

export function findAuthHeader(headers: readonly XmlElement[]): XmlElement | undefined {
  return headers.find((h) => h.local === 'authHeader' && AUTH_HEADER_NAMESPACES.has(h.ns));
}

/**
 * faultHttpStatusCode values we honour: 200 (for clients that cannot read a 500's body) and the
 * client and server errors 400-599. Others would lose the fault: 1xx, 204, 205 and 304 carry no
 * body, and a 3xx without Location sends a client nowhere. Those keep the default 500.
 */
const carriesFault = (status: number): boolean => status === 200 || (status >= 400 && status <= 599);

export function readHeaderOptions(auth: XmlElement | undefined): HeaderOptions {
  const gzip = childText(auth, 'gzipResponse');
  const status = childText(auth, 'faultHttpStatusCode');
  // xsd:int lexical form only (no "4.5e2").
  const statusCode = status === undefined || !/^\+?\d{1,3}$/.test(status) ? undefined : Number(status);
  return {
    locale: childText(auth, 'locale'),
    appName: childText(auth, 'appName'),
    appVersion: childText(auth, 'appVersion'),
    gzipResponse: gzip === undefined ? undefined : gzip === 'true' || gzip === '1',
    faultHttpStatusCode: statusCode !== undefined && Number.isInteger(statusCode) && carriesFault(statusCode) ? statusCode : undefined,
  };
}

function fromBasic(authorization: string | undefined): Credentials | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw fault('invalidCredentials', 'The HTTP Basic credentials are not of the form user:password');
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: 'HTTP Basic' };
}

/**
 * Decision (reference §11.10): when several are sent, authHeader wins, then the
 * legacy headers, then HTTP Basic.
 */
export function readCredentials(headers: readonly XmlElement[], auth: XmlElement | undefined, authorization: string | undefined): Credentials {
  const user = childText(auth, 'user');
  const accessToken = childText(auth, 'accessToken') ?? childText(auth, 'samlResponse');
  // The password is taken exactly as sent (as with HTTP Basic): IPS compares it, it does not trim it.
  if (user || accessToken) return { user, password: child(auth, 'password')?.text, accessToken, source: 'authHeader' };
  const legacyUser = headers.find((h) => h.local === 'AuthUser' && h.ns === API_NS)?.text.trim();
  if (legacyUser) {
    const legacyPassword = headers.find((h) => h.local === 'AuthPassword' && h.ns === API_NS)?.text.trim();
    return { user: legacyUser, password: legacyPassword, source: 'legacy header' };
  }
  return fromBasic(authorization) ?? { source: 'none' };
}

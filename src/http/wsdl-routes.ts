/**
 * GET routes for the WSDLs: /scene7/webservice/IpsApi-<version>.wsdl (docs;
 * IpsApi.wsdl for pre-4.0), /scene7/IpsApi-<version>.wsdl (seen in client
 * code) and /scene7/services/IpsApiService?wsdl (latest documented version). The
 * soap:address is the host and port the request came in on, or the
 * `serviceUrl` query parameter, as the real WSDL servlet allows (reference §2.1).
 * `soap=1.1` serves the same WSDL without the SOAP 1.2 binding and port, for
 * stacks that cannot read one (Axis 1.4; docs/decisions.md §2e).
 */
import { readFileSync } from 'node:fs';
import type { Request, Response, Router } from 'express';
import { packageFile } from '../config/package-root.js';
import { LATEST_DOCUMENTED, versionByWsdlFile, API_VERSIONS, type ApiVersion } from '../schema/versions.js';
import { PLACEHOLDER_ADDRESS } from '../wsdl/placeholder-address.js';
import type { WsdlBindings } from '../wsdl/write-wsdl.js';

export const SERVICE_PATH = '/scene7/services/IpsApiService';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The WSDL of a version is generated at build time: it is the checked-in
 * wsdl/<wsdlFile> (`npm run wsdl:write`; a test fails when it drifts
 * from the schema model), read once. Only a version without such a file, and
 * the SOAP-1.1-only variant, are generated here, on their first request, so
 * start-up never loads the WSDL writer.
 */
const WSDL_DIR = packageFile('wsdl/');
const templates = new Map<string, Promise<string>>();

/** `soap=1.1` → only the SOAP 1.1 binding; absent → both, as the real WSDL; anything else → undefined (a 400). */
function bindingsAsked(req: Request): WsdlBindings | undefined {
  const soap = req.query.soap;
  if (soap === undefined) return 'soap11+soap12';
  return soap === '1.1' ? 'soap11' : undefined;
}

function readBuiltWsdl(v: ApiVersion): string | undefined {
  try {
    return readFileSync(new URL(v.wsdlFile, WSDL_DIR), 'utf8');
  } catch {
    return undefined;
  }
}

function template(v: ApiVersion, bindings: WsdlBindings): Promise<string> {
  const key = `${v.id} ${bindings}`;
  let t = templates.get(key);
  if (!t) {
    const built = bindings === 'soap11+soap12' ? readBuiltWsdl(v) : undefined;
    t = built !== undefined ? Promise.resolve(built) : import('../wsdl/write-wsdl.js').then((m) => m.writeWsdl(v, bindings));
    templates.set(key, t);
  }
  return t;
}

function serviceAddress(req: Request): string | undefined {
  const override = req.query.serviceUrl;
  if (typeof override === 'string') {
    if (!/^https?:\/\/[^\s]+$/.test(override)) return undefined;
    return override.includes('/services/') ? override : `${override.replace(/\/+$/, '')}${SERVICE_PATH}`;
  }
  return `${req.protocol}://${req.get('host') ?? 'localhost'}${SERVICE_PATH}`;
}

async function sendWsdl(v: ApiVersion, req: Request, res: Response): Promise<void> {
  const address = serviceAddress(req);
  if (!address) {
    res.status(400).type('text/plain').send('serviceUrl must be an absolute http(s) URL');
    return;
  }
  const bindings = bindingsAsked(req);
  if (!bindings) {
    res.status(400).type('text/plain').send('soap must be 1.1 (the WSDL without its SOAP 1.2 binding), or absent for both bindings');
    return;
  }
  const text = await template(v, bindings);
  res
    .status(200)
    .type('text/xml; charset=utf-8')
    .send(text.replaceAll(`location="${PLACEHOLDER_ADDRESS}"`, `location="${escapeAttr(address)}"`));
}

export function mountWsdlRoutes(router: Router): void {
  const byName = (req: Request, res: Response, next: () => void) => {
    const v = versionByWsdlFile(String(req.params.file));
    if (v) return sendWsdl(v, req, res);
    next();
  };
  router.get('/scene7/webservice/:file', byName);
  router.get('/scene7/:file', byName);
  router.get(SERVICE_PATH, (req, res, next) => {
    if ('wsdl' in req.query || 'WSDL' in req.query) return sendWsdl(LATEST_DOCUMENTED, req, res);
    next();
  });
}

export const wsdlPaths = (): string[] => API_VERSIONS.map((v) => `/scene7/webservice/${v.wsdlFile}`);

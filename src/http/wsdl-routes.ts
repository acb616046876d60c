/**
 * GET routes for the WSDLs: /scene7/webservice/IpsApi-<version>.wsdl (docs),
 * /scene7/IpsApi-<version>.wsdl (seen in client code) and
 * /scene7/services/IpsApiService?wsdl (latest documented version). The
 * soap:address is the host and port the request came in on, or the
 * `serviceUrl` query parameter, as the real WSDL servlet allows (reference §2.1).
 */
import type { Request, Response, Router } from 'express';
import { LATEST_DOCUMENTED, versionById, API_VERSIONS, type ApiVersion } from '../schema/versions.js';
import { PLACEHOLDER_ADDRESS, writeWsdl } from '../wsdl/write-wsdl.js';

export const SERVICE_PATH = '/scene7/services/IpsApiService';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const templates = new Map<string, string>();
const template = (v: ApiVersion): string => {
  let t = templates.get(v.id);
  if (!t) templates.set(v.id, (t = writeWsdl(v)));
  return t;
};

function serviceAddress(req: Request): string | undefined {
  const override = req.query.serviceUrl;
  if (typeof override === 'string') {
    if (!/^https?:\/\/[^\s]+$/.test(override)) return undefined;
    return override.includes('/services/') ? override : `${override.replace(/\/+$/, '')}${SERVICE_PATH}`;
  }
  return `${req.protocol}://${req.get('host') ?? 'localhost'}${SERVICE_PATH}`;
}

function sendWsdl(v: ApiVersion, req: Request, res: Response): void {
  const address = serviceAddress(req);
  if (!address) {
    res.status(400).type('text/plain').send('serviceUrl must be an absolute http(s) URL');
    return;
  }
  res
    .status(200)
    .type('text/xml; charset=utf-8')
    .send(template(v).replace(`location="${PLACEHOLDER_ADDRESS}"`, `location="${escapeAttr(address)}"`));
}

export function mountWsdlRoutes(router: Router): void {
  const byName = (req: Request, res: Response, next: () => void) => {
    const v = versionById(String(req.params.version));
    if (v) sendWsdl(v, req, res);
    else next();
  };
  router.get('/scene7/webservice/IpsApi-:version.wsdl', byName);
  router.get('/scene7/IpsApi-:version.wsdl', byName);
  router.get(SERVICE_PATH, (req, res, next) => {
    if ('wsdl' in req.query || 'WSDL' in req.query) sendWsdl(LATEST_DOCUMENTED, req, res);
    else next();
  });
}

export const wsdlPaths = (): string[] => API_VERSIONS.map((v) => `/scene7/webservice/IpsApi-${v.id}.wsdl`);

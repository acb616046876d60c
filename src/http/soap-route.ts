/**
 * POST /scene7/services/IpsApiService: bytes in, engine, bytes out.
 * Request bodies are capped (config.maxBodyBytes) and may be gzip/deflate
 * encoded; responses are gzip-compressed when the client accepts it and the
 * authHeader does not say gzipResponse=false (reference §3.6).
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { gzipSync } from 'node:zlib';
import { handleSoapRequest, type Engine } from '../engine/handle-request.js';
import type { SoapHttpResponse } from '../engine/types.js';
import { fault } from '../faults/catalogue.js';
import { faultEnvelope } from '../serialize/envelope.js';
import { SOAP11, SOAP12 } from '../soap/soap-versions.js';
import { SERVICE_PATH } from './wsdl-routes.js';

const acceptsGzip = (header: string | undefined): boolean =>
  !!header && header.split(',').some((p) => {
    const [coding = '', ...params] = p.trim().split(';');
    const q = params.map((x) => /q=([0-9.]+)/.exec(x)?.[1]).find(Boolean);
    return (coding.trim() === 'gzip' || coding.trim() === '*') && (q === undefined || Number(q) > 0);
  });

function send(req: Request, res: Response, out: SoapHttpResponse): void {
  res.status(out.status).set('Content-Type', out.contentType);
  let body: Buffer | string = out.body;
  if (out.gzip && acceptsGzip(req.get('accept-encoding'))) {
    // A cached answer keeps its compressed bytes: unchanged data is not compressed twice.
    body = out.cached ? (out.cached.gzipped ??= gzipSync(out.body)) : gzipSync(out.body);
    res.set('Content-Encoding', 'gzip');
  }
  res.set('Vary', 'Accept-Encoding').send(body);
}

export function mountSoapRoute(router: Router, engine: Engine, maxBodyBytes: number, log?: (line: string) => void): void {
  router.post(SERVICE_PATH, express.raw({ type: () => true, limit: maxBodyBytes }), (req, res) => {
    const started = performance.now();
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const out = handleSoapRequest(engine, {
      body: raw.toString('utf8'),
      soapAction: req.get('soapaction') ?? /action="?([^";]+)"?/.exec(req.get('content-type') ?? '')?.[1],
      contentType: req.get('content-type'),
      authorization: req.get('authorization'),
      acceptLanguage: req.get('accept-language'),
    });
    send(req, res, out);
    log?.(`${out.status} ${out.summary} ${(performance.now() - started).toFixed(1)}ms`);
  });
  // Body-parser errors (too large, bad encoding) on the SOAP route become IPS faults, never HTML.
  router.use(SERVICE_PATH, (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const e = err as { type?: string; limit?: number };
    const soap = req.get('content-type')?.includes('application/soap+xml') ? SOAP12 : SOAP11;
    const reason =
      e.type === 'entity.too.large'
        ? `The request body exceeds the ${maxBodyBytes} byte limit of ips-mock`
        : `The request body could not be read (${e.type ?? 'unreadable body'}); send UTF-8 XML, optionally gzip- or deflate-encoded`;
    const f = fault('invalidRequestXml', reason);
    // Close the connection: an oversized body may still be arriving.
    res.status(500).set({ 'Content-Type': soap.contentType, Connection: 'close' }).send(faultEnvelope(soap, f));
  });
}

/**
 * POST /scene7/services/IpsApiService: bytes in, engine, bytes out.
 * Request bodies are capped (config.maxBodyBytes) and may be gzip/deflate
 * encoded; responses are gzip-compressed when the client accepts it and the
 * authHeader does not say gzipResponse=false (reference §3.6). A body the
 * parser refuses still goes through the engine, so it is journaled.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { constants, gzipSync } from 'node:zlib';
import type { Engine } from '../engine/engine.js';
import { handleSoapRequest } from '../engine/handle-request.js';
import type { TransportFacts } from '../engine/record.js';
import type { SoapHttpRequest, SoapHttpResponse } from '../engine/types.js';
import { SERVICE_PATH } from './wsdl-routes.js';

const acceptsGzip = (header: string | undefined): boolean =>
  !!header && header.split(',').some((p) => {
    const [coding = '', ...params] = p.trim().split(';');
    const q = params.map((x) => /q=([0-9.]+)/.exec(x)?.[1]).find(Boolean);
    return (coding.trim() === 'gzip' || coding.trim() === '*') && (q === undefined || Number(q) > 0);
  });

/** Fastest compression: on loopback and LANs the mock's CPU costs more than the bytes (a few % larger). */
const gzip = (body: Buffer): Buffer => gzipSync(body, { level: constants.Z_BEST_SPEED });

/** Bytes that are neither XML nor text: what a broken proxy or a corrupted stream might deliver. */
const GARBAGE = Buffer.from('\u0000\u00ff\u00fe<<ips-mock: malformed response (injected)>>\u0001\u0002', 'latin1');

/** Breaks the connection the way an injection rule asked (WireMock's fault kinds). */
function sendBroken(req: Request, res: Response, out: SoapHttpResponse, body: Buffer): void {
  switch (out.drop) {
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'empty':
      req.socket.destroy();
      return;
    case 'malformed':
      res.status(200).set('Content-Type', out.contentType).send(GARBAGE);
      return;
    case 'truncated':
      // Promise the whole body, send half, then close: the client sees the stream end early.
      res.status(out.status).set({ 'Content-Type': out.contentType, 'Content-Length': String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy());
      return;
  }
}

/**
 * Writes the answer with Node's own response calls: every header is set here, so express's
 * res.send (content-type lookup, ETag, freshness checks that never apply to a POST) is not needed
 * on the path every SOAP call takes.
 */
function send(req: Request, res: Response, out: SoapHttpResponse): void {
  if (out.drop && out.drop !== 'truncated') return sendBroken(req, res, out, Buffer.alloc(0));
  res.statusCode = out.status;
  res.setHeader('Content-Type', out.contentType);
  if (out.headers) for (const [name, value] of Object.entries(out.headers)) res.setHeader(name, value);
  if (out.close) res.setHeader('Connection', 'close');
  let body = Buffer.isBuffer(out.body) ? out.body : Buffer.from(out.body, 'utf8');
  if (out.gzip && acceptsGzip(req.headers['accept-encoding'])) {
    // A cached answer keeps its compressed bytes: unchanged data is not compressed twice.
    body = out.cached ? (out.cached.gzipped ??= gzip(out.cached.body)) : gzip(body);
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.setHeader('Vary', 'Accept-Encoding');
  if (out.drop) return sendBroken(req, res, out, body);
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

function toEngine(req: Request, raw: Buffer, readError?: SoapHttpRequest['readError']): SoapHttpRequest {
  // SOAP 1.2 carries the action as the Content-Type's `action` parameter (RFC 3902); it wins over a
  // SOAPAction header (a SOAP 1.1 header some 1.2 stacks still send, often empty).
  const contentTypeAction = /;\s*action\s*=\s*"?([^";]*)"?/i.exec(req.get('content-type') ?? '')?.[1];
  const soapAction = contentTypeAction ?? req.get('soapaction');
  const transport: TransportFacts = {
    method: req.method,
    path: req.originalUrl,
    soapAction,
    contentType: req.get('content-type'),
    contentEncoding: req.get('content-encoding'),
    acceptEncoding: req.get('accept-encoding'),
    acceptLanguage: req.get('accept-language'),
    userAgent: req.get('user-agent'),
    remoteAddress: req.socket.remoteAddress,
    bytes: raw.length,
  };
  return {
    body: raw,
    soapAction,
    contentType: req.get('content-type'),
    authorization: req.get('authorization'),
    acceptLanguage: req.get('accept-language'),
    transport,
    readError,
  };
}

export function mountSoapRoute(router: Router, engine: Engine, maxBodyBytes: number, log?: (line: string) => void): void {
  const answer = async (req: Request, res: Response, raw: Buffer, readError?: SoapHttpRequest['readError']) => {
    const started = performance.now();
    const { response } = await handleSoapRequest(engine, toEngine(req, raw, readError));
    send(req, res, response);
    log?.(`${response.status} ${response.summary} ${(performance.now() - started).toFixed(1)}ms`);
  };
  router.post(SERVICE_PATH, express.raw({ type: () => true, limit: maxBodyBytes }), (req, res, next) => {
    answer(req, res, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)).catch(next);
  });
  // Body-parser errors (too large, bad encoding) on the SOAP route become IPS faults, never HTML.
  router.use(SERVICE_PATH, (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const e = err as { type?: string };
    answer(req, res, Buffer.alloc(0), { type: e.type, limit: maxBodyBytes }).catch(next);
  });
}

/**
 * POST /scene7/services/IpsApiService: bytes in, engine, bytes out, with Node's own request
 * and response (no express on this path; create-app.ts routes the calls here). Request
 * bodies are capped (config.maxBodyBytes) and may be gzip/deflate/br encoded (read-body.ts);
 * responses are gzip-compressed when the client accepts it and the authHeader does not say
 * gzipResponse=false (reference §3.6). A body the transport refuses still goes through the
 * engine, so it is journaled.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, gzipSync } from 'node:zlib';
import type { Engine } from '../engine/engine.js';
import { handleSoapRequest } from '../engine/handle-request.js';
import type { TransportFacts } from '../engine/record.js';
import { bodyBytes, type ResponseBody } from '../engine/response-body.js';
import { XmlBody } from '../serialize/xml-body.js';
import type { SoapHttpRequest, SoapHttpResponse } from '../engine/types.js';
import { readBody } from './read-body.js';

type Request = IncomingMessage;
type Response = ServerResponse;

const acceptsGzip = (header: string | undefined): boolean =>
  !!header && header.split(',').some((p) => {
    const [coding = '', ...params] = p.trim().split(';');
    const q = params.map((x) => /q=([0-9.]+)/.exec(x)?.[1]).find(Boolean);
    return (coding.trim() === 'gzip' || coding.trim() === '*') && (q === undefined || Number(q) > 0);
  });

/**
 * The bytes to send, as a list of buffers written one after another: an answer in pieces (a 23 MB job
 * list) is sent from its pieces' own buffers, never copied into one. gzip at the fastest level: on
 * loopback and LANs the mock's CPU costs more than the bytes (a few % larger); an answer in pieces is
 * spliced from its pieces' deflated bytes (each kept piece is compressed once, ../serialize/xml-piece.ts).
 */
const plain = (body: ResponseBody): readonly Buffer[] => (body instanceof XmlBody ? body.buffers() : [bodyBytes(body)]);
const gzip = (body: ResponseBody): readonly Buffer[] => (body instanceof XmlBody ? body.gzip() : [gzipSync(bodyBytes(body), { level: constants.Z_BEST_SPEED })]);
/**
 * A cached answer in one buffer keeps its compressed bytes: unchanged data is not compressed twice. An
 * answer in pieces is spliced again instead (its pieces are already deflated; splicing copies nothing).
 */
function gzipAnswer(out: SoapHttpResponse): readonly Buffer[] {
  const cached = out.cached;
  if (cached && !(cached.body instanceof XmlBody)) return [(cached.gzipped ??= gzipSync(cached.body, { level: constants.Z_BEST_SPEED }))];
  return gzip(out.body);
}

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
      res.statusCode = 200;
      res.setHeader('Content-Type', out.contentType);
      res.setHeader('Content-Length', GARBAGE.length);
      res.end(GARBAGE);
      return;
    case 'truncated':
      // Promise the whole body, send half, then close: the client sees the stream end early.
      res.statusCode = out.status;
      res.setHeader('Content-Type', out.contentType);
      res.setHeader('Content-Length', String(body.length));
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy());
      return;
  }
}

/** Writes the answer: every header is set here (no content-type lookup, ETag or freshness check: they never apply to a POST). */
function send(req: Request, res: Response, out: SoapHttpResponse): void {
  if (out.drop && out.drop !== 'truncated') return sendBroken(req, res, out, Buffer.alloc(0));
  res.statusCode = out.status;
  res.setHeader('Content-Type', out.contentType);
  if (out.headers) for (const [name, value] of Object.entries(out.headers)) res.setHeader(name, value);
  if (out.close) res.setHeader('Connection', 'close');
  let chunks: readonly Buffer[];
  if (out.gzip && acceptsGzip(req.headers['accept-encoding'])) {
    chunks = gzipAnswer(out);
    res.setHeader('Content-Encoding', 'gzip');
  } else chunks = plain(out.body);
  res.setHeader('Vary', 'Accept-Encoding');
  if (out.drop) return sendBroken(req, res, out, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
  res.setHeader('Content-Length', chunks.reduce((n, c) => n + c.length, 0));
  if (chunks.length === 1) return void res.end(chunks[0]);
  // Corked: the socket gets the buffers in a few vectored writes when end() uncorks it, not one write each.
  res.cork();
  for (const c of chunks) res.write(c);
  res.end();
}

/** The header's value as one string (Node joins repeated headers, except the few it keeps as lists). */
const header = (req: Request, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

function toEngine(req: Request, raw: Buffer, readError?: SoapHttpRequest['readError']): SoapHttpRequest {
  const contentType = header(req, 'content-type');
  // SOAP 1.2 carries the action as the Content-Type's `action` parameter (RFC 3902); it wins over a
  // SOAPAction header (a SOAP 1.1 header some 1.2 stacks still send, often empty).
  const contentTypeAction = /;\s*action\s*=\s*"?([^";]*)"?/i.exec(contentType ?? '')?.[1];
  const soapAction = contentTypeAction ?? header(req, 'soapaction');
  const acceptLanguage = header(req, 'accept-language');
  const transport: TransportFacts = {
    method: req.method ?? 'POST',
    path: req.url ?? '',
    soapAction,
    contentType,
    contentEncoding: header(req, 'content-encoding'),
    acceptEncoding: header(req, 'accept-encoding'),
    acceptLanguage,
    userAgent: header(req, 'user-agent'),
    remoteAddress: req.socket.remoteAddress,
    bytes: raw.length,
  };
  return { body: raw, soapAction, contentType, authorization: header(req, 'authorization'), acceptLanguage, transport, readError };
}

/** What an unexpected failure answers (as express's last-resort handler did): short, never a stack trace. */
function internalError(res: Response): void {
  if (res.headersSent) return void res.destroy();
  const body = JSON.stringify({ error: 'internal error in ips-mock' });
  res.statusCode = 500;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * POSTs the express router would route to the SOAP endpoint: its path in any letter case, with an
 * optional trailing slash, query or fragment, also in absolute form (as a proxy sends it).
 */
const SOAP_TARGET = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?\/scene7\/services\/ipsapiservice\/?(?:[?#]|$)/i;
export const isSoapPost = (req: Request): boolean => req.method === 'POST' && SOAP_TARGET.test(req.url ?? '');

/** The SOAP endpoint as a Node request listener. */
export function soapEndpoint(engine: Engine, maxBodyBytes: number, log?: (line: string) => void): (req: Request, res: Response) => void {
  const answer = async (req: Request, res: Response) => {
    const read = await readBody(req, maxBodyBytes);
    const started = performance.now();
    const http = 'body' in read ? toEngine(req, read.body) : toEngine(req, Buffer.alloc(0), { type: read.error, limit: maxBodyBytes });
    const { response } = await handleSoapRequest(engine, http);
    send(req, res, response);
    log?.(`${response.status} ${response.summary} ${(performance.now() - started).toFixed(1)}ms`);
  };
  return (req, res) => {
    answer(req, res).catch((e: unknown) => {
      engine.onBug?.(e);
      internalError(res);
    });
  };
}

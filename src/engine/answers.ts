/**
 * The two ways the pipeline answers a call, each recording how it answered.
 * A fault's HTTP status is 500 unless the authHeader asks for another
 * (faultHttpStatusCode, reference §3.6); gzip follows authHeader gzipResponse.
 */
import type { IpsFault } from '../faults/catalogue.js';
import { faultDocument, faultEnvelope } from '../serialize/envelope.js';
import type { RequestContext } from './context.js';
import type { CachedResponse } from './response-cache.js';
import type { ResponseBody } from './response-body.js';

/** The UploadFile servlet's answers (reference §6.8's example: text/xml;charset=utf-8). */
const DOCUMENT_TYPE = 'text/xml;charset=utf-8';

export function answerFault(ctx: RequestContext, f: IpsFault, close = false): void {
  const status = ctx.options.faultHttpStatusCode ?? 500;
  ctx.record.outcome = { kind: 'fault', fault: f.fault, element: f.entry.element, code: f.entry.code, reason: f.reason };
  ctx.response = {
    status,
    contentType: ctx.upload ? DOCUMENT_TYPE : ctx.soap.contentType,
    body: ctx.upload ? faultDocument(f) : faultEnvelope(ctx.soap, f, ctx.engine.wire),
    gzip: ctx.options.gzipResponse !== false,
    summary: `fault ${f.entry.code}`,
    close,
  };
}

export function answerResult(ctx: RequestContext, body: ResponseBody, cached?: CachedResponse, hit = false): void {
  const name = ctx.route?.operation.name ?? 'result';
  ctx.record.outcome = { kind: 'result', cached: hit };
  ctx.response = {
    status: 200,
    contentType: ctx.upload ? DOCUMENT_TYPE : ctx.soap.contentType,
    body,
    gzip: ctx.options.gzipResponse !== false,
    summary: hit ? `${name} (cached)` : name,
    cached,
  };
}

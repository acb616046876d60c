/**
 * The SOAP request pipeline, as a list of stages over one request record:
 *   read → route → authenticate → decode → inject → cache → operate
 *   then, always: cache-store → truncate; then the record goes to the journal.
 * Each stage is one module under stages/; the lists below are the whole order.
 */
import { formatDateTime } from '../serialize/format-value.js';
import { SOAP11, SOAP12 } from '../soap/soap-versions.js';
import type { RequestContext, Stage } from './context.js';
import type { Engine } from './engine.js';
import { runPipeline } from './pipeline.js';
import type { RequestRecord, TransportFacts } from './record.js';
import { authenticate } from './stages/authenticate.js';
import { cacheLookup, cacheStore } from './stages/cache.js';
import { decode } from './stages/decode.js';
import { inject, truncate } from './stages/inject.js';
import { operate } from './stages/operate.js';
import { read } from './stages/read.js';
import { readUpload } from './stages/read-upload.js';
import { route } from './stages/route.js';
import { routeUpload } from './stages/route-upload.js';
import type { ResponseBody } from './response-body.js';
import type { SoapHttpRequest, SoapHttpResponse, UploadParts, XmlPart } from './types.js';

const ANSWERING: readonly Stage[] = [read, route, authenticate, decode, inject, cacheLookup, operate];
const FINISHING: readonly Stage[] = [cacheStore, truncate];

/** Violations tolerated by lenient checking travel in a header (JSON, ASCII-only, capped), as Prism's sl-violations do. */
function withViolations(response: SoapHttpResponse, violations: readonly string[] | undefined): SoapHttpResponse {
  if (!violations?.length) return response;
  let value = JSON.stringify(violations).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (value.length > 4_000) value = `${value.slice(0, 4_000)}...(truncated; see the journal)`;
  return { ...response, headers: { ...response.headers, 'X-Ips-Mock-Violations': value } };
}

export function handleSoapRequest(engine: Engine, http: SoapHttpRequest): Promise<{ response: SoapHttpResponse; record: RequestRecord }> {
  return handle(engine, http, ANSWERING, FINISHING);
}

/*
 * An UploadFile servlet POST (reference §6.8) through the same stages where it can: its parts stand in
 * for the envelope, so authentication, decoding, the handler and the journal are the SOAP calls' own.
 * No cache (uploadPost changes state) and no injection rules (they are written for SOAP answers).
 */
const UPLOAD_ANSWERING: readonly Stage[] = [readUpload, routeUpload, authenticate, decode, operate];

export function handleUploadRequest(engine: Engine, upload: UploadParts, transport: TransportFacts, acceptLanguage: string | undefined) {
  // The servlet authenticates by its auth part only, so no Authorization header is passed on.
  const http: SoapHttpRequest = { body: Buffer.alloc(0), contentType: transport.contentType, acceptLanguage, transport };
  return handle(engine, http, UPLOAD_ANSWERING, [], upload);
}

/** The journal's copy of an UploadFile POST: its XML parts as sent, its files by name and size (their bytes are never kept). */
function describeUpload(u: UploadParts): string {
  const part = (name: string, p: XmlPart | undefined) => (p ? [`--- part ${name} (${p.contentType ?? 'no Content-Type'})`, p.bytes.toString('utf8')] : []);
  const files = u.files.map((f) => `--- file part ${f.part}: filename ${f.filename === undefined ? '(none)' : JSON.stringify(f.filename)}, ${f.bytes} bytes (not kept)`);
  return [...part('auth', u.auth), ...part('uploadParams', u.uploadParams), ...files].join('\n');
}

/**
 * The last instant written, per kind: requests arriving in the same millisecond of real time (and, with
 * a pinned clock, every request) share their record's text instead of formatting it again (writing an
 * ISO date was a few % of a cached read's CPU).
 */
function lastText(format: (ms: number) => string): (ms: number) => string {
  let last = NaN;
  let text = '';
  return (ms) => (ms === last ? text : ((last = ms), (text = format(ms))));
}
const realIso = lastText((ms) => new Date(ms).toISOString());
const clockIso = lastText(formatDateTime);

async function handle(
  engine: Engine,
  http: SoapHttpRequest,
  answering: readonly Stage[],
  finishing: readonly Stage[],
  upload?: UploadParts,
): Promise<{ response: SoapHttpResponse; record: RequestRecord }> {
  const started = performance.now();
  const now = engine.clock.now();
  const record: RequestRecord = {
    id: engine.journal.newId(),
    receivedAt: realIso(Date.now()),
    clock: clockIso(now),
    transport: http.transport,
    timings: { totalMs: 0, stages: {} },
  };
  const ctx: RequestContext = {
    engine,
    http,
    record,
    now,
    // Until the envelope is read, the Content-Type is the best guess of the SOAP version a fault should use.
    soap: http.contentType?.includes('application/soap+xml') ? SOAP12 : SOAP11,
    options: {},
    upload,
  };
  await runPipeline(ctx, answering, finishing);
  const response = withViolations(ctx.response!, record.violations);
  // A connection reset or closed before answering has no HTTP status.
  record.status = response.drop === 'reset' || response.drop === 'empty' ? undefined : response.status;
  record.timings.totalMs = performance.now() - started;
  // Journal before the answer leaves: a test that has its response can already find the record.
  // A dropped connection's body is the transport's doing (nothing, garbage, half): its record's outcome says which.
  const sent: ResponseBody = response.drop ? '' : response.body;
  engine.journal.add(record, { request: upload ? describeUpload(upload) : http.body, response: sent });
  return { response, record };
}

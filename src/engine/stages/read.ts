/**
 * Stage "read": raw bytes → SOAP envelope and authHeader options. A body the
 * transport could not read (too large, bad content encoding) is answered here,
 * so those calls are in the journal like any other.
 */
import { findAuthHeader, readHeaderOptions } from '../../auth/read-credentials.js';
import { fault } from '../../faults/catalogue.js';
import { readEnvelope, type Envelope } from '../../soap/read-envelope.js';
import { answerFault } from '../answers.js';
import type { RequestContext, Stage } from '../context.js';

/*
 * Reading is a pure function of (bytes, content type), and clients repeat themselves (a test polling
 * getActiveJobs sends the same bytes every time), so the envelopes of recent small requests are kept
 * and a repeat skips the XML parser (and is answered without waiting: no promise on that path).
 * Everything after reading (authentication included) still runs.
 */
const MEMO_MAX_BYTES = 8 * 1024;
const MEMO_ENTRIES = 256;
const memo = new Map<string, Envelope>();

function readMemoized(bytes: Buffer, contentType: string | undefined): Envelope | Promise<Envelope> {
  const key = bytes.length <= MEMO_MAX_BYTES ? `${contentType ?? ''}\n${bytes.toString('latin1')}` : undefined;
  if (key === undefined) return readEnvelope(bytes, contentType);
  const hit = memo.get(key);
  if (hit) return hit;
  return readEnvelope(bytes, contentType).then((envelope) => {
    memo.set(key, envelope);
    if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    return envelope;
  });
}

function took(ctx: RequestContext, envelope: Envelope): void {
  ctx.envelope = envelope;
  ctx.soap = envelope.soap;
  ctx.record.soapVersion = envelope.soap.id;
  ctx.authHeader = findAuthHeader(envelope.headers);
  ctx.options = readHeaderOptions(ctx.authHeader);
}

export const read: Stage = {
  name: 'read',
  run(ctx) {
    const unreadable = ctx.http.readError;
    if (unreadable) {
      const reason =
        unreadable.type === 'entity.too.large'
          ? `The request body exceeds the ${unreadable.limit} byte limit of ips-mock`
          : `The request body could not be read (${unreadable.type ?? 'unreadable body'}); send XML, optionally gzip- or deflate-encoded`;
      // Close the connection: an oversized body may still be arriving.
      return answerFault(ctx, fault('invalidRequestXml', reason), true);
    }
    const envelope = readMemoized(ctx.http.body, ctx.http.contentType);
    if (envelope instanceof Promise) return envelope.then((e) => took(ctx, e));
    took(ctx, envelope);
  },
};

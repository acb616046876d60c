/**
 * The request and response bodies of journaled calls, kept beside the records
 * (so listing the journal stays light) for reading one call's XML (the
 * inspector's expanded entries, "copy as curl"). Bounded twice: each body is
 * kept up to PER_BODY_BYTES, and all of them together up to TOTAL_BYTES, the
 * oldest exchanges going first; a record whose exchange went keeps its place
 * in the journal.
 */
import { XmlBody } from '../serialize/xml-body.js';
import type { ResponseBody } from './response-body.js';

const PER_BODY_BYTES = 1024 * 1024;
const TOTAL_BYTES = 32 * 1024 * 1024;

export interface Exchange {
  /** The request body as text (after any content decoding; see asText). */
  readonly request: string;
  /** The response body as sent (before any gzip); empty for a dropped connection. */
  readonly response: string;
  /** Whether either body was longer than what is kept. */
  readonly truncated: boolean;
}

/** Bodies as text for reading: UTF-16 by its byte-order mark, Latin-1 when the XML declaration says so, else UTF-8. */
function asText(body: Raw): string {
  if (typeof body === 'string') return body;
  if (body instanceof XmlBody) body = body.bytes();
  // Only the start is kept: however it is encoded, 2 bytes give at least one UTF-8 byte of text, so
  // this much still says the body was longer than what is kept (and a 20 MB answer is not decoded whole).
  if (body.length > 2 * PER_BODY_BYTES + 4) body = body.subarray(0, 2 * PER_BODY_BYTES + 4);
  if (body[0] === 0xff && body[1] === 0xfe) return body.subarray(2).toString('utf16le');
  if (body[0] === 0xfe && body[1] === 0xff) return Buffer.from(body.subarray(2)).swap16().toString('utf16le');
  const declared = /^<\?xml[^>]*encoding=["']([\w.-]+)["']/.exec(body.subarray(0, 200).toString('latin1'))?.[1]?.toLowerCase();
  return declared && ['iso-8859-1', 'latin1', 'us-ascii', 'windows-1252'].includes(declared) ? body.toString('latin1') : body.toString('utf8');
}

const cut = (s: string): { text: string; cut: boolean } => {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no counting, and a long one (a 20 MB
  // answer) is cut to its first PER_BODY_BYTES units before it is encoded, not encoded whole.
  if (s.length * 3 <= PER_BODY_BYTES || Buffer.byteLength(s) <= PER_BODY_BYTES) return { text: s, cut: false };
  return { text: Buffer.from(s.slice(0, PER_BODY_BYTES)).subarray(0, PER_BODY_BYTES).toString('utf8'), cut: true };
};

/** A body as received or sent, or (when longer than what is kept) a copy of its start: decoded only when read. */
type Raw = ResponseBody;

/**
 * Enough of a body to give its first PER_BODY_BYTES of text and to tell it was longer (see asText):
 * the body itself when it is short, else a copy of its start (a slice would keep the whole body alive).
 */
function clip(body: Raw): Raw {
  if (typeof body === 'string') return body.length <= PER_BODY_BYTES ? body : Buffer.from(body.slice(0, PER_BODY_BYTES + 1));
  if (body.length <= 2 * PER_BODY_BYTES + 4) return body;
  // An answer in pieces (a 23 MB job list) is copied from its first pieces, never joined whole.
  return body instanceof XmlBody ? body.head(2 * PER_BODY_BYTES + 4) : Buffer.from(body.subarray(0, 2 * PER_BODY_BYTES + 4));
}

const sizeOf = (body: Raw): number => (typeof body === 'string' ? Buffer.byteLength(body) : body.length);

interface Kept {
  readonly request: Raw;
  readonly response: Raw;
  readonly size: number;
}

/**
 * Bodies are kept as they came (a cached answer's bytes are shared with the response cache, not copied)
 * and decoded only when a call's XML is read: decoding a 40 KB answer on every request was a third of
 * what a cached read cost.
 */
export class Exchanges {
  private readonly kept = new Map<number, Kept>();
  private bytes = 0;

  add(id: number, request: string | Buffer, response: ResponseBody): void {
    const req = clip(request);
    const res = clip(response);
    const size = sizeOf(req) + sizeOf(res);
    this.kept.set(id, { request: req, response: res, size });
    this.bytes += size;
    for (const oldest of this.kept.keys()) {
      if (this.bytes <= TOTAL_BYTES) break;
      this.delete(oldest);
    }
  }

  get(id: number): Exchange | undefined {
    const k = this.kept.get(id);
    if (!k) return undefined;
    const req = cut(asText(k.request));
    const res = cut(asText(k.response));
    return { request: req.text, response: res.text, truncated: req.cut || res.cut };
  }

  delete(id: number): void {
    const k = this.kept.get(id);
    if (!k) return;
    this.bytes -= k.size;
    this.kept.delete(id);
  }

  clear(): void {
    this.kept.clear();
    this.bytes = 0;
  }
}

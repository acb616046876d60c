/**
 * The request and response bodies of journaled calls, for reading one call's XML (the inspector's
 * expanded entries, "copy as curl"). Bounded twice: each body is kept up to PER_BODY_BYTES, and all of
 * them together up to TOTAL_BYTES (the journal lets the oldest go first; a record whose bodies went
 * keeps its place). A short body is copied into the journal's byte log (./byte-log.ts); a longer one is
 * held as it came (a cached answer's bytes are shared with the response cache, not copied). Bodies
 * are decoded only when a call's XML is read: decoding a 40 KB answer on every request was a third of
 * what a cached read cost.
 */
import { XmlBody } from '../serialize/xml-body.js';
import type { ResponseBody } from './response-body.js';

const PER_BODY_BYTES = 1024 * 1024;
export const TOTAL_BYTES = 32 * 1024 * 1024;
/** Bodies up to this size are copied into the byte log: a submitJob's are ~0.5 KB each, a 20-job answer ~40 KB. */
const COPY_BYTES = 8 * 1024;

export interface Exchange {
  /** The request body as text (after any content decoding; see asText). */
  readonly request: string;
  /** The response body as sent (before any gzip); empty for a dropped connection. */
  readonly response: string;
  /** Whether either body was longer than what is kept. */
  readonly truncated: boolean;
}

/** A body as received or sent, or (when longer than what is kept) a copy of its start: decoded only when read. */
export type Raw = ResponseBody;

/** How a body is kept: its bytes in the byte log, its text in the log (as UTF-8), or held as it came. */
export const enum BodyKind {
  Bytes = 0,
  Text = 1,
  Held = 2,
}

/** A body ready to keep: what to append to the byte log (nothing when held), and what it counts against TOTAL_BYTES. */
export interface KeptBody {
  readonly kind: BodyKind;
  readonly parts: ReadonlyArray<string | Uint8Array>;
  readonly lengths: readonly number[];
  readonly held?: Raw;
  readonly size: number;
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

/** How to keep `body`: copied into the log when short, else held (clipped). */
export function keptBody(body: Raw): KeptBody {
  const c = clip(body);
  const size = typeof c === 'string' ? Buffer.byteLength(c) : c.length;
  if (size > COPY_BYTES) return { kind: BodyKind.Held, parts: [], lengths: [], held: c, size };
  if (typeof c === 'string') return { kind: BodyKind.Text, parts: [c], lengths: [size], size };
  if (c instanceof XmlBody) {
    const pieces = c.buffers();
    return { kind: BodyKind.Bytes, parts: pieces, lengths: pieces.map((b) => b.length), size };
  }
  return { kind: BodyKind.Bytes, parts: [c], lengths: [size], size };
}

/** A kept body as text: from its bytes in the log, or from the body held. */
const bodyText = (kind: BodyKind, logged: Buffer, held: Raw | undefined): string =>
  kind === BodyKind.Text ? logged.toString('utf8') : asText(kind === BodyKind.Held ? held! : logged);

/** The exchange as read: both bodies as text, cut to PER_BODY_BYTES. */
export function exchangeText(request: { kind: BodyKind; logged: Buffer; held?: Raw }, response: { kind: BodyKind; logged: Buffer; held?: Raw }): Exchange {
  const req = cut(bodyText(request.kind, request.logged, request.held));
  const res = cut(bodyText(response.kind, response.logged, response.held));
  return { request: req.text, response: res.text, truncated: req.cut || res.cut };
}

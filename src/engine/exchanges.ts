/**
 * The request and response bodies of journaled calls, kept beside the records
 * (so listing the journal stays light) for reading one call's XML (the
 * inspector's expanded entries, "copy as curl"). Bounded twice: each body is
 * kept up to PER_BODY_BYTES, and all of them together up to TOTAL_BYTES, the
 * oldest exchanges going first; a record whose exchange went keeps its place
 * in the journal.
 */

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
function asText(body: string | Buffer): string {
  if (typeof body === 'string') return body;
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

export class Exchanges {
  private readonly kept = new Map<number, Exchange>();
  private bytes = 0;

  add(id: number, request: string | Buffer, response: string | Buffer): void {
    const req = cut(asText(request));
    const res = cut(asText(response));
    const size = Buffer.byteLength(req.text) + Buffer.byteLength(res.text);
    this.kept.set(id, { request: req.text, response: res.text, truncated: req.cut || res.cut });
    this.bytes += size;
    for (const oldest of this.kept.keys()) {
      if (this.bytes <= TOTAL_BYTES) break;
      this.delete(oldest);
    }
  }

  get(id: number): Exchange | undefined {
    return this.kept.get(id);
  }

  delete(id: number): void {
    const e = this.kept.get(id);
    if (!e) return;
    this.bytes -= Buffer.byteLength(e.request) + Buffer.byteLength(e.response);
    this.kept.delete(id);
  }

  clear(): void {
    this.kept.clear();
    this.bytes = 0;
  }
}

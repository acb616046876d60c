/**
 * An answer as the serializer leaves it: a list of byte pieces (./xml-piece.ts), some of them kept
 * across requests. Sent as is, or gzip-compressed by splicing the pieces' deflated bytes: a large
 * answer is never one string, never encoded or compressed whole.
 */
import { gzipPieces } from './gzip-pieces.js';
import type { XmlPiece } from './xml-piece.js';

export class XmlBody {
  /** Bytes in all. */
  readonly length: number;

  constructor(readonly pieces: readonly XmlPiece[]) {
    this.length = pieces.reduce((n, p) => n + p.bytes.length, 0);
  }

  /** The UTF-8 bytes in one buffer. */
  bytes(): Buffer {
    const [only] = this.pieces;
    return only && this.pieces.length === 1 ? only.bytes : Buffer.concat(this.pieces.map((p) => p.bytes), this.length);
  }

  /** A copy of the first `max` bytes (the journal keeps only the start of a long answer). */
  head(max: number): Buffer {
    const parts: Buffer[] = [];
    let n = 0;
    for (const p of this.pieces) {
      if (n >= max) break;
      const part = p.bytes.length <= max - n ? p.bytes : p.bytes.subarray(0, max - n);
      parts.push(part);
      n += part.length;
    }
    return Buffer.concat(parts, n);
  }

  /** The bytes as a list of buffers: the pieces' own, to be written one after another (not copied into one). */
  buffers(): Buffer[] {
    return this.pieces.map((p) => p.bytes);
  }

  /** One gzip member of the bytes, spliced from the pieces' deflated bytes, as a list of buffers. */
  gzip(): Buffer[] {
    return gzipPieces(this.pieces);
  }
}

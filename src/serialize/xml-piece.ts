/**
 * A piece of an answer as bytes: UTF-8 encoded once, and when a gzip answer needs it, deflated once.
 * A frozen value's element (a kept job view, ./write-fields.ts) is one piece kept across requests, so
 * a 10,000-job answer is sent by copying pieces: no 23 MB string to join, encode or compress again.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { crcShift } from './crc32-combine.js';

/**
 * Each piece is deflated on its own, at level 1 (the fastest, as whole answers were), and ended with a
 * sync flush: its compressed bytes end on a byte boundary with no final-block flag, so pieces can be
 * spliced one after another into one deflate stream (./gzip-pieces.ts). A 4 KiB window (a piece is an
 * element of a few KB) when the piece fits in it: zlib sets up its window and hash for every call, and a small
 * one costs a third of the default; any inflater (32 KiB window) reads the result. Larger pieces (the
 * text of an answer with nothing kept) get the default 32 KiB window, for the usual ratio.
 */
const SMALL_WINDOW_BITS = 12;
const deflateOptions = (size: number) => ({
  level: constants.Z_BEST_SPEED,
  windowBits: size <= 2 ** SMALL_WINDOW_BITS ? SMALL_WINDOW_BITS : 15,
  finishFlush: constants.Z_SYNC_FLUSH,
});

/** Bytes held by kept pieces (encoded and deflated), for a memory budget; each piece's share leaves with it. */
const held = { bytes: 0 };
interface Share {
  bytes: number;
}
const released = new FinalizationRegistry<Share>((share) => {
  held.bytes -= share.bytes;
});

export class XmlPiece {
  private packed?: Buffer;
  private crcValue?: number;
  private shiftValue?: number;
  private share?: Share;

  constructor(readonly bytes: Buffer) {}

  static of(xml: string): XmlPiece {
    return new XmlPiece(Buffer.from(xml, 'utf8'));
  }

  /** Counts this piece (and its deflated copy, once made) in keptXmlBytes() while it is alive. */
  keep(): this {
    if (this.share) return this;
    this.share = { bytes: this.size };
    held.bytes += this.share.bytes;
    released.register(this, this.share);
    return this;
  }

  /** Raw deflate of the bytes, ended with a sync flush (no final block). */
  get deflated(): Buffer {
    if (!this.packed) {
      // Copied out: zlib's output is a slice of a 16 KiB buffer, which a kept slice would hold whole.
      this.packed = Buffer.from(deflateRawSync(this.bytes, deflateOptions(this.bytes.length)));
      if (this.share) {
        this.share.bytes += this.packed.length;
        held.bytes += this.packed.length;
      }
    }
    return this.packed;
  }

  /** gzip's CRC-32 of the bytes. */
  get crc(): number {
    return (this.crcValue ??= crc32(this.bytes));
  }

  /** crcShift(length): what combining a CRC with this piece's needs (./crc32-combine.ts). */
  get shift(): number {
    return (this.shiftValue ??= crcShift(this.bytes.length));
  }

  /** Bytes this piece holds. */
  get size(): number {
    return this.bytes.length + (this.packed?.length ?? 0);
  }
}

/**
 * Bytes of answer pieces kept across requests (frozen values' elements per namespace, encoded and
 * deflated), for a memory budget. A piece leaves this count when it is collected, after the kept
 * view it was written for has gone.
 */
export const keptXmlBytes = (): number => held.bytes;

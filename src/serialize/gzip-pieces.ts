/**
 * One gzip member (RFC 1952) from pieces deflated on their own (./xml-piece.ts): the header, each
 * piece's raw deflate (ended with a sync flush, so each starts on a byte boundary and none is final),
 * an empty final block, then the CRC-32 of all the bytes (combined from the pieces' CRCs) and the
 * length. A kept piece is compressed once, however many answers carry it.
 */
import { crcCombine } from './crc32-combine.js';
import type { XmlPiece } from './xml-piece.js';

/** ID1 ID2, CM = deflate, no flags, no mtime, XFL = 4 (fastest compression), OS = 3 (Unix), as zlib writes at level 1. */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x03]);
/** A final block with fixed Huffman codes and nothing but its end-of-block code: BFINAL=1, BTYPE=01, EOB=0000000. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** The member as a list of buffers (the pieces' own deflated bytes, not copied). */
export function gzipPieces(pieces: readonly XmlPiece[]): Buffer[] {
  const parts: Buffer[] = [HEADER];
  let crc = 0;
  let length = 0;
  for (const p of pieces) {
    parts.push(p.deflated);
    crc = crcCombine(crc, p.crc, p.shift);
    length += p.bytes.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  // ISIZE: the length modulo 2^32.
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  parts.push(FINAL_BLOCK, trailer);
  return parts;
}

/** Unit tests of the gzip splice: CRC-32 combined from pieces, and pieces deflated apart read as one gzip member. */
import { execFileSync } from 'node:child_process';
import { crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crcCombine, crcShift } from '../../../src/serialize/crc32-combine.js';
import { gzipPieces } from '../../../src/serialize/gzip-pieces.js';
import { keptXmlBytes, XmlPiece } from '../../../src/serialize/xml-piece.js';

/** Bytes that do not repeat (a deterministic xorshift), so that compression has something to do and lengths vary. */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = 0x20 + ((x >>> 0) % 40); // printable, some repetition
  }
  return b;
}

describe('crcCombine', () => {
  it('gives the CRC-32 of a concatenation from the parts (zlib.crc32 of the whole as reference)', () => {
    for (const [a, b] of [[0, 0], [0, 5], [5, 0], [1, 1], [3, 4096], [2300, 2411], [70_000, 131_072], [1, 1_000_003]] as const) {
      const A = bytes(a, a + 7);
      const B = bytes(b, b + 11);
      expect(crcCombine(crc32(A), crc32(B), crcShift(B.length)), `${a}+${b}`).toBe(crc32(Buffer.concat([A, B])));
    }
  });

  it('shifts by x^8 per byte (known value: crc32 of "a" then "b" is crc32("ab") = 0x9e83486d)', () => {
    expect(crcCombine(crc32('a'), crc32('b'), crcShift(1))).toBe(0x9e83486d);
  });
});

describe('gzipPieces', () => {
  const pieces = [Buffer.from('<?xml version="1.0"?><a>'), bytes(2300, 1), Buffer.alloc(0), bytes(5000, 2), bytes(17, 3), Buffer.from('</a>')].map((b) => new XmlPiece(b));
  const whole = Buffer.concat(pieces.map((p) => p.bytes));
  const member = Buffer.concat(gzipPieces(pieces));

  it('is one gzip member of the pieces one after another (Node gunzip, and gzip -t / -dc)', () => {
    expect(gunzipSync(member).equals(whole)).toBe(true);
    execFileSync('gzip', ['-t'], { input: member });
    expect(execFileSync('gzip', ['-dc'], { input: member }).equals(whole)).toBe(true);
    // The trailer: CRC-32 and length of all the bytes, little-endian.
    expect(member.readUInt32LE(member.length - 8)).toBe(crc32(whole));
    expect(member.readUInt32LE(member.length - 4)).toBe(whole.length);
  });

  it('reuses a piece deflated once, and counts kept pieces with their deflated bytes', () => {
    const p = new XmlPiece(bytes(3000, 9)).keep();
    const before = keptXmlBytes();
    const first = p.deflated;
    expect(p.deflated).toBe(first);
    expect(keptXmlBytes() - before).toBe(first.length);
    expect(p.size).toBe(3000 + first.length);
    // A deflated piece holds only its own bytes, not zlib's 16 KiB output buffer.
    expect(first.buffer.byteLength).toBeLessThanOrEqual(8192);
    expect(gunzipSync(Buffer.concat(gzipPieces([p, p, p]))).equals(Buffer.concat([p.bytes, p.bytes, p.bytes]))).toBe(true);
  });
});

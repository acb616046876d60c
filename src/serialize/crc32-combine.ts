/**
 * gzip's CRC-32 of a concatenation from its pieces' CRCs and lengths, without reading the bytes again
 * (an answer spliced from kept pieces, ./gzip-pieces.ts). Over GF(2), modulo the CRC polynomial:
 *
 *   crc(A‖B) = crc(A) · x^(8·|B|)  xor  crc(B)
 *
 * (the CRC's initial and final inversions cancel out in this form). Polynomials are 32-bit words in
 * the CRC's reflected bit order: bit 31 is x^0, bit 0 is x^31.
 */
const POLY = 0xedb88320;
const ONE = 0x80000000;

/** a · b mod the polynomial (shift-and-add: b is multiplied by x once per bit of a). */
function multiply(a: number, b: number): number {
  let product = 0;
  for (let bit = ONE; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^8: one byte's worth of shift. */
const X8 = ONE >>> 8;

/** x^(8·bytes): what a CRC is multiplied by when `bytes` more bytes follow it (square-and-multiply over the bits of `bytes`). */
export function crcShift(bytes: number): number {
  let power = ONE;
  let square = X8; // x^(8·2^i) at step i
  for (let n = bytes; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) power = multiply(square, power);
    square = multiply(square, square);
  }
  return power;
}

/** crc(A‖B) from crc(A), crc(B) and crcShift(|B|). */
export const crcCombine = (crcA: number, crcB: number, shiftB: number): number => (multiply(shiftB, crcA) ^ crcB) >>> 0;

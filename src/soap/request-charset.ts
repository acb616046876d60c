/**
 * Request bytes → text. The encoding comes from, in this order (RFC 7303 §3.2):
 * a byte order mark, the Content-Type charset, the XML declaration's encoding,
 * else UTF-8. We read the encodings SOAP stacks send; anything else, and bytes
 * that are not valid in the encoding, are ipsApiFault 30003 with a reason that
 * names the encoding and where it came from (as a Java XML parser refuses them).
 */
import { fault } from '../faults/catalogue.js';
import { echo } from '../xml/xml-chars.js';

type Decoder = (bytes: Buffer) => string;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const fromUtf8: Decoder = (b) => utf8.decode(b);
const fromUtf16le: Decoder = (b) => b.subarray(0, b.length & ~1).toString('utf16le').replace(/^\uFEFF/, '');
const fromUtf16be: Decoder = (b) => {
  const even = Buffer.from(b.subarray(0, b.length & ~1));
  return fromUtf16le(even.swap16());
};
const fromLatin1: Decoder = (b) => b.toString('latin1');
const fromAscii: Decoder = (b) => {
  const high = b.findIndex((x) => x > 0x7f);
  if (high >= 0) throw new RangeError(`byte ${high} (0x${b[high]!.toString(16)}) is not US-ASCII`);
  return b.toString('latin1');
};
/**
 * windows-1252 bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them (0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * stay the C1 code point). Node 20's TextDecoder('windows-1252') decodes those bytes as ISO-8859-1
 * (0x80 → U+0080, not €), so the 32 differing characters are mapped here.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const fromWindows1252: Decoder = (b) => b.toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);

/** Encoding labels (lower case) we read, as IANA names them and as stacks spell them. */
const DECODERS: Readonly<Record<string, Decoder>> = {
  'utf-8': fromUtf8,
  utf8: fromUtf8,
  'utf-16le': fromUtf16le,
  'utf-16be': fromUtf16be,
  'iso-8859-1': fromLatin1,
  'iso_8859-1': fromLatin1,
  latin1: fromLatin1,
  l1: fromLatin1,
  'us-ascii': fromAscii,
  ascii: fromAscii,
  'windows-1252': fromWindows1252,
  cp1252: fromWindows1252,
};

const SUPPORTED = 'UTF-8, UTF-16 (LE/BE), ISO-8859-1, US-ASCII and windows-1252';

/** "UTF-16" without an order: the byte pattern of "<" tells, else big-endian (XML 1.0 Appendix F). */
const utf16Order = (b: Buffer): Decoder => (b[0] === 0x3c && b[1] === 0x00 ? fromUtf16le : fromUtf16be);

function declaredEncoding(bytes: Buffer): string | undefined {
  // The declaration is ASCII in every encoding we read except UTF-16, where every other byte is 0.
  const head = bytes.subarray(0, 200).toString('latin1').replace(/\0/g, '');
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

export function decodeRequestText(bytes: Buffer, contentType: string | undefined): string {
  let decoder: Decoder | undefined;
  let label: string;
  let from: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [decoder, label, from] = [fromUtf8, 'UTF-8', 'byte order mark'];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [decoder, label, from] = [fromUtf16le, 'UTF-16LE', 'byte order mark'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [decoder, label, from] = [fromUtf16be, 'UTF-16BE', 'byte order mark'];
  else {
    const charset = charsetOf(contentType);
    const declared = charset === undefined ? declaredEncoding(bytes) : undefined;
    [label, from] = charset !== undefined ? [charset, 'Content-Type charset'] : declared !== undefined ? [declared, 'XML declaration'] : ['UTF-8', 'default'];
    const key = label.toLowerCase();
    decoder = key === 'utf-16' ? utf16Order(bytes) : DECODERS[key];
  }
  if (!decoder) {
    throw fault('invalidRequestXml', `The request is encoded in '${echo(label)}' (${from}); ips-mock reads ${SUPPORTED}`);
  }
  try {
    // A UTF-8 byte order mark is not part of the document.
    return decoder(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    const why = e instanceof RangeError && /byte \d+/.test(e.message) ? e.message : 'it contains byte sequences that are not valid in it';
    throw fault('invalidRequestXml', `The request body is not valid ${label} (${from}): ${why}`);
  }
}

/** Unit tests of the pure helpers of src/soap (expected values written here, from the reference and docs/limits.md). */
import { describe, expect, it } from 'vitest';
import { nearest } from '../../../src/soap/nearest-name.js';
import { decodeRequestText } from '../../../src/soap/request-charset.js';
import { SOAP11, SOAP12, soapVersionByNs } from '../../../src/soap/soap-versions.js';
import { checkRepeats, checkString } from '../../../src/soap/value-limits.js';
import { faultOf as faultFrom } from './fault-of.js';


describe('nearest (edit distance, case-insensitive)', () => {
  const ops = ['getActiveJobs', 'getJobLogs', 'deleteJob', 'submitJob'];
  it('names the closest candidate', () => {
    expect(nearest('getActiveJob', ops)).toBe('getActiveJobs');
    expect(nearest('deleteJobLogs', ops)).toBe('getJobLogs');
    expect(nearest('SUBMITJOB', ops)).toBe('submitJob');
    expect(nearest('submitjb', ops)).toBe('submitJob');
    expect(nearest('deleteJo', ops)).toBe('deleteJob');
  });
  it('keeps the first of equally close candidates', () => {
    expect(nearest('ab', ['ax', 'xb', 'ab2'])).toBe('ax');
  });
  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect(nearest('abc', ['abcd', 'xyzw'])).toBe('abcd');
    expect(nearest('abcd', ['abc', 'wxyz'])).toBe('abc');
    expect(nearest('abcd', ['abxd', 'a'])).toBe('abxd');
    expect(nearest('kitten', ['sitting', 'kitchen', 'mitten'])).toBe('mitten');
    expect(nearest('', ['abc', 'a'])).toBe('a');
  });
  it('gives up on names too long to be a typo (more than 64 characters), not on 64', () => {
    expect(nearest('x'.repeat(65), ['x'])).toBeUndefined();
    expect(nearest('x'.repeat(64), ['x'])).toBe('x');
  });
  it('has nothing to say without candidates', () => {
    expect(nearest('getActiveJobs', [])).toBeUndefined();
  });
});

describe('value limits (docs/limits.md: 4096 characters, 1000 repeats, XML 1.0 characters)', () => {
  it('accepts a string of exactly 4096 characters and refuses 4097 with 30001', () => {
    expect(checkString('a'.repeat(4_096), 'p/x')).toBe('a'.repeat(4_096));
    expect(faultFrom(() => checkString('a'.repeat(4_097), 'p/x'))).toEqual({ code: 30001, reason: 'p/x is 4097 characters long; ips-mock accepts at most 4096' });
  });
  it('refuses a character XML 1.0 cannot carry, naming the path', () => {
    const f = faultFrom(() => checkString('a\u0001b', 'p/name'));
    expect(f.code).toBe(30001);
    expect(f.reason).toMatch(/^p\/name contains .*, a character XML 1\.0 cannot carry: 'a.*b'$/);
    expect(checkString('tab\tand newline\n', 'p')).toBe('tab\tand newline\n');
  });
  it('allows 1000 repeats and refuses 1001', () => {
    expect(() => checkRepeats(1_000, 'p/items')).not.toThrow();
    expect(faultFrom(() => checkRepeats(1_001, 'p/items'))).toEqual({ code: 30001, reason: 'p/items may occur at most 1000 times' });
  });
});

describe('SOAP versions', () => {
  it('by envelope namespace; IPS answers faults with the server-side code', () => {
    expect(soapVersionByNs('http://schemas.xmlsoap.org/soap/envelope/')).toBe(SOAP11);
    expect(soapVersionByNs('http://www.w3.org/2003/05/soap-envelope')).toBe(SOAP12);
    expect(soapVersionByNs('urn:other')).toBeUndefined();
    expect([SOAP11.id, SOAP11.contentType, SOAP11.serverCode]).toEqual(['1.1', 'text/xml; charset=utf-8', 'Server']);
    expect([SOAP12.id, SOAP12.contentType, SOAP12.serverCode]).toEqual(['1.2', 'application/soap+xml; charset=utf-8', 'Receiver']);
  });
});

describe('request charset (RFC 7303 §3.2: BOM, Content-Type charset, XML declaration, UTF-8)', () => {
  const doc = '<a>é€</a>';
  it('reads UTF-8 by default and drops its byte order mark', () => {
    expect(decodeRequestText(Buffer.from(doc, 'utf8'), undefined)).toBe(doc);
    expect(decodeRequestText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc, 'utf8')]), 'text/xml; charset=iso-8859-1')).toBe(doc);
  });
  it('reads UTF-16 by byte order mark (LE and BE), the BOM winning over the charset', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]);
    expect(decodeRequestText(le, 'text/xml; charset=utf-8')).toBe(doc);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(doc, 'utf16le').swap16()]);
    expect(decodeRequestText(be, undefined)).toBe(doc);
  });
  it('reads "UTF-16" without a BOM by the byte pattern of "<"', () => {
    expect(decodeRequestText(Buffer.from(doc, 'utf16le'), 'text/xml; charset=UTF-16')).toBe(doc);
    expect(decodeRequestText(Buffer.from(doc, 'utf16le').swap16(), 'text/xml; charset=utf-16')).toBe(doc);
  });
  it('takes the Content-Type charset (quoted or not, any case) before the declaration', () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>é</a>', 'latin1');
    expect(decodeRequestText(latin, 'text/xml; charset=ISO-8859-1')).toBe('<?xml version="1.0" encoding="UTF-8"?><a>é</a>');
    expect(decodeRequestText(latin, 'text/xml;charset="latin1"')).toBe('<?xml version="1.0" encoding="UTF-8"?><a>é</a>');
    expect(decodeRequestText(Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]), 'text/xml; charset=windows-1252')).toBe('<a>é</a>');
    // The bytes where windows-1252 differs from ISO-8859-1 (WHATWG Encoding Standard's index): € ‚ Š œ Ÿ, and 0x81 unmapped.
    expect(decodeRequestText(Buffer.from([0x3c, 0x61, 0x3e, 0x80, 0x82, 0x8a, 0x9c, 0x9f, 0x81, 0x3c, 0x2f, 0x61, 0x3e]), 'text/xml; charset=windows-1252')).toBe('<a>€‚ŠœŸ\u0081</a>');
    expect(decodeRequestText(Buffer.from([0x3c, 0x61, 0x3e, 0x80, 0x3c, 0x2f, 0x61, 0x3e]), 'text/xml; charset=iso-8859-1')).toBe('<a>\u0080</a>');
  });
  it('takes the XML declaration without a charset', () => {
    const latin = Buffer.from("<?xml version='1.0' encoding='ISO-8859-1'?><a>é</a>", 'latin1');
    expect(decodeRequestText(latin, 'text/xml')).toBe("<?xml version='1.0' encoding='ISO-8859-1'?><a>é</a>");
    expect(decodeRequestText(Buffer.from('  <?xml version="1.0" encoding = "us-ascii"?><a/>'), undefined)).toBe('  <?xml version="1.0" encoding = "us-ascii"?><a/>');
  });
  it('refuses an encoding it does not read (30003, naming the label and where it came from)', () => {
    expect(faultFrom(() => decodeRequestText(Buffer.from('<a/>'), 'text/xml; charset=ebcdic'))).toEqual({
      code: 30003,
      reason: "The request is encoded in 'ebcdic' (Content-Type charset); ips-mock reads UTF-8, UTF-16 (LE/BE), ISO-8859-1, US-ASCII and windows-1252",
    });
    expect(faultFrom(() => decodeRequestText(Buffer.from('<?xml version="1.0" encoding="koi8-r"?><a/>'), undefined)).reason).toMatch(/^The request is encoded in 'koi8-r' \(XML declaration\)/);
  });
  it('refuses bytes not valid in the encoding (30003)', () => {
    expect(faultFrom(() => decodeRequestText(Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28]), undefined))).toEqual({
      code: 30003,
      reason: 'The request body is not valid UTF-8 (default): it contains byte sequences that are not valid in it',
    });
    expect(faultFrom(() => decodeRequestText(Buffer.from([0x3c, 0x61, 0x3e, 0xe9]), 'text/xml; charset=us-ascii'))).toEqual({
      code: 30003,
      reason: 'The request body is not valid us-ascii (Content-Type charset): byte 3 (0xe9) is not US-ASCII',
    });
  });
});

describe('request charset: edges', () => {
  it('a byte order mark must be complete to count; the label in a refusal says where it came from', () => {
    for (const head of [[0xef, 0xbb, 0x41], [0xef, 0x41, 0xbf], [0x41, 0xbb, 0xbf], [0xff, 0x41], [0x41, 0xfe], [0xfe, 0x41], [0x41, 0xff]]) {
      expect(faultFrom(() => decodeRequestText(Buffer.from([...head, 0x3c, 0x61, 0x2f, 0x3e]), 'text/xml; charset=ebcdic')).reason, head.join(',')).toMatch(/^The request is encoded in 'ebcdic' \(Content-Type charset\)/);
    }
    expect(faultFrom(() => decodeRequestText(Buffer.from([0xef, 0xbb, 0xbf, 0x3c, 0xc3, 0x28]), 'text/xml; charset=iso-8859-1')).reason).toBe(
      'The request body is not valid UTF-8 (byte order mark): it contains byte sequences that are not valid in it',
    );
  });
  it('US-ASCII: 0x7F is ASCII; a high byte at the very start is refused', () => {
    expect(decodeRequestText(Buffer.from([0x3c, 0x61, 0x3e, 0x7f, 0x3c, 0x2f, 0x61, 0x3e]), 'text/xml; charset=us-ascii')).toBe('<a>\u007f</a>');
    expect(faultFrom(() => decodeRequestText(Buffer.from([0xe9, 0x3c, 0x61, 0x2f, 0x3e]), 'text/xml; charset=ascii')).reason).toBe('The request body is not valid ascii (Content-Type charset): byte 0 (0xe9) is not US-ASCII');
  });
  it('spaces before the declaration and around "="; in the Content-Type too', () => {
    const latin = Buffer.from('  <?xml version="1.0" encoding = "ISO-8859-1"?><a>é</a>', 'latin1');
    expect(decodeRequestText(latin, undefined)).toBe('  <?xml version="1.0" encoding = "ISO-8859-1"?><a>é</a>');
    expect(decodeRequestText(Buffer.from('<a>é</a>', 'latin1'), 'text/xml; charset = iso-8859-1')).toBe('<a>é</a>');
  });
  it('only a leading U+FEFF is a byte order mark; one inside the document stays', () => {
    expect(decodeRequestText(Buffer.from('<a>\uFEFF</a>', 'utf8'), undefined)).toBe('<a>\uFEFF</a>');
    expect(decodeRequestText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>\uFEFF</a>', 'utf16le')]), undefined)).toBe('<a>\uFEFF</a>');
  });
});

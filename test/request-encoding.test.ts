/**
 * Request encodings (issue 11). The rule: the encoding is taken from the byte
 * order mark, else the Content-Type charset, else the XML declaration, else
 * UTF-8 (RFC 7303 §3.2); the encodings SOAP stacks send are read, anything else
 * is refused with a reason that names the encoding, never silently turned into
 * U+FFFD.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { envelope, faultOf, items, mockApp, SERVICE, text } from './support/mock.js';

const { app } = mockApp();
const JOB = 'Café Zürich ñ';
const submitBody = (declaration: string) =>
  envelope(
    'submitJob',
    `<companyHandle>c|2101</companyHandle><jobName>${JOB}</jobName><imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>`,
  ).replace('<?xml version="1.0" encoding="UTF-8"?>', declaration);

const post = (bytes: Buffer, contentType: string, soapAction = 'submitJob') =>
  request(app).post(SERVICE).set({ 'Content-Type': contentType, SOAPAction: soapAction }).send(bytes);

/** Submits, then reads the job's name back from getActiveJobs: the characters must survive. */
async function submittedName(bytes: Buffer, contentType: string): Promise<string | undefined> {
  const res = await post(bytes, contentType);
  expect(res.status, res.text).toBe(200);
  const handle = /<jobHandle>([^<]+)<\/jobHandle>/.exec(res.text)![1]!;
  // submitJob answers the handle of the job as submitted (j|2101|<jobName>||), which finds its run.
  const list = await post(Buffer.from(envelope('getActiveJobs', `<companyHandle>c|2101</companyHandle><jobHandle>${handle}</jobHandle>`)), 'text/xml; charset=utf-8', 'getActiveJobs');
  const [job, ...more] = items(list.text);
  expect(more).toEqual([]);
  return job && text(job, 'originalName');
}

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('encodings SOAP stacks send are read', () => {
  it('UTF-8 with a byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(submitBody('<?xml version="1.0" encoding="UTF-8"?>'), 'utf8')]);
    expect(await submittedName(bytes, 'text/xml; charset=utf-8')).toBe(JOB);
  });
  it('UTF-16LE with a byte order mark (as .NET sends it)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(submitBody('<?xml version="1.0" encoding="utf-16"?>'), 'utf16le')]);
    expect(await submittedName(bytes, 'text/xml; charset=utf-16')).toBe(JOB);
  });
  it('UTF-16BE named by the Content-Type charset, without a byte order mark', async () => {
    expect(await submittedName(utf16be(submitBody('<?xml version="1.0" encoding="UTF-16BE"?>')), 'text/xml; charset="UTF-16BE"')).toBe(JOB);
  });
  it('ISO-8859-1 named only by the XML declaration', async () => {
    expect(await submittedName(Buffer.from(submitBody('<?xml version="1.0" encoding="ISO-8859-1"?>'), 'latin1'), 'text/xml')).toBe(JOB);
  });
  it('the Content-Type charset wins over the declaration', async () => {
    expect(await submittedName(Buffer.from(submitBody('<?xml version="1.0" encoding="UTF-8"?>'), 'latin1'), 'text/xml; charset=ISO-8859-1')).toBe(JOB);
  });
  it('US-ASCII, with non-ASCII characters as character references', async () => {
    const ascii = submitBody('<?xml version="1.0" encoding="US-ASCII"?>').replace(/[^\p{ASCII}]/gu, (c) => `&#${c.codePointAt(0)};`);
    expect(await submittedName(Buffer.from(ascii, 'latin1'), 'text/xml; charset=us-ascii')).toBe(JOB);
  });
});

describe('other encodings and invalid bytes are refused with a reason that says so', () => {
  it('an encoding we do not read: 30003 naming it and where it came from', async () => {
    const res = await post(Buffer.from(submitBody('<?xml version="1.0" encoding="EBCDIC-CP-US"?>'), 'latin1'), 'text/xml');
    const f = faultOf(res.text);
    expect(f.code).toBe(30003);
    expect(f.reason).toBe("The request is encoded in 'EBCDIC-CP-US' (XML declaration); ips-mock reads UTF-8, UTF-16 (LE/BE), ISO-8859-1, US-ASCII and windows-1252");
  });
  it('Latin-1 bytes sent as UTF-8: 30003, not U+FFFD in the stored job', async () => {
    const res = await post(Buffer.from(submitBody('<?xml version="1.0" encoding="UTF-8"?>'), 'latin1'), 'text/xml; charset=utf-8');
    const f = faultOf(res.text);
    expect(f.code).toBe(30003);
    expect(f.reason).toContain('The request body is not valid utf-8 (Content-Type charset)');
  });
  it('a byte above 0x7F in a US-ASCII request: 30003 naming the byte', async () => {
    const res = await post(Buffer.from(submitBody('<?xml version="1.0" encoding="US-ASCII"?>'), 'latin1'), 'text/xml');
    expect(faultOf(res.text).reason).toMatch(/^The request body is not valid US-ASCII \(XML declaration\): byte \d+ \(0xe9\) is not US-ASCII$/);
  });
});

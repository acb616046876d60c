/**
 * What an answer's body can be on its way to the transport: text (faults, injected answers), bytes
 * (cached answers), or a result as pieces (../serialize/xml-body.ts), kept so that a large answer is
 * copied as bytes, not joined or encoded as one string.
 */
import { XmlBody } from '../serialize/xml-body.js';

export type ResponseBody = string | Buffer | XmlBody;

/** The body's UTF-8 bytes in one buffer. */
export function bodyBytes(body: ResponseBody): Buffer {
  if (body instanceof XmlBody) return body.bytes();
  return Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
}

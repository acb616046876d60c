/**
 * Request stage 1: raw bytes → text (request-charset.ts) → SOAP envelope parts.
 * Anything that is not a well-formed SOAP 1.1/1.2 envelope with exactly one
 * body element is an ipsApiFault 30003 (invalid request XML). The XML is read
 * in slices that yield to the event loop, so a large request does not hold up
 * other clients.
 */
import { fault } from '../faults/catalogue.js';
import { parseXmlAsync, XmlParseError, type XmlElement } from '../xml/parse-xml.js';
import { decodeRequestText } from './request-charset.js';
import { SOAP11, soapVersionByNs, type SoapVersion } from './soap-versions.js';

export interface Envelope {
  readonly soap: SoapVersion;
  readonly headers: readonly XmlElement[];
  readonly body: XmlElement;
}

export async function readEnvelope(bytes: Buffer, contentType: string | undefined): Promise<Envelope> {
  const text = decodeRequestText(bytes, contentType);
  let root: XmlElement;
  try {
    root = await parseXmlAsync(text);
  } catch (e) {
    if (e instanceof XmlParseError) throw fault('invalidRequestXml', `The request is not well-formed XML: ${e.message}`);
    throw e;
  }
  const soap = soapVersionByNs(root.ns);
  if (root.local !== 'Envelope' || !soap) {
    throw fault(
      'invalidRequestXml',
      `The request is not a SOAP envelope: expected {${SOAP11.envelopeNs}}Envelope, got {${root.ns}}${root.local}`,
    );
  }
  const header = root.children.find((c) => c.local === 'Header' && c.ns === soap.envelopeNs);
  const bodies = root.children.filter((c) => c.local === 'Body' && c.ns === soap.envelopeNs);
  if (bodies.length !== 1) throw fault('invalidRequestXml', `The SOAP envelope must contain exactly one Body, found ${bodies.length}`);
  const content = bodies[0]!.children;
  if (content.length !== 1) {
    throw fault('invalidRequestXml', `The SOAP Body must contain exactly one request element (document/literal), found ${content.length}`);
  }
  return { soap, headers: header?.children ?? [], body: content[0]! };
}

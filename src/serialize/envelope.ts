/**
 * The only place that writes SOAP envelopes: a result body or a fault, in the
 * style of the real service's answers (Axis2; ../shared/reference/real captures):
 * - `soapenv` prefix; the result element declares the request's API namespace
 *   as default namespace and its children are unprefixed;
 * - a fault has faultcode soapenv:Server (SOAP 1.2: Receiver) whoever is to blame,
 *   faultstring = the fault element's name (ipsApiFault, …) unless configured
 *   otherwise, and the code and reason only in detail/tns:<faultElement> in the
 *   base namespace, whatever the version.
 */
import type { IpsFault } from '../faults/catalogue.js';
import { BASE_NS } from '../schema/base-namespace.js';
import type { GlobalElement } from '../schema/model.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import { SOAP11, type SoapVersion } from '../soap/soap-versions.js';
import type { WireStyle } from './wire-style.js';
import { writeElement, type Plain } from './write-fields.js';
import type { XmlBody } from './xml-body.js';
import { XmlOut } from './xml-out.js';
import { attr, element, escapeText } from './xml-text.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const envelope = (soap: SoapVersion, body: string): string =>
  `${XML_DECLARATION}${element('soapenv:Envelope', element('soapenv:Body', body), attr('xmlns:soapenv', soap.envelopeNs))}`;

/** A result envelope as pieces: a large answer's kept job elements are not copied into one string (./xml-body.ts). */
export function resultEnvelope(schema: ResolvedSchema, soap: SoapVersion, el: GlobalElement, value: Plain, style: WireStyle): XmlBody {
  const out = new XmlOut();
  // The same text envelope() writes around a body, written in two halves around the result element.
  out.write(`${XML_DECLARATION}<soapenv:Envelope${attr('xmlns:soapenv', soap.envelopeNs)}><soapenv:Body>`);
  writeElement(out, el.name, attr('xmlns', schema.version.namespace), el.name, el.fields, value, schema, style.zone, el.name);
  out.write('</soapenv:Body></soapenv:Envelope>');
  return out.body();
}

/** The fault element, tns:<fault> in the base namespace with its code and reason. */
const faultElement = (f: IpsFault): string =>
  element(`tns:${f.entry.element}`, element('tns:code', String(f.entry.code)) + element('tns:reason', escapeText(f.reason)), attr('xmlns:tns', BASE_NS));

/** The UploadFile servlet answers bare documents, not envelopes (reference §6.8): the result element alone. */
export function resultDocument(schema: ResolvedSchema, el: GlobalElement, value: Plain, style: WireStyle): string {
  const out = new XmlOut();
  out.write(XML_DECLARATION);
  writeElement(out, el.name, attr('xmlns', schema.version.namespace), el.name, el.fields, value, schema, style.zone, el.name);
  return out.toString();
}

/** … and a fault as the fault element alone (reference §4.3, the docs' UploadFile error example). */
export const faultDocument = (f: IpsFault): string => XML_DECLARATION + faultElement(f);

export function faultEnvelope(soap: SoapVersion, f: IpsFault, style: WireStyle): string {
  const code = `soapenv:${soap.serverCode}`;
  const text = style.faultString === 'reason' ? escapeText(f.reason) : f.entry.element;
  const ipsDetail = faultElement(f);
  const fault =
    soap === SOAP11
      ? // SOAP 1.1 §4.4: faultcode, faultstring and detail are unqualified.
        element('faultcode', code) + element('faultstring', text) + element('detail', ipsDetail)
      : element('soapenv:Code', element('soapenv:Value', code)) +
        element('soapenv:Reason', element('soapenv:Text', text, attr('xml:lang', 'en'))) +
        element('soapenv:Detail', ipsDetail);
  return envelope(soap, element('soapenv:Fault', fault));
}

/**
 * The only place that writes SOAP envelopes: a result body or a fault.
 * Body content is qualified with the request's API namespace (reference §2.2);
 * fault details are in the base namespace (§4.1), whatever the version.
 */
import type { IpsFault } from '../faults/catalogue.js';
import { BASE_NS } from '../schema/base-namespace.js';
import type { GlobalElement } from '../schema/model.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import { SOAP11, type SoapVersion } from '../soap/soap-versions.js';
import { writeFields, type Plain } from './write-fields.js';
import { attr, element, escapeText } from './xml-text.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const envelope = (soap: SoapVersion, body: string): string =>
  `${XML_DECLARATION}${element('soapenv:Envelope', element('soapenv:Body', body), attr('xmlns:soapenv', soap.envelopeNs))}`;

export function resultEnvelope(schema: ResolvedSchema, soap: SoapVersion, el: GlobalElement, value: Plain): string {
  const content = writeFields(el.name, el.fields, value, schema, el.name);
  return envelope(soap, element(el.name, content, attr('xmlns', schema.version.namespace)));
}

export function faultEnvelope(soap: SoapVersion, f: IpsFault): string {
  const code = `soapenv:${f.entry.side === 'Client' ? soap.clientCode : soap.serverCode}`;
  const reason = escapeText(f.reason);
  const ipsDetail = element(
    `ips:${f.entry.element}`,
    element('ips:code', String(f.entry.code)) + element('ips:reason', reason),
    attr('xmlns:ips', BASE_NS),
  );
  const fault =
    soap === SOAP11
      ? // SOAP 1.1 §4.4: faultcode, faultstring and detail are unqualified.
        element('faultcode', code) + element('faultstring', reason) + element('detail', ipsDetail)
      : element('soapenv:Code', element('soapenv:Value', code)) +
        element('soapenv:Reason', element('soapenv:Text', reason, attr('xml:lang', 'en'))) +
        element('soapenv:Detail', ipsDetail);
  return envelope(soap, element('soapenv:Fault', fault));
}

/**
 * The only place that writes SOAP envelopes: a result body or a fault.
 * Body content is qualified with the request's API namespace (reference §2.2);
 * fault details are in the base namespace (§4.1), whatever the version.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { IpsFault } from '../faults/catalogue.js';
import { BASE_NS } from '../schema/base-namespace.js';
import type { GlobalElement } from '../schema/model.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import { SOAP11, type SoapVersion } from '../soap/soap-versions.js';
import { writeFields, type Plain } from './write-fields.js';

function envelope(soap: SoapVersion): { doc: XMLBuilder; body: XMLBuilder } {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const env = doc.ele(soap.envelopeNs, 'soapenv:Envelope');
  return { doc, body: env.ele(soap.envelopeNs, 'soapenv:Body') };
}

const finish = (doc: XMLBuilder): string => doc.end({ prettyPrint: false });

export function resultEnvelope(schema: ResolvedSchema, soap: SoapVersion, element: GlobalElement, value: Plain): string {
  const { doc, body } = envelope(soap);
  const content = body.ele(schema.version.namespace, element.name);
  writeFields(content, element.fields, value, schema, element.name);
  return finish(doc);
}

export function faultEnvelope(soap: SoapVersion, f: IpsFault): string {
  const { doc, body } = envelope(soap);
  const code = f.entry.side === 'Client' ? soap.clientCode : soap.serverCode;
  const fe = body.ele(soap.envelopeNs, 'soapenv:Fault');
  let detail: XMLBuilder;
  if (soap === SOAP11) {
    // SOAP 1.1 §4.4: faultcode, faultstring and detail are unqualified.
    fe.ele('faultcode').txt(`soapenv:${code}`);
    fe.ele('faultstring').txt(f.reason);
    detail = fe.ele('detail');
  } else {
    fe.ele(soap.envelopeNs, 'soapenv:Code').ele(soap.envelopeNs, 'soapenv:Value').txt(`soapenv:${code}`);
    fe.ele(soap.envelopeNs, 'soapenv:Reason').ele(soap.envelopeNs, 'soapenv:Text', { 'xml:lang': 'en' }).txt(f.reason);
    detail = fe.ele(soap.envelopeNs, 'soapenv:Detail');
  }
  const el = detail.ele(BASE_NS, `ips:${f.entry.element}`);
  el.ele(BASE_NS, 'ips:code').txt(String(f.entry.code));
  el.ele(BASE_NS, 'ips:reason').txt(f.reason);
  return finish(doc);
}

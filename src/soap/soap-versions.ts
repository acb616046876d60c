/** SOAP 1.1 and 1.2 as data: envelope namespace, content type, the fault code IPS answers with. */
export interface SoapVersion {
  readonly id: '1.1' | '1.2';
  readonly envelopeNs: string;
  readonly contentType: string;
  /** IPS answers every fault with the server-side code (captures: soapenv:Server, even for a caller's mistake). */
  readonly serverCode: string;
}

export const SOAP11: SoapVersion = {
  id: '1.1',
  envelopeNs: 'http://schemas.xmlsoap.org/soap/envelope/',
  contentType: 'text/xml; charset=utf-8',
  serverCode: 'Server',
};

export const SOAP12: SoapVersion = {
  id: '1.2',
  envelopeNs: 'http://www.w3.org/2003/05/soap-envelope',
  contentType: 'application/soap+xml; charset=utf-8',
  serverCode: 'Receiver',
};

export const soapVersionByNs = (ns: string): SoapVersion | undefined =>
  ns === SOAP11.envelopeNs ? SOAP11 : ns === SOAP12.envelopeNs ? SOAP12 : undefined;

/**
 * The un-versioned namespace `http://www.scene7.com/IpsApi/xsd`: the authHeader
 * SOAP header and the three fault elements, shared by every API version
 * (reference §3.1, §4.1). Their shapes follow the real 2013-02-15 WSDL: an
 * `all` group for authHeader, and foreign attributes allowed on all four.
 */
import { opt, req, type GlobalElement } from './model.js';

export const BASE_NS = 'http://www.scene7.com/IpsApi/xsd';
/** WSDL operation/portType namespace; also the legacy AuthUser/AuthPassword headers' namespace. */
export const API_NS = 'http://www.scene7.com/IpsApi';

export const authHeaderElement: GlobalElement = {
  name: 'authHeader',
  compositor: 'all',
  anyAttribute: true,
  fields: [
    opt('user', 'xsd:string'),
    opt('password', 'xsd:string'),
    // The pre-4.0 header (PHP classes) had the other seven already; accessToken is first seen in 2013-02-15.
    opt('accessToken', 'xsd:string', '2013-02-15'),
    opt('locale', 'xsd:string'),
    opt('appName', 'xsd:string'),
    opt('appVersion', 'xsd:string'),
    opt('gzipResponse', 'xsd:boolean'),
    opt('faultHttpStatusCode', 'xsd:int'),
  ],
};

const FAULT_ELEMENTS = ['authenticationFault', 'authorizationFault', 'ipsApiFault'] as const;
export type FaultElementName = (typeof FAULT_ELEMENTS)[number];

export const faultElements: readonly GlobalElement[] = FAULT_ELEMENTS.map((name) => ({
  name,
  anyAttribute: true,
  fields: [req('code', 'xsd:int'), req('reason', 'xsd:string')],
}));

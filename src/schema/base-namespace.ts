/**
 * The un-versioned namespace `http://www.scene7.com/IpsApi/xsd`: the authHeader
 * SOAP header and the three fault elements, shared by every API version
 * (reference §3.1, §4.1).
 */
import { opt, req, type GlobalElement } from './model.js';

export const BASE_NS = 'http://www.scene7.com/IpsApi/xsd';
/** WSDL operation/portType namespace; also the legacy AuthUser/AuthPassword headers' namespace. */
export const API_NS = 'http://www.scene7.com/IpsApi';

export const authHeaderElement: GlobalElement = {
  name: 'authHeader',
  fields: [
    opt('user', 'xsd:string'),
    opt('password', 'xsd:string'),
    opt('accessToken', 'xsd:string', 'beta'),
    opt('locale', 'xsd:string'),
    opt('appName', 'xsd:string'),
    opt('appVersion', 'xsd:string'),
    opt('gzipResponse', 'xsd:boolean'),
    opt('faultHttpStatusCode', 'xsd:int'),
  ],
};

export const FAULT_ELEMENTS = ['authenticationFault', 'authorizationFault', 'ipsApiFault'] as const;
export type FaultElementName = (typeof FAULT_ELEMENTS)[number];

export const faultElements: readonly GlobalElement[] = FAULT_ELEMENTS.map((name) => ({
  name,
  fields: [req('code', 'xsd:int'), req('reason', 'xsd:string')],
}));

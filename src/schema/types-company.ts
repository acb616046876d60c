/**
 * Companies, users and memberships (login and company look-ups), as the real
 * 2013-02-15 WSDL declares them. CompanySettings refers to assets (profiles).
 */
import { arrayOf, req, opt, type, type ComplexType } from './model.js';

export const companyTypes: readonly ComplexType[] = [
  type('Company', [
    req('companyHandle', 'xsd:string'),
    req('name', 'xsd:string'),
    req('rootPath', 'xsd:string'),
    opt('expires', 'xsd:dateTime'),
    // Not in the 2013-02-15 WSDL; a real 2014-04-03 answer carried it (empty).
    opt('imsOrgId', 'xsd:string', '2014-04-03'),
  ]),
  arrayOf('CompanyArray', 'types:Company'),
  type('User', [
    req('userHandle', 'xsd:string'),
    req('firstName', 'xsd:string'),
    req('lastName', 'xsd:string'),
    req('email', 'xsd:string'),
    req('defaultRole', 'xsd:string'),
    req('isValid', 'xsd:boolean'),
    opt('passwordExpires', 'xsd:dateTime'),
  ]),
  type('CompanyMembership', [
    req('company', 'types:Company'),
    req('role', 'xsd:string'),
    req('isActive', 'xsd:boolean'),
  ]),
  arrayOf('CompanyMembershipArray', 'types:CompanyMembership'),
  type('CompanyMember', [
    req('user', 'types:User'),
    req('role', 'xsd:string'),
    req('isActive', 'xsd:boolean'),
  ]),
  arrayOf('CompanyMemberArray', 'types:CompanyMember'),
  type('CompanySettings', [
    req('overwriteMode', 'xsd:string'),
    req('retainPublishState', 'xsd:boolean'),
    req('defaultSourceProfile', 'types:Asset'),
    req('defaultDisplayProfile', 'types:Asset'),
    opt('iptcExifMappingXslt', 'types:Asset'),
    opt('xmpMappingXslt', 'types:Asset'),
    req('diskSpaceWarningMin', 'xsd:int'),
    req('emailTrashCleanupWarning', 'xsd:boolean'),
  ]),
];

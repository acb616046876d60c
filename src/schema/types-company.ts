/**
 * Companies, users and memberships (login and company look-ups), as the real
 * 2013-02-15 WSDL declares them. CompanySettings refers to assets (profiles).
 * Older releases: the pre-4.0 shapes are those of the classes generated from
 * the pre-4.0 WSDL (reference §0.1 PHP); what changed when is said by the IPS
 * change logs (DOC change-log/), cited per row.
 */
import { arrayOf, moved, req, opt, type, type ComplexType } from './model.js';

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
    // 6.0 change log: "In User, changed role to defaultRole" (pre-4.0 classes: role, same place).
    moved(req('role', 'xsd:string', { until: '2012-02-14' }), { path: ['defaultRole'] }),
    req('defaultRole', 'xsd:string', '2012-02-14'),
    req('isValid', 'xsd:boolean'),
    opt('passwordExpires', 'xsd:dateTime'),
  ]),
  // Pre-4.0 classes and the real 2013-02-15 WSDL: getCompanyMembers answered a UserArray before 6.0.
  arrayOf('UserArray', 'types:User'),
  // First used by getCompanyMembership/membershipArray (6.0); the pre-4.0 classes have no such type.
  type('CompanyMembership', [
    req('company', 'types:Company'),
    req('role', 'xsd:string'),
    req('isActive', 'xsd:boolean'),
  ], '2012-02-14'),
  arrayOf('CompanyMembershipArray', 'types:CompanyMembership', '2012-02-14'),
  // 6.0 change log, new types: CompanyMember, CompanyMemberArray.
  type('CompanyMember', [
    req('user', 'types:User'),
    req('role', 'xsd:string'),
    req('isActive', 'xsd:boolean'),
  ], '2012-02-14'),
  arrayOf('CompanyMemberArray', 'types:CompanyMember', '2012-02-14'),
  // 4.0 change log: "IPS company settings, CompanySettings, ported to Web services API".
  type('CompanySettings', [
    req('overwriteMode', 'xsd:string'),
    req('retainPublishState', 'xsd:boolean'),
    req('defaultSourceProfile', 'types:Asset'),
    req('defaultDisplayProfile', 'types:Asset'),
    opt('iptcExifMappingXslt', 'types:Asset'),
    opt('xmpMappingXslt', 'types:Asset'),
    req('diskSpaceWarningMin', 'xsd:int'),
    req('emailTrashCleanupWarning', 'xsd:boolean'),
  ], '2008-01-15'),
];

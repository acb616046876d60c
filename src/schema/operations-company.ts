/**
 * Login and company look-ups: the calls a client makes before it touches a
 * job. Shapes from the real 2013-02-15 WSDL; handlers and roles are their
 * rows in operations/table.ts.
 */
import { opt, req } from './model.js';
import { opRow } from './operation-row.js';

export const companyOperations = [
  opRow('checkLogin', [opt('companyHandle', 'xsd:string'), req('email', 'xsd:string'), req('password', 'xsd:string')], [req('status', 'xsd:string')]),
  opRow('getCompanyInfo', [opt('companyHandle', 'xsd:string'), opt('companyName', 'xsd:string')], [req('companyInfo', 'types:Company')]),
  opRow('getAllCompanies', [req('includeExpired', 'xsd:boolean')], [req('companyArray', 'types:CompanyArray')]),
  opRow('getUserInfo', [opt('userHandle', 'xsd:string'), opt('email', 'xsd:string')], [req('userInfo', 'types:User')]),
  opRow('getCompanyMembership', [opt('userHandle', 'xsd:string')], [req('membershipArray', 'types:CompanyMembershipArray')]),
  opRow(
    'getCompanyMembers',
    [req('companyHandle', 'xsd:string'), req('includeInvalid', 'xsd:boolean'), req('includeInactive', 'xsd:boolean')],
    [req('memberArray', 'types:CompanyMemberArray')],
  ),
  opRow('getCompanySettings', [req('companyHandle', 'xsd:string')], [req('settings', 'types:CompanySettings')]),
];

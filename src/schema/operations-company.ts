/**
 * Login and company look-ups: the calls a client makes before it touches a
 * job. Shapes from the real 2013-02-15 WSDL; older releases from the pre-4.0
 * classes and the change logs (types-company.ts); handlers and roles are
 * their rows in operations/table.ts.
 */
import { opt, req } from './model.js';
import { opRow } from './operation-row.js';

export const companyOperations = [
  opRow('checkLogin', [opt('companyHandle', 'xsd:string'), req('email', 'xsd:string'), req('password', 'xsd:string')], [req('status', 'xsd:string')]),
  opRow('getCompanyInfo', [opt('companyHandle', 'xsd:string'), opt('companyName', 'xsd:string')], [req('companyInfo', 'types:Company')]),
  opRow('getAllCompanies', [req('includeExpired', 'xsd:boolean')], [req('companyArray', 'types:CompanyArray')]),
  opRow('getUserInfo', [opt('userHandle', 'xsd:string'), opt('email', 'xsd:string')], [req('userInfo', 'types:User')]),
  // 6.0 change log: "In getCompanyMembership, changed companyArray to membershipArray" (pre-4.0 classes: companyArray, a CompanyArray).
  opRow('getCompanyMembership', [opt('userHandle', 'xsd:string')], [
    req('companyArray', 'types:CompanyArray', { until: '2012-02-14' }),
    req('membershipArray', 'types:CompanyMembershipArray', '2012-02-14'),
  ]),
  // 6.0 change log: "In getCompanyMembers, changed userArray to memberArray" (pre-4.0 classes: userArray, a UserArray).
  opRow(
    'getCompanyMembers',
    // includeInactive: not in the pre-4.0 classes; no change log names it. Ours²: with 6.0, which
    // brought CompanyMember/isActive (what it filters on) and includeInactive on getUsers/getUserChars.
    [req('companyHandle', 'xsd:string'), req('includeInvalid', 'xsd:boolean'), req('includeInactive', 'xsd:boolean', '2012-02-14')],
    [req('userArray', 'types:UserArray', { until: '2012-02-14' }), req('memberArray', 'types:CompanyMemberArray', '2012-02-14')],
  ),
  // 4.0 change log: CompanySettings ported to the API; not among the pre-4.0 operations.
  opRow('getCompanySettings', [req('companyHandle', 'xsd:string')], [req('settings', 'types:CompanySettings')], '2008-01-15'),
];

/**
 * The job operations (reference §6): request/response elements and the roles
 * allowed to call each one. The SOAPAction is the bare operation name.
 */
import { detailFields } from './detail-elements.js';
import { opt, req, type Feature, type Field, type GlobalElement } from './model.js';

export type Role =
  | 'IpsAdmin'
  | 'IpsCompanyAdmin'
  | 'IpsUser'
  | 'WebServiceUser'
  | 'TrialSiteAdmin'
  | 'TrialSiteUser'
  | 'ImagePortalAdmin'
  | 'ImagePortalUser'
  | 'ImagePortalContrib'
  | 'ImagePortalContribUser';

export const ROLES: readonly Role[] = [
  'IpsAdmin', 'IpsCompanyAdmin', 'IpsUser', 'WebServiceUser', 'TrialSiteAdmin',
  'TrialSiteUser', 'ImagePortalAdmin', 'ImagePortalUser', 'ImagePortalContrib', 'ImagePortalContribUser',
];

export type OperationName =
  | 'submitJob'
  | 'getActiveJobs'
  | 'getScheduledJobs'
  | 'stopJob'
  | 'pauseJob'
  | 'resumeJob'
  | 'executeJob'
  | 'deleteJob'
  | 'getJobLogs'
  | 'getJobLogDetails'
  | 'getAssetJobLogs';

export interface Operation {
  readonly name: OperationName;
  readonly param: GlobalElement;
  readonly result: GlobalElement;
  readonly roles: ReadonlySet<Role>;
  readonly feature?: Feature;
}

/**
 * Roles per operation (reference §6.0.1). Decision (reference §11.9): the docs'
 * three odd exclusions (IpsCompanyAdmin from submitJob/executeJob, TrialSiteAdmin
 * from getJobLogDetails) are treated as omissions, and WebServiceUser, never
 * listed, is treated like IpsUser. ImagePortalUser is read-only: it may only
 * read job logs.
 */
const everyoneButPortalUser = new Set(ROLES.filter((r) => r !== 'ImagePortalUser'));
const everyone = new Set(ROLES);

const handleOnly: Field[] = [req('companyHandle', 'xsd:string'), req('jobHandle', 'xsd:string')];

const op = (name: OperationName, params: Field[], results: Field[], roles: ReadonlySet<Role>, feature?: Feature): Operation => ({
  name,
  param: { name: `${name}Param`, fields: params, feature },
  result: { name: `${name}Return`, fields: results, feature },
  roles,
  feature,
});

export const operations: readonly Operation[] = [
  op('submitJob', [
    req('companyHandle', 'xsd:string'),
    opt('userHandle', 'xsd:string'),
    req('jobName', 'xsd:string'),
    opt('locale', 'xsd:string', 'v4_0'),
    opt('execTime', 'xsd:dateTime'),
    opt('execSchedule', 'xsd:string'),
    opt('description', 'xsd:string', 'v4_0'),
    ...detailFields('submitJobParam'),
  ], [req('jobHandle', 'xsd:string')], everyoneButPortalUser),
  op('getActiveJobs', [
    opt('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
    opt('includeWaitingJobs', 'xsd:boolean', 'beta'),
  ], [req('jobArray', 'types:ActiveJobArray')], everyoneButPortalUser),
  op('getScheduledJobs', [
    opt('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
  ], [req('jobArray', 'types:ScheduledJobArray')], everyoneButPortalUser),
  op('stopJob', handleOnly, [], everyoneButPortalUser),
  op('pauseJob', handleOnly, [], everyoneButPortalUser),
  op('resumeJob', handleOnly, [], everyoneButPortalUser),
  op('executeJob', handleOnly, [], everyoneButPortalUser),
  op('deleteJob', handleOnly, [], everyoneButPortalUser),
  op('getJobLogs', [
    opt('companyHandle', 'xsd:string'),
    opt('userHandle', 'xsd:string'),
    opt('sortBy', 'xsd:string'),
    opt('sortDirection', 'xsd:string'),
    opt('startDate', 'xsd:dateTime'),
    opt('endDate', 'xsd:dateTime'),
    opt('numRows', 'xsd:int'),
  ], [req('jobLogArray', 'types:JobLogArray')], everyone),
  op('getJobLogDetails', [
    req('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
    opt('logTypeArray', 'types:StringArray', 'v6_8'),
    opt('recordsPerPage', 'xsd:int', 'v6_8'),
    opt('resultsPage', 'xsd:int', 'v6_8'),
    opt('sortBy', 'xsd:string', 'v6_8'),
    opt('sortDirection', 'xsd:string', 'v6_8'),
  ], [req('jobLogArray', 'types:JobLogArray')], everyone),
  op('getAssetJobLogs', [
    req('companyHandle', 'xsd:string'),
    req('assetHandle', 'xsd:string'),
  ], [req('jobLogArray', 'types:AssetJobLogArray')], everyone, 'v4_0'),
];

export const operationByName: ReadonlyMap<string, Operation> = new Map(operations.map((o) => [o.name, o]));

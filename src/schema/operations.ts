/**
 * The job operations (reference §6): request and response elements. The
 * SOAPAction is the bare operation name. What each one does, and who may call
 * it, is its row in operations/table.ts.
 */
import { detailFields } from './detail-elements.js';
import { opt, req, type Feature, type Field, type GlobalElement } from './model.js';
import { catalogueOperations } from './operations-catalogue.js';
import { companyOperations } from './operations-company.js';

/** An operation's request and response elements (wire shape only; its handler and roles are in operations/table.ts). */
export interface Operation<N extends string = string> {
  readonly name: N;
  readonly param: GlobalElement;
  readonly result: GlobalElement;
  readonly feature?: Feature;
}

const handleOnly: Field[] = [req('companyHandle', 'xsd:string'), req('jobHandle', 'xsd:string')];

const op = <N extends string>(name: N, params: Field[], results: Field[], feature?: Feature): Operation<N> => ({
  name,
  param: { name: `${name}Param`, fields: params, feature },
  result: { name: `${name}Return`, fields: results, feature },
  feature,
});

const jobOperations = [
  op('submitJob', [
    req('companyHandle', 'xsd:string'),
    opt('userHandle', 'xsd:string'),
    req('jobName', 'xsd:string'),
    opt('locale', 'xsd:string', 'v4_0'),
    opt('execTime', 'xsd:dateTime'),
    opt('execSchedule', 'xsd:string'),
    opt('description', 'xsd:string', 'v4_0'),
    ...detailFields('submitJobParam'),
  ], [req('jobHandle', 'xsd:string')]),
  op('getActiveJobs', [
    opt('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
    opt('includeWaitingJobs', 'xsd:boolean', 'beta'),
  ], [req('jobArray', 'types:ActiveJobArray')]),
  op('getScheduledJobs', [
    opt('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
  ], [req('jobArray', 'types:ScheduledJobArray')]),
  op('stopJob', handleOnly, []),
  op('pauseJob', handleOnly, []),
  op('resumeJob', handleOnly, []),
  op('executeJob', handleOnly, []),
  op('deleteJob', handleOnly, []),
  op('getJobLogs', [
    opt('companyHandle', 'xsd:string'),
    opt('userHandle', 'xsd:string'),
    opt('sortBy', 'xsd:string'),
    opt('sortDirection', 'xsd:string'),
    opt('startDate', 'xsd:dateTime'),
    opt('endDate', 'xsd:dateTime'),
    opt('numRows', 'xsd:int'),
  ], [req('jobLogArray', 'types:JobLogArray')]),
  op('getJobLogDetails', [
    req('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
    opt('logTypeArray', 'types:StringArray', 'v6_8'),
    opt('recordsPerPage', 'xsd:int', 'v6_8'),
    opt('resultsPage', 'xsd:int', 'v6_8'),
    opt('sortBy', 'xsd:string', 'v6_8'),
    opt('sortDirection', 'xsd:string', 'v6_8'),
  ], [req('jobLogArray', 'types:JobLogArray')]),
  op('getAssetJobLogs', [
    req('companyHandle', 'xsd:string'),
    req('assetHandle', 'xsd:string'),
  ], [req('jobLogArray', 'types:AssetJobLogArray')], 'v4_0'),
];

/** Every served operation: the job operations, then login and company look-ups, then folders and assets. */
export const operations = [...jobOperations, ...companyOperations, ...catalogueOperations];

/** The operation names, derived from the rows above. */
export type OperationName = (typeof operations)[number]['name'];

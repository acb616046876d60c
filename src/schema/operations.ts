/**
 * The job operations (reference §6): request and response elements. The
 * SOAPAction is the bare operation name. What each one does, and who may call
 * it, is its row in operations/table.ts.
 */
import { detailFields } from './detail-elements.js';
import { opt, req, type Field, type GlobalElement } from './model.js';
import { catalogueOperations } from './operations-catalogue.js';
import { companyOperations } from './operations-company.js';
import type { ReleaseId } from './releases.js';

/** An operation's request and response elements (wire shape only; its handler and roles are in operations/table.ts). */
export interface Operation<N extends string = string> {
  readonly name: N;
  readonly param: GlobalElement;
  readonly result: GlobalElement;
  /** First release with the operation (every job operation is still in the newest). */
  readonly since?: ReleaseId;
}

const handleOnly: Field[] = [req('companyHandle', 'xsd:string'), req('jobHandle', 'xsd:string')];

const op = <N extends string>(name: N, params: Field[], results: Field[], since?: ReleaseId): Operation<N> => ({
  name,
  param: { name: `${name}Param`, fields: params, since },
  result: { name: `${name}Return`, fields: results, since },
  since,
});

const jobOperations = [
  op('submitJob', [
    req('companyHandle', 'xsd:string'),
    opt('userHandle', 'xsd:string'),
    req('jobName', 'xsd:string'),
    opt('locale', 'xsd:string', '2008-01-15'),
    opt('execTime', 'xsd:dateTime'),
    opt('execSchedule', 'xsd:string'),
    opt('description', 'xsd:string', '2008-01-15'),
    ...detailFields('submitJobParam'),
  ], [req('jobHandle', 'xsd:string')]),
  op('getActiveJobs', [
    opt('companyHandle', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('originalName', 'xsd:string'),
    opt('includeWaitingJobs', 'xsd:boolean', '2016-01-14-beta'),
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
    // Paging and filters: first seen in the real 2013-02-15 WSDL (no change log dates them).
    opt('logTypeArray', 'types:StringArray', '2013-02-15'),
    opt('recordsPerPage', 'xsd:int', '2013-02-15'),
    opt('resultsPage', 'xsd:int', '2013-02-15'),
    opt('sortBy', 'xsd:string', '2013-02-15'),
    opt('sortDirection', 'xsd:string', '2013-02-15'),
  ], [req('jobLogArray', 'types:JobLogArray')]),
  op('getAssetJobLogs', [
    req('companyHandle', 'xsd:string'),
    req('assetHandle', 'xsd:string'),
  ], [req('jobLogArray', 'types:AssetJobLogArray')], '2008-01-15'),
  // Reference §6.8: a SOAP operation only in the beta; the UploadFile servlet takes the same documents in
  // every namespace that has the UploadPostJob type (operations/upload-post.ts).
  op('uploadPost', [
    req('companyHandle', 'xsd:string'),
    opt('jobName', 'xsd:string'),
    opt('jobHandle', 'xsd:string'),
    opt('locale', 'xsd:string'),
    opt('description', 'xsd:string'),
    opt('destFolder', 'xsd:string'),
    opt('fileName', 'xsd:string'),
    opt('endJob', 'xsd:boolean'),
    opt('uploadParams', 'types:UploadPostJob'),
  ], [req('jobHandle', 'xsd:string')], '2016-01-14-beta'),
];

/** Every served operation: the job operations, then login and company look-ups, then folders and assets. */
export const operations = [...jobOperations, ...companyOperations, ...catalogueOperations];

/** The operation names, derived from the rows above. */
export type OperationName = (typeof operations)[number]['name'];

/**
 * The operation table's two policy columns, checked against what they must say (expected lists written
 * here): the roles each operation admits (reference §6.0.1 "Authorized User Types", with §11.9's
 * decisions: WebServiceUser as IpsUser, the three odd exclusions treated as omissions, ImagePortalUser
 * read-only; getAllCompanies IpsAdmin only; getCompanyMembers and getCompanySettings administrators), and
 * which operations only read (their answers may be cached: an operation that changes state must not be).
 */
import { describe, expect, it } from 'vitest';
import { authorizeOperation, type User } from '../../../src/auth/users.js';
import { IpsFault } from '../../../src/faults/catalogue.js';
import { OPERATION_TABLE } from '../../../src/operations/table.js';
import type { OperationName } from '../../../src/schema/operations.js';
import type { Role } from '../../../src/shared/ips-constants.js';

const ALL_ROLES: Role[] = ['IpsAdmin', 'IpsCompanyAdmin', 'IpsUser', 'WebServiceUser', 'TrialSiteAdmin', 'TrialSiteUser', 'ImagePortalAdmin', 'ImagePortalUser', 'ImagePortalContrib', 'ImagePortalContribUser'];
const ADMINS: Role[] = ['IpsAdmin', 'IpsCompanyAdmin', 'TrialSiteAdmin', 'ImagePortalAdmin'];
const userWith = (role: Role): User => ({ email: 'x@example.com', role });
const NOT_PORTAL_USER = ALL_ROLES.filter((r) => r !== 'ImagePortalUser');

const JOB_CHANGES: OperationName[] = ['submitJob', 'stopJob', 'pauseJob', 'resumeJob', 'executeJob', 'deleteJob', 'uploadPost'];
const JOB_READS: OperationName[] = ['getActiveJobs', 'getScheduledJobs'];
const LOG_READS: OperationName[] = ['getJobLogs', 'getJobLogDetails', 'getAssetJobLogs'];
const CATALOGUE_READS: OperationName[] = ['getFolders', 'getFolderTree', 'searchAssets', 'getAssets', 'getAssetsByName', 'searchAssetsByMetadata', 'getAssetPublishHistory'];
const CATALOGUE_CHANGES: OperationName[] = ['createFolder', 'renameFolder', 'deleteFolder', 'renameAsset', 'moveAsset', 'deleteAsset', 'deleteAssets', 'setAssetPublishState'];
const LOOKUPS: OperationName[] = ['checkLogin', 'getCompanyInfo', 'getUserInfo', 'getCompanyMembership'];

/** The roles an operation admits, asked through the authorization check itself. */
const admitted = (op: OperationName): Role[] =>
  ALL_ROLES.filter((role) => {
    try {
      authorizeOperation(userWith(role), op, OPERATION_TABLE[op].roles);
      return true;
    } catch (e) {
      if (e instanceof IpsFault && e.entry.code === 20003) return false;
      throw e;
    }
  });

describe('roles', () => {
  it('every role but ImagePortalUser may run and control jobs and change the catalogue', () => {
    for (const op of [...JOB_CHANGES, ...JOB_READS, ...CATALOGUE_CHANGES]) expect([op, admitted(op)]).toEqual([op, NOT_PORTAL_USER]);
  });
  it('every role may read job logs and the catalogue and make the look-ups', () => {
    for (const op of [...LOG_READS, ...CATALOGUE_READS, ...LOOKUPS]) expect([op, admitted(op)]).toEqual([op, ALL_ROLES]);
  });
  it('getAllCompanies: IpsAdmin only; getCompanyMembers and getCompanySettings: the administrators', () => {
    expect(admitted('getAllCompanies')).toEqual(['IpsAdmin']);
    expect(admitted('getCompanyMembers')).toEqual(ADMINS);
    expect(admitted('getCompanySettings')).toEqual(ADMINS);
  });
});

describe('read-only operations (cacheable)', () => {
  it('job, log and catalogue reads are read-only; every change and the look-ups that name no single company are not', () => {
    const readOnly = (Object.keys(OPERATION_TABLE) as OperationName[]).filter((op) => OPERATION_TABLE[op].readOnly).sort();
    expect(readOnly).toEqual([...JOB_READS, ...LOG_READS, ...CATALOGUE_READS].sort());
    for (const op of [...JOB_CHANGES, ...CATALOGUE_CHANGES, ...LOOKUPS, 'getAllCompanies', 'getCompanyMembers', 'getCompanySettings'] as const) expect([op, OPERATION_TABLE[op].readOnly]).toEqual([op, false]);
  });
});

/**
 * The operation table: one row per served IPS operation, carrying what it does
 * (handler), whether it only reads (its answers may be served from the
 * response cache) and the roles allowed to call it. Its request and response
 * elements are the operation's row in schema/operations.ts; the compiler
 * refuses a table that misses an operation of the schema or adds one it lacks.
 */
import type { Operation, OperationName } from '../schema/operations.js';
import type { OperationTypes } from '../schema/wire-types.js';
import { ROLES, type Role } from '../shared/ips-constants.js';
import { typedParams, type Decoded } from '../soap/decode-fields.js';
import type { OperationBase, OperationHandler } from './context.js';
import { getActiveJobs } from './get-active-jobs.js';
import { getScheduledJobs } from './get-scheduled-jobs.js';
import { deleteJob, executeJob, pauseJob, resumeJob, stopJob } from './job-control.js';
import { getAssetJobLogs, getJobLogDetails, getJobLogs } from './job-logs.js';
import { submitJob } from './submit-job.js';
import { uploadPost } from './upload-post.js';
import { deleteAsset, deleteAssets, getAssetPublishHistory, moveAsset, renameAsset, setAssetPublishState } from './catalogue/asset-changes.js';
import { createFolder, deleteFolder, getFolders, getFolderTree, renameFolder } from './catalogue/folders.js';
import { getAssets, getAssetsByName, searchAssets, searchAssetsByMetadata } from './catalogue/search-assets.js';
import { getAllCompanies, getCompanyInfo, getCompanySettings } from './company/company-lookups.js';
import { ADMINS, checkLogin, getCompanyMembers, getCompanyMembership, getUserInfo } from './company/users.js';

export interface OperationRow<N extends OperationName> {
  readonly handler: OperationHandler<N>;
  /** Only reads state: its responses may be served from the cache. */
  readonly readOnly: boolean;
  readonly roles: ReadonlySet<Role>;
}

/**
 * Roles (reference §6.0.1). Decision (reference §11.9): the docs' three odd
 * exclusions (IpsCompanyAdmin from submitJob/executeJob, TrialSiteAdmin from
 * getJobLogDetails) are treated as omissions, and WebServiceUser, never
 * listed, is treated like IpsUser. ImagePortalUser is read-only: it may only
 * read job logs.
 */
const everyone: ReadonlySet<Role> = new Set(ROLES);
const notPortalUser: ReadonlySet<Role> = new Set(ROLES.filter((r) => r !== 'ImagePortalUser'));
const ipsAdmin: ReadonlySet<Role> = new Set<Role>(['IpsAdmin']);

export const OPERATION_TABLE: { readonly [N in OperationName]: OperationRow<N> } = {
  submitJob: { handler: submitJob, readOnly: false, roles: notPortalUser },
  getActiveJobs: { handler: getActiveJobs, readOnly: true, roles: notPortalUser },
  getScheduledJobs: { handler: getScheduledJobs, readOnly: true, roles: notPortalUser },
  stopJob: { handler: stopJob, readOnly: false, roles: notPortalUser },
  pauseJob: { handler: pauseJob, readOnly: false, roles: notPortalUser },
  resumeJob: { handler: resumeJob, readOnly: false, roles: notPortalUser },
  executeJob: { handler: executeJob, readOnly: false, roles: notPortalUser },
  deleteJob: { handler: deleteJob, readOnly: false, roles: notPortalUser },
  getJobLogs: { handler: getJobLogs, readOnly: true, roles: everyone },
  getJobLogDetails: { handler: getJobLogDetails, readOnly: true, roles: everyone },
  getAssetJobLogs: { handler: getAssetJobLogs, readOnly: true, roles: everyone },
  // No docs page lists its roles: those who may submit jobs may upload.
  uploadPost: { handler: uploadPost, readOnly: false, roles: notPortalUser },
  // Login and company look-ups. Roles from each page's "Authorized User Types"; getAllCompanies is IpsAdmin only.
  // Not read-only for the cache: getCompanyInfo by name and the membership look-ups do not name one company.
  checkLogin: { handler: checkLogin, readOnly: false, roles: everyone },
  getCompanyInfo: { handler: getCompanyInfo, readOnly: false, roles: everyone },
  getAllCompanies: { handler: getAllCompanies, readOnly: false, roles: ipsAdmin },
  getUserInfo: { handler: getUserInfo, readOnly: false, roles: everyone },
  getCompanyMembership: { handler: getCompanyMembership, readOnly: false, roles: everyone },
  getCompanyMembers: { handler: getCompanyMembers, readOnly: false, roles: ADMINS },
  getCompanySettings: { handler: getCompanySettings, readOnly: false, roles: ADMINS },
  // Folders and assets: reads are open to every role, changes to all but the read-only ImagePortalUser.
  // Reads name their company and every change touches its tenant, so the revision keys the cache.
  getFolders: { handler: getFolders, readOnly: true, roles: everyone },
  getFolderTree: { handler: getFolderTree, readOnly: true, roles: everyone },
  createFolder: { handler: createFolder, readOnly: false, roles: notPortalUser },
  renameFolder: { handler: renameFolder, readOnly: false, roles: notPortalUser },
  deleteFolder: { handler: deleteFolder, readOnly: false, roles: notPortalUser },
  searchAssets: { handler: searchAssets, readOnly: true, roles: everyone },
  getAssets: { handler: getAssets, readOnly: true, roles: everyone },
  getAssetsByName: { handler: getAssetsByName, readOnly: true, roles: everyone },
  searchAssetsByMetadata: { handler: searchAssetsByMetadata, readOnly: true, roles: everyone },
  renameAsset: { handler: renameAsset, readOnly: false, roles: notPortalUser },
  moveAsset: { handler: moveAsset, readOnly: false, roles: notPortalUser },
  deleteAsset: { handler: deleteAsset, readOnly: false, roles: notPortalUser },
  deleteAssets: { handler: deleteAssets, readOnly: false, roles: notPortalUser },
  setAssetPublishState: { handler: setAssetPublishState, readOnly: false, roles: notPortalUser },
  getAssetPublishHistory: { handler: getAssetPublishHistory, readOnly: true, roles: everyone },
};

/** Runs `operation`'s handler on its decoded parameters (generic, so the handler sees its own parameter and result types). */
export function runHandler<N extends OperationName>(operation: Operation<N>, base: OperationBase, decoded: Decoded): OperationTypes[N]['result'] {
  const row: OperationRow<N> = OPERATION_TABLE[operation.name];
  // params first: V8 gives an object spread and then given a new key a hidden class of its own, every request.
  return row.handler({ params: typedParams(operation, decoded), ...base });
}

/**
 * getCompanyInfo, getAllCompanies, getCompanySettings: what a client asks
 * before anything else (usually: the handle of the company it was told the
 * name of). A name the mock has not met yet names a new faked company while
 * unknown companies are faked (decision in docs/decisions.md).
 */
import { authorizeCompany } from '../../auth/users.js';
import { fault } from '../../faults/catalogue.js';
import { companyView } from '../../views/company-view.js';
import type { OperationHandler } from '../context.js';
import { companyTenant } from '../scope.js';

export const getCompanyInfo: OperationHandler<'getCompanyInfo'> = (ctx) => {
  const handle = ctx.params.companyHandle;
  const name = ctx.params.companyName;
  if (handle !== undefined) {
    const tenant = companyTenant(ctx, handle);
    return { companyInfo: companyView(ctx.store.profile(tenant.companyHandle)) };
  }
  if (name === undefined) throw fault('missingParameter', 'getCompanyInfoParam needs companyHandle or companyName');
  const found = ctx.store.findByName(name, ctx.now);
  if ('problem' in found) {
    throw fault('invalidParameter', `companyName '${name}' does not name a company known to this mock (unknown companies are not faked: see fakeUnknownCompanies)`);
  }
  authorizeCompany(ctx.user, found.tenant.companyHandle);
  return { companyInfo: companyView(ctx.store.profile(found.tenant.companyHandle)) };
};

/** Every company the mock can name: the fixture companies and those already touched (no company of the mock expires). */
export const getAllCompanies: OperationHandler<'getAllCompanies'> = (ctx) => {
  const items = ctx.store
    .knownHandles()
    .map((h) => companyView(ctx.store.profile(h)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.companyHandle.localeCompare(b.companyHandle));
  return { companyArray: { items } };
};

/** Read-only company settings with the values a new IPS company starts with. */
export const getCompanySettings: OperationHandler<'getCompanySettings'> = (ctx) => {
  const tenant = companyTenant(ctx, ctx.params.companyHandle);
  const profile = (file: string, cls: string) => ({
    assetHandle: `a|${tenant.companyId}${cls === 'Input' ? '01' : '02'}`,
    type: 'IccProfile',
    name: file.replace(/\.icc$/, ''),
    folder: 'Scene7SharedAssets/ICCColorProfiles/',
    metadataArray: { items: [{ name: 'Profile Class', value: cls }] },
    iccProfileInfo: { originalPath: 'Scene7SharedAssets/ICCColorProfiles/', originalFile: file, fileSize: 0 },
  });
  return {
    settings: {
      overwriteMode: 'OverwriteSameFolderSameBaseName',
      retainPublishState: false,
      defaultSourceProfile: profile('Adobe RGB (1998).icc', 'Input'),
      defaultDisplayProfile: profile('sRGB IEC61966-2.1.icc', 'Display'),
      diskSpaceWarningMin: 100_000,
      emailTrashCleanupWarning: true,
    },
  };
};

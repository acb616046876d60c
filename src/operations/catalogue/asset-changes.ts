/**
 * renameAsset, moveAsset, deleteAsset, deleteAssets, setAssetPublishState,
 * getAssetPublishHistory. A rename to a name in use is refused with 30000 and
 * the real service's wording (capture rename_asset--failure) when
 * validateName is true; with validateName=false the name may repeat.
 */
import { fault } from '../../faults/catalogue.js';
import type { OperationHandler } from '../context.js';
import { ASSET_HANDLE_RE, catalogueScope, changing, checkAssetName, findAsset, folderByHandle } from './catalogue-scope.js';

export const renameAsset: OperationHandler<'renameAsset'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const a = findAsset(scope.cat, ctx.params.assetHandle);
  const newName = checkAssetName(ctx.params.newName, 'newName');
  if (ctx.params.validateName === true && scope.cat.assetsByName(newName).some((x) => x !== a)) throw fault('exception', `Asset ID '${newName}' is already in use.`);
  changing(() => {
    scope.cat.renameAsset(a, newName);
    a.lastModified = ctx.now;
    a.lastModifyUser = ctx.user.email;
    scope.cat.touchFolder(a.folder, ctx.now);
  });
  return {};
};

export const moveAsset: OperationHandler<'moveAsset'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const a = findAsset(scope.cat, ctx.params.assetHandle);
  const to = folderByHandle(scope.cat, ctx.params.folderHandle);
  changing(() => {
    scope.cat.touchFolder(a.folder, ctx.now);
    a.folder = to.path;
    a.lastModified = ctx.now;
    a.lastModifyUser = ctx.user.email;
    scope.cat.touchFolder(to.path, ctx.now);
  });
  return {};
};

export const deleteAsset: OperationHandler<'deleteAsset'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const a = findAsset(scope.cat, ctx.params.assetHandle);
  changing(() => scope.cat.removeAsset(a, ctx.now));
  return {};
};

/** Deletes what it can; each handle that names no asset is one error (code 30001) in errorDetailArray. */
export const deleteAssets: OperationHandler<'deleteAssets'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const handles = ctx.params.assetHandleArray.items ?? [];
  const errors: Array<{ assetHandle: string; code: number; reason: string }> = [];
  let success = 0;
  changing(() => {
    for (const h of handles) {
      const a = ASSET_HANDLE_RE.test(h) ? scope.cat.assets.get(h) : undefined;
      if (!a) {
        errors.push({ assetHandle: h, code: 30001, reason: ASSET_HANDLE_RE.test(h) ? `'${h}' does not name an asset of company ${scope.cat.companyHandle}` : `'${h}' is not an asset handle` });
        continue;
      }
      scope.cat.removeAsset(a, ctx.now);
      success += 1;
    }
  });
  return { successCount: success, warningCount: 0, errorCount: errors.length, warningDetailArray: { items: [] }, errorDetailArray: { items: errors } };
};

const PUBLISH_STATES = ['MarkedForPublish', 'NotMarkedForPublish'] as const;

export const setAssetPublishState: OperationHandler<'setAssetPublishState'> = (ctx) => {
  const scope = catalogueScope(ctx, ctx.params.companyHandle);
  const a = findAsset(scope.cat, ctx.params.assetHandle);
  const state = PUBLISH_STATES.find((s) => s === ctx.params.publishState);
  if (state === undefined) throw fault('invalidParameter', `publishState '${ctx.params.publishState}' must be one of: ${PUBLISH_STATES.join(', ')}`);
  changing(() => {
    a.publishState = state;
    a.lastModified = ctx.now;
    a.lastModifyUser = ctx.user.email;
  });
  return {};
};

export const getAssetPublishHistory: OperationHandler<'getAssetPublishHistory'> = (ctx) => {
  const { cat } = catalogueScope(ctx, ctx.params.companyHandle);
  const a = findAsset(cat, ctx.params.assetHandle);
  const items = a.publishHistory.map((h) => ({ serverName: h.serverName, contextName: h.contextName, publishFormat: h.publishFormat, lastPublished: h.at }));
  return { pubHistoryArray: { items } };
};

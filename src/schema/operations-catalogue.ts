/**
 * Folders and assets: the operations clients call around jobs (where to upload,
 * what a job produced). Shapes from the real 2013-02-15 WSDL; handlers and roles are their rows in
 * operations/table.ts. Older releases: the pre-4.0 shapes are those of the classes generated from the
 * pre-4.0 WSDL (reference §0.1 PHP), and the IPS change logs (DOC change-log/) say what came when;
 * each row cites its evidence. "Ours²": no source dates it (README, Namespaces).
 */
import { opt, req, type Field } from './model.js';
import { opRow } from './operation-row.js';

const company = req('companyHandle', 'xsd:string');
const access: Field[] = [opt('accessUserHandle', 'xsd:string'), opt('accessGroupHandle', 'xsd:string')];
const responseFields: Field[] = [opt('responseFieldArray', 'types:StringArray'), opt('excludeFieldArray', 'types:StringArray')];
/** 4.0 change log: excludeAssetTypeArray; 4.4 change log: assetSubtypeArray (sic), strictSubTypeCheck. */
const assetTypeFilters: Field[] = [
  opt('assetTypeArray', 'types:StringArray'),
  opt('excludeAssetTypeArray', 'types:StringArray', '2008-01-15'),
  opt('assetSubTypeArray', 'types:StringArray', '2009-07-31'),
  opt('strictSubTypeCheck', 'xsd:boolean', '2009-07-31'),
];
/** 6.0 change log, new types PermissionsSet / PermissionsSetArray (Folder's permissions became a permission-set handle). */
const permissionSets = opt('permissionSetArray', 'types:PermissionSetArray', '2012-02-14');
const paging: Field[] = [
  opt('recordsPerPage', 'xsd:int'),
  opt('resultsPage', 'xsd:int'),
  opt('sortBy', 'xsd:string'),
  opt('sortDirection', 'xsd:string'),
];
const assetRef: Field[] = [company, req('assetHandle', 'xsd:string')];

export const catalogueOperations = [
  opRow(
    'getFolders',
    [company, ...access, opt('folderPath', 'xsd:string'), opt('assetTypeArray', 'types:StringArray'), ...responseFields],
    [opt('folderArray', 'types:FolderArray'), permissionSets],
  ),
  opRow(
    'getFolderTree',
    [company, ...access, opt('folderPath', 'xsd:string'), req('depth', 'xsd:int'), opt('assetTypeArray', 'types:StringArray'), ...responseFields],
    [opt('folders', 'types:Folder'), permissionSets],
  ),
  opRow('createFolder', [company, req('folderPath', 'xsd:string')], [req('folderHandle', 'xsd:string')]),
  opRow('renameFolder', [company, req('folderHandle', 'xsd:string'), req('folderName', 'xsd:string')], [req('folderHandle', 'xsd:string')]),
  opRow('deleteFolder', [company, req('folderHandle', 'xsd:string')], []),
  opRow(
    'searchAssets',
    [
      company,
      ...access,
      opt('folder', 'xsd:string'),
      req('includeSubfolders', 'xsd:boolean'),
      opt('publishState', 'xsd:string'),
      // 4.0 change log: "Implemented trashState param for searchAssets".
      opt('trashState', 'xsd:string', '2008-01-15'),
      opt('conditionMatchMode', 'xsd:string'),
      opt('keywordArray', 'types:StringArray'),
      opt('systemFieldMatchMode', 'xsd:string'),
      opt('systemFieldConditionArray', 'types:SystemFieldConditionArray'),
      // TagCondition(Array) are 4.5 types (4.5 change log).
      opt('tagMatchMode', 'xsd:string', '2010-01-31'),
      opt('tagConditionArray', 'types:TagConditionArray', '2010-01-31'),
      opt('metadataMatchMode', 'xsd:string'),
      opt('metadataConditionArray', 'types:MetadataConditionArray'),
      ...assetTypeFilters,
      // 4.0 change log: excludeByproducts; 4.4: excludeByproductArray.
      opt('excludeByproducts', 'xsd:boolean', '2008-01-15'),
      opt('excludeByproductArray', 'types:ExcludeByproductArray', '2009-07-31'),
      opt('projectHandle', 'xsd:string'),
      ...paging,
      ...responseFields,
    ],
    [opt('totalRows', 'xsd:int'), opt('assetArray', 'types:AssetArray')],
  ),
  opRow('getAssets', [company, ...access, req('assetHandleArray', 'types:HandleArray'), ...responseFields], [opt('assetArray', 'types:AssetArray')]),
  // Not among the pre-4.0 operations; no change log names it; the real service answered it in 2010-01-31
  // (captures). Ours²: from 2010-01-31, the first release with evidence.
  opRow(
    'getAssetsByName',
    [company, ...access, req('nameArray', 'types:StringArray'), ...assetTypeFilters, ...responseFields],
    [opt('assetArray', 'types:AssetArray')],
    '2010-01-31',
  ),
  opRow(
    'searchAssetsByMetadata',
    [
      company,
      opt('filters', 'types:SearchFilter'),
      opt('metadataConditionArray', 'types:MetadataConditionArray'),
      opt('metadataConditionMatchMode', 'xsd:string'),
      opt('responseMetadataArray', 'types:StringArray'),
      ...paging,
    ],
    [req('totalRows', 'xsd:int'), req('assetSummaryArray', 'types:AssetSummaryArray')],
    // 4.5 change log, new operations.
    '2010-01-31',
  ),
  opRow(
    'renameAsset',
    [
      ...assetRef,
      req('newName', 'xsd:string'),
      req('validateName', 'xsd:boolean'),
      // Pre-4.0 classes: renameFiles (boolean) last; the 4.5 change log removed it ("API clients need to remove
      // references to this parameter when updating"). Required, as clients had to send it (ours²); the mock
      // keeps physical files untouched either way, as IPS does since.
      req('renameFiles', 'xsd:boolean', { until: '2010-01-31' }),
    ],
    [],
  ),
  opRow('moveAsset', [...assetRef, req('folderHandle', 'xsd:string')], []),
  opRow('deleteAsset', assetRef, []),
  // 4.0 change log: "Implemented deleteAssetsParam batch delete operation".
  opRow(
    'deleteAssets',
    [company, req('assetHandleArray', 'types:HandleArray')],
    [
      req('successCount', 'xsd:int'),
      req('warningCount', 'xsd:int'),
      req('errorCount', 'xsd:int'),
      opt('warningDetailArray', 'types:AssetOperationFaultArray'),
      opt('errorDetailArray', 'types:AssetOperationFaultArray'),
    ],
    '2008-01-15',
  ),
  // contextHandleArray: not in the pre-4.0 classes; publish contexts came with 6.0 (change log: getPublishContexts,
  // contextHandle on the publish settings and jobs). Ours²: from 2012-02-14.
  opRow('setAssetPublishState', [...assetRef, req('publishState', 'xsd:string'), opt('contextHandleArray', 'types:HandleArray', '2012-02-14')], []),
  // 4.0 change log: "Implemented getAssetPublishHistory operation".
  opRow('getAssetPublishHistory', assetRef, [req('pubHistoryArray', 'types:PublishHistoryArray')], '2008-01-15'),
];

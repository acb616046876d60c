/**
 * Folders and assets: the operations clients call around jobs (where to upload,
 * what a job produced). Shapes from the real 2013-02-15 WSDL; handlers and roles are their rows in
 * operations/table.ts.
 */
import { opt, req, type Field } from './model.js';
import { opRow } from './operation-row.js';

const company = req('companyHandle', 'xsd:string');
const access: Field[] = [opt('accessUserHandle', 'xsd:string'), opt('accessGroupHandle', 'xsd:string')];
const responseFields: Field[] = [opt('responseFieldArray', 'types:StringArray'), opt('excludeFieldArray', 'types:StringArray')];
const assetTypeFilters: Field[] = [
  opt('assetTypeArray', 'types:StringArray'),
  opt('excludeAssetTypeArray', 'types:StringArray'),
  opt('assetSubTypeArray', 'types:StringArray'),
  opt('strictSubTypeCheck', 'xsd:boolean'),
];
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
    [opt('folderArray', 'types:FolderArray'), opt('permissionSetArray', 'types:PermissionSetArray')],
  ),
  opRow(
    'getFolderTree',
    [company, ...access, opt('folderPath', 'xsd:string'), req('depth', 'xsd:int'), opt('assetTypeArray', 'types:StringArray'), ...responseFields],
    [opt('folders', 'types:Folder'), opt('permissionSetArray', 'types:PermissionSetArray')],
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
      opt('trashState', 'xsd:string'),
      opt('conditionMatchMode', 'xsd:string'),
      opt('keywordArray', 'types:StringArray'),
      opt('systemFieldMatchMode', 'xsd:string'),
      opt('systemFieldConditionArray', 'types:SystemFieldConditionArray'),
      opt('tagMatchMode', 'xsd:string'),
      opt('tagConditionArray', 'types:TagConditionArray'),
      opt('metadataMatchMode', 'xsd:string'),
      opt('metadataConditionArray', 'types:MetadataConditionArray'),
      ...assetTypeFilters,
      opt('excludeByproducts', 'xsd:boolean'),
      opt('excludeByproductArray', 'types:ExcludeByproductArray'),
      opt('projectHandle', 'xsd:string'),
      ...paging,
      ...responseFields,
    ],
    [opt('totalRows', 'xsd:int'), opt('assetArray', 'types:AssetArray')],
  ),
  opRow('getAssets', [company, ...access, req('assetHandleArray', 'types:HandleArray'), ...responseFields], [opt('assetArray', 'types:AssetArray')]),
  opRow(
    'getAssetsByName',
    [company, ...access, req('nameArray', 'types:StringArray'), ...assetTypeFilters, ...responseFields],
    [opt('assetArray', 'types:AssetArray')],
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
  ),
  opRow('renameAsset', [...assetRef, req('newName', 'xsd:string'), req('validateName', 'xsd:boolean')], []),
  opRow('moveAsset', [...assetRef, req('folderHandle', 'xsd:string')], []),
  opRow('deleteAsset', assetRef, []),
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
  ),
  opRow('setAssetPublishState', [...assetRef, req('publishState', 'xsd:string'), opt('contextHandleArray', 'types:HandleArray')], []),
  opRow('getAssetPublishHistory', assetRef, [req('pubHistoryArray', 'types:PublishHistoryArray')]),
];

/**
 * Folders, search conditions and the results of asset operations, as the real
 * 2013-02-15 WSDL declares them; older releases from the pre-4.0 classes
 * (reference §0.1 PHP), the change logs and the real 2010-01-31 answers, cited per row.
 */
import { arrayOf, moved, opt, req, type, type ComplexType } from './model.js';

export const catalogueTypes: readonly ComplexType[] = [
  type('Folder', [
    opt('folderHandle', 'xsd:string'),
    opt('path', 'xsd:string'),
    // Not in the pre-4.0 classes; the real 2010-01-31 getFolders answer has both. Ours²: from 2010-01-31.
    opt('lastModified', 'xsd:dateTime', '2010-01-31'),
    opt('childLastModified', 'xsd:dateTime', '2010-01-31'),
    // 6.0 change log: "In Folder, changed permissions to permissionsSetHandle" (pre-4.0 classes: permissions, a PermissionArray).
    opt('permissions', 'types:PermissionArray', { until: '2012-02-14' }),
    opt('permissionSetHandle', 'xsd:string', '2012-02-14'),
    opt('hasSubfolders', 'xsd:boolean'),
    opt('subfolderArray', 'types:FolderArray'),
  ]),
  arrayOf('FolderArray', 'types:Folder'),
  type('PermissionSet', [
    opt('permissionSetHandle', 'xsd:string'),
    opt('permissionArray', 'types:PermissionArray'),
  ], '2012-02-14'),
  // 6.0 change log, new types PermissionsSet, PermissionsSetArray.
  arrayOf('PermissionSetArray', 'types:PermissionSet', '2012-02-14'),
  type('SystemFieldCondition', [
    req('field', 'xsd:string'),
    req('op', 'xsd:string'),
    opt('value', 'xsd:string'),
    opt('boolVal', 'xsd:boolean'),
    opt('longVal', 'xsd:long'),
    opt('minLong', 'xsd:long'),
    opt('maxLong', 'xsd:long'),
    opt('doubleVal', 'xsd:double'),
    opt('minDouble', 'xsd:double'),
    opt('maxDouble', 'xsd:double'),
    opt('dateVal', 'xsd:dateTime'),
    opt('minDate', 'xsd:dateTime'),
    opt('maxDate', 'xsd:dateTime'),
  ]),
  arrayOf('SystemFieldConditionArray', 'types:SystemFieldCondition'),
  type('TagCondition', [
    req('fieldHandle', 'xsd:string'),
    req('op', 'xsd:string'),
    opt('value', 'xsd:string'),
    opt('valueArray', 'types:StringArray'),
  ], '2010-01-31'),
  // 4.5 change log, new types TagCondition, TagConditionArray.
  arrayOf('TagConditionArray', 'types:TagCondition', '2010-01-31'),
  type('MetadataCondition', [
    req('fieldHandle', 'xsd:string'),
    req('op', 'xsd:string'),
    opt('caseSensitive', 'xsd:boolean'),
    opt('value', 'xsd:string'),
    opt('values', 'types:StringArray'),
    opt('boolVal', 'xsd:boolean'),
    opt('longVal', 'xsd:long'),
    opt('minLong', 'xsd:long'),
    opt('maxLong', 'xsd:long'),
    opt('doubleVal', 'xsd:double'),
    opt('minDouble', 'xsd:double'),
    opt('maxDouble', 'xsd:double'),
    opt('dateVal', 'xsd:dateTime'),
    opt('minDate', 'xsd:dateTime'),
    opt('maxDate', 'xsd:dateTime'),
  ]),
  arrayOf('MetadataConditionArray', 'types:MetadataCondition'),
  type('ExcludeByproductCondition', [
    req('engine', 'xsd:string'),
    req('generatedAssetType', 'xsd:string'),
  ], '2009-07-31'),
  // 4.4 change log, new types ExcludeByproductCondition, ExcludeByproductArray.
  arrayOf('ExcludeByproductArray', 'types:ExcludeByproductCondition', '2009-07-31'),
  arrayOf('AssetArray', 'types:Asset'),
  // Only searchAssetsByMetadata (4.5) takes it.
  type('SearchFilter', [
    opt('folder', 'xsd:string'),
    opt('includeSubfolders', 'xsd:boolean'),
    opt('assetTypeArray', 'types:StringArray'),
    opt('excludeAssetTypeArray', 'types:StringArray'),
    opt('assetSubTypeArray', 'types:StringArray'),
    opt('excludeByproducts', 'xsd:boolean'),
    opt('projectHandle', 'xsd:string'),
    opt('publishState', 'xsd:string'),
    opt('trashState', 'xsd:string'),
  ], '2010-01-31'),
  // 4.5 change log, new types AssetSummary(Array), "AssetSummary returns a type and name field"; 6.0: "In
  // AssetSummary, type and name are now optional" (the mock always fills them, so the 4.5 form holds too).
  type('AssetSummary', [
    req('assetHandle', 'xsd:string'),
    moved(req('type', 'xsd:string', { until: '2012-02-14' }), { path: ['type'] }),
    opt('type', 'xsd:string', '2012-02-14'),
    moved(req('name', 'xsd:string', { until: '2012-02-14' }), { path: ['name'] }),
    opt('name', 'xsd:string', '2012-02-14'),
    opt('folder', 'xsd:string'),
    opt('filename', 'xsd:string'),
    opt('created', 'xsd:dateTime'),
    opt('createUser', 'xsd:string'),
    opt('lastModified', 'xsd:dateTime'),
    opt('lastModifyUser', 'xsd:string'),
    opt('metadataArray', 'types:MetadataArray'),
    opt('score', 'xsd:double'),
    opt('scoreDetail', 'xsd:string'),
  ], '2010-01-31'),
  arrayOf('AssetSummaryArray', 'types:AssetSummary', '2010-01-31'),
  // deleteAssets' warnings and errors (4.0 change log: batch results summarize success, warnings and errors).
  type('AssetOperationFault', [
    req('assetHandle', 'xsd:string'),
    req('code', 'xsd:int'),
    req('reason', 'xsd:string'),
  ], '2008-01-15'),
  arrayOf('AssetOperationFaultArray', 'types:AssetOperationFault', '2008-01-15'),
  // getAssetPublishHistory's answer (4.0 change log).
  type('PublishHistory', [
    req('serverName', 'xsd:string'),
    req('contextName', 'xsd:string'),
    opt('publishFormat', 'xsd:string'),
    req('lastPublished', 'xsd:dateTime'),
  ], '2008-01-15'),
  arrayOf('PublishHistoryArray', 'types:PublishHistory', '2008-01-15'),
];

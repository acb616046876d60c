/**
 * The names of every operation of the real IPS API (the 163 operations of the
 * real 2013-02-15 WSDL, in its portType order, plus the beta's uploadPost):
 * facts, used to tell a caller that an operation exists in IPS but is not
 * served by ips-mock yet, rather than suggesting a different one.
 */
export const IPS_OPERATION_NAMES: ReadonlySet<string> = new Set([
  'searchAssetsByMetadata', 'getDistinctMetadataValues', 'getXMPPacket', 'updateXMPPacket', 'searchAssets',
  'getAssets', 'getAssetsByName', 'getAssociatedAssets', 'getAssetCounts', 'checkAssetNames', 'moveAsset',
  'moveAssets', 'renameAsset', 'deleteAsset', 'deleteAssets', 'restoreAssetsFromTrash', 'emptyAssetsFromTrash',
  'setAssetPublishState', 'setAssetsPublishState', 'setAssetsContextState', 'forceRepublishAssets',
  'getPublishContexts', 'batchGetAssetPublishContexts', 'getActivePublishContexts', 'getOriginalFilePaths',
  'saveZoomTarget', 'setZoomTargets', 'deleteZoomTarget', 'saveImageMap', 'setImageMaps', 'deleteImageMap',
  'createImageSet', 'setImageSetMembers', 'getImageSetMembers', 'updateImageSet', 'createAssetSet',
  'setAssetSetDefinition', 'updateAssetSet', 'replaceImage', 'copyImage', 'createDerivedAsset', 'createTemplate',
  'setUrlModifier', 'getZipEntries', 'getGenerationInfo', 'getAllCompanies', 'addCompany', 'getCompanyMembers',
  'addUser', 'generatePassword', 'setPassword', 'setUserInfo', 'getUserInfo', 'getAllUsers', 'getUsers',
  'getUserChars', 'setCompanyMembership', 'addCompanyMembership', 'removeCompanyMembership', 'getCompanyMembership',
  'checkLogin', 'getCompanyInfo', 'getImageFormats', 'saveImageFormat', 'deleteImageFormat', 'getGroups', 'saveGroup',
  'deleteGroup', 'getGroupMembership', 'setGroupMembership', 'addGroupMembership', 'removeGroupMembership',
  'getGroupMembers', 'setGroupMembers', 'addGroupMembers', 'removeGroupMembers', 'getFolders', 'getFolderTree',
  'createFolder', 'renameFolder', 'moveFolder', 'deleteFolder', 'getProjects', 'createProject', 'renameProject',
  'deleteProject', 'setProjectAssets', 'addProjectAssets', 'removeProjectAssets', 'getDiskUsage', 'getMetadataFields',
  'getAssetMetadataFields', 'saveMetadataField', 'createMetadataField', 'setTagFieldValues', 'addTagFieldValues',
  'deleteTagFieldValues', 'updateTagFieldValues', 'getTagFieldValues', 'updateMetadataField', 'deleteMetadataField',
  'setAssetMetadata', 'batchSetAssetMetadata', 'batchSetImageFields', 'batchSetFontFields', 'batchSetIccProfileFields',
  'batchSetThumbAsset', 'getUniqueMetadataValues', 'updateFolderPermissions', 'setFolderPermissions',
  'removeFolderPermissions', 'updateAssetPermissions', 'setAssetPermissions', 'removeAssetPermissions',
  'updatePropertySetPermissions', 'setPropertySetPermissions', 'removePropertySetPermissions', 'getActiveJobs',
  'getScheduledJobs', 'getJobLogs', 'getJobLogDetails', 'getAssetJobLogs', 'submitJob', 'stopJob', 'pauseJob',
  'resumeJob', 'executeJob', 'deleteJob', 'getAssetPublishHistory', 'getImageServingPublishSettings',
  'setImageServingPublishSettings', 'getImageServingCatalog', 'getImageRenderingPublishSettings',
  'setImageRenderingPublishSettings', 'getImageRenderingCatalog', 'getVignettePublishFormats',
  'createVignettePublishFormat', 'updateVignettePublishFormat', 'deleteVignettePublishFormat', 'getCompanySettings',
  'setCompanySettings', 'createPropertySetType', 'getPropertySetTypes', 'getPropertySetType', 'deletePropertySetType',
  'createPropertySet', 'updatePropertySet', 'getPropertySets', 'deletePropertySet', 'getProperty',
  'getSystemProperties', 'createViewerPreset', 'getViewerConfigSettings', 'setViewerConfigSettings',
  'updateViewerConfigSettings', 'getSearchStrings', 'addMediaPortalEvent', 'getMediaPortalEvent', 'removeMask',
  'cdnCacheInvalidation', 'getPhotoshopPathNames', 'getPhotoshopPath', 'getAutoCropRect',
  // 2016-01-14-beta only (reference §6.8)
  'uploadPost',
]);

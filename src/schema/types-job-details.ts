/**
 * The job-detail types (reference §7.18), one per job kind, in WSDL order.
 * The upload-style details share option blocks; the blocks are listed once and
 * spliced in, so a fix to one option lands in every detail that carries it.
 */
import { opt, req, type, type ComplexType, type Field } from './model.js';

const emailSetting = req('emailSetting', 'xsd:string');
const knockout = opt('knockoutBackgroundOptions', 'types:KnockoutBackgroundOptions', 'v6_8', ['knockoutBackground']);
const manualCrop = opt('manualCropOptions', 'types:ManualCropOptions');
const autoColorCrop = opt('autoColorCropOptions', 'types:AutoColorCropOptions', undefined, ['autoColorOptions']);
const autoTransparentCrop = opt('autoTransparentCropOptions', 'types:AutoTransparentCropOptions');
const photoshop = opt('photoshopOptions', 'types:PhotoshopOptions');
const postScript = opt('postScriptOptions', 'types:PostScriptOptions');
const pdf = opt('pdfOptions', 'types:PDFOptions', 'v4_0');
const illustrator = opt('illustratorOptions', 'types:IllustratorOptions', 'v4_0', ['IllustratorOptions']);
const colorManagement = opt('colorManagementOptions', 'types:ColorManagementOptions');
const autoSet = opt('autoSetCreationOptions', 'types:AutoSetCreationOptions', 'v4_4');
const projects = opt('projectHandleArray', 'types:HandleArray');
const preservePublishState = opt('preservePublishState', 'xsd:boolean', 'v4_2');
const preserveCrop = opt('preserveCrop', 'xsd:boolean', 'v4_2');
const postHttpUrl = opt('postHttpUrl', 'xsd:string');
const postJobOnlyIfFiles = opt('postJobOnlyIfFiles', 'xsd:boolean');
const media = opt('mediaOptions', 'types:MediaOptions', 'v6_8');
const inDesign = opt('inDesignOptions', 'types:InDesignOptions', 'v6_8');
const unsharp = opt('unsharpMaskOptions', 'types:UnsharpMaskOptions', 'v6_8');
const excludeMasterVideo = opt('excludeMasterVideoFromAVS', 'xsd:boolean', 'beta');

/** At most one crop choice is allowed; knock-out precedes the three (WSDL position). */
const crops: readonly Field[] = [knockout, manualCrop, autoColorCrop, autoTransparentCrop];
/** At most one follow-on publish is allowed. */
const postPublish: readonly Field[] = [
  opt('postImageServingPublishJob', 'types:ImageServingPublishJob'),
  opt('postImageRenderingPublishJob', 'types:ImageRenderingPublishJob'),
  opt('postVideoPublishJob', 'types:VideoPublishJob'),
];
const fileHandling: readonly Field[] = [photoshop, postScript, pdf, illustrator, colorManagement, autoSet, projects];
const tail = (xmpFeature: 'v4_5' | 'v6_8'): readonly Field[] => [
  media,
  inDesign,
  opt('xmpKeywords', 'xsd:string', xmpFeature),
  unsharp,
  opt('unCompressOptions', 'types:UnCompressOptions', 'v6_8'),
  excludeMasterVideo,
];

/** The processing options upload-from-directory and upload-from-URL jobs share, from preserveCrop on. */
const uploadProcessing = (xmpFeature: 'v4_5' | 'v6_8'): readonly Field[] => [
  preserveCrop,
  ...crops,
  ...fileHandling,
  emailSetting,
  postJobOnlyIfFiles,
  postHttpUrl,
  ...postPublish,
  ...tail(xmpFeature),
];

export const jobDetailTypes: readonly ComplexType[] = [
  type('ImageServingPublishJob', [
    req('publishType', 'xsd:string'),
    emailSetting,
    opt('httpCompletionUrl', 'xsd:string'),
    opt('contextHandle', 'xsd:string', 'beta'),
  ]),
  type('ImageRenderingPublishJob', [emailSetting, opt('httpCompletionUrl', 'xsd:string'), opt('contextHandle', 'xsd:string', 'v6_0')]),
  type('VideoPublishJob', [emailSetting, opt('httpCompletionUrl', 'xsd:string'), opt('contextHandle', 'xsd:string', 'v6_0')]),
  type('ServerDirectoryPublishJob', [emailSetting, opt('httpCompletionUrl', 'xsd:string')], undefined),
  type('MetadataPublishJob', [opt('forcePublish', 'xsd:boolean')], 'beta'),
  type('UploadDirectoryJob', [
    opt('destFolder', 'xsd:string'),
    req('serverDir', 'xsd:string'),
    req('overwrite', 'xsd:boolean'),
    req('readyForPublish', 'xsd:boolean'),
    preservePublishState,
    req('includeSubfolders', 'xsd:boolean'),
    req('createMask', 'xsd:boolean'),
    req('processMetadataFiles', 'xsd:boolean'),
    ...uploadProcessing('v4_5'),
  ]),
  type('UploadUrlsJob', [
    opt('urlArray', 'types:UploadUrlArray'),
    opt('numUrls', 'xsd:int', 'v4_5'),
    req('overwrite', 'xsd:boolean'),
    req('readyForPublish', 'xsd:boolean'),
    preservePublishState,
    req('createMask', 'xsd:boolean'),
    ...uploadProcessing('v6_8'),
  ]),
  type('UploadPostJob', [
    req('overwrite', 'xsd:boolean'),
    req('readyForPublish', 'xsd:boolean'),
    preservePublishState,
    req('createMask', 'xsd:boolean'),
    preserveCrop,
    ...crops,
    ...fileHandling,
    emailSetting,
    postHttpUrl,
    ...tail('v6_8'),
  ], 'v6_8'),
  type('OptimizeImagesJob', [emailSetting], 'v4_0'),
  type('RipPdfsJob', [
    req('pdfHandleArray', 'types:HandleArray'),
    req('createMask', 'xsd:boolean'),
    ...crops,
    postScript,
    pdf,
    illustrator,
    colorManagement,
    projects,
    emailSetting,
    postHttpUrl,
    ...postPublish,
    inDesign,
  ], 'v6_8'),
  type('ReprocessAssetsJob', [
    req('assetHandleArray', 'types:HandleArray'),
    opt('readyForPublish', 'xsd:boolean', 'v4_2'),
    preservePublishState,
    req('createMask', 'xsd:boolean'),
    preserveCrop,
    ...crops,
    photoshop,
    postScript,
    pdf,
    media,
    illustrator,
    colorManagement,
    autoSet,
    projects,
    emailSetting,
    postJobOnlyIfFiles,
    postHttpUrl,
    ...postPublish,
    inDesign,
    unsharp,
    excludeMasterVideo,
  ], 'v4_0'),
  type('CreateVideoSitemapJob', [opt('forceUpdate', 'xsd:boolean')], 'beta'),
  type('ExportJob', [
    req('assetHandleArray', 'types:HandleArray'),
    req('fmt', 'xsd:string'),
    opt('is_modifier', 'xsd:string'),
    opt('macro', 'xsd:string'),
    emailSetting,
    opt('clientId', 'xsd:string'),
  ], 'v6_0'),
  type('AutomatedSetGenerationJob', [
    req('assetHandleArray', 'types:HandleArray'),
    opt('destFolder', 'xsd:string'),
    req('readyForPublish', 'xsd:boolean'),
    req('autoSetCreationOptions', 'types:AutoSetCreationOptions'),
    emailSetting,
  ], 'v6_8'),
];

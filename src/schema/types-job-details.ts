/**
 * The job-detail types (reference §7.18), one per job kind, in WSDL order.
 * The upload-style details share option blocks; the blocks are listed once and
 * spliced in, so a fix to one option lands in every detail that carries it.
 * Releases: reference §9 where a change log dates an item; otherwise the first
 * real evidence (the 2010-01-31 answers, the 2013-02-15 WSDL).
 */
import { opt, req, type, type ComplexType, type Field } from './model.js';

const emailSetting = req('emailSetting', 'xsd:string');
const knockout = opt('knockoutBackgroundOptions', 'types:KnockoutBackgroundOptions', '2013-02-15', ['knockoutBackground']);
const manualCrop = opt('manualCropOptions', 'types:ManualCropOptions');
const autoColorCrop = opt('autoColorCropOptions', 'types:AutoColorCropOptions', undefined, ['autoColorOptions']);
const autoTransparentCrop = opt('autoTransparentCropOptions', 'types:AutoTransparentCropOptions');
const photoshop = opt('photoshopOptions', 'types:PhotoshopOptions');
const postScript = opt('postScriptOptions', 'types:PostScriptOptions');
const pdf = opt('pdfOptions', 'types:PDFOptions', '2008-01-15');
const illustrator = opt('illustratorOptions', 'types:IllustratorOptions', '2008-01-15', ['IllustratorOptions']);
const colorManagement = opt('colorManagementOptions', 'types:ColorManagementOptions');
const autoSet = opt('autoSetCreationOptions', 'types:AutoSetCreationOptions', '2009-07-31');
const projects = opt('projectHandleArray', 'types:HandleArray');
const preservePublishState = opt('preservePublishState', 'xsd:boolean', '2008-09-10');
const preserveCrop = opt('preserveCrop', 'xsd:boolean', '2008-09-10');
const postHttpUrl = opt('postHttpUrl', 'xsd:string');
const postJobOnlyIfFiles = opt('postJobOnlyIfFiles', 'xsd:boolean');
const media = opt('mediaOptions', 'types:MediaOptions', '2010-01-31');
const inDesign = opt('inDesignOptions', 'types:InDesignOptions', '2010-01-31');
const unsharp = opt('unsharpMaskOptions', 'types:UnsharpMaskOptions', '2013-02-15');
const excludeMasterVideo = opt('excludeMasterVideoFromAVS', 'xsd:boolean', '2016-01-14-beta');

/** At most one crop choice is allowed; knock-out precedes the three (WSDL position). */
const crops: readonly Field[] = [knockout, manualCrop, autoColorCrop, autoTransparentCrop];
/** At most one follow-on publish is allowed. */
const postPublish: readonly Field[] = [
  opt('postImageServingPublishJob', 'types:ImageServingPublishJob'),
  opt('postImageRenderingPublishJob', 'types:ImageRenderingPublishJob'),
  opt('postVideoPublishJob', 'types:VideoPublishJob'),
];
const fileHandling: readonly Field[] = [photoshop, postScript, pdf, illustrator, colorManagement, autoSet, projects];
/**
 * XMP options. UploadDirectoryJob has them since 4.5 (reference §9); the XMP
 * template pair is in the real 2013-02-15 WSDL and gone from the beta. The
 * other upload jobs gain xmpKeywords after 2013-02-15 (not in that WSDL; in the docs and the beta).
 */
const XMP: Readonly<Record<'directory' | 'other', readonly Field[]>> = {
  directory: [
    opt('xmpKeywords', 'xsd:string', '2010-01-31'),
    opt('xmpTemplateId', 'xsd:string', { since: '2010-01-31', until: '2016-01-14-beta' }),
    opt('xmpTemplateOverwrites', 'xsd:boolean', { since: '2010-01-31', until: '2016-01-14-beta' }),
  ],
  other: [opt('xmpKeywords', 'xsd:string', '2014-04-03')],
};

const tail = (xmp: keyof typeof XMP): readonly Field[] => [
  media,
  inDesign,
  ...XMP[xmp],
  unsharp,
  opt('unCompressOptions', 'types:UnCompressOptions', '2013-02-15'),
  excludeMasterVideo,
];

/** The processing options upload-from-directory and upload-from-URL jobs share, from preserveCrop on. */
const uploadProcessing = (xmp: keyof typeof XMP): readonly Field[] => [
  preserveCrop,
  ...crops,
  ...fileHandling,
  emailSetting,
  postJobOnlyIfFiles,
  postHttpUrl,
  ...postPublish,
  ...tail(xmp),
];

export const jobDetailTypes: readonly ComplexType[] = [
  type('ImageServingPublishJob', [
    req('publishType', 'xsd:string'),
    emailSetting,
    opt('httpCompletionUrl', 'xsd:string'),
    // A 4.5 "restricted use" addition (reference §9); 6.0 then added it to the other two publish jobs.
    opt('contextHandle', 'xsd:string', '2010-01-31'),
  ]),
  type('ImageRenderingPublishJob', [emailSetting, opt('httpCompletionUrl', 'xsd:string'), opt('contextHandle', 'xsd:string', '2012-02-14')]),
  type('VideoPublishJob', [emailSetting, opt('httpCompletionUrl', 'xsd:string'), opt('contextHandle', 'xsd:string', '2012-02-14')]),
  type('ServerDirectoryPublishJob', [emailSetting, opt('httpCompletionUrl', 'xsd:string')]),
  type('MetadataPublishJob', [opt('forcePublish', 'xsd:boolean')], '2013-02-15'),
  type('UploadDirectoryJob', [
    opt('destFolder', 'xsd:string'),
    req('serverDir', 'xsd:string'),
    req('overwrite', 'xsd:boolean'),
    req('readyForPublish', 'xsd:boolean'),
    preservePublishState,
    req('includeSubfolders', 'xsd:boolean'),
    req('createMask', 'xsd:boolean'),
    req('processMetadataFiles', 'xsd:boolean'),
    // Added in 4.2 (reference §9), absent from 2013-02-15 on; decision: replaced by mediaOptions in 4.5.
    opt('videoEncodingPreset', 'xsd:string', { since: '2008-09-10', until: '2010-01-31' }),
    ...uploadProcessing('directory'),
  ]),
  type('UploadUrlsJob', [
    opt('urlArray', 'types:UploadUrlArray'),
    opt('numUrls', 'xsd:int', '2010-01-31'),
    req('overwrite', 'xsd:boolean'),
    req('readyForPublish', 'xsd:boolean'),
    preservePublishState,
    req('createMask', 'xsd:boolean'),
    ...uploadProcessing('other'),
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
    ...tail('other'),
  ], '2013-02-15'),
  type('OptimizeImagesJob', [emailSetting], '2008-01-15'),
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
  ], '2013-02-15'),
  type('ReprocessAssetsJob', [
    req('assetHandleArray', 'types:HandleArray'),
    opt('readyForPublish', 'xsd:boolean', '2008-09-10'),
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
    // Not in the real 2013-02-15 WSDL's ReprocessAssetsJob; in the docs (2014-04-03) and the beta.
    opt('unsharpMaskOptions', 'types:UnsharpMaskOptions', '2014-04-03'),
    excludeMasterVideo,
  ], '2008-01-15'),
  type('CreateVideoSitemapJob', [opt('forceUpdate', 'xsd:boolean')], '2010-01-31'),
  type('ExportJob', [
    req('assetHandleArray', 'types:HandleArray'),
    req('fmt', 'xsd:string'),
    opt('is_modifier', 'xsd:string'),
    opt('macro', 'xsd:string'),
    emailSetting,
    opt('clientId', 'xsd:string'),
  ], '2012-02-14'),
  type('AutomatedSetGenerationJob', [
    req('assetHandleArray', 'types:HandleArray'),
    opt('destFolder', 'xsd:string'),
    req('readyForPublish', 'xsd:boolean'),
    req('autoSetCreationOptions', 'types:AutoSetCreationOptions'),
    emailSetting,
  ], '2013-02-15'),
];

/**
 * Assets and their info blocks, as the real 2013-02-15 WSDL declares them
 * (names, order, types, cardinality). Most info blocks describe a stored file
 * and share one of four shapes; the helpers below name those shapes.
 * Releases: the pre-4.0 Asset is that of the classes generated from the pre-4.0
 * WSDL (reference §0.1 PHP); later additions are dated by the change logs
 * (DOC change-log/), the earliest one that names them; "ours²" where none does
 * (then the first release with evidence: the real 2013-02-15 WSDL).
 */
import { arrayOf, opt, req, type, type ComplexType, type When } from './model.js';

const fileFields = [opt('originalPath', 'xsd:string'), opt('originalFile', 'xsd:string'), opt('fileSize', 'xsd:long')];
const optimizedFields = [opt('optimizedPath', 'xsd:string'), opt('optimizedFile', 'xsd:string')];
/** A stored source file. */
const fileInfo = (name: string, w?: When): ComplexType => type(name, fileFields, w);
/** A source file with an optimized (pyramid TIFF) copy. */
const optimizedFileInfo = (name: string, w?: When): ComplexType => type(name, [...fileFields, ...optimizedFields], w);
/** A source file with a rendered preview image and its optimized copy. */
const renderedFileInfo = (name: string): ComplexType =>
  type(name, [...fileFields, opt('imagePath', 'xsd:string'), opt('imageFile', 'xsd:string'), ...optimizedFields]);
/** A served URL with its modifiers (templates, watermarks, layer views). */
const urlInfo = (name: string, w?: When): ComplexType =>
  type(name, [opt('url', 'xsd:string'), opt('urlModifier', 'xsd:string'), opt('urlPostApplyModifier', 'xsd:string')], w);

export const assetTypes: readonly ComplexType[] = [
  type('Metadata', [
    req('name', 'xsd:string'),
    req('value', 'xsd:string'),
    opt('boolVal', 'xsd:boolean'),
    opt('longVal', 'xsd:long'),
    opt('doubleVal', 'xsd:double'),
    opt('dateVal', 'xsd:dateTime'),
    opt('valueArray', 'types:StringArray'),
  ]),
  arrayOf('MetadataArray', 'types:Metadata'),
  type('ZoomTarget', [
    opt('zoomTargetHandle', 'xsd:string'),
    opt('name', 'xsd:string'),
    opt('xPosition', 'xsd:int'),
    opt('yPosition', 'xsd:int'),
    opt('width', 'xsd:int'),
    opt('height', 'xsd:int'),
    opt('userData', 'xsd:string'),
    opt('position', 'xsd:int'),
    opt('lastModified', 'xsd:dateTime'),
  ]),
  arrayOf('ZoomTargetArray', 'types:ZoomTarget'),
  type('Mask', [
    opt('maskHandle', 'xsd:string'),
    opt('name', 'xsd:string'),
    opt('maskPath', 'xsd:string'),
    opt('maskFile', 'xsd:string'),
    opt('lastModified', 'xsd:dateTime'),
  ]),
  arrayOf('MaskArray', 'types:Mask'),
  type('ImageMap', [
    opt('imageMapHandle', 'xsd:string'),
    opt('name', 'xsd:string'),
    opt('region', 'xsd:string'),
    opt('action', 'xsd:string'),
    opt('shapeType', 'xsd:string'),
    opt('position', 'xsd:int'),
    opt('enabled', 'xsd:boolean'),
    opt('lastModified', 'xsd:dateTime'),
  ]),
  arrayOf('ImageMapArray', 'types:ImageMap'),
  type('ImageInfo', [
    opt('originalPath', 'xsd:string'),
    opt('originalFile', 'xsd:string'),
    opt('optimizedPath', 'xsd:string'),
    opt('optimizedFile', 'xsd:string'),
    opt('maskPath', 'xsd:string'),
    opt('maskFile', 'xsd:string'),
    opt('width', 'xsd:int'),
    opt('height', 'xsd:int'),
    opt('fileSize', 'xsd:long'),
    opt('resolution', 'xsd:double'),
    opt('sku', 'xsd:string'),
    opt('description', 'xsd:string'),
    opt('comments', 'xsd:string'),
    opt('userData', 'xsd:string'),
    opt('anchorX', 'xsd:int'),
    opt('anchorY', 'xsd:int'),
    opt('urlModifier', 'xsd:string'),
    opt('urlPostApplyModifier', 'xsd:string'),
    opt('zoomTargets', 'types:ZoomTargetArray'),
    opt('masks', 'types:MaskArray'),
    opt('imageMaps', 'types:ImageMapArray'),
  ]),
  // 4.0 change log: setUrlModifier and urlModifier fields for LayerViewInfo (layer views: createDerivedAsset).
  urlInfo('LayerViewInfo', '2008-01-15'),
  urlInfo('TemplateInfo'),
  urlInfo('WatermarkInfo'),
  type('RenderSceneInfo', [
    opt('url', 'xsd:string'),
  ]),
  renderedFileInfo('VignetteInfo'),
  renderedFileInfo('CabinetInfo'),
  renderedFileInfo('WindowCoveringInfo'),
  fileInfo('IccProfileInfo'),
  fileInfo('FontInfo'),
  fileInfo('XslInfo'),
  // Viewer presets' settings (4.0, below).
  type('ConfigSetting', [
    req('name', 'xsd:string'),
    opt('value', 'xsd:string'),
    opt('handle', 'xsd:string'),
  ], '2008-01-15'),
  arrayOf('ConfigSettingArray', 'types:ConfigSetting', '2008-01-15'),
  // 4.0 change log: ViewerPreset operations.
  type('ViewerPresetInfo', [
    opt('type', 'xsd:string'),
    opt('configSettingArray', 'types:ConfigSettingArray'),
  ], '2008-01-15'),
  fileInfo('ViewerSwfInfo'),
  fileInfo('XmlInfo'),
  fileInfo('SvgInfo'),
  // No change log names FXG: ours², from the real 2013-02-15 WSDL.
  fileInfo('FxgInfo', '2013-02-15'),
  // 4.2 change log, new type PdfSettings.
  fileInfo('PdfSettingsInfo', '2008-09-10'),
  fileInfo('ZipInfo'),
  renderedFileInfo('VideoInfo'),
  fileInfo('AcoInfo'),
  fileInfo('PdfInfo'),
  optimizedFileInfo('PsdInfo'),
  fileInfo('FlashInfo'),
  fileInfo('InDesignInfo'),
  // 4.0 change log: the Illustrator, PostScript, Word, Excel, PowerPoint and RTF asset types, and fileSize on their
  // info types (4.2 lists RTFInfo again); "Added MaskInfo type to Asset" (4.2 again).
  fileInfo('PostScriptInfo', '2008-01-15'),
  fileInfo('IllustratorInfo', '2008-01-15'),
  fileInfo('WordInfo', '2008-01-15'),
  fileInfo('ExcelInfo', '2008-01-15'),
  fileInfo('PowerPointInfo', '2008-01-15'),
  fileInfo('RTFInfo', '2008-01-15'),
  type('MaskInfo', [
    opt('maskPath', 'xsd:string'),
    opt('maskFile', 'xsd:string'),
  ], '2008-01-15'),
  // 4.2 change log, new types AudioInfo, CuePointInfo, PremeierExpressRemixInfo (sic).
  fileInfo('PremiereExpressRemixInfo', '2008-09-10'),
  fileInfo('CuePointInfo', '2008-09-10'),
  fileInfo('AudioInfo', '2008-09-10'),
  // 4.4 change log, new type AssetSetInfo.
  type('AssetSetInfo', [
    opt('setDefinition', 'xsd:string'),
  ], '2009-07-31'),
  fileInfo('MasterVideoInfo', '2013-02-15'),
  // 4.5 change log: Asset animatedGifInfo, swcInfo, cssInfo, javascriptInfo (6.0 lists them again).
  optimizedFileInfo('AnimatedGifInfo', '2010-01-31'),
  fileInfo('SwcInfo', '2010-01-31'),
  fileInfo('CssInfo', '2010-01-31'),
  fileInfo('JavascriptInfo', '2010-01-31'),
  type('Permission', [
    opt('groupHandle', 'xsd:string'),
    opt('groupName', 'xsd:string'),
    opt('permissionType', 'xsd:string'),
    opt('isAllowed', 'xsd:boolean'),
    opt('isOverride', 'xsd:boolean'),
  ]),
  arrayOf('PermissionArray', 'types:Permission'),
  type('Asset', [
    opt('assetHandle', 'xsd:string'),
    opt('type', 'xsd:string'),
    // 4.4 change log: Asset subtype.
    opt('subType', 'xsd:string', '2009-07-31'),
    opt('name', 'xsd:string'),
    // 4.5 change log: "Asset includes a new fileName field" (6.0 lists it again).
    opt('fileName', 'xsd:string', '2010-01-31'),
    opt('folder', 'xsd:string'),
    opt('folderHandle', 'xsd:string'),
    // In the pre-4.0 classes already (the 4.2 change log lists it as added).
    opt('readyForPublish', 'xsd:boolean'),
    // 4.2 change log: Asset trashState.
    opt('trashState', 'xsd:string', '2008-09-10'),
    opt('projects', 'xsd:string'),
    opt('ipsImageUrl', 'xsd:string'),
    opt('created', 'xsd:dateTime'),
    opt('createUser', 'xsd:string'),
    opt('lastModified', 'xsd:dateTime'),
    opt('lastModifyUser', 'xsd:string'),
    opt('metadataArray', 'types:MetadataArray'),
    opt('imageInfo', 'types:ImageInfo'),
    opt('layerViewInfo', 'types:LayerViewInfo', '2008-01-15'),
    opt('templateInfo', 'types:TemplateInfo'),
    opt('watermarkInfo', 'types:WatermarkInfo'),
    opt('renderSceneInfo', 'types:RenderSceneInfo'),
    opt('vignetteInfo', 'types:VignetteInfo'),
    opt('cabinetInfo', 'types:CabinetInfo'),
    opt('windowCoveringInfo', 'types:WindowCoveringInfo'),
    opt('iccProfileInfo', 'types:IccProfileInfo'),
    opt('fontInfo', 'types:FontInfo'),
    opt('xslInfo', 'types:XslInfo'),
    opt('viewerPresetInfo', 'types:ViewerPresetInfo', '2008-01-15'),
    opt('viewerSwfInfo', 'types:ViewerSwfInfo'),
    opt('xmlInfo', 'types:XmlInfo'),
    opt('svgInfo', 'types:SvgInfo'),
    opt('fxgInfo', 'types:FxgInfo', '2013-02-15'),
    opt('pdfSettingsInfo', 'types:PdfSettingsInfo', '2008-09-10'),
    opt('zipInfo', 'types:ZipInfo'),
    opt('videoInfo', 'types:VideoInfo'),
    opt('acoInfo', 'types:AcoInfo'),
    opt('pdfInfo', 'types:PdfInfo'),
    opt('psdInfo', 'types:PsdInfo'),
    opt('flashInfo', 'types:FlashInfo'),
    opt('inDesignInfo', 'types:InDesignInfo'),
    opt('postScriptInfo', 'types:PostScriptInfo', '2008-01-15'),
    opt('illustratorInfo', 'types:IllustratorInfo', '2008-01-15'),
    opt('wordInfo', 'types:WordInfo', '2008-01-15'),
    opt('excelInfo', 'types:ExcelInfo', '2008-01-15'),
    opt('powerPointInfo', 'types:PowerPointInfo', '2008-01-15'),
    opt('rtfInfo', 'types:RTFInfo', '2008-01-15'),
    opt('maskInfo', 'types:MaskInfo', '2008-01-15'),
    opt('premiereExpressRemixInfo', 'types:PremiereExpressRemixInfo', '2008-09-10'),
    opt('cuePointInfo', 'types:CuePointInfo', '2008-09-10'),
    opt('audioInfo', 'types:AudioInfo', '2008-09-10'),
    opt('assetSetInfo', 'types:AssetSetInfo', '2009-07-31'),
    // No change log names it: ours², from the real 2013-02-15 WSDL (as fxgInfo).
    opt('masterVideoInfo', 'types:MasterVideoInfo', '2013-02-15'),
    opt('animatedGifInfo', 'types:AnimatedGifInfo', '2010-01-31'),
    opt('swcInfo', 'types:SwcInfo', '2010-01-31'),
    opt('cssInfo', 'types:CssInfo', '2010-01-31'),
    opt('javascriptInfo', 'types:JavascriptInfo', '2010-01-31'),
    opt('permissions', 'types:PermissionArray'),
  ]),
];

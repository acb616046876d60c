/** Option types referenced by the job details (reference §7.17, §7.19), in WSDL order. */
import { arrayOf, opt, req, type, type ComplexType } from './model.js';

export const optionTypes: readonly ComplexType[] = [
  arrayOf('StringArray', 'xsd:string'),
  arrayOf('HandleArray', 'xsd:string'),
  type('UploadUrl', [req('sourceUrl', 'xsd:string'), req('destPath', 'xsd:string')]),
  arrayOf('UploadUrlArray', 'types:UploadUrl'),
  type('ManualCropOptions', [
    req('left', 'xsd:int'),
    req('right', 'xsd:int'),
    req('top', 'xsd:int'),
    req('bottom', 'xsd:int'),
  ]),
  type('AutoColorCropOptions', [req('corner', 'xsd:string'), req('tolerance', 'xsd:double')]),
  type('AutoTransparentCropOptions', [req('tolerance', 'xsd:double')]),
  type(
    'KnockoutBackgroundOptions',
    [req('corner', 'xsd:string'), opt('tolerance', 'xsd:double'), req('fillMethod', 'xsd:string')],
    'v6_8',
  ),
  type('PhotoshopLayerOptions', [
    opt('layerNaming', 'xsd:string'),
    opt('anchor', 'xsd:string'),
    opt('createTemplate', 'xsd:boolean'),
    opt('extractText', 'xsd:boolean'),
    opt('extendLayers', 'xsd:boolean'),
  ], 'v4_5'),
  // The 4.5+ shape (process first, then layerOptions: WSDL order, not the docs' order).
  type('PhotoshopOptions', [opt('process', 'xsd:string', 'v4_5'), opt('layerOptions', 'types:PhotoshopLayerOptions', 'v4_5')]),
  type('PostScriptOptions', [
    opt('process', 'xsd:string', 'v4_0'),
    opt('resolution', 'xsd:double'),
    opt('colorspace', 'xsd:string'),
    opt('alpha', 'xsd:boolean', 'v4_0'),
    opt('extractSearchWords', 'xsd:boolean'),
  ]),
  type('PDFOptions', [
    opt('process', 'xsd:string'),
    opt('resolution', 'xsd:double'),
    opt('colorspace', 'xsd:string'),
    opt('pdfCatalog', 'xsd:boolean'),
    opt('extractSearchWords', 'xsd:boolean'),
    opt('extractLinks', 'xsd:boolean'),
  ], 'v4_0'),
  type('IllustratorOptions', [
    opt('process', 'xsd:string'),
    opt('resolution', 'xsd:double'),
    opt('colorspace', 'xsd:string', undefined, ['colorSpace']),
    opt('alpha', 'xsd:boolean'),
  ], 'v4_0'),
  type('ColorManagementOptions', [
    req('colorManagement', 'xsd:string'),
    opt('sourceProfileHandle', 'xsd:string'),
    opt('outputProfileHandle', 'xsd:string'),
  ]),
  type('UnsharpMaskOptions', [
    opt('amount', 'xsd:double'),
    opt('radius', 'xsd:double'),
    opt('threshold', 'xsd:int'),
    opt('monochrome', 'xsd:int'),
  ], 'v6_8'),
  type('ThumbnailOptions', [opt('thumbnailTime', 'xsd:long')], 'v6_8'),
  type('MediaOptions', [
    opt('videoEncodingPresetsArray', 'types:HandleArray'),
    opt('generateThumbnail', 'xsd:boolean'),
    opt('thumbnailOptions', 'types:ThumbnailOptions'),
  ], 'v6_8'),
  type('AutoSetCreationOptions', [opt('autoSetsArray', 'types:HandleArray')], 'v4_4'),
  type('UnCompressOptions', [req('process', 'xsd:string')], 'v6_8'),
  type('InDesignOptions', [opt('process', 'xsd:string')], 'v6_8'),
];

/**
 * Option types referenced by the job details (reference §7.17, §7.19), in WSDL
 * order. Media and InDesign options are in the real 2010-01-31 answers; items
 * first seen in the real 2013-02-15 WSDL say 2013-02-15.
 */
import { arrayOf, moved, opt, req, type, type ComplexType } from './model.js';

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
    '2013-02-15',
  ),
  type('PhotoshopLayerOptions', [
    opt('layerNaming', 'xsd:string'),
    opt('anchor', 'xsd:string'),
    opt('createTemplate', 'xsd:boolean'),
    opt('extractText', 'xsd:boolean'),
    opt('extendLayers', 'xsd:boolean'),
  ], '2010-01-31'),
  // PhotoshopOptions changed shape in 4.5. The stored form is the 4.5+ one (process first, then
  // layerOptions: WSDL order, not the docs' order); the older elements read and write into it.
  type('PhotoshopOptions', [
    // Pre-4.0 (PHP classes): maintainLayers, layerNaming, anchor.
    moved(opt('maintainLayers', 'xsd:boolean', { until: '2010-01-31' }), { path: ['process'], values: [[true, 'MaintainLayers'], [false, 'None']] }),
    moved(opt('layerNaming', 'xsd:string', { until: '2010-01-31' }), { path: ['layerOptions', 'layerNaming'] }),
    moved(opt('anchor', 'xsd:string', { until: '2010-01-31' }), { path: ['layerOptions', 'anchor'] }),
    // Decision: the Photoshop flags 4.0 added (reference §9) are appended to the 4.0-4.4 shape.
    moved(opt('createTemplate', 'xsd:boolean', { since: '2008-01-15', until: '2010-01-31' }), { path: ['layerOptions', 'createTemplate'] }),
    moved(opt('extractText', 'xsd:boolean', { since: '2008-01-15', until: '2010-01-31' }), { path: ['layerOptions', 'extractText'] }),
    moved(opt('extendLayers', 'xsd:boolean', { since: '2008-01-15', until: '2010-01-31' }), { path: ['layerOptions', 'extendLayers'] }),
    opt('process', 'xsd:string', '2010-01-31'),
    opt('layerOptions', 'types:PhotoshopLayerOptions', '2010-01-31'),
  ]),
  type('PostScriptOptions', [
    opt('process', 'xsd:string', '2008-01-15'),
    opt('resolution', 'xsd:double'),
    opt('colorspace', 'xsd:string'),
    opt('alpha', 'xsd:boolean', '2008-01-15'),
    opt('extractSearchWords', 'xsd:boolean'),
  ]),
  type('PDFOptions', [
    opt('process', 'xsd:string'),
    opt('resolution', 'xsd:double'),
    opt('colorspace', 'xsd:string'),
    opt('pdfCatalog', 'xsd:boolean'),
    opt('extractSearchWords', 'xsd:boolean'),
    opt('extractLinks', 'xsd:boolean'),
  ], '2008-01-15'),
  type('IllustratorOptions', [
    opt('process', 'xsd:string'),
    opt('resolution', 'xsd:double'),
    opt('colorspace', 'xsd:string', undefined, ['colorSpace']),
    opt('alpha', 'xsd:boolean'),
  ], '2008-01-15'),
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
  ], '2013-02-15'),
  type('ThumbnailOptions', [opt('thumbnailTime', 'xsd:long')], '2010-01-31'),
  type('MediaOptions', [
    opt('videoEncodingPresetsArray', 'types:HandleArray'),
    opt('generateThumbnail', 'xsd:boolean'),
    opt('thumbnailOptions', 'types:ThumbnailOptions'),
  ], '2010-01-31'),
  type('AutoSetCreationOptions', [opt('autoSetsArray', 'types:HandleArray')], '2009-07-31'),
  type('UnCompressOptions', [req('process', 'xsd:string')], '2013-02-15'),
  type('InDesignOptions', [opt('process', 'xsd:string')], '2010-01-31'),
];

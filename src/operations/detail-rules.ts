/**
 * Rules a job detail must follow beyond its XSD type (reference §7.18, §8):
 * constant-valued fields as a table, and the "at most one of" groups.
 * A violation is ipsApiFault 30001 naming the field and the allowed values.
 */
import { fault } from '../faults/catalogue.js';

const EMAIL = ['All', 'Error', 'ErrorAndWarning', 'JobCompletion', 'None'];
const CORNER = ['BottomLeft', 'BottomRight', 'UpperLeft', 'UpperRight'];
const COLORSPACE = ['Auto', 'Rgb', 'Cmyk', 'Gray'];

/** Field name → allowed values; the same name means the same constant set wherever it appears. */
const CONSTANTS: Readonly<Record<string, readonly string[]>> = {
  emailSetting: EMAIL,
  publishType: ['Full', 'FullWithSearch', 'Incremental'],
  corner: CORNER,
  fillMethod: ['FloodFill', 'MatchPixel'],
  colorManagement: ['Default', 'MaintainOriginal', 'Convert'],
  layerNaming: ['LayerName', 'AppendNumber', 'AppendName', 'Folders'],
  anchor: ['Center', 'North', 'Northwest', 'West', 'Southwest', 'South', 'Southeast', 'East', 'Northeast'],
  colorspace: COLORSPACE,
  fmt: ['orig', 'convert'],
};

/** `process` depends on its option type. */
const PROCESS: Readonly<Record<string, readonly string[]>> = {
  photoshopOptions: ['None', 'MaintainLayers'],
  postScriptOptions: ['None', 'Rasterize'],
  pdfOptions: ['None', 'Rasterize', 'Thumbnail'],
  illustratorOptions: ['None', 'Rasterize'],
  unCompressOptions: ['None', 'UnCompress'],
};

const EXCLUSIVE: ReadonlyArray<readonly string[]> = [
  ['manualCropOptions', 'autoColorCropOptions', 'autoTransparentCropOptions'],
  ['postImageServingPublishJob', 'postImageRenderingPublishJob', 'postVideoPublishJob'],
];

export function checkDetailRules(value: unknown, path: string, parentKey = ''): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkDetailRules(v, `${path}[${i + 1}]`, parentKey));
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  for (const group of EXCLUSIVE) {
    const present = group.filter((k) => k in obj);
    if (present.length > 1) throw fault('invalidParameter', `${path} may have at most one of ${group.join(', ')}; got ${present.join(' and ')}`);
  }
  for (const [key, v] of Object.entries(obj)) {
    const allowed = key === 'process' ? PROCESS[parentKey] : CONSTANTS[key];
    if (allowed && typeof v === 'string' && !allowed.includes(v)) {
      throw fault('invalidParameter', `${path}/${key} '${v}' is not one of: ${allowed.join(', ')}`);
    }
    checkDetailRules(v, `${path}/${key}`, key);
  }
}

/**
 * The IPS constant lists (reference §8), each written once. The faker draws
 * from them, the request validator and the fixture loader accept only them,
 * and the key unions are derived from them, so the three cannot disagree.
 */

/** Email Setting Constants (reference §8.6). */
export const EMAIL_SETTINGS = ['All', 'Error', 'ErrorAndWarning', 'JobCompletion', 'None'] as const;
/** Publish Type constants of ImageServingPublishJob (reference §7.18). */
export const PUBLISH_TYPES = ['Full', 'FullWithSearch', 'Incremental'] as const;
export const CORNERS = ['UpperLeft', 'UpperRight', 'BottomLeft', 'BottomRight'] as const;
export const FILL_METHODS = ['FloodFill', 'MatchPixel'] as const;
export const COLOR_MANAGEMENT_MODES = ['Default', 'MaintainOriginal', 'Convert'] as const;
export const LAYER_NAMING = ['LayerName', 'AppendNumber', 'AppendName', 'Folders'] as const;
export const ANCHORS = ['Center', 'North', 'Northwest', 'West', 'Southwest', 'South', 'Southeast', 'East', 'Northeast'] as const;
export const COLORSPACES = ['Auto', 'Rgb', 'Cmyk', 'Gray'] as const;
/** ExportJob fmt: the original file or a converted one. */
export const EXPORT_FORMATS = ['orig', 'convert'] as const;

/** `process` of each option type (its allowed values depend on the type). */
export const PROCESS_BY_OPTION = {
  photoshopOptions: ['None', 'MaintainLayers'],
  postScriptOptions: ['None', 'Rasterize'],
  pdfOptions: ['None', 'Rasterize', 'Thumbnail'],
  illustratorOptions: ['None', 'Rasterize'],
  unCompressOptions: ['None', 'UnCompress'],
} as const;

/** Element name → allowed values; the same element name means the same constant set wherever it appears. */
export const FIELD_CONSTANTS: Readonly<Record<string, readonly string[]>> = {
  emailSetting: EMAIL_SETTINGS,
  publishType: PUBLISH_TYPES,
  corner: CORNERS,
  fillMethod: FILL_METHODS,
  colorManagement: COLOR_MANAGEMENT_MODES,
  layerNaming: LAYER_NAMING,
  anchor: ANCHORS,
  colorspace: COLORSPACES,
  fmt: EXPORT_FORMATS,
};

/** Groups of detail elements of which at most one may be given (reference §7.18). */
export const EXCLUSIVE_GROUPS: ReadonlyArray<readonly string[]> = [
  ['manualCropOptions', 'autoColorCropOptions', 'autoTransparentCropOptions'],
  ['postImageServingPublishJob', 'postImageRenderingPublishJob', 'postVideoPublishJob'],
];

/** Active Job State constants (reference §8.1). */
export const ACTIVE_STATES = ['New', 'WaitingCoordinator', 'WaitingClient', 'Running', 'Stopping', 'Done'] as const;
export type ActiveState = (typeof ACTIVE_STATES)[number];

/** Trigger states of a scheduled job. */
export const TRIGGER_STATES = ['Normal', 'Paused'] as const;
export type TriggerState = (typeof TRIGGER_STATES)[number];

/** User roles (reference §6.0.1). */
export const ROLES = [
  'IpsAdmin', 'IpsCompanyAdmin', 'IpsUser', 'WebServiceUser', 'TrialSiteAdmin',
  'TrialSiteUser', 'ImagePortalAdmin', 'ImagePortalUser', 'ImagePortalContrib', 'ImagePortalContribUser',
] as const;
export type Role = (typeof ROLES)[number];

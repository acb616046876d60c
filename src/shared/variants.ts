/**
 * The job variants as one table (a leaf module every folder may read): for
 * each job-detail element, its Job Types constant, the log types its job log
 * uses, the asset types of its files, the asynchronous tasks it reports, how
 * many files it handles and where they are named, whether it waits for its
 * client, and how long a submitted job takes in each phase. Everything
 * variant-specific outside the detail fakers is read from here.
 */
import { detailElements } from '../schema/detail-elements.js';

import type { JobDetail } from '../schema/wire-types.js';

/** A job-detail element's content in WSDL element names (checked against the schema where it enters). */
export type Detail = JobDetail;

export interface PhaseDurations {
  /** In state New (queued). */
  readonly newMs: number;
  /** In state WaitingCoordinator. */
  readonly coordinatorMs: number;
  /** In state WaitingClient (upload post only: waiting for the client's files). */
  readonly clientMs: number;
  /** In state Running (progress 0 → 100). */
  readonly runMs: number;
}

/** The detail array whose items name the job's files (one item per file). */
type FileListElement = 'urlArray' | 'assetHandleArray' | 'pdfHandleArray';

export interface Variant {
  /** How faked jobs' original names start, e.g. Publish-3e41464d (the run's name adds the submit time). */
  readonly nameStem: string;
  /** Job Types constant (reference §8.2; ours where §11.7 leaves it open). */
  readonly jobType: string;
  /** Job Log Types for the begin line, per-file outcomes and the end line (reference §8.3). */
  readonly log: { readonly begin: string; readonly success: string; readonly warning: string; readonly error: string; readonly end: string };
  /** Catalogue key of a successful file line (log.success.<kind>). */
  readonly successMessage: 'upload' | 'publish' | 'export' | 'optimize' | 'metadata' | 'sets';
  /** Catalogue key of the running progress message (progress.Running.<kind>). */
  readonly progressMessage: 'files' | 'publish' | 'export';
  /** Job Log File Types of the files it handles (reference §8.4). */
  readonly assetTypes: readonly string[];
  /** File extensions its files carry. */
  readonly extensions: readonly string[];
  /**
   * TaskProgress/taskType of the asynchronous task groups reported in taskProgressArray while
   * running: the server's task-monitor Java classes, in the captured style
   * (com.scene7.upload.UploadAsyncTaskMonitor, com.scene7.autoset.AutoSetAsyncTaskMonitor).
   */
  readonly taskTypes: readonly string[];
  /** Whether files arrive from the client (transfer counts are meaningful). */
  readonly transfers: boolean;
  /** Default durations of a submitted job: it is Done within 30 s of real time. */
  readonly durations: PhaseDurations;
  /** How many files a faked job handles (bounded so responses stay small). */
  readonly files: { readonly min: number; readonly max: number };
  /** The detail array naming the files, when the variant has one: a submitted job handles exactly those. */
  readonly filesNamedBy?: FileListElement;
  /** Waits in WaitingClient for the client's files (only jobs created by the upload servlet do). */
  readonly waitsForClient: boolean;
}

const many = { min: 3, max: 60 };
const few = { min: 2, max: 8 };
const quick = (runMs: number, clientMs = 0): PhaseDurations => ({ newMs: 1_000, coordinatorMs: 1_000, clientMs, runMs });

const upload = { begin: 'BeginUpload', success: 'UploadSuccess', warning: 'UploadWarning', error: 'UploadError', end: 'EndUpload' };
const isPublish = {
  begin: 'BeginImageServingPublish',
  success: 'ImageServingPublishSuccess',
  warning: 'ImageServingPublishWarning',
  error: 'ImageServingPublishError',
  end: 'EndImageServingPublish',
};
const irPublish = {
  begin: 'BeginImageRenderingPublish',
  success: 'ImageRenderingPublishSuccess',
  warning: 'ImageRenderingPublishError',
  error: 'ImageRenderingPublishError',
  end: 'EndImageRenderingPublish',
};
const videoPublish = { begin: 'BeginVideoPublish', success: 'VideoPublishSuccess', warning: 'VideoPublishWarning', error: 'VideoPublishError', end: 'EndVideoPublish' };
const reoptimize = { begin: 'BeginReoptimize', success: 'ReoptimizeSuccess', warning: 'ReoptimizeFailure', error: 'ReoptimizeFailure', end: 'EndReoptimize' };
const images = ['MasterImage'];
/** Task monitors: the first two are in the captures (an UrlUpload job), the others are named in their style. */
const task = {
  upload: 'com.scene7.upload.UploadAsyncTaskMonitor',
  autoSet: 'com.scene7.autoset.AutoSetAsyncTaskMonitor',
  videoTranscode: 'com.scene7.video.VideoTranscodeAsyncTaskMonitor',
  videoPublish: 'com.scene7.video.VideoPublishAsyncTaskMonitor',
  videoSitemap: 'com.scene7.video.VideoSitemapAsyncTaskMonitor',
} as const;
const imageExt = ['jpg', 'tif', 'png', 'psd'];

const TABLE = {
  imageServingPublishJob: {
    nameStem: 'Publish', jobType: 'ImageServingPublish', log: isPublish, successMessage: 'publish', progressMessage: 'publish',
    assetTypes: ['OptimizedImage', 'ImageSet', 'SpinSet'], extensions: imageExt, taskTypes: [], transfers: false, durations: quick(12_000),
    files: many, waitsForClient: false,
  },
  imageRenderingPublishJob: {
    nameStem: 'RenderPublish', jobType: 'ImageRenderingPublish', log: irPublish, successMessage: 'publish', progressMessage: 'publish',
    assetTypes: ['Vignette', 'Cabinet', 'WindowCovering'], extensions: ['vnt', 'cab'], taskTypes: [], transfers: false, durations: quick(10_000),
    files: many, waitsForClient: false,
  },
  videoPublishJob: {
    nameStem: 'VideoPublish', jobType: 'VideoPublish', log: videoPublish, successMessage: 'publish', progressMessage: 'publish',
    assetTypes: ['Video'], extensions: ['mp4', 'mov'], taskTypes: [task.videoTranscode, task.videoPublish], transfers: false, durations: quick(20_000),
    files: many, waitsForClient: false,
  },
  serverDirectoryPublishJob: {
    nameStem: 'ServerDirPublish', jobType: 'ServerDirectoryPublish',
    log: { begin: 'BeginServerDirectoryPublish', success: 'ServerDirectoryPublishSuccess', warning: 'ServerDirectoryPublishWarning', error: 'ServerDirectoryPublishError', end: 'EndServerDirectoryPublish' },
    successMessage: 'publish', progressMessage: 'publish', assetTypes: ['OptimizedImage', 'Template', 'SpinSet'], extensions: ['tif', 'xml'], taskTypes: [], transfers: false, durations: quick(10_000),
    files: many, waitsForClient: false,
  },
  metadataPublishJob: {
    nameStem: 'MetadataPublish', jobType: 'MetadataPublish',
    log: { begin: 'BeginMetadata', success: 'MetadataSuccess', warning: 'MetadataFailure', error: 'MetadataFailure', end: 'EndMetadata' },
    successMessage: 'metadata', progressMessage: 'publish', assetTypes: ['Xml'], extensions: ['jpg', 'tif'], taskTypes: [], transfers: false, durations: quick(6_000),
    files: many, waitsForClient: false,
  },
  uploadDirectoryJob: {
    nameStem: 'UploadDir', jobType: 'UploadFromServerDirectory', log: upload, successMessage: 'upload', progressMessage: 'files',
    assetTypes: ['MasterImage', 'Video', 'Pdf'], extensions: ['jpg', 'tif', 'mp4', 'pdf'], taskTypes: [task.upload, task.videoTranscode], transfers: true, durations: quick(15_000),
    files: many, waitsForClient: false,
  },
  uploadUrlsJob: {
    nameStem: 'UrlUpload', jobType: 'UrlUpload',
    log: { begin: 'BeginUploadUrls', success: 'UploadSuccess', warning: 'UploadWarning', error: 'UploadError', end: 'EndUploadUrls' },
    successMessage: 'upload', progressMessage: 'files', assetTypes: images, extensions: ['jpg', 'png'], taskTypes: [task.upload, task.autoSet], transfers: true, durations: quick(10_000),
    files: few, filesNamedBy: 'urlArray', waitsForClient: false,
  },
  uploadPostJob: {
    nameStem: 'uploadFileServlet', jobType: 'UploadPost', log: upload, successMessage: 'upload', progressMessage: 'files',
    assetTypes: ['MasterImage', 'Video'], extensions: ['jpg', 'png', 'mp4'], taskTypes: [task.upload, task.videoTranscode], transfers: true, durations: quick(8_000, 5_000),
    files: many, waitsForClient: true,
  },
  optimizeImagesJob: {
    nameStem: 'Optimize', jobType: 'ImageOptimization', log: reoptimize, successMessage: 'optimize', progressMessage: 'files',
    assetTypes: ['OptimizedImage'], extensions: imageExt, taskTypes: [], transfers: false, durations: quick(10_000),
    files: many, waitsForClient: false,
  },
  ripPdfsJob: {
    nameStem: 'RipPdfs', jobType: 'RipPdfs',
    log: { begin: 'BeginPdfRip', success: 'UploadSuccess', warning: 'UploadWarning', error: 'PdfRipError', end: 'EndUpload' },
    successMessage: 'upload', progressMessage: 'files', assetTypes: ['Pdf', 'Catalog'], extensions: ['pdf'], taskTypes: [], transfers: false, durations: quick(12_000),
    files: few, filesNamedBy: 'pdfHandleArray', waitsForClient: false,
  },
  reprocessAssetsJob: {
    nameStem: 'Reprocess', jobType: 'ReprocessAssets', log: reoptimize, successMessage: 'optimize', progressMessage: 'files',
    assetTypes: ['MasterImage', 'Pdf'], extensions: ['jpg', 'tif', 'pdf'], taskTypes: [], transfers: false, durations: quick(12_000),
    files: many, filesNamedBy: 'assetHandleArray', waitsForClient: false,
  },
  createVideoSitemapJob: {
    nameStem: 'VideoSitemap', jobType: 'CreateVideoSitemap', log: videoPublish, successMessage: 'publish', progressMessage: 'publish',
    assetTypes: ['Video', 'Xml'], extensions: ['mp4'], taskTypes: [task.videoSitemap], transfers: false, durations: quick(6_000),
    files: many, waitsForClient: false,
  },
  exportJob: {
    nameStem: 'Export', jobType: 'Export',
    log: { begin: 'BeginGet', success: 'ReturnSuccess', warning: 'GetFailure', error: 'GetFailure', end: 'EndGet' },
    successMessage: 'export', progressMessage: 'export', assetTypes: images, extensions: ['jpg', 'tif'], taskTypes: [], transfers: false, durations: quick(8_000),
    files: few, filesNamedBy: 'assetHandleArray', waitsForClient: false,
  },
  automatedSetGenerationJob: {
    nameStem: 'AutoSets', jobType: 'AutomatedSetGeneration', log: upload, successMessage: 'sets', progressMessage: 'files',
    assetTypes: ['ImageSet', 'SpinSet'], extensions: ['jpg'], taskTypes: [task.autoSet], transfers: false, durations: quick(6_000),
    files: few, filesNamedBy: 'assetHandleArray', waitsForClient: false,
  },
} satisfies Record<string, Variant>;

/** The detail element names, derived from the table. */
export type VariantKey = keyof typeof TABLE;
export const VARIANTS: Readonly<Record<VariantKey, Variant>> = TABLE;

export const isVariantKey = (s: string): s is VariantKey => Object.hasOwn(VARIANTS, s);

/** Variants in WSDL order. */
export const VARIANT_KEYS: readonly VariantKey[] = detailElements.map((d) => d.element).filter(isVariantKey);
if (VARIANT_KEYS.length !== Object.keys(VARIANTS).length) throw new Error('variants.ts: the table and the schema\'s detail elements disagree');

/** The items of the detail array that names the variant's files, when it has one and it is given. */
export function filesNamedIn(variant: VariantKey, detail: Detail): readonly unknown[] | undefined {
  const list = VARIANTS[variant].filesNamedBy;
  const value = list === undefined ? undefined : detail[list];
  return typeof value === 'object' && value !== null && 'items' in value && Array.isArray(value.items) ? value.items : undefined;
}

/**
 * Where each job-detail element may appear, and from which release (reference
 * §6.1, §7.1, §7.3, §9). ActiveJob, ScheduledJob and submitJobParam each carry
 * a block of optional detail elements in this order; exactly one is used.
 */
import { opt, type Feature, type Field } from './model.js';

export type DetailContainer = 'submitJobParam' | 'ActiveJob' | 'ScheduledJob';

export interface DetailElement {
  readonly element: string;
  readonly type: string;
  /** Feature per container; `null` = never in that container; `undefined` = every version. */
  readonly in: Readonly<Record<DetailContainer, Feature | null | undefined>>;
}

const everywhere = (feature?: Feature) => ({ submitJobParam: feature, ActiveJob: feature, ScheduledJob: feature });

/** WSDL order (the generated beta code's order, reference §10 #13). */
export const detailElements: readonly DetailElement[] = [
  { element: 'imageServingPublishJob', type: 'ImageServingPublishJob', in: everywhere() },
  { element: 'imageRenderingPublishJob', type: 'ImageRenderingPublishJob', in: everywhere() },
  { element: 'videoPublishJob', type: 'VideoPublishJob', in: everywhere() },
  { element: 'serverDirectoryPublishJob', type: 'ServerDirectoryPublishJob', in: everywhere() },
  { element: 'metadataPublishJob', type: 'MetadataPublishJob', in: everywhere('beta') },
  { element: 'uploadDirectoryJob', type: 'UploadDirectoryJob', in: everywhere() },
  { element: 'uploadUrlsJob', type: 'UploadUrlsJob', in: everywhere() },
  // Upload-post jobs are created by the UploadFile servlet and are never scheduled.
  { element: 'uploadPostJob', type: 'UploadPostJob', in: { submitJobParam: null, ActiveJob: 'v6_8', ScheduledJob: null } },
  { element: 'optimizeImagesJob', type: 'OptimizeImagesJob', in: everywhere('v4_0') },
  { element: 'ripPdfsJob', type: 'RipPdfsJob', in: everywhere('v6_8') },
  { element: 'reprocessAssetsJob', type: 'ReprocessAssetsJob', in: everywhere('v4_0') },
  { element: 'createVideoSitemapJob', type: 'CreateVideoSitemapJob', in: everywhere('beta') },
  { element: 'exportJob', type: 'ExportJob', in: everywhere('v6_0') },
  // The docs list it for submitJob; only the beta code has it inside ActiveJob/ScheduledJob.
  { element: 'automatedSetGenerationJob', type: 'AutomatedSetGenerationJob', in: { submitJobParam: 'v6_8', ActiveJob: 'beta', ScheduledJob: 'beta' } },
];

export const detailFields = (container: DetailContainer): Field[] =>
  detailElements
    .filter((d) => d.in[container] !== null)
    .map((d) => opt(d.element, `types:${d.type}`, d.in[container] ?? undefined));

/**
 * Where each job-detail element may appear, and from which release (reference
 * §6.1, §7.1, §7.3, §9; the real 2013-02-15 WSDL). ActiveJob, ScheduledJob and
 * submitJobParam each carry a block of optional detail elements in this order;
 * exactly one is used.
 */
import { opt, type Field } from './model.js';
import type { Availability, ReleaseId } from './releases.js';

export type DetailContainer = 'submitJobParam' | 'ActiveJob' | 'ScheduledJob';

export interface DetailElement {
  readonly element: string;
  readonly type: string;
  /** Availability per container; `null` = never in that container. */
  readonly in: Readonly<Record<DetailContainer, Availability | null>>;
}

const everywhere = (since?: ReleaseId) => {
  const a: Availability = since ? { since } : {};
  return { submitJobParam: a, ActiveJob: a, ScheduledJob: a };
};

/** WSDL order (the real 2013-02-15 WSDL's order; the beta code agrees, reference §10 #13). */
export const detailElements: readonly DetailElement[] = [
  { element: 'imageServingPublishJob', type: 'ImageServingPublishJob', in: everywhere() },
  { element: 'imageRenderingPublishJob', type: 'ImageRenderingPublishJob', in: everywhere() },
  { element: 'videoPublishJob', type: 'VideoPublishJob', in: everywhere() },
  { element: 'serverDirectoryPublishJob', type: 'ServerDirectoryPublishJob', in: everywhere() },
  // No change log names it; the real 2013-02-15 WSDL is the first evidence.
  { element: 'metadataPublishJob', type: 'MetadataPublishJob', in: everywhere('2013-02-15') },
  { element: 'uploadDirectoryJob', type: 'UploadDirectoryJob', in: everywhere() },
  { element: 'uploadUrlsJob', type: 'UploadUrlsJob', in: everywhere() },
  // Upload-post jobs are created by the UploadFile servlet and are never scheduled.
  { element: 'uploadPostJob', type: 'UploadPostJob', in: { submitJobParam: null, ActiveJob: { since: '2013-02-15' }, ScheduledJob: null } },
  { element: 'optimizeImagesJob', type: 'OptimizeImagesJob', in: everywhere('2008-01-15') },
  { element: 'ripPdfsJob', type: 'RipPdfsJob', in: everywhere('2013-02-15') },
  { element: 'reprocessAssetsJob', type: 'ReprocessAssetsJob', in: everywhere('2008-01-15') },
  // Listed among the 4.5 "restricted use" additions (reference §9).
  { element: 'createVideoSitemapJob', type: 'CreateVideoSitemapJob', in: everywhere('2010-01-31') },
  { element: 'exportJob', type: 'ExportJob', in: everywhere('2012-02-14') },
  { element: 'automatedSetGenerationJob', type: 'AutomatedSetGenerationJob', in: everywhere('2013-02-15') },
];

export const detailFields = (container: DetailContainer): Field[] =>
  detailElements
    .filter((d) => d.in[container] !== null)
    .map((d) => opt(d.element, `types:${d.type}`, d.in[container] ?? undefined));

/**
 * How submitted jobs act on the company's catalogue, on the job's own
 * timeline: the files (or assets) a job handles are planned against the
 * catalogue at submit time (JobSpec.plan), its log lists exactly those, and
 * each file's change is applied when its log line is written (catalogue
 * effects; a stop cancels the ones after it).
 *
 * - Upload jobs (URLs, server directory, upload post) create an asset per
 *   file in its destination folder. Asset names (file name without
 *   extension) are unique in a company: a clash updates that asset when
 *   `overwrite` is true (FileUpdated, same handle), else the file is skipped
 *   (DuplicateSkipped). A file type IPS would not take is an UploadError.
 * - Publish jobs publish the company's assets that are marked for publish
 *   (images; videos for video publish) and record it in their publish history.
 */
import type { AssetRecord, AssetType, Catalogue, CatalogueEffect } from '../../data/catalogue/catalogue.js';
import type { JobRun, PlannedFile } from '../../lifecycle/job-run.js';
import { runFiles } from '../../lifecycle/run-files.js';
import { hashSeed } from '../../shared/seeded.js';
import type { Detail, VariantKey } from '../../shared/variants.js';
import { normalizeFolderPath } from './catalogue-scope.js';

/** File extensions by asset type, with the Job Log File Type a log line shows (reference §8.4). */
const BY_EXTENSION: Readonly<Record<string, { type: AssetType; logType: string }>> = {
  ...Object.fromEntries(['jpg', 'jpeg', 'png', 'tif', 'tiff', 'psd', 'gif', 'bmp', 'webp'].map((e) => [e, { type: 'Image' as const, logType: 'MasterImage' }])),
  ...Object.fromEntries(['mp4', 'mov', 'm4v', 'avi', 'wmv', 'flv', 'webm', 'mpg', 'mpeg'].map((e) => [e, { type: 'Video' as const, logType: 'Video' }])),
  pdf: { type: 'Pdf', logType: 'Pdf' },
};

const UPLOADS: ReadonlySet<VariantKey> = new Set(['uploadUrlsJob', 'uploadDirectoryJob', 'uploadPostJob']);
const PUBLISHES: Readonly<Partial<Record<VariantKey, { types: readonly AssetType[]; server: string; format: string }>>> = {
  imageServingPublishJob: { types: ['Image'], server: 'ImageServing', format: 'Image Serving' },
  imageRenderingPublishJob: { types: ['Image'], server: 'ImageRendering', format: 'Image Rendering' },
  videoPublishJob: { types: ['Video'], server: 'VideoServer', format: 'Video' },
  serverDirectoryPublishJob: { types: ['Image', 'Pdf'], server: 'ServerDirectory', format: 'Server Directory' },
};
/** A publish job handles at most this many assets, the size of a faked one (the rest stay as they are), which keeps its log cheap to read. */
const MAX_PUBLISHED = 60;

export const actsOnCatalogue = (variant: VariantKey): boolean => UPLOADS.has(variant) || variant in PUBLISHES;

export interface Upload {
  /** Where the file goes: a folder path (full or below the root) ending in the file name. */
  readonly destPath: string;
}

/**
 * The files a job will handle, planned against the catalogue as it is now
 * (and against `earlier` files of the same job not yet in it: an upload
 * servlet job's earlier POSTs).
 */
export function planFiles(cat: Catalogue, variant: VariantKey, detail: Detail, uploads: readonly Upload[], earlier: readonly PlannedFile[] = []): PlannedFile[] {
  if (UPLOADS.has(variant)) return planUploads(cat, uploads, detail.overwrite !== false, earlier);
  const publish = PUBLISHES[variant];
  if (!publish) return [];
  return [...cat.assets.values()]
    .filter((a) => a.publishState === 'MarkedForPublish' && publish.types.includes(a.type))
    // The most recently changed first: those are the ones a publish is for.
    .sort((a, b) => b.lastModified - a.lastModified || (a.handle < b.handle ? -1 : 1))
    .slice(0, MAX_PUBLISHED)
    .map((a) => ({ path: `${a.folder}${a.fileName}`, assetName: a.name, assetHandle: a.handle, assetType: a.type === 'Video' ? 'Video' : a.type === 'Pdf' ? 'Pdf' : 'OptimizedImage', outcome: 'success' }));
}

function planUploads(cat: Catalogue, uploads: readonly Upload[], overwrite: boolean, earlier: readonly PlannedFile[]): PlannedFile[] {
  const planned = new Map<string, string>(earlier.filter((p) => p.assetHandle !== '').map((p) => [p.assetName, p.assetHandle]));
  return uploads.map(({ destPath }): PlannedFile => {
    const slash = destPath.lastIndexOf('/');
    const folder = normalizeFolderPath(cat, destPath.slice(0, slash + 1), 'destPath');
    const fileName = destPath.slice(slash + 1);
    const dot = fileName.lastIndexOf('.');
    const assetName = dot > 0 ? fileName.slice(0, dot) : fileName;
    const kind = BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()];
    const path = `${folder}${fileName}`;
    if (!kind || dot <= 0) return { path, assetName, assetHandle: '', assetType: 'NoType', outcome: 'error', aux: ['aux.error.unsupportedFormat'] };
    const existing = planned.get(assetName) ?? cat.assetByName(assetName)?.handle;
    if (existing) return { path, assetName, assetHandle: existing, assetType: kind.logType, outcome: overwrite ? 'update' : 'duplicate' };
    const handle = cat.nextAssetHandle();
    planned.set(assetName, handle);
    return { path, assetName, assetHandle: handle, assetType: kind.logType, outcome: 'success' };
  });
}

/** Size of an uploaded file, drawn from its path (the mock never sees the bytes of a URL upload). */
function drawnSize(type: AssetType, path: string): { width: number; height: number; fileSize: number } {
  const h = hashSeed('upload', path);
  if (type === 'Video') return { width: 1920, height: 1080, fileSize: 5_000_000 + (h % 200_000_000) };
  if (type === 'Pdf') return { width: 2550, height: 3300, fileSize: 200_000 + (h % 20_000_000) };
  const width = 1000 + (h % 3000);
  return { width, height: Math.round(width * 0.75), fileSize: width * width };
}

/** The catalogue changes of a run's files, each at the instant its log line is written. */
export function effectsOf(run: JobRun, seed: number, sizes?: ReadonlyMap<string, number>): CatalogueEffect[] {
  const stoppedAt = () => run.stop?.at;
  const publish = PUBLISHES[run.variant];
  return runFiles(run, seed).flatMap((file): CatalogueEffect[] => {
    if (publish) {
      return [{ at: file.at, stoppedAt, apply: (c) => void c.assets.get(file.assetHandle)?.publishHistory.push({ serverName: publish.server, contextName: 'Default', publishFormat: publish.format, at: file.at }) }];
    }
    if (file.outcome !== 'success' && file.outcome !== 'update') return [];
    const slash = file.path.lastIndexOf('/');
    const folder = file.path.slice(0, slash + 1);
    const fileName = file.path.slice(slash + 1);
    // Files of other kinds were already planned as UploadError; none of them reaches the catalogue.
    const kind = BY_EXTENSION[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()];
    if (!kind) return [];
    const size = drawnSize(kind.type, file.path);
    const fileSize = sizes?.get(file.path) ?? size.fileSize;
    const apply = (c: Catalogue) => {
      const existing = c.assets.get(file.assetHandle);
      if (existing) {
        c.touchFolder(existing.folder, file.at);
        Object.assign(existing, { folder, fileName, lastModified: file.at, lastModifyUser: run.submitUserEmail, ...size, fileSize } satisfies Partial<AssetRecord>);
        c.addFolder(folder, file.at);
        c.touchFolder(folder, file.at);
        return;
      }
      if (c.assetByName(file.assetName) && file.outcome === 'success') return; // taken meanwhile: the plan's clash rule applies at submit time
      c.addAsset({
        handle: file.assetHandle,
        name: file.assetName,
        type: kind.type,
        folder,
        fileName,
        created: file.at,
        createUser: run.submitUserEmail,
        lastModified: file.at,
        lastModifyUser: run.submitUserEmail,
        publishState: run.detail.readyForPublish === false ? 'NotMarkedForPublish' : 'MarkedForPublish',
        ...size,
        fileSize,
        publishHistory: [],
      });
    };
    return [{ at: file.at, stoppedAt, apply }];
  });
}

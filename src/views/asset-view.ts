/**
 * Catalogue records → the WSDL's Asset, Folder and AssetSummary shapes, with
 * info blocks like the real service's (capture get_assets_by_name--hat_asset):
 * an image has its original and optimized (pyramid TIFF) files, a video its
 * poster frame and encoded copy, a PDF its file. Derived values (optimized
 * file names) come from the asset handle, so they never change.
 */
import type { AssetRecord, Catalogue, FolderRecord } from '../data/catalogue/catalogue.js';
import type { Asset, AssetSummary, Folder } from '../schema/wire-types.js';
import { hashSeed } from '../shared/seeded.js';

export const folderHandleOf = (path: string): string => `f|${path}`;

const hex = (n: number, len: number) => (n >>> 0).toString(16).padStart(8, '0').slice(0, len);

/** A stable UUID-shaped name for an asset's derived files. */
function derivedId(handle: string): string {
  const [h0 = 0, h1 = 0, h2 = 0, h3 = 0] = [1, 2, 3, 4].map((i) => hashSeed(handle, 'file', i));
  return `${hex(h0, 8)}-${hex(h1, 4)}-4${hex(h1 >>> 16, 3)}-a${hex(h2, 3)}-${hex(h3, 8)}${hex(h2 >>> 12, 4)}`;
}

function infoBlock(a: AssetRecord, c: Catalogue): Pick<Asset, 'imageInfo' | 'videoInfo' | 'pdfInfo'> {
  const id = derivedId(a.handle);
  const optimizedPath = `${c.rootPath}_optimized_/${id.slice(0, 3)}/`;
  switch (a.type) {
    case 'Image':
      return {
        imageInfo: {
          originalPath: a.folder,
          originalFile: a.fileName,
          optimizedPath,
          optimizedFile: `${id}.tif`,
          maskPath: '',
          maskFile: '',
          width: a.width,
          height: a.height,
          fileSize: a.fileSize,
          resolution: 0,
          sku: a.name,
          description: a.name,
          comments: '',
          userData: '',
          anchorX: Math.floor(a.width / 2),
          anchorY: Math.floor(a.height / 2),
          urlModifier: '',
          urlPostApplyModifier: '',
          zoomTargets: { items: [] },
          masks: { items: [] },
          imageMaps: { items: [] },
        },
      };
    case 'Video':
      return {
        videoInfo: {
          originalPath: a.folder,
          originalFile: a.fileName,
          fileSize: a.fileSize,
          imagePath: optimizedPath,
          imageFile: `${id}.jpg`,
          optimizedPath,
          optimizedFile: `${id}.mp4`,
        },
      };
    case 'Pdf':
      return { pdfInfo: { originalPath: a.folder, originalFile: a.fileName, fileSize: a.fileSize } };
  }
}

export function assetView(a: AssetRecord, c: Catalogue): Asset {
  const id = derivedId(a.handle);
  return {
    assetHandle: a.handle,
    type: a.type,
    name: a.name,
    fileName: a.fileName,
    folder: a.folder,
    folderHandle: folderHandleOf(a.folder),
    readyForPublish: a.publishState === 'MarkedForPublish',
    trashState: 'NotInTrash',
    projects: '',
    ipsImageUrl: a.type === 'Pdf' ? undefined : `image-no-ips/${c.rootPath}_optimized_/${id.slice(0, 3)}/${id}.${a.type === 'Image' ? 'tif' : 'jpg'}`,
    created: a.created,
    createUser: a.createUser,
    lastModified: a.lastModified,
    lastModifyUser: a.lastModifyUser,
    metadataArray: { items: [] },
    ...infoBlock(a, c),
  };
}

/**
 * responseFieldArray / excludeFieldArray: names of Asset fields to keep or
 * drop (a path such as `assetArray/items/name` counts by its last segment).
 */
export function selectFields(view: Asset, keep?: readonly string[], drop?: readonly string[]): Asset {
  const last = (s: string) => s.slice(s.lastIndexOf('/') + 1);
  const keepSet = keep && keep.length > 0 ? new Set(keep.map(last)) : undefined;
  const dropSet = new Set((drop ?? []).map(last));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(view)) if ((!keepSet || keepSet.has(k) || k === 'assetHandle') && !dropSet.has(k)) out[k] = v;
  return out;
}

export function summaryView(a: AssetRecord): AssetSummary {
  return {
    assetHandle: a.handle,
    type: a.type,
    name: a.name,
    folder: a.folder,
    filename: a.fileName,
    created: a.created,
    createUser: a.createUser,
    lastModified: a.lastModified,
    lastModifyUser: a.lastModifyUser,
  };
}

export function folderView(f: FolderRecord, c: Catalogue): Folder {
  return {
    folderHandle: folderHandleOf(f.path),
    path: f.path,
    lastModified: f.lastModified,
    childLastModified: f.childLastModified,
    hasSubfolders: c.subfolders(f.path).length > 0,
  };
}

/** Folders and assets a fixture file defines for a company (fields it leaves out are filled plainly). */
import type { FixtureCatalogue } from '../fixtures/fixture-format.js';
import type { Catalogue } from './catalogue.js';

const DEFAULT_SIZE = { Image: [2000, 2000], Video: [1920, 1080], Pdf: [2550, 3300] } as const;

export function fixtureCatalogue(c: Catalogue, fx: FixtureCatalogue, genesis: number): void {
  const full = (relative: string) => {
    const rel = relative.replace(/^\/+|\/+$/g, '');
    return rel ? `${c.rootPath}${rel}/` : c.rootPath;
  };
  for (const folder of fx.folders) c.addFolder(full(folder.path), genesis);
  for (const a of fx.assets) {
    const created = a.created === undefined ? genesis : Date.parse(a.created);
    const [w, h] = DEFAULT_SIZE[a.type];
    c.addAsset({
      handle: a.handle ?? c.nextAssetHandle(),
      name: a.name,
      type: a.type,
      folder: a.folder === undefined ? c.rootPath : full(a.folder),
      fileName: a.fileName ?? `${a.name}.${a.type === 'Image' ? 'jpg' : a.type === 'Video' ? 'mp4' : 'pdf'}`,
      created,
      createUser: a.createUser ?? 'fixtures@example.com',
      lastModified: created,
      lastModifyUser: a.createUser ?? 'fixtures@example.com',
      publishState: a.publishState ?? 'MarkedForPublish',
      width: a.width ?? w,
      height: a.height ?? h,
      fileSize: a.fileSize ?? 1_048_576,
      publishHistory: [],
    });
  }
}

/**
 * The faked catalogue of a company: a small folder tree and a few hundred
 * assets of the kinds jobs produce (product and banner images, campaign
 * videos, PDF catalogues), drawn from (seed, company). One faker for words
 * plus a cheap PRNG keeps creation well under 50 ms.
 */
import { seededFaker, seededRandom } from '../../shared/seeded.js';
import type { AssetRecord, AssetType, Catalogue, CatalogueSource } from './catalogue.js';

const DAY = 86_400_000;

interface Shelf {
  readonly folder: string;
  readonly type: AssetType;
  readonly count: number;
  readonly ext: readonly string[];
  /** How a name is built: product shots carry a SKU, banners a campaign word. */
  readonly naming: 'product' | 'banner' | 'video' | 'document';
}

export function fakeCatalogue(c: Catalogue, src: CatalogueSource): void {
  const f = seededFaker('en-US', src.seed, src.profile.handle, 'catalogue');
  const rnd = seededRandom(src.seed, src.profile.handle, 'catalogue-picks');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const departments = [...new Set(Array.from({ length: 6 }, () => f.commerce.department().toLowerCase().replace(/[^a-z]+/g, '-')))].slice(0, 4);
  const season = pick(['spring', 'summer', 'autumn', 'winter', 'holiday']);
  const year = new Date(src.genesis).getUTCFullYear();
  const shelves: Shelf[] = [
    ...departments.map((d): Shelf => ({ folder: `images/products/${d}/`, type: 'Image', count: int(40, 60), ext: ['jpg', 'tif', 'png'], naming: 'product' })),
    { folder: `images/banners/${season}-${year}/`, type: 'Image', count: int(15, 25), ext: ['jpg', 'psd'], naming: 'banner' },
    { folder: 'images/lifestyle/', type: 'Image', count: int(20, 30), ext: ['jpg'], naming: 'banner' },
    { folder: 'videos/campaigns/', type: 'Video', count: int(12, 20), ext: ['mp4', 'mov'], naming: 'video' },
    { folder: 'videos/how-to/', type: 'Video', count: int(6, 12), ext: ['mp4'], naming: 'video' },
    { folder: 'documents/catalogs/', type: 'Pdf', count: int(8, 14), ext: ['pdf'], naming: 'document' },
    { folder: 'documents/spec-sheets/', type: 'Pdf', count: int(10, 20), ext: ['pdf'], naming: 'document' },
  ];
  const users = Array.from({ length: 4 }, () => `${f.person.firstName().toLowerCase()}.${f.person.lastName().toLowerCase().replace(/[^a-z]+/g, '')}@${src.profile.slug}.example.com`);
  const words = Array.from({ length: 60 }, () => f.word.noun().toLowerCase().replace(/[^a-z]+/g, ''));
  const adjectives = Array.from({ length: 30 }, () => f.word.adjective().toLowerCase().replace(/[^a-z]+/g, ''));
  const earliest = src.genesis - 720 * DAY;
  c.addFolder(`${c.rootPath}images/`, earliest);
  for (const shelf of shelves) {
    const folder = `${c.rootPath}${shelf.folder}`;
    const shelfStart = earliest + int(0, 360) * DAY;
    c.addFolder(folder, shelfStart);
    for (let i = 0; i < shelf.count; i++) {
      const base = assetName(shelf.naming, pick(adjectives), pick(words), int(1000, 9999), season, year);
      let name = base;
      for (let k = 2; c.assetByName(name); k++) name = `${base}-${k}`;
      const created = shelfStart + Math.floor(rnd() * (src.genesis - shelfStart - DAY));
      const modified = Math.min(src.genesis - 1, created + (rnd() < 0.4 ? int(1, 90) * DAY : int(1, 60) * 1000));
      const [width, height] = dimensions(shelf.type, rnd);
      const record: AssetRecord = {
        handle: c.nextAssetHandle(),
        name,
        type: shelf.type,
        folder,
        fileName: `${name}.${pick(shelf.ext)}`,
        created,
        createUser: pick(users),
        lastModified: modified,
        lastModifyUser: rnd() < 0.5 ? 'image optimization' : pick(users),
        publishState: rnd() < 0.8 ? 'MarkedForPublish' : 'NotMarkedForPublish',
        width,
        height,
        fileSize: fileSize(shelf.type, width, height, rnd),
        publishHistory: [],
      };
      c.addAsset(record);
    }
  }
}

function assetName(naming: Shelf['naming'], adjective: string, noun: string, n: number, season: string, year: number): string {
  switch (naming) {
    case 'product':
      return `${adjective}-${noun}_${n}`;
    case 'banner':
      return `${season}${year}_${noun}_hero_${n % 100}`;
    case 'video':
      return `${adjective}-${noun}-video_${n % 1000}`;
    case 'document':
      return `${adjective}-${noun}_catalog_${year}`;
  }
}

function dimensions(type: AssetType, rnd: () => number): [number, number] {
  if (type === 'Video') return rnd() < 0.7 ? [1920, 1080] : [1280, 720];
  if (type === 'Pdf') return [2550, 3300];
  const w = 1200 + Math.floor(rnd() * 18) * 200;
  return [w, Math.round(w * (rnd() < 0.5 ? 1 : rnd() < 0.5 ? 1.25 : 0.5625))];
}

function fileSize(type: AssetType, w: number, h: number, rnd: () => number): number {
  if (type === 'Video') return 8_000_000 + Math.floor(rnd() * 240_000_000);
  if (type === 'Pdf') return 300_000 + Math.floor(rnd() * 24_000_000);
  return Math.floor(w * h * (0.35 + rnd() * 1.5));
}

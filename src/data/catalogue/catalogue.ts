/**
 * One company's folders and assets, in memory. Paths are full IPS paths that
 * start with the company's root (`<name>/`) and end in `/`. Asset names (IPS
 * "asset IDs") are unique within a company. Jobs change the catalogue through
 * scheduled effects that are applied, in time order, when the catalogue is
 * read at a later clock reading — so it agrees with the job logs at any instant.
 */
import type { CompanyProfile } from '../fake/company-profile.js';
import type { FixtureCatalogue } from '../fixtures/fixture-format.js';
import { fakeCatalogue } from './fake-catalogue.js';
import { fixtureCatalogue } from './fixture-catalogue.js';
import { hashSeed } from '../../shared/seeded.js';

/** Memory bounds per company (documented in README "Folders and assets"). */
const MAX_ASSETS_PER_COMPANY = 25_000;
const MAX_FOLDERS_PER_COMPANY = 2_000;

export type AssetType = 'Image' | 'Video' | 'Pdf';
type PublishState = 'MarkedForPublish' | 'NotMarkedForPublish';

interface PublishRecord {
  readonly serverName: string;
  readonly contextName: string;
  readonly publishFormat: string;
  readonly at: number;
}

export interface AssetRecord {
  readonly handle: string;
  name: string;
  readonly type: AssetType;
  folder: string;
  /** The uploaded file's name, e.g. `jacket_0412.jpg`. */
  fileName: string;
  readonly created: number;
  readonly createUser: string;
  lastModified: number;
  lastModifyUser: string;
  publishState: PublishState;
  /** Pixel size (images, videos), bytes, duration (videos, ms), pages (PDFs). */
  width: number;
  height: number;
  fileSize: number;
  readonly publishHistory: PublishRecord[];
}

export interface FolderRecord {
  path: string;
  readonly created: number;
  lastModified: number;
  childLastModified: number;
}

/** A change a job makes at an instant, unless the job was stopped before then. */
export interface CatalogueEffect {
  readonly at: number;
  readonly stoppedAt: () => number | undefined;
  readonly apply: (c: Catalogue) => void;
}

export interface CatalogueSource {
  readonly seed: number;
  readonly profile: CompanyProfile;
  readonly genesis: number;
  readonly fixtures?: FixtureCatalogue;
  readonly fake: boolean;
}

export class CatalogueFull extends Error {
  override readonly name = 'CatalogueFull';
}

export class Catalogue {
  readonly rootPath: string;
  readonly folders = new Map<string, FolderRecord>();
  readonly assets = new Map<string, AssetRecord>();
  /** Names are unique unless a rename skipped validation (validateName=false), so a name can hold several assets. */
  private readonly byName = new Map<string, AssetRecord[]>();
  private readonly pending: CatalogueEffect[] = [];
  private appliedTo = -Infinity;
  private sequence: number;

  constructor(
    readonly companyHandle: string,
    companyName: string,
    seed: number,
    genesis: number,
  ) {
    this.rootPath = `${companyName}/`;
    this.sequence = 10_000_000 + (hashSeed(seed, companyHandle, 'asset-sequence') % 80_000_000);
    this.folders.set(this.rootPath, { path: this.rootPath, created: genesis, lastModified: genesis, childLastModified: genesis });
  }

  /** A fresh asset handle, `a|<number>` (the form real 2014-04-03 answers show). */
  nextAssetHandle(): string {
    this.sequence += 1;
    return `a|${this.sequence}`;
  }

  /** Applies every job effect due by `now`, in time order. */
  advance(now: number): void {
    if (now <= this.appliedTo && this.pending.length === 0) return;
    this.pending.sort((a, b) => a.at - b.at);
    while (this.pending.length > 0 && this.pending[0]!.at <= now) {
      const e = this.pending.shift()!;
      const stopped = e.stoppedAt();
      try {
        if (stopped === undefined || e.at <= stopped) e.apply(this);
      } catch (err) {
        // A full catalogue drops the job's new asset (its log still lists the file); anything else is a bug.
        if (!(err instanceof CatalogueFull)) throw err;
      }
    }
    this.appliedTo = now;
  }

  schedule(effects: readonly CatalogueEffect[]): void {
    this.pending.push(...effects);
  }

  assetByName(name: string): AssetRecord | undefined {
    return this.byName.get(name)?.[0];
  }

  assetsByName(name: string): readonly AssetRecord[] {
    return this.byName.get(name) ?? [];
  }

  private index(a: AssetRecord): void {
    const list = this.byName.get(a.name);
    if (list) list.push(a);
    else this.byName.set(a.name, [a]);
  }

  private unindex(a: AssetRecord): void {
    const list = this.byName.get(a.name)?.filter((x) => x !== a);
    if (list && list.length > 0) this.byName.set(a.name, list);
    else this.byName.delete(a.name);
  }

  addFolder(path: string, at: number): FolderRecord {
    const existing = this.folders.get(path);
    if (existing) return existing;
    const parent = parentPath(path);
    if (parent !== undefined && !this.folders.has(parent)) this.addFolder(parent, at);
    if (this.folders.size >= MAX_FOLDERS_PER_COMPANY) throw new CatalogueFull(`a company holds at most ${MAX_FOLDERS_PER_COMPANY} folders in ips-mock`);
    const f: FolderRecord = { path, created: at, lastModified: at, childLastModified: at };
    this.folders.set(path, f);
    this.touchFolder(parent, at);
    return f;
  }

  addAsset(a: AssetRecord): void {
    if (this.assets.size >= MAX_ASSETS_PER_COMPANY) throw new CatalogueFull(`a company holds at most ${MAX_ASSETS_PER_COMPANY} assets in ips-mock`);
    this.addFolder(a.folder, a.created);
    this.assets.set(a.handle, a);
    this.index(a);
    this.touchFolder(a.folder, a.created);
  }

  renameAsset(a: AssetRecord, name: string): void {
    this.unindex(a);
    a.name = name;
    this.index(a);
  }

  removeAsset(a: AssetRecord, at: number): void {
    this.assets.delete(a.handle);
    this.unindex(a);
    this.touchFolder(a.folder, at);
  }

  /** The folder's own record changes (lastModified) and its parents see a changed child. */
  touchFolder(path: string | undefined, at: number): void {
    if (path === undefined) return;
    const f = this.folders.get(path);
    if (f) f.lastModified = Math.max(f.lastModified, at);
    for (let p = parentPath(path); p !== undefined; p = parentPath(p)) {
      const parent = this.folders.get(p);
      if (parent) parent.childLastModified = Math.max(parent.childLastModified, at);
    }
  }

  /** Renames a folder: its path and every path below it (folders and assets) change; handles follow paths. */
  moveFolder(from: string, to: string, at: number): void {
    for (const f of [...this.folders.values()]) {
      if (!f.path.startsWith(from)) continue;
      this.folders.delete(f.path);
      f.path = to + f.path.slice(from.length);
      this.folders.set(f.path, f);
    }
    for (const a of this.assets.values()) if (a.folder.startsWith(from)) a.folder = to + a.folder.slice(from.length);
    this.touchFolder(to, at);
  }

  /** Deletes a folder with everything below it. */
  removeFolder(path: string, at: number): void {
    for (const a of [...this.assets.values()]) if (a.folder.startsWith(path)) this.removeAsset(a, at);
    for (const p of [...this.folders.keys()]) if (p.startsWith(path)) this.folders.delete(p);
    this.touchFolder(parentPath(path), at);
  }

  /** Direct subfolders of `path`. */
  subfolders(path: string): FolderRecord[] {
    return [...this.folders.values()].filter((f) => parentPath(f.path) === path);
  }
}

/** `a/b/c/` → `a/b/`; the root has no parent. */
export function parentPath(path: string): string | undefined {
  const i = path.lastIndexOf('/', path.length - 2);
  return i < 0 ? undefined : path.slice(0, i + 1);
}

export function createCatalogue(src: CatalogueSource): Catalogue {
  const c = new Catalogue(src.profile.handle, src.profile.name, src.seed, src.genesis);
  if (src.fake) fakeCatalogue(c, src);
  if (src.fixtures) fixtureCatalogue(c, src.fixtures, src.genesis);
  return c;
}

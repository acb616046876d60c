/**
 * Serialized responses of read-only operations, reused while nothing they
 * depend on has changed: same request, same tenant revisions, and a clock still
 * inside the window in which the tenants' views are stable. Data is a pure
 * function of (seed, request, clock), so a hit is byte-identical to a miss.
 */
import type { XmlBody } from '../serialize/xml-body.js';

export interface CachedResponse {
  /** UTF-8 bytes of the envelope, encoded once: in one buffer, or (a large answer) as its pieces, shared with the serializer's kept pieces. */
  readonly body: Buffer | XmlBody;
  readonly state: string;
  readonly from: number;
  readonly until: number;
  gzipped?: Buffer;
}

/**
 * Bounded by entries and by bytes (keys and bodies; a gzip copy, made on first
 * use, adds about a fifth). An answer larger than an eighth of the byte budget
 * is not kept: one huge answer must not flush everything else.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = 32 * 1024 * 1024,
    private readonly capacity = 512,
  ) {}

  private static size(key: string, e: CachedResponse): number {
    return key.length * 2 + e.body.length;
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= ResponseCache.size(key, old);
  }

  get(key: string, state: string, now: number): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e || e.state !== state || now < e.from || now >= e.until) return undefined;
    // Refresh recency (Map keeps insertion order: the first key is the least recent).
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  set(key: string, entry: CachedResponse): void {
    this.remove(key);
    const size = ResponseCache.size(key, entry);
    if (size > this.maxBytes / 8) return;
    this.entries.set(key, entry);
    this.bytes += size;
    while (this.entries.size > this.capacity || this.bytes > this.maxBytes) this.remove(this.entries.keys().next().value!);
  }

  /** Bytes held (keys and bodies). */
  get heldBytes(): number {
    return this.bytes;
  }

  /** Forgets every answer (after a reset, tenants start again at revision 0). */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * Serialized responses of read-only operations, reused while nothing they
 * depend on has changed: same request, same tenant revisions, and a clock still
 * inside the window in which the tenants' views are stable. Data is a pure
 * function of (seed, request, clock), so a hit is byte-identical to a miss.
 */
export interface CachedResponse {
  /** UTF-8 bytes of the envelope, encoded once. */
  readonly body: Buffer;
  readonly state: string;
  readonly from: number;
  readonly until: number;
  gzipped?: Buffer;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly capacity = 512) {}

  get(key: string, state: string, now: number): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e || e.state !== state || now < e.from || now >= e.until) return undefined;
    // Refresh recency (Map keeps insertion order: the first key is the least recent).
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

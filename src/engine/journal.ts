/**
 * The request journal: the last `limit` request records, oldest first.
 * Bounded so a long-running mock cannot grow without limit (the WireMock
 * journal's failure, wiremock #29); what fell out is counted in `dropped`.
 */
import { Exchanges, type Exchange } from './exchanges.js';
import type { ResponseBody } from './response-body.js';
import type { RequestRecord } from './record.js';

export interface JournalFilter {
  readonly operation?: string;
  readonly company?: string;
  readonly user?: string;
  /** A namespace URI, or an API version id such as 2014-04-03. */
  readonly namespace?: string;
  /** Only requests received at or after this real-time instant (ms). */
  readonly since?: number;
  /** At most this many, the most recent ones. */
  readonly limit?: number;
}

const matches = (r: RequestRecord, f: JournalFilter): boolean =>
  (f.operation === undefined || r.operation === f.operation) &&
  (f.company === undefined || r.company === f.company) &&
  (f.user === undefined || r.user?.toLowerCase() === f.user.toLowerCase()) &&
  (f.namespace === undefined || r.namespace === f.namespace || r.apiVersion === f.namespace) &&
  (f.since === undefined || Date.parse(r.receivedAt) >= f.since);

export class Journal {
  private records: RequestRecord[] = [];
  private droppedCount = 0;
  private nextId = 1;
  private readonly exchanges = new Exchanges();

  /** `limit` 0 keeps nothing (records are still made, for the response). */
  constructor(readonly limit: number) {}

  newId(): number {
    return this.nextId++;
  }

  /** Keeps the record, and the call's bodies while they fit (exchanges.ts). */
  add(record: RequestRecord, bodies?: { readonly request: string | Buffer; readonly response: ResponseBody }): void {
    if (this.limit <= 0) {
      this.droppedCount += 1;
      return;
    }
    this.records.push(record);
    if (bodies) this.exchanges.add(record.id, bodies.request, bodies.response);
    if (this.records.length > this.limit) {
      this.exchanges.delete(this.records.shift()!.id);
      this.droppedCount += 1;
    }
  }

  /** The request and response bodies of a journaled call, while kept. */
  exchange(id: number): Exchange | undefined {
    return this.exchanges.get(id);
  }

  find(filter: JournalFilter = {}): RequestRecord[] {
    const all = this.records.filter((r) => matches(r, filter));
    return filter.limit === undefined ? all : all.slice(Math.max(0, all.length - filter.limit));
  }

  count(filter: JournalFilter = {}): number {
    let n = 0;
    for (const r of this.records) if (matches(r, filter)) n += 1;
    return n;
  }

  clear(): void {
    this.records = [];
    this.exchanges.clear();
    this.droppedCount = 0;
  }

  /** Records pushed out by the bound since the last clear. */
  get dropped(): number {
    return this.droppedCount;
  }

  get size(): number {
    return this.records.length;
  }
}

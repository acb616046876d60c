/**
 * The request journal: the last `limit` request records, oldest first.
 * Bounded so a long-running mock cannot grow without limit (the WireMock
 * journal's failure, wiremock #29); what fell out is counted in `dropped`.
 *
 * Records are kept as JSON in a byte log, with their short bodies beside
 * them, and read back when asked for: kept as objects they were most of the
 * garbage collector's work under load (byte-log.ts). What the filters need
 * is kept in columns, one array per field, so finding records reads no JSON
 * but the records found.
 */
import { ByteLog } from './byte-log.js';
import { BodyKind, exchangeText, keptBody, TOTAL_BYTES, type Exchange, type KeptBody, type Raw } from './exchanges.js';
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

/** A body's kind once the byte cap let it go. */
const GONE = -1;

export class Journal {
  private readonly log = new ByteLog();
  /**
   * The records held are those at index `head` and after, in every column; the columns are cut
   * down now and then (compact), so letting the oldest go costs nothing per record.
   */
  private head = 0;
  private ids: number[] = [];
  private receivedMs: number[] = [];
  /** Where each record's JSON starts in the log; its request and response bytes follow it. */
  private positions: number[] = [];
  /** Three per record: the bytes of its JSON, request and response in the log. */
  private lengths: number[] = [];
  /** Two per record: how its request and response are kept (BodyKind), or GONE. */
  private kinds: number[] = [];
  /** What each record's bodies count against TOTAL_BYTES. */
  private sizes: number[] = [];
  private operations: Array<string | undefined> = [];
  private companies: Array<string | undefined> = [];
  private users: Array<string | undefined> = [];
  private namespaces: Array<string | undefined> = [];
  private apiVersions: Array<string | undefined> = [];
  /** Bodies too long to copy, by record id. */
  private readonly held = new Map<number, { request?: Raw; response?: Raw }>();
  private bodyBytes = 0;
  /** Records before this index have no bodies any more (the oldest go first). */
  private bodiesFrom = 0;
  private droppedCount = 0;
  private nextId = 1;

  /** `limit` 0 keeps nothing (records are still made, for the response). */
  constructor(readonly limit: number) {}

  newId(): number {
    return this.nextId++;
  }

  /** Keeps the record, and the call's bodies while they fit. */
  add(record: RequestRecord, bodies?: { readonly request: string | Buffer; readonly response: ResponseBody }): void {
    if (this.limit <= 0) {
      this.droppedCount += 1;
      return;
    }
    const json = JSON.stringify(record);
    const jsonLength = Buffer.byteLength(json);
    const request = bodies ? keptBody(bodies.request) : undefined;
    const response = bodies ? keptBody(bodies.response) : undefined;
    const parts: Array<string | Uint8Array> = [json, ...(request?.parts ?? []), ...(response?.parts ?? [])];
    const partLengths = [jsonLength, ...(request?.lengths ?? []), ...(response?.lengths ?? [])];
    this.positions.push(this.log.append(parts, partLengths));
    this.ids.push(record.id);
    this.receivedMs.push(Date.parse(record.receivedAt));
    this.lengths.push(jsonLength, logged(request), logged(response));
    this.kinds.push(request?.kind ?? GONE, response?.kind ?? GONE);
    this.sizes.push((request?.size ?? 0) + (response?.size ?? 0));
    this.operations.push(record.operation);
    this.companies.push(record.company);
    this.users.push(record.user);
    this.namespaces.push(record.namespace);
    this.apiVersions.push(record.apiVersion);
    if (request?.held !== undefined || response?.held !== undefined) this.held.set(record.id, { request: request?.held, response: response?.held });
    this.bodyBytes += this.sizes[this.sizes.length - 1]!;
    if (this.ids.length - this.head > this.limit) this.dropOldest();
    while (this.bodyBytes > TOTAL_BYTES && this.bodiesFrom < this.ids.length) this.dropBodies(this.bodiesFrom++);
  }

  /** The request and response bodies of a journaled call, while kept. */
  exchange(id: number): Exchange | undefined {
    const i = this.indexOf(id);
    if (i === undefined || this.kinds[2 * i] === GONE) return undefined;
    const at = this.positions[i]! + this.lengths[3 * i]!;
    const requestLength = this.lengths[3 * i + 1]!;
    const held = this.held.get(id);
    return exchangeText(
      { kind: this.kinds[2 * i] as BodyKind, logged: this.log.read(at, requestLength), held: held?.request },
      { kind: this.kinds[2 * i + 1] as BodyKind, logged: this.log.read(at + requestLength, this.lengths[3 * i + 2]!), held: held?.response },
    );
  }

  find(filter: JournalFilter = {}): RequestRecord[] {
    const found: number[] = [];
    for (let i = this.head; i < this.ids.length; i++) if (this.matches(i, filter)) found.push(i);
    const chosen = filter.limit === undefined ? found : found.slice(Math.max(0, found.length - filter.limit));
    return chosen.map((i) => JSON.parse(this.log.read(this.positions[i]!, this.lengths[3 * i]!).toString('utf8')) as RequestRecord);
  }

  count(filter: JournalFilter = {}): number {
    let n = 0;
    for (let i = this.head; i < this.ids.length; i++) if (this.matches(i, filter)) n += 1;
    return n;
  }

  clear(): void {
    this.log.clear();
    this.head = 0;
    this.bodiesFrom = 0;
    this.ids = [];
    this.receivedMs = [];
    this.positions = [];
    this.lengths = [];
    this.kinds = [];
    this.sizes = [];
    this.operations = [];
    this.companies = [];
    this.users = [];
    this.namespaces = [];
    this.apiVersions = [];
    this.held.clear();
    this.bodyBytes = 0;
    this.droppedCount = 0;
  }

  /** Records pushed out by the bound since the last clear. */
  get dropped(): number {
    return this.droppedCount;
  }

  get size(): number {
    return this.ids.length - this.head;
  }

  private matches(i: number, f: JournalFilter): boolean {
    return (
      (f.operation === undefined || this.operations[i] === f.operation) &&
      (f.company === undefined || this.companies[i] === f.company) &&
      (f.user === undefined || this.users[i]?.toLowerCase() === f.user.toLowerCase()) &&
      (f.namespace === undefined || this.namespaces[i] === f.namespace || this.apiVersions[i] === f.namespace) &&
      (f.since === undefined || this.receivedMs[i]! >= f.since)
    );
  }

  /** Ids only grow, so a record is found by binary search. */
  private indexOf(id: number): number | undefined {
    let lo = this.head;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.ids[mid]!;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private dropBodies(i: number): void {
    if (this.kinds[2 * i] === GONE) return;
    this.bodyBytes -= this.sizes[i]!;
    this.kinds[2 * i] = GONE;
    this.kinds[2 * i + 1] = GONE;
    this.held.delete(this.ids[i]!);
  }

  private dropOldest(): void {
    this.dropBodies(this.head);
    this.head += 1;
    this.bodiesFrom = Math.max(this.bodiesFrom, this.head);
    this.droppedCount += 1;
    if (this.head < this.ids.length) this.log.release(this.positions[this.head]!);
    if (this.head >= 1024 && this.head * 2 >= this.ids.length) this.compact();
  }

  /** Cuts the records let go out of every column. */
  private compact(): void {
    const n = this.head;
    for (const column of [this.ids, this.receivedMs, this.positions, this.sizes, this.operations, this.companies, this.users, this.namespaces, this.apiVersions]) {
      column.splice(0, n);
    }
    this.lengths.splice(0, 3 * n);
    this.kinds.splice(0, 2 * n);
    this.bodiesFrom -= n;
    this.head = 0;
  }
}

/** The bytes a body takes in the log (none when held). */
const logged = (body: KeptBody | undefined): number => (body === undefined ? 0 : body.lengths.reduce((n, l) => n + l, 0));

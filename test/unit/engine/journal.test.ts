/**
 * The journal over its byte log: records read back as they were made, the bound by count, the bodies'
 * byte cap (the oldest bodies go first, their records stay), and memory that stays bounded as records go.
 */
import { describe, expect, it } from 'vitest';
import { Journal } from '../../../src/engine/journal.js';
import type { RequestRecord } from '../../../src/engine/record.js';
import { XmlBody } from '../../../src/serialize/xml-body.js';
import { XmlPiece } from '../../../src/serialize/xml-piece.js';

const NS = 'http://www.scene7.com/IpsApi/xsd/2014-04-03';

function record(id: number, over: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id,
    receivedAt: new Date(Date.UTC(2026, 10, 30, 12, 0, id)).toISOString(),
    clock: '2026-11-28T10:00:00.000Z',
    transport: { method: 'POST', path: '/scene7/services/IpsApiService', soapAction: 'submitJob', bytes: 512 },
    soapVersion: '1.1',
    namespace: NS,
    apiVersion: '2014-04-03',
    operation: 'submitJob',
    user: 'ips@example.com',
    company: 'c|2101',
    params: { companyHandle: 'c|2101', jobName: 'j', optimizeImagesJob: { emailSetting: 'None' } },
    status: 200,
    outcome: { kind: 'result', cached: false },
    timings: { totalMs: 0.75, stages: { read: 0.125, operate: 0.3333333333333333 } },
    ...over,
  };
}

describe('Journal', () => {
  it('gives back each record as it was made, oldest first, and filters and counts alike', () => {
    const j = new Journal(10);
    const made = [record(1), record(2, { operation: 'getActiveJobs', user: 'Other@Example.com', company: 'c|9' }), record(3, { namespace: 'urn:other', apiVersion: undefined })];
    for (const r of made) j.add(r);
    expect(j.find()).toEqual(made.map((r) => JSON.parse(JSON.stringify(r))));
    expect(j.find({ operation: 'getActiveJobs' }).map((r) => r.id)).toEqual([2]);
    expect(j.find({ user: 'other@example.COM' }).map((r) => r.id)).toEqual([2]);
    expect(j.find({ company: 'c|2101' }).map((r) => r.id)).toEqual([1, 3]);
    expect(j.find({ namespace: '2014-04-03' }).map((r) => r.id)).toEqual([1, 2]);
    expect(j.find({ namespace: 'urn:other' }).map((r) => r.id)).toEqual([3]);
    expect(j.find({ since: Date.UTC(2026, 10, 30, 12, 0, 2) }).map((r) => r.id)).toEqual([2, 3]);
    expect(j.find({ limit: 2 }).map((r) => r.id)).toEqual([2, 3]);
    expect(j.count({ company: 'c|2101' })).toBe(2);
  });
  it('keeps the last `limit` records and counts the rest as dropped, across many cuts of its columns', () => {
    const j = new Journal(100);
    for (let id = 1; id <= 5_000; id++) j.add(record(id), { request: Buffer.from(`<r>${id}</r>`), response: `<a>${id}</a>` });
    expect(j.size).toBe(100);
    expect(j.dropped).toBe(4_900);
    expect(j.find().map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => 4_901 + i));
    expect(j.exchange(4_900)).toBeUndefined();
    expect(j.exchange(4_901)).toEqual({ request: '<r>4901</r>', response: '<a>4901</a>', truncated: false });
    expect(j.exchange(5_000)?.response).toBe('<a>5000</a>');
    j.clear();
    expect([j.size, j.dropped, j.find().length]).toEqual([0, 0, 0]);
    expect(j.exchange(5_000)).toBeUndefined();
  });
  it('gives the bodies back as text: bytes by their encoding, a text as it was, an answer in pieces, a long body whole', () => {
    const j = new Journal(10);
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><r>caf\xe9</r>', 'latin1');
    const pieces = new XmlBody([XmlPiece.of('<a>'), XmlPiece.of('héllo'), XmlPiece.of('</a>')]);
    const long = `<a>${'x'.repeat(100_000)}</a>`;
    j.add(record(1), { request: latin1, response: pieces });
    // An UploadFile POST's parts as text: read back as that text, whatever its XML declaration says.
    const parts = '<?xml version="1.0" encoding="ISO-8859-1"?><r>é</r>';
    j.add(record(2), { request: parts, response: Buffer.from(long) });
    j.add(record(3));
    expect(j.exchange(1)).toEqual({ request: '<?xml version="1.0" encoding="ISO-8859-1"?><r>café</r>', response: '<a>héllo</a>', truncated: false });
    expect(j.exchange(2)).toEqual({ request: parts, response: long, truncated: false });
    expect(j.exchange(3)).toBeUndefined();
    expect(j.exchange(99)).toBeUndefined();
  });
  it('lets the oldest bodies go past 32 MiB of bodies; their records stay (also after the columns were cut down)', () => {
    const j = new Journal(100);
    const MiB = 1 << 20;
    // 3,000 records through a bound of 100: the columns are cut down twice on the way.
    for (let id = 1; id <= 3_000; id++) j.add(record(id), { request: '<r/>', response: '' });
    for (let id = 3_001; id <= 3_040; id++) j.add(record(id), { request: Buffer.alloc(MiB, 0x61), response: '' });
    expect(j.size).toBe(100);
    expect(j.exchange(3_000)).toBeUndefined();
    expect(j.exchange(3_008)).toBeUndefined();
    expect(j.exchange(3_009)?.request.length).toBe(MiB);
    expect(j.exchange(3_040)?.request.length).toBe(MiB);
  });
  it('lets go of the bytes of records it dropped', () => {
    const j = new Journal(100);
    const body = Buffer.alloc(4_000, 0x62);
    const before = process.memoryUsage().arrayBuffers;
    for (let id = 1; id <= 20_000; id++) j.add(record(id), { request: body, response: body });
    // 20,000 records of ~8.5 KB would be ~170 MB; 100 of them fit in a few 1 MiB buffers.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * (1 << 20));
    expect(j.exchange(20_000)?.request).toBe('b'.repeat(4_000));
  });
});

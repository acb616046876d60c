/**
 * Bounded cost per request (issue 11). The rule: the XML reader stops at the
 * first problem, every dimension an attacker can grow (depth, names, attributes,
 * namespace declarations, elements, references, values, repeats) has a limit,
 * and a fault never grows with the request. Sizes are scaled down; the worst
 * 10 MiB inputs are timed in `npm run bench` (bench/hostile.mjs), not here.
 */
import request from 'supertest';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeAttr, escapeText } from '../src/serialize/xml-text.js';
import { parseXml, parseXmlAsync } from '../src/xml/parse-xml.js';
import { authHeader, bodyElement, call, child, children, envelope, faultOf, mockApp, SERVICE, SUBMIT_DETAILS, text } from './support/mock.js';

const { app } = mockApp();
const post = (body: string, soapAction = 'getActiveJobs') =>
  request(app).post(SERVICE).set({ 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: soapAction }).send(body);
const inGetActiveJobs = (inner: string) => envelope('getActiveJobs', inner);

/** How often parseXml's saxes handlers run, by event: the work done after a violation. */
function countHandlerCalls(): Record<string, number> {
  const counts: Record<string, number> = {};
  type On = (this: SaxesParser, name: string, handler: (...a: unknown[]) => unknown) => void;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- rebound with on.call(this, …) below
  const on = SaxesParser.prototype.on as unknown as On;
  const counting: On = function (name, handler) {
    on.call(this, name, (...args: unknown[]) => {
      counts[name] = (counts[name] ?? 0) + 1;
      return handler(...args);
    });
  };
  vi.spyOn(SaxesParser.prototype, 'on').mockImplementation(counting as never);
  return counts;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the XML reader stops at the first problem', () => {
  it('nesting beyond 128 levels: 30003, and not one element past the limit is read', async () => {
    const deep = inGetActiveJobs(`${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}`);
    const f = faultOf((await post(deep)).text);
    expect(f.code).toBe(30003);
    expect(f.reason).toContain('nested deeper than 128 levels');
    const counts = countHandlerCalls();
    expect(() => parseXml(deep)).toThrow(/nested deeper than 128/);
    // 7 elements before the flood (Envelope, Header, authHeader, user, password, Body, getActiveJobsParam);
    // the flood starts at level 4, so its 126th <a> is the 129th open level, and reading stops there.
    expect(counts.opentagstart).toBe(7 + 126);
    expect(counts.closetag ?? 0).toBeLessThan(10);
  });
  it('an undeclared entity is the last thing read (a flood of them costs one error)', async () => {
    const flood = inGetActiveJobs(`<companyHandle>c|2101</companyHandle>${'<a>&nope;</a>'.repeat(10_000)}`);
    expect(faultOf((await post(flood)).text).code).toBe(30003);
    const counts = countHandlerCalls();
    expect(() => parseXml(flood)).toThrow(/entity/);
    expect(counts.error).toBe(1);
  });
  it('more than 200000 entity or character references: 30003 before parsing starts', async () => {
    const refs = inGetActiveJobs(`<companyHandle>${'&amp;'.repeat(200_001)}</companyHandle>`);
    expect(faultOf((await post(refs)).text).reason).toContain('more than 200000 entity or character references');
    const counts = countHandlerCalls();
    expect(() => parseXml(refs)).toThrow(/references/);
    expect(counts.opentagstart).toBeUndefined();
  });
  it('an element name over 256 characters: 30003, and no nearest-name search on it', async () => {
    const long = 'x'.repeat(300);
    const f = faultOf((await post(envelope(long, ''), '')).text);
    expect(f.code).toBe(30003);
    expect(f.reason).toContain('element name is longer than 256 characters');
  });
  it('an unknown operation name too long to be a typo gets the list of operations, no suggestion', async () => {
    const f = faultOf((await post(inGetActiveJobs(''), 'g'.repeat(200))).text);
    expect(f.code).toBe(30001);
    expect(f.reason).not.toContain('Did you mean');
    expect(f.reason).toContain('ips-mock serves in 2014-04-03: ');
    // A short typo still gets one (the rule is about length, not about suggestions).
    expect(faultOf((await post(inGetActiveJobs(''), 'getActiveJob')).text).reason).toContain("Did you mean 'getActiveJobs'?");
  });
  it('more than 64 attributes on one element: 30003, stopping at the 65th', async () => {
    const attrs = Array.from({ length: 5_000 }, (_, i) => `a${i}="1"`).join(' ');
    const flood = inGetActiveJobs(`<companyHandle ${attrs}>c|2101</companyHandle>`);
    expect(faultOf((await post(flood)).text).reason).toContain('more than 64 attributes');
    const counts = countHandlerCalls();
    expect(() => parseXml(flood)).toThrow(/more than 64 attributes/);
    expect(counts.attribute).toBeLessThanOrEqual(65 + 10);
  });
  it('more than 512 namespace declarations in a document: 30003', async () => {
    const decls = (from: number) => Array.from({ length: 60 }, (_, i) => `xmlns:p${from + i}="urn:x"`).join(' ');
    const many = inGetActiveJobs(Array.from({ length: 9 }, (_, k) => `<companyHandle ${decls(k * 60)}/>`).join(''));
    expect(faultOf((await post(many)).text).reason).toContain('declares more than 512 namespaces');
  });
  it('more than 65536 characters without markup (one huge text, comment or name): 30003 before parsing starts', async () => {
    const huge = inGetActiveJobs(`<companyHandle>${'x'.repeat(70_000)}</companyHandle>`);
    expect(faultOf((await post(huge)).text).reason).toContain('more than 65536 characters without markup');
    const counts = countHandlerCalls();
    expect(() => parseXml(huge)).toThrow(/without markup/);
    expect(counts.opentagstart).toBeUndefined();
    // Just under the gap, the same text is parsed (and then refused as a value over 4096 characters).
    const f = faultOf((await post(inGetActiveJobs(`<companyHandle>${'x'.repeat(60_000)}</companyHandle>`))).text);
    expect(f.code).toBe(30001);
  });
  it('more than 20000 elements: 30003', async () => {
    const f = faultOf((await post(inGetActiveJobs('<a/>'.repeat(20_001)))).text);
    expect(f.reason).toContain('more than 20000 elements');
  });
});

describe('a large request within the limits does not hold up others', () => {
  it('the reader gives the event loop a turn between slices', async () => {
    const big = inGetActiveJobs(`<companyHandle>c|2101</companyHandle>${'<items>a|5</items>'.repeat(5_000)}`);
    let otherWorkRan = false;
    const parsing = parseXmlAsync(big).then((root) => ({ root, otherWorkRan }));
    setImmediate(() => (otherWorkRan = true));
    const done = await parsing;
    expect(done.otherWorkRan).toBe(true);
    expect(done.root.local).toBe('Envelope');
  });
});

describe('values: limits IPS would plausibly have (docs/limits.md)', () => {
  const submit = (jobName: string, detail = SUBMIT_DETAILS.imageServingPublishJob!) =>
    call(app, 'submitJob', `<companyHandle>c|2101</companyHandle><jobName>${jobName}</jobName><imageServingPublishJob>${detail}</imageServingPublishJob>`);
  it('a string over 4096 characters: 30001 naming the path', async () => {
    const f = faultOf((await submit('j'.repeat(4_097))).text);
    expect(f.code).toBe(30001);
    expect(f.reason).toContain('submitJobParam/jobName is 4097 characters long; ips-mock accepts at most 4096');
    expect((await submit('j'.repeat(4_096))).status).toBe(200);
  });
  it('a repeated element over 1000 times: 30001', async () => {
    // An export names assets the company has (else 30001 for the handle, not the count): one of its assets, n times.
    const found = await call(app, 'searchAssets', '<companyHandle>c|2101</companyHandle><includeSubfolders>true</includeSubfolders><recordsPerPage>1</recordsPerPage>');
    const image = text(children(child(bodyElement(found.text), 'assetArray')!, 'items')[0]!, 'assetHandle')!;
    const handles = (n: number) => `<assetHandleArray>${`<items>${image}</items>`.repeat(n)}</assetHandleArray><fmt>orig</fmt><emailSetting>None</emailSetting>`;
    const body = (n: number) => `<companyHandle>c|2101</companyHandle><jobName>export</jobName><exportJob>${handles(n)}</exportJob>`;
    const f = faultOf((await call(app, 'submitJob', body(1_001))).text);
    expect(f.code).toBe(30001);
    expect(f.reason).toContain('submitJobParam/exportJob/assetHandleArray/items may occur at most 1000 times');
    const ok = await call(app, 'submitJob', body(1_000));
    expect(ok.text).toContain('jobHandle');
  });
  it('a fault quotes at most a short piece of a huge value', async () => {
    const res = await call(app, 'getJobLogs', `<companyHandle>c|2101</companyHandle><numRows>${'9'.repeat(60_000)}</numRows>`);
    const f = faultOf(res.text);
    expect(f.code).toBe(30001);
    expect(f.reason).toContain('(60000 characters)');
    expect(res.text.length).toBeLessThan(3_000);
  });
  it('any fault reason stays under 2000 characters, keeping its start and its advice at the end', async () => {
    // The user name is not a typed value, so only the central cap bounds it.
    const res = await call(app, 'getActiveJobs', '', { header: authHeader({ user: `${'u'.repeat(50_000)}@example.com` }) });
    const f = faultOf(res.text);
    expect(f.code).toBe(10002);
    expect(f.reason.length).toBeLessThanOrEqual(2_000);
    expect(f.reason).toMatch(/^Unknown user 'uuu/);
    expect(f.reason).toMatch(/characters left out\]… u+@example\.com' \(from authHeader\)$/);
  });
});

describe('answers are always XML 1.0', () => {
  const xml11 = (inner: string, header = authHeader()) =>
    envelope('submitJob', inner, { header }).replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.1" encoding="UTF-8"?>');
  it('an XML 1.1 request carrying &#x1; in a value: 30001 naming the character, and nothing is stored', async () => {
    const body = xml11(`<companyHandle>c|2101</companyHandle><jobName>bad&#x1;name</jobName><imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`);
    const res = await post(body, 'submitJob');
    const f = faultOf(res.text);
    expect(f.code).toBe(30001);
    expect(f.reason).toContain('submitJobParam/jobName contains U+0001, a character XML 1.0 cannot carry');
    const after = await call(app, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>');
    expect(after.status).toBe(200);
    expect(() => parseXml(after.text)).not.toThrow();
  });
  it('such a character in a header value that ends up in a fault is replaced, so the fault parses as XML 1.0', async () => {
    const res = await post(xml11('<companyHandle>c|2101</companyHandle>', authHeader({ user: 'x' }).replace('<user>x', '<user>x&#x1;')), 'submitJob');
    expect(res.text.startsWith('<?xml version="1.0"')).toBe(true);
    const f = faultOf(res.text);
    expect(f.code).toBe(10002);
    expect(f.reason).toContain("Unknown user 'x\uFFFD'");
  });
});

describe('the serializer cannot write a character XML 1.0 forbids', () => {
  it('replaces it with U+FFFD whatever the data source', () => {
    expect(escapeText('a\u0001b\uFFFEc\uD800d<')).toBe('a\uFFFDb\uFFFDc\uFFFDd&lt;');
    expect(escapeAttr('\u0008"')).toBe('\uFFFD&quot;');
    expect(escapeText('tab\tnewline\n😀')).toBe('tab\tnewline\n😀');
  });
});

/**
 * The UploadFile servlet (issue 8 §4, reference §6.8, the IPS docs' "Uploading
 * assets by way of HTTP POSTs to the UploadFile Servlet"): multipart POSTs with
 * an auth part, an uploadParams part and file parts; the first POST (jobName)
 * creates an upload job waiting for its client, later POSTs (jobHandle) add
 * files, endJob=true lets it run, and the files become assets. Answers are bare
 * documents (uploadPostReturn or a fault element), never SOAP envelopes.
 */
import { once } from 'node:events';
import { createServer, request as httpRequest } from 'node:http';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../src/xml/parse-xml.js';
import { bodyElement, call, child, children, mockApp, NS, text, type VersionId } from './support/mock.js';

const COMPANY = 'c|5150';
const C = `<companyHandle>${COMPANY}</companyHandle>`;
const UPLOAD = '/scene7/UploadFile';
/** The docs' UploadPostJob example, cut to its required elements. */
const OPTIONS = '<uploadParams><overwrite>true</overwrite><readyForPublish>true</readyForPublish><createMask>false</createMask><emailSetting>None</emailSetting></uploadParams>';

const auth = (v: VersionId = '2014-04-03', password = 'ips-mock', extra = '') =>
  `<authHeader xmlns="${NS[v]}"><user>ips@example.com</user><password>${password}</password><appName>servlet-test</appName>${extra}</authHeader>`;
const params = (inner: string, v: VersionId = '2014-04-03') => `<uploadPostParam xmlns="${NS[v]}">${inner}</uploadPostParam>`;

interface Post {
  auth?: string;
  params?: string;
  files?: Array<{ part: string; name: string; bytes: number }>;
}

const BOUNDARY = 'O9-ba7tieRtqA4QRSaVk-eDq6658SPrYfvUcJ'; // the docs' example boundary

/**
 * The body as the docs' example lays it out (written here rather than by a form library, which would
 * cut a filename down to its base name): XML parts as text/plain, files as application/octet-stream.
 */
function multipart(p: Post): Buffer {
  const part = (disposition: string, type: string, content: Buffer) =>
    Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; ${disposition}\r\nContent-Type: ${type}\r\n\r\n`), content, Buffer.from('\r\n')]);
  return Buffer.concat([
    ...(p.auth === undefined ? [] : [part('name="auth"', 'text/plain; charset=US-ASCII', Buffer.from(p.auth))]),
    ...(p.params === undefined ? [] : [part('name="uploadParams"', 'text/plain; charset=US-ASCII', Buffer.from(p.params))]),
    ...(p.files ?? []).map((f) => part(`name="${f.part}"; filename="${f.name}"`, 'application/octet-stream', Buffer.alloc(f.bytes, 0x61))),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
}

function setup(config: Parameters<typeof mockApp>[0] = {}) {
  const m = mockApp(config);
  const post = (p: Post) => request(m.app).post(UPLOAD).set('Content-Type', `multipart/form-data; boundary=${BOUNDARY}`).send(multipart(p));
  const soap = async (op: string, xml: string, version: VersionId = '2014-04-03') => {
    const res = await call(m.app, op, xml, { version });
    expect(res.status, res.text).toBe(200);
    return bodyElement(res.text);
  };
  const activeJob = async (jobHandle: string) => children(child(await soap('getActiveJobs', `${C}<jobHandle>${jobHandle}</jobHandle>`), 'jobArray')!, 'items')[0];
  return { m, post, soap, activeJob };
}

/** The bare document a servlet answer is: its root element. */
const doc = (xml: string): XmlElement => parseXml(xml);
const faultOf = (xml: string) => {
  const root = doc(xml);
  return { element: root.local, ns: root.ns, code: Number(text(root, 'code')), reason: text(root, 'reason')! };
};

const first = (jobName: string, extra = '') => params(`${C}<jobName>${jobName}</jobName>${extra}${OPTIONS}`);

describe('POST /scene7/UploadFile: a job over several POSTs', () => {
  it('the first POST answers a bare uploadPostReturn with a j|<company>||<jobName>|<id> handle, and the job waits in WaitingClient', async () => {
    const { post, activeJob } = setup();
    const res = await post({ auth: auth(), params: first('uploadFileServlet-1376682217351'), files: [{ part: 'file1', name: 'servlet/one.jpg', bytes: 1200 }] });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/xml;charset=utf-8');
    const root = doc(res.text);
    expect([root.ns, root.local]).toEqual([NS['2014-04-03'], 'uploadPostReturn']);
    const jobHandle = text(root, 'jobHandle')!;
    // Docs' answer: j|2101||uploadFileServlet-1376682217351|54091.
    expect(jobHandle).toMatch(/^j\|5150\|\|uploadFileServlet-1376682217351\|\d+$/);
    const job = (await activeJob(jobHandle))!;
    expect(text(job, 'state')).toBe('WaitingClient');
    expect(text(job, 'type')).toBe('UploadPost');
    expect(child(job, 'uploadPostJob')).toBeDefined();
  });

  it('later POSTs add files by jobHandle; endJob=true lets it run, and every file becomes an asset of its posted size in its folder', async () => {
    const { m, post, soap, activeJob } = setup();
    const root = text(child(await soap('getCompanyInfo', C), 'companyInfo')!, 'rootPath')!;
    // The docs' example sends full paths with a doubled slash: ApiTestCo1/UploadFileServlet1376682217351//1376682217351-1.jpg
    const one = await post({ auth: auth(), params: first('two-posts'), files: [{ part: 'file1', name: `${root}servlet//kestrel.jpg`, bytes: 1500 }] });
    const jobHandle = text(doc(one.text), 'jobHandle')!;
    const two = await post({
      auth: auth(),
      params: params(`${C}<jobHandle>${jobHandle}</jobHandle><destFolder>servlet/clips</destFolder><endJob>true</endJob>`),
      files: [
        { part: 'file1', name: 'kestrel-flight.mp4', bytes: 4000 },
        { part: 'file2', name: 'kestrel-nest.png', bytes: 2500 },
      ],
    });
    expect(two.status, two.text).toBe(200);
    expect(text(doc(two.text), 'jobHandle')).toBe(jobHandle);
    expect(text((await activeJob(jobHandle))!, 'state')).toBe('Running');
    const names = '<nameArray><items>kestrel</items><items>kestrel-flight</items><items>kestrel-nest</items></nameArray>';
    expect(children(child(await soap('getAssetsByName', `${C}${names}`), 'assetArray')!, 'items')).toHaveLength(0);
    m.clock.advance('30s'); // the variant's 8 s of running (README "Job lifecycle")
    const assets = children(child(await soap('getAssetsByName', `${C}${names}`), 'assetArray')!, 'items');
    expect(assets.map((a) => [text(a, 'name'), text(a, 'type'), text(a, 'folder'), text(a, 'fileName')])).toEqual([
      ['kestrel', 'Image', `${root}servlet/`, 'kestrel.jpg'],
      ['kestrel-flight', 'Video', `${root}servlet/clips/`, 'kestrel-flight.mp4'],
      ['kestrel-nest', 'Image', `${root}servlet/clips/`, 'kestrel-nest.png'],
    ]);
    // fileSize sits in the asset's info block (imageInfo, videoInfo).
    const fileSize = (a: XmlElement) => a.children.flatMap((c) => [c, ...c.children]).find((c) => c.local === 'fileSize')?.text;
    expect(assets.map(fileSize)).toEqual(['1500', '4000', '2500']);
    const log = children(child(await soap('getJobLogDetails', `${C}<jobHandle>${jobHandle}</jobHandle>`), 'jobLogArray')!, 'items')[0]!;
    const lines = children(child(log, 'detailArray')!, 'items').filter((d) => text(d, 'assetHandle'));
    expect(lines.map((l) => [text(l, 'logType'), text(l, 'assetHandle')])).toEqual(assets.map((a) => ['UploadSuccess', text(a, 'assetHandle')]));
    // The first POST's 30-minute wait was cut short by the second: nothing happens to the assets when it would have ended.
    const stamps = async () => children(child(await soap('getAssetsByName', `${C}${names}`), 'assetArray')!, 'items').map((a) => text(a, 'lastModified'));
    const before = await stamps();
    m.clock.advance('40m');
    expect(await stamps()).toEqual(before);
  });

  it('without endJob the job keeps waiting, and runs 30 minutes after its last POST (the docs\' time-out)', async () => {
    const { m, post, activeJob } = setup();
    const res = await post({ auth: auth(), params: first('left-open'), files: [{ part: 'f', name: 'servlet/late.jpg', bytes: 10 }] });
    const jobHandle = text(doc(res.text), 'jobHandle')!;
    m.clock.advance('29m');
    expect(text((await activeJob(jobHandle))!, 'state')).toBe('WaitingClient');
    m.clock.advance('61s');
    expect(text((await activeJob(jobHandle))!, 'state')).toBe('Running');
  });

  it('a faked company\'s uploadPostJob waiting in WaitingClient moves on when its files are posted', async () => {
    const { m, post, soap } = setup();
    const jobs = children(child(await soap('getActiveJobs', C, '2016-01-14-beta'), 'jobArray')!, 'items');
    const waiting = jobs.find((j) => text(j, 'state') === 'WaitingClient' && child(j, 'uploadPostJob'))!;
    expect(waiting).toBeDefined();
    const jobHandle = text(waiting, 'jobHandle')!;
    const res = await post({ auth: auth(), params: params(`${C}<jobHandle>${jobHandle}</jobHandle><endJob>true</endJob>`), files: [{ part: 'f', name: 'servlet/faked-wait.jpg', bytes: 64 }] });
    expect(res.status, res.text).toBe(200);
    m.clock.advance('1h');
    const found = children(child(await soap('getAssetsByName', `${C}<nameArray><items>faked-wait</items></nameArray>`), 'assetArray')!, 'items');
    expect(found.map((a) => text(a, 'fileName'))).toEqual(['faked-wait.jpg']);
  });
});

describe('POST /scene7/UploadFile: refusals are bare fault documents', () => {
  it('an unknown job handle is ipsApiFault 30001 naming it', async () => {
    const { post } = setup();
    const res = await post({ auth: auth(), params: params(`${C}<jobHandle>j|5150||never-started|4242</jobHandle>`), files: [{ part: 'f', name: 'x.jpg', bytes: 5 }] });
    expect(res.status).toBe(500);
    expect(faultOf(res.text)).toMatchObject({ element: 'ipsApiFault', ns: 'http://www.scene7.com/IpsApi/xsd', code: 30001 });
    expect(faultOf(res.text).reason).toContain("jobHandle 'j|5150||never-started|4242' names no job of company c|5150");
  });

  it('a job no longer waiting (its endJob POST came) and a job of another kind are refused with 30001', async () => {
    const { post, soap } = setup();
    const made = await post({ auth: auth(), params: first('ended', '<endJob>true</endJob>'), files: [{ part: 'f', name: 'servlet/e.jpg', bytes: 5 }] });
    const ended = text(doc(made.text), 'jobHandle')!;
    const again = await post({ auth: auth(), params: params(`${C}<jobHandle>${ended}</jobHandle>`), files: [{ part: 'f', name: 'servlet/f.jpg', bytes: 5 }] });
    expect(faultOf(again.text).code).toBe(30001);
    expect(faultOf(again.text).reason).toContain('is Running, no longer waiting for files');
    const publish = text(await soap('submitJob', `${C}<jobName>pub</jobName><imageServingPublishJob><publishType>Full</publishType><emailSetting>None</emailSetting></imageServingPublishJob>`), 'jobHandle')!;
    const wrong = await post({ auth: auth(), params: params(`${C}<jobHandle>${publish}</jobHandle>`) });
    expect(faultOf(wrong.text).code).toBe(30001);
    expect(faultOf(wrong.text).reason).toContain('names a ImageServingPublish job');
  });

  it('a file over the size limit is 30001 naming the limit; one of exactly the limit is taken', async () => {
    const { post } = setup({ maxUploadFileBytes: 1000 });
    const over = await post({ auth: auth(), params: first('big'), files: [{ part: 'file1', name: 'servlet/big.jpg', bytes: 1001 }] });
    expect(faultOf(over.text).code).toBe(30001);
    expect(faultOf(over.text).reason).toContain("The file part 'file1' (servlet/big.jpg) exceeds the 1000 byte limit");
    const at = await post({ auth: auth(), params: first('fits'), files: [{ part: 'file1', name: 'servlet/fits.jpg', bytes: 1000 }] });
    expect(at.status, at.text).toBe(200);
  });

  it('a later POST from another IP address than the first is refused (the docs: all POSTs of a job from one address)', async () => {
    const { m } = setup();
    const server = createServer(m.app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const { port } = address;
    /** A POST from a given loopback address (on Linux all of 127/8 is this host). */
    const from = (localAddress: string, p: Post) =>
      new Promise<string>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: UPLOAD, method: 'POST', localAddress, headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString('utf8')));
          res.on('end', () => resolve(body));
        });
        req.on('error', reject);
        req.end(multipart(p));
      });
    try {
      const jobHandle = text(doc(await from('127.0.0.1', { auth: auth(), params: first('one-address') })), 'jobHandle')!;
      const later = params(`${C}<jobHandle>${jobHandle}</jobHandle>`);
      const elsewhere = faultOf(await from('127.0.0.2', { auth: auth(), params: later }));
      expect(elsewhere.code).toBe(30001);
      expect(elsewhere.reason).toContain('was started from 127.0.0.1, this POST comes from 127.0.0.2: all POSTs of an upload job must come from the same IP address');
      expect(doc(await from('127.0.0.1', { auth: auth(), params: later })).local).toBe('uploadPostReturn');
    } finally {
      server.close();
    }
  });

  it('bad multipart: not multipart, no boundary, a body cut short — each a 30003 that says what was wrong', async () => {
    const { m } = setup();
    const plain = await request(m.app).post(UPLOAD).set('Content-Type', 'text/xml').send('<x/>');
    expect(faultOf(plain.text)).toMatchObject({ element: 'ipsApiFault', code: 30003 });
    expect(faultOf(plain.text).reason).toContain("takes multipart/form-data (parts auth, uploadParams and the files), got Content-Type 'text/xml'");
    const noBoundary = await request(m.app).post(UPLOAD).set('Content-Type', 'multipart/form-data').send('--x\r\n');
    expect(faultOf(noBoundary.text).code).toBe(30003);
    expect(faultOf(noBoundary.text).reason).toContain('Boundary not found');
    const cut = await request(m.app)
      .post(UPLOAD)
      .set('Content-Type', 'multipart/form-data; boundary=XyZ')
      .send(`--XyZ\r\nContent-Disposition: form-data; name="auth"\r\n\r\n${auth()}\r\n--XyZ\r\nContent-Disposition: form-data; name="file1"; filename="a.jpg"\r\n\r\nabc`);
    expect(faultOf(cut.text).code).toBe(30003);
    expect(faultOf(cut.text).reason).toContain('Unexpected end of form');
  });

  it('parts missing or not the documents they must be', async () => {
    const { post, m } = setup();
    const noAuth = await post({ params: first('no-auth') });
    expect(faultOf(noAuth.text)).toMatchObject({ element: 'authenticationFault', code: 10000 });
    const noParams = await post({ auth: auth() });
    expect(faultOf(noParams.text)).toMatchObject({ element: 'ipsApiFault', code: 30002 });
    expect(faultOf(noParams.text).reason).toContain("no 'uploadParams' part");
    const broken = await post({ auth: auth(), params: '<uploadPostParam' });
    expect(faultOf(broken.text).code).toBe(30003);
    expect(faultOf(broken.text).reason).toContain("The 'uploadParams' part is not well-formed XML");
    // 2010-01-31 has no UploadPostJob type (it came with 2013-02-15, reference §12).
    const old = await post({ auth: auth(), params: params(`${C}<jobName>old</jobName>`, '2010-01-31') });
    expect(faultOf(old.text).code).toBe(30003);
    expect(faultOf(old.text).reason).toContain('must be an uploadPostParam document in one of');
    const noOptions = await post({ auth: auth(), params: params(`${C}<jobName>bare</jobName>`) });
    expect(faultOf(noOptions.text).code).toBe(30002);
    expect(faultOf(noOptions.text).reason).toContain('uploadPostParam/uploadParams is required on the first POST');
    const neither = await post({ auth: auth(), params: params(C) });
    expect(faultOf(neither.text).code).toBe(30002);
    const unnamed = await request(m.app).post(UPLOAD).field('auth', auth()).field('uploadParams', first('unnamed')).field('file1', 'abc');
    expect([unnamed.status, faultOf(unnamed.text).code]).toEqual([500, 30002]);
    expect(faultOf(unnamed.text).reason).toContain("The file part 'file1' has no filename, and uploadPostParam has no fileName");
  });

  it('authentication is the auth part (HTTP Basic alone is not enough); faultHttpStatusCode 200 answers the fault with 200, as in the docs\' example', async () => {
    const { post, m } = setup();
    const wrong = await post({ auth: auth('2014-04-03', 'wrong', '<faultHttpStatusCode>200</faultHttpStatusCode>'), params: first('denied') });
    expect(wrong.status).toBe(200);
    expect(faultOf(wrong.text)).toMatchObject({ element: 'authenticationFault', ns: 'http://www.scene7.com/IpsApi/xsd', code: 10001 });
    const basic = await request(m.app).post(UPLOAD).auth('ips@example.com', 'ips-mock').field('uploadParams', first('basic'));
    expect(faultOf(basic.text).code).toBe(10000);
  });
});

describe('uploadPost as a SOAP operation, and the journal', () => {
  it('the beta serves uploadPost (no files: it creates, extends or ends a job); 2014-04-03 does not', async () => {
    const { soap, m, activeJob } = setup();
    const made = await soap('uploadPost', `${C}<jobName>soap-made</jobName>${OPTIONS}`, '2016-01-14-beta');
    const jobHandle = text(made, 'jobHandle')!;
    expect(text((await activeJob(jobHandle))!, 'state')).toBe('WaitingClient');
    const res = await call(m.app, 'uploadPost', `${C}<jobName>x</jobName>`, { version: '2014-04-03' });
    expect(res.status).toBe(500);
    expect(res.text).toContain("'uploadPost' is not an operation of the 2014-04-03 API; ips-mock serves it in 2016-01-14-beta");
  });

  it('every servlet POST is in the request journal, with its operation, company, parts and files', async () => {
    const { m, post } = setup();
    await post({ auth: auth(), params: first('journaled'), files: [{ part: 'file1', name: 'servlet/j.jpg', bytes: 77 }] });
    await post({ params: first('refused') });
    const { requests } = (await request(m.app).get('/__admin/requests')).body as { requests: Array<Record<string, unknown> & { id: number }> };
    expect(requests.map((r) => [(r.transport as { path: string }).path, r.operation, r.company, (r.outcome as { kind: string }).kind])).toEqual([
      [UPLOAD, 'uploadPost', COMPANY, 'result'],
      [UPLOAD, undefined, undefined, 'fault'],
    ]);
    const xml = (await request(m.app).get(`/__admin/requests/${requests[0]!.id}/xml`)).body as { request: string };
    expect(xml.request).toContain('--- file part file1: filename "servlet/j.jpg", 77 bytes (not kept)');
  });
});

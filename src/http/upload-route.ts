/**
 * POST /scene7/UploadFile, the upload servlet (reference §6.8): a
 * multipart/form-data body with an `auth` part (authHeader document), an
 * `uploadParams` part (uploadPostParam document) and any number of file parts.
 * busboy reads the body as a stream: the XML parts are kept (bounded), the
 * files' bytes are only counted, so nothing of a file is stored anywhere. A
 * body that is not the servlet's form still goes through the engine, so it is
 * answered with a bare fault document and journaled like any call.
 */
import busboy from 'busboy';
import type { Request, Response, Router } from 'express';
import type { Readable } from 'node:stream';
import type { Engine } from '../engine/engine.js';
import { handleUploadRequest } from '../engine/handle-request.js';
import type { TransportFacts } from '../engine/record.js';
import { bodyBytes } from '../engine/response-body.js';
import type { SoapHttpResponse, UploadParts, XmlPart } from '../engine/types.js';
import type { PostedFile } from '../operations/context.js';

export const UPLOAD_PATH = '/scene7/UploadFile';

/** The two parts that carry XML documents; every other part is a file. */
const XML_PARTS = new Set(['auth', 'uploadParams']);
/** Limits besides the file size (docs/limits.md "Upload servlet"). */
const UPLOAD_LIMITS = {
  /** An XML part (an authHeader or uploadPostParam document is a few KiB), and a file part without a filename. */
  xmlPartBytes: 1024 * 1024,
  /** File parts in one POST (as many as one array of a SOAP request holds). */
  files: 1_000,
  /** Header lines of one part. */
  partHeaders: 32,
  /** Parts without a filename (auth, uploadParams, and files named by uploadPostParam/fileName). */
  fields: 16,
} as const;

type Problem = NonNullable<UploadParts['problem']>;

/** Reads an XML part into memory, up to its limit. */
function collect(stream: Readable, onTooLarge: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve) => {
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= UPLOAD_LIMITS.xmlPartBytes) chunks.push(c);
    });
    const done = () => {
      if (size > UPLOAD_LIMITS.xmlPartBytes) onTooLarge();
      resolve(Buffer.concat(chunks));
    };
    stream.on('end', done);
    // A body cut short destroys the part's stream with busboy's error (reported by the parser too).
    stream.on('error', done);
  });
}

/** Counts a file part's bytes without keeping them. */
function count(stream: Readable): Promise<number> {
  let bytes = 0;
  return new Promise((resolve) => {
    stream.on('data', (c: Buffer) => void (bytes += c.length));
    stream.on('end', () => resolve(bytes));
    stream.on('error', () => resolve(bytes));
  });
}

/**
 * The form, or the first problem with it. The body is always read to its end
 * (the bytes after a problem are discarded), so the client gets the fault
 * rather than a connection closed while it is still sending.
 */
function readForm(req: Request, maxFileBytes: number): Promise<UploadParts> {
  const type = req.get('content-type') ?? '';
  const notForm = (reason: string): UploadParts => ({ files: [], problem: { fault: 'invalidRequestXml', reason, close: true } });
  if (!/^multipart\/form-data\s*(;|$)/i.test(type)) {
    return Promise.resolve(notForm(`The UploadFile servlet takes multipart/form-data (parts auth, uploadParams and the files), got Content-Type '${type || '(none)'}'`));
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // A filename's path is the target path (the docs' example sends ApiTestCo1/…/x.jpg).
      preservePath: true,
      defParamCharset: 'utf8',
      limits: {
        // busboy reports 'limit' on reaching the size, so one byte more tells a file that is over it.
        fileSize: maxFileBytes + 1,
        files: UPLOAD_LIMITS.files + XML_PARTS.size,
        fields: UPLOAD_LIMITS.fields,
        fieldSize: UPLOAD_LIMITS.xmlPartBytes,
        headerPairs: UPLOAD_LIMITS.partHeaders,
      },
    });
  } catch (e) {
    return Promise.resolve(notForm(`The multipart/form-data body cannot be read: ${e instanceof Error ? e.message : String(e)}`));
  }
  const xml = new Map<string, XmlPart>();
  const files: Array<Promise<PostedFile>> = [];
  const pending: Array<Promise<unknown>> = [];
  let problem: Problem | undefined;
  const fail = (p: Problem) => void (problem ??= p);
  return new Promise((resolve) => {
    const finish = () => {
      req.unpipe(parser);
      req.resume();
      void Promise.all(pending).then(async () => {
        resolve({ auth: xml.get('auth'), uploadParams: xml.get('uploadParams'), files: await Promise.all(files), problem });
      });
    };
    const tooLarge = (name: string): Problem => ({ fault: 'invalidRequestXml', reason: `The '${name}' part exceeds the ${UPLOAD_LIMITS.xmlPartBytes} byte limit of ips-mock for an XML part` });
    const twice = (name: string): Problem => ({ fault: 'invalidRequestXml', reason: `The UploadFile POST has more than one '${name}' part` });
    // A part without a filename arrives as a field, decoded by busboy with the part's charset.
    parser.on('field', (name, value, info) => {
      if (!XML_PARTS.has(name)) {
        // A file part without a filename (the docs allow it when uploadPostParam/fileName names the file) and
        // not typed application/octet-stream: busboy reads it as a text field, so it is bounded like one.
        if (info.valueTruncated) {
          fail({ fault: 'invalidParameter', reason: `The part '${name}' has no filename and exceeds ${UPLOAD_LIMITS.xmlPartBytes} bytes, the limit of ips-mock for such a part; give a file part a filename` });
        }
        files.push(Promise.resolve({ part: name, bytes: Buffer.byteLength(value, 'utf8') }));
        return;
      }
      if (xml.has(name)) fail(twice(name));
      if (info.valueTruncated) fail(tooLarge(name));
      xml.set(name, { bytes: Buffer.from(value, 'utf8'), contentType: `${info.mimeType}; charset=utf-8` });
    });
    // One with a filename (curl -F auth=@auth.xml) arrives as a file: its bytes are read by the XML's BOM or declaration, else as UTF-8.
    parser.on('file', (name, stream, info) => {
      if (XML_PARTS.has(name)) {
        if (xml.has(name)) fail(twice(name));
        const read = collect(stream, () => fail(tooLarge(name)));
        pending.push(read.then((bytes) => void xml.set(name, { bytes, contentType: info.mimeType })));
        return;
      }
      stream.on('limit', () =>
        fail({ fault: 'invalidParameter', reason: `The file part '${name}' (${info.filename ?? 'no filename'}) exceeds the ${maxFileBytes} byte limit of ips-mock for one uploaded file (config maxUploadFileBytes)` }),
      );
      const file = count(stream).then((bytes) => ({ part: name, filename: info.filename, bytes }));
      files.push(file);
      pending.push(file);
    });
    parser.on('filesLimit', () => fail({ fault: 'invalidParameter', reason: `The UploadFile POST has more than ${UPLOAD_LIMITS.files} file parts, the limit of ips-mock for one POST; post the rest with the returned jobHandle` }));
    parser.on('fieldsLimit', () => fail({ fault: 'invalidParameter', reason: `The UploadFile POST has more than ${UPLOAD_LIMITS.fields} parts without a filename; it needs two (auth, uploadParams)` }));
    parser.on('error', (e: Error) => {
      fail({ fault: 'invalidRequestXml', reason: `The multipart/form-data body cannot be read: ${e.message}` });
      finish();
    });
    parser.on('close', finish);
    req.on('error', () => {
      fail({ fault: 'invalidRequestXml', reason: 'The request body ended early' });
      finish();
    });
    req.pipe(parser);
  });
}

function send(res: Response, out: SoapHttpResponse): void {
  res.status(out.status).set('Content-Type', out.contentType);
  if (out.close) res.set('Connection', 'close');
  res.send(bodyBytes(out.body));
}

export function mountUploadRoute(router: Router, engine: Engine, maxFileBytes: number): void {
  router.post(UPLOAD_PATH, (req, res, next) => {
    readForm(req, maxFileBytes)
      .then((form) => {
        const transport: TransportFacts = {
          method: req.method,
          path: req.originalUrl,
          contentType: req.get('content-type'),
          userAgent: req.get('user-agent'),
          remoteAddress: req.socket.remoteAddress,
          bytes: Number(req.get('content-length') ?? 0),
        };
        return handleUploadRequest(engine, form, transport, req.get('accept-language'));
      })
      .then(({ response }) => send(res, response))
      .catch(next);
  });
}

/**
 * A SOAP request's body bytes, read as express's raw body parser read them before
 * (body-parser 2 with raw-body 3), without the parser: on the path every SOAP call takes,
 * express's router and body-parser cost about as much CPU as the whole engine
 * (bench/profiles.md). What it keeps, case by case:
 * - no body at all (neither Content-Length nor Transfer-Encoding): an empty body;
 * - Content-Encoding gzip, deflate or br (any letter case) is decoded, and the limit counts
 *   decoded bytes; any other coding is refused at once ('encoding.unsupported');
 * - a Content-Length over the limit, or more bytes than the limit, is 'entity.too.large';
 *   fewer bytes than the Content-Length promised is 'request.size.invalid';
 * - a client gone mid-body is 'request.aborted'; a corrupt compressed stream has no type;
 * - after a refusal the rest of the request is read and dropped before answering, so the
 *   client that is still sending sees the answer rather than a reset.
 * The error strings are body-parser's `type`s: the read stage words its fault from them.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

export type BodyRead = { readonly body: Buffer } | { readonly error: string | undefined };

const DECODERS: Readonly<Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress>> = {
  gzip: () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** An HTTP/1.1 message has a body when it says how it is framed (RFC 9112 §6.3). */
const hasBody = (req: IncomingMessage): boolean =>
  req.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(req.headers['content-length']));

const isFinished = (req: IncomingMessage): boolean => !req.socket || !req.socket.readable || (req.complete && !req.readable);

/** Reads and drops the rest of the request, then calls back (once the request ended or its connection closed). */
function drain(req: IncomingMessage, done: () => void): void {
  if (isFinished(req)) return done();
  const socket = req.socket;
  const finish = () => {
    req.off('end', finish);
    socket.off('close', finish);
    socket.off('error', finish);
    done();
  };
  req.on('end', finish);
  socket.on('close', finish);
  socket.on('error', finish);
  req.resume();
}

/** Bytes of `stream` up to `limit`; `expected` is the Content-Length, checked when the stream ends. */
function collect(stream: Readable, limit: number, expected: number | undefined, done: (r: BodyRead) => void): void {
  if (expected !== undefined && expected > limit) return done({ error: 'entity.too.large' });
  const chunks: Buffer[] = [];
  let received = 0;
  const finish = (r: BodyRead) => {
    stream.off('aborted', onAborted);
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onError);
    if ('error' in r) {
      stream.unpipe();
      stream.pause();
    }
    done(r);
  };
  const onAborted = () => finish({ error: 'request.aborted' });
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit) finish({ error: 'entity.too.large' });
    else chunks.push(chunk);
  };
  const onEnd = () => finish(expected !== undefined && received !== expected ? { error: 'request.size.invalid' } : { body: Buffer.concat(chunks, received) });
  const onError = (e: { type?: string }) => finish({ error: e.type });
  stream.on('aborted', onAborted);
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
}

export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (!hasBody(req)) return Promise.resolve({ body: Buffer.alloc(0) });
  const coding = (req.headers['content-encoding'] || 'identity').toLowerCase();
  if (coding === 'identity') {
    const header = req.headers['content-length'];
    const length = header !== undefined && !Number.isNaN(Number(header)) ? Number.parseInt(header, 10) : undefined;
    return new Promise((resolve) =>
      collect(req, limit, length, (r) => ('error' in r ? drain(req, () => resolve(r)) : resolve(r))),
    );
  }
  const decoder = DECODERS[coding]?.();
  if (!decoder) return Promise.resolve({ error: 'encoding.unsupported' });
  req.pipe(decoder);
  return new Promise((resolve) =>
    collect(decoder, limit, undefined, (r) => {
      req.unpipe(decoder);
      // A decoder stopped early may still complain about the rest of its input.
      decoder.on('error', () => {});
      decoder.destroy();
      if ('error' in r) drain(req, () => resolve(r));
      else {
        req.resume();
        resolve(r);
      }
    }),
  );
}

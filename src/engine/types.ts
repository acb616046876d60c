import type { FaultName } from '../faults/catalogue.js';
import type { PostedFile } from '../operations/context.js';
import type { CachedResponse } from './response-cache.js';
import type { ResponseBody } from './response-body.js';
import type { TransportFacts } from './record.js';

/** The transport-neutral request and response the engine works on. */
export interface SoapHttpRequest {
  /** The body bytes as received (after Content-Encoding); the read stage decodes them. */
  readonly body: Buffer;
  readonly soapAction?: string;
  readonly contentType?: string;
  readonly authorization?: string;
  readonly acceptLanguage?: string;
  /** What the transport saw, for the request record. */
  readonly transport: TransportFacts;
  /** The transport could not read the body (too large, bad encoding): the first stage answers with a fault. */
  readonly readError?: { readonly type?: string; readonly limit: number };
}

/** A form part of an UploadFile POST that carries an XML document (auth, uploadParams). */
export interface XmlPart {
  readonly bytes: Buffer;
  readonly contentType?: string;
}

/** What the transport read from an UploadFile POST (multipart/form-data). */
export interface UploadParts {
  readonly auth?: XmlPart;
  readonly uploadParams?: XmlPart;
  readonly files: readonly PostedFile[];
  /** The body could not be read as the servlet's form: answered with this fault. */
  readonly problem?: { readonly fault: FaultName; readonly reason: string; readonly close?: boolean };
}

/** A broken connection, as an injection rule asks (WireMock's fault types). */
export type Drop = 'reset' | 'empty' | 'malformed' | 'truncated';

export interface SoapHttpResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: ResponseBody;
  /** The body may be gzip-compressed if the transport can (Accept-Encoding, authHeader gzipResponse). */
  readonly gzip: boolean;
  /** For the request log: the operation, or the fault code. */
  readonly summary: string;
  /** The cache entry behind a read-only answer, where the transport may keep its gzipped bytes. */
  readonly cached?: CachedResponse;
  /** Extra response headers (e.g. X-Ips-Mock-Violations). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Close the connection after answering (an oversized body may still be arriving). */
  readonly close?: boolean;
  /** Instead of answering, break the connection this way. */
  readonly drop?: Drop;
}

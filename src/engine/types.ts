import type { CachedResponse } from './response-cache.js';

/** The transport-neutral request and response the engine works on. */
export interface SoapHttpRequest {
  readonly body: string;
  readonly soapAction?: string;
  readonly contentType?: string;
  readonly authorization?: string;
  readonly acceptLanguage?: string;
}

export interface SoapHttpResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string | Buffer;
  /** The body may be gzip-compressed if the transport can (Accept-Encoding, authHeader gzipResponse). */
  readonly gzip: boolean;
  /** For the request log: the operation, or the fault code. */
  readonly summary: string;
  /** The cache entry behind a read-only answer, where the transport may keep its gzipped bytes. */
  readonly cached?: CachedResponse;
}

/**
 * What flows through the stages: the journal-visible record plus the working
 * state a later stage needs (envelope, route, user, parameters, response).
 * A stage reads what earlier stages left and fills in its own part; the first
 * stage that sets `response` ends the answering part of the pipeline.
 */
import type { HeaderOptions } from '../auth/read-credentials.js';
import type { User } from '../auth/users.js';
import type { Locale } from '../locale/locales.js';
import type { Decoded } from '../soap/decode-fields.js';
import type { Envelope } from '../soap/read-envelope.js';
import type { Route } from '../soap/route-operation.js';
import type { SoapVersion } from '../soap/soap-versions.js';
import type { XmlElement } from '../xml/parse-xml.js';
import type { Engine } from './engine.js';
import type { RequestRecord } from './record.js';
import type { SoapHttpRequest, SoapHttpResponse, UploadParts } from './types.js';

export interface RequestContext {
  readonly engine: Engine;
  readonly http: SoapHttpRequest;
  readonly record: RequestRecord;
  /** The mock clock when the request arrived: one reading for the whole request. */
  readonly now: number;
  soap: SoapVersion;
  /** An UploadFile servlet POST: its parts and files, and the answer is a bare document (reference §6.8). */
  readonly upload?: UploadParts;
  options: HeaderOptions;
  envelope?: Envelope;
  authHeader?: XmlElement;
  route?: Route;
  locale?: Locale;
  user?: User;
  params?: Decoded;
  /** Set by the cache lookup on a miss: where the answer is to be stored. */
  cacheSlot?: { readonly key: string; readonly state: string; readonly until: () => number };
  response?: SoapHttpResponse;
  /** An injection rule asked for the answer to be cut short on the wire. */
  truncate?: boolean;
}

export interface Stage {
  readonly name: string;
  /** Stages may be async (an injected delay waits on the real timer). */
  run(ctx: RequestContext): void | Promise<void>;
}

/** A value an earlier stage must have set; its absence is a bug in the stage list. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new TypeError(`pipeline: ${what} is not set; the stage that sets it must run earlier`);
  return value;
}

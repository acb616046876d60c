/** What every operation handler receives, and the shape of a handler. */
import type { User, UserDirectory } from '../auth/users.js';
import type { ServerZone } from '../clock/server-zone.js';
import type { TenantStore } from '../data/tenant-store.js';
import type { Locale } from '../locale/locales.js';
import type { OperationName } from '../schema/operations.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import type { OperationTypes } from '../schema/wire-types.js';

/** What every handler receives besides its parameters. */
export interface OperationBase {
  readonly user: User;
  /** The operation locale (authHeader locale, Accept-Language, en-US). */
  readonly locale: Locale;
  readonly schema: ResolvedSchema;
  readonly now: number;
  /** Server time (run names). */
  readonly zone: ServerZone;
  readonly seed: number;
  readonly store: TenantStore;
  /** The user directory, for look-ups of other users (getUserInfo, getCompanyMembers, checkLogin). */
  readonly users: UserDirectory;
  /** "appName/appVersion" from the authHeader, for the JobClient log line. */
  readonly client: string;
  /** The files of an UploadFile servlet POST (uploadPost); SOAP calls carry none. */
  readonly uploads?: readonly PostedFile[];
  /** The IP address an UploadFile POST came from (all POSTs of one upload job must come from one). */
  readonly clientAddress?: string;
}

/** A file part of an UploadFile POST: its bytes are counted, never kept. */
export interface PostedFile {
  /** The form part's name (file1, ...). */
  readonly part: string;
  /** The Content-Disposition filename: the target path unless uploadPostParam/fileName is given. */
  readonly filename?: string;
  readonly bytes: number;
}

export interface OperationContext<N extends OperationName = OperationName> extends OperationBase {
  /** The request element, decoded and checked against the schema (soap/decode-fields.ts). */
  readonly params: OperationTypes[N]['param'];
}

/** Returns the response element's content in WSDL field names, typed by the schema. */
export type OperationHandler<N extends OperationName> = (ctx: OperationContext<N>) => OperationTypes[N]['result'];

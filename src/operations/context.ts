/** What every operation handler receives, and the shape of a handler. */
import type { User } from '../auth/users.js';
import type { TenantStore } from '../data/tenant-store.js';
import type { Locale } from '../locale/locales.js';
import type { ResolvedSchema } from '../schema/resolved-schema.js';
import type { Decoded } from '../soap/decode-fields.js';

export interface OperationContext {
  readonly params: Decoded;
  readonly user: User;
  /** The operation locale (authHeader locale, Accept-Language, en-US). */
  readonly locale: Locale;
  readonly schema: ResolvedSchema;
  readonly now: number;
  readonly seed: number;
  readonly store: TenantStore;
  /** "appName/appVersion" from the authHeader, for the JobClient log line. */
  readonly client: string;
}

/** Returns the response element's content as a plain object in WSDL field names. */
export type OperationHandler = (ctx: OperationContext) => Record<string, unknown>;

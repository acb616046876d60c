/**
 * The request record: one per SOAP call, filled in by the pipeline stages as
 * they learn things (WireMock's "serve event"). It is plain JSON so the journal
 * can hand it to a test in any language unchanged.
 */

/** What arrived on the wire, before any parsing. */
export interface TransportFacts {
  readonly method: string;
  readonly path: string;
  readonly soapAction?: string;
  readonly contentType?: string;
  readonly contentEncoding?: string;
  readonly acceptEncoding?: string;
  readonly acceptLanguage?: string;
  readonly userAgent?: string;
  readonly remoteAddress?: string;
  /** Body size as received (after any content decoding by the transport). */
  readonly bytes: number;
}

/** How the call was answered. */
type Outcome =
  | { readonly kind: 'result'; readonly cached: boolean }
  | { readonly kind: 'fault'; readonly fault: string; readonly element: string; readonly code: number; readonly reason: string }
  | { readonly kind: 'http'; readonly note: string }
  | { readonly kind: 'drop'; readonly drop: string };

export interface RequestRecord {
  /** Sequence number, unique per mock instance. */
  readonly id: number;
  /** Real time the request arrived (ISO); the journal's `since` filter reads this. */
  readonly receivedAt: string;
  /** The mock clock at that moment (ISO). */
  readonly clock: string;
  readonly transport: TransportFacts;
  soapVersion?: '1.1' | '1.2';
  /** Target namespace URI of the request element, and the API version it selects. */
  namespace?: string;
  apiVersion?: string;
  operation?: string;
  /** The authenticated user, or the user the caller claimed when authentication failed. */
  user?: string;
  /** companyHandle of the request, or the company a jobHandle names. */
  company?: string;
  jobHandle?: string;
  locale?: string;
  /** Decoded parameters in WSDL element names (all in `namespace`); dateTimes as ISO strings. */
  params?: Record<string, unknown>;
  /** Requests checked leniently: what a strict IPS would have refused. */
  violations?: string[];
  /** The injection rule that fired, if any. */
  rule?: { readonly id: string; readonly action: string; /** The wait this firing drew from the rule's delay (seeded). */ readonly delayMs?: number };
  status?: number;
  outcome?: Outcome;
  /** Milliseconds per stage and in total (stages that did not run are absent). */
  readonly timings: { totalMs: number; stages: Record<string, number> };
}

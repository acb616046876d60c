/**
 * The IPS fault catalogue (reference §4): every fault the mock can raise is an
 * entry here with its element and code. Only the serializer
 * (serialize/envelope.ts) turns a fault into XML; the SOAP fault code is the
 * same for all of them (soapenv:Server, as captured from the real service).
 */
import type { FaultElementName } from '../schema/base-namespace.js';
import { toXml10 } from '../xml/xml-chars.js';

export interface FaultEntry {
  readonly element: FaultElementName;
  readonly code: number;
}

const entry = (element: FaultElementName, code: number): FaultEntry => ({ element, code });

export const FAULTS = {
  noCredentials: entry('authenticationFault', 10000),
  invalidCredentials: entry('authenticationFault', 10001),
  invalidUser: entry('authenticationFault', 10002),
  illegalCompany: entry('authorizationFault', 20006),
  illegalRequestUser: entry('authorizationFault', 20007),
  noOperationPermission: entry('authorizationFault', 20003),
  exception: entry('ipsApiFault', 30000),
  invalidParameter: entry('ipsApiFault', 30001),
  missingParameter: entry('ipsApiFault', 30002),
  invalidRequestXml: entry('ipsApiFault', 30003),
} as const satisfies Record<string, FaultEntry>;

export type FaultName = keyof typeof FAULTS;

/** Longest reason a fault carries; a longer one keeps its start and its end (where the advice is). */
const MAX_REASON = 2_000;

const boundedReason = (reason: string): string =>
  toXml10(reason.length <= MAX_REASON ? reason : `${reason.slice(0, 1_400)} …[${reason.length - 1_800} characters left out]… ${reason.slice(-400)}`);

/**
 * An expected failure, raised anywhere in the pipeline and written once by the
 * serializer. `reason` is what a person reads: say what was wrong and how to fix it.
 * Whatever a reason quotes from the request, the fault stays small and well-formed.
 */
export class IpsFault extends Error {
  readonly entry: FaultEntry;
  readonly reason: string;
  constructor(
    readonly fault: FaultName,
    reason: string,
  ) {
    const bounded = boundedReason(reason);
    // A fault is an answer, not a bug: capturing a stack trace for it was a tenth of a fault's CPU.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(bounded);
    Error.stackTraceLimit = limit;
    this.reason = bounded;
    this.entry = FAULTS[fault];
  }
}

export const fault = (name: FaultName, reason: string): IpsFault => new IpsFault(name, reason);

/**
 * The IPS fault catalogue (reference §4): every fault the mock can raise is an
 * entry here with its element, code and SOAP fault code. Only the serializer
 * (serialize/envelope.ts) turns a fault into XML.
 */
import type { FaultElementName } from '../schema/base-namespace.js';

export interface FaultEntry {
  readonly element: FaultElementName;
  readonly code: number;
  /** SOAP 1.1 faultcode local name: the caller's mistake (Client) or ours (Server). */
  readonly side: 'Client' | 'Server';
}

const entry = (element: FaultElementName, code: number, side: 'Client' | 'Server' = 'Client'): FaultEntry => ({ element, code, side });

export const FAULTS = {
  noCredentials: entry('authenticationFault', 10000),
  invalidCredentials: entry('authenticationFault', 10001),
  invalidUser: entry('authenticationFault', 10002),
  illegalCompany: entry('authorizationFault', 20006),
  noOperationPermission: entry('authorizationFault', 20003),
  exception: entry('ipsApiFault', 30000, 'Server'),
  invalidParameter: entry('ipsApiFault', 30001),
  missingParameter: entry('ipsApiFault', 30002),
  invalidRequestXml: entry('ipsApiFault', 30003),
} as const satisfies Record<string, FaultEntry>;

export type FaultName = keyof typeof FAULTS;

/**
 * An expected failure, raised anywhere in the pipeline and written once by the
 * serializer. `reason` is what a person reads: say what was wrong and how to fix it.
 */
export class IpsFault extends Error {
  readonly entry: FaultEntry;
  constructor(
    readonly fault: FaultName,
    readonly reason: string,
  ) {
    super(reason);
    this.entry = FAULTS[fault];
  }
}

export const fault = (name: FaultName, reason: string): IpsFault => new IpsFault(name, reason);

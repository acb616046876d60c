/**
 * The server-wide choices of how answers look on the wire (config → serializer).
 * Defaults are the real service's, as captured (docs/decisions.md §5, §7).
 */
import type { ServerZone } from '../clock/server-zone.js';

/**
 * What a fault's faultstring (SOAP 1.2: Reason/Text) says: the fault element's name, as the
 * real service does ('element'), or the reason, which many client stacks show their user ('reason').
 */
export const FAULT_STRING_STYLES = ['element', 'reason'] as const;
export type FaultStringStyle = (typeof FAULT_STRING_STYLES)[number];

export interface WireStyle {
  /** Server time for every xsd:dateTime written. */
  readonly zone: ServerZone;
  readonly faultString: FaultStringStyle;
}

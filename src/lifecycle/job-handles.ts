/**
 * Job names and handles in the shapes the real service answers with
 * (../shared/reference/real captures, 2010-01-31):
 * - a run (an ActiveJob, its JobLog): name `<originalName>_<yyyy-MM-dd-HH:mm:ss.SSS>` (submit or fire
 *   time, server time), handle `j|<companyId>||<name>|<runId>`;
 * - a job as submitted (submitJob's return, a ScheduledJob): `j|<companyId>|<jobName>||`.
 * Both kinds are accepted wherever a request takes a jobHandle.
 */
import type { ServerZone } from '../clock/server-zone.js';

export const runName = (originalName: string, at: number, zone: ServerZone): string => `${originalName}_${zone.stamp(at)}`;

export const runHandle = (companyId: string, name: string, runId: number): string => `j|${companyId}||${name}|${runId}`;

export const submittedHandle = (companyId: string, jobName: string): string => `j|${companyId}|${jobName}||`;

export type ParsedJobHandle =
  | { readonly kind: 'run'; readonly companyId: string; readonly name: string }
  | { readonly kind: 'submitted'; readonly companyId: string; readonly jobName: string };

const RUN_RE = /^j\|([1-9]\d*)\|\|([^|]+)\|(\d+)$/;
const SUBMITTED_RE = /^j\|([1-9]\d*)\|([^|]+)\|\|$/;

export function parseJobHandle(handle: string): ParsedJobHandle | undefined {
  const run = RUN_RE.exec(handle);
  if (run) return { kind: 'run', companyId: run[1]!, name: run[2]! };
  const submitted = SUBMITTED_RE.exec(handle);
  if (submitted) return { kind: 'submitted', companyId: submitted[1]!, jobName: submitted[2]! };
  return undefined;
}

/**
 * The drift check: the same battery of read-only calls sent to an upstream
 * IPS (or anything that claims to be one) and to ips-mock, in one namespace,
 * with every shape difference reported. Only reads are sent: the check is safe
 * against a production account.
 */
import { BASE_NS } from '../schema/base-namespace.js';
import { versionById, LATEST_DOCUMENTED } from '../schema/versions.js';
import { parseXml, type XmlElement } from '../xml/parse-xml.js';
import { diffShapes, type ShapeDifference } from './diff-shapes.js';
import { shapeOf } from './shape.js';

export interface CompareOptions {
  /** The upstream SOAP endpoint, e.g. https://s7sps1apissl.scene7.com/scene7/services/IpsApiService */
  readonly upstream: string;
  /** The mock's SOAP endpoint. */
  readonly mock: string;
  readonly user: string;
  readonly password: string;
  readonly company?: string;
  /** API version id (default: the latest documented). */
  readonly namespace?: string;
}

export interface CallReport {
  readonly operation: string;
  readonly upstream: string;
  readonly mock: string;
  readonly differences: readonly ShapeDifference[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function soapCall(endpoint: string, ns: string, o: CompareOptions, op: string, params: Record<string, string>): Promise<{ status: number; body?: XmlElement }> {
  const children = Object.entries(params).map(([k, v]) => `<${k}>${esc(v)}</${k}>`).join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">` +
    `<soapenv:Header><authHeader xmlns="${BASE_NS}"><user>${esc(o.user)}</user><password>${esc(o.password)}</password></authHeader></soapenv:Header>` +
    `<soapenv:Body><${op}Param xmlns="${ns}">${children}</${op}Param></soapenv:Body></soapenv:Envelope>`;
  const res = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: op }, body: xml });
  const text = await res.text();
  try {
    const env = parseXml(text);
    const body = env.children.find((c) => c.local === 'Body')?.children[0];
    return { status: res.status, body };
  } catch {
    return { status: res.status };
  }
}

const outcome = (r: { status: number; body?: XmlElement }) => (r.body ? (r.body.local === 'Fault' ? `fault (HTTP ${r.status})` : `answer (HTTP ${r.status})`) : `no SOAP answer (HTTP ${r.status})`);

const text = (el: XmlElement | undefined, path: string[]): string | undefined => {
  let cur = el;
  for (const p of path) cur = cur?.children.find((c) => c.local === p);
  return cur?.text;
};

export async function compare(o: CompareOptions): Promise<CallReport[]> {
  const version = versionById(o.namespace ?? LATEST_DOCUMENTED.id);
  if (!version) throw new RangeError(`unknown namespace '${o.namespace}'`);
  const company: Record<string, string> = o.company ? { companyHandle: o.company } : {};
  const battery: Array<[string, Record<string, string>]> = [
    ...(o.company ? [['getCompanyInfo', company] as [string, Record<string, string>]] : []),
    ['getActiveJobs', company],
    ['getScheduledJobs', company],
    ['getJobLogs', { ...company, numRows: '20' }],
  ];
  const reports: CallReport[] = [];
  const firstLog: { up?: string; mock?: string } = {};
  const run = async (op: string, params: Record<string, string>, mockParams = params) => {
    const [up, mock] = await Promise.all([soapCall(o.upstream, version.namespace, o, op, params), soapCall(o.mock, version.namespace, o, op, mockParams)]);
    const differences = up.body && mock.body ? diffShapes(shapeOf(up.body), shapeOf(mock.body)) : [];
    if (up.body && mock.body && up.body.local !== mock.body.local) {
      differences.unshift({ kind: 'missing', path: up.body.local, detail: `upstream answered ${up.body.local}, the mock ${mock.body.local}` });
    }
    reports.push({ operation: op, upstream: outcome(up), mock: outcome(mock), differences });
    return { up: up.body, mock: mock.body };
  };
  for (const [op, params] of battery) {
    const bodies = await run(op, params);
    if (op === 'getJobLogs') {
      firstLog.up = text(bodies.up, ['jobLogArray', 'items', 'jobHandle']);
      firstLog.mock = text(bodies.mock, ['jobLogArray', 'items', 'jobHandle']);
    }
  }
  // getJobLogDetails needs a job each side has: each side's own first logged job.
  if (o.company && firstLog.up && firstLog.mock) {
    await run('getJobLogDetails', { companyHandle: o.company, jobHandle: firstLog.up }, { companyHandle: o.company, jobHandle: firstLog.mock });
  }
  return reports;
}

export function formatReport(reports: readonly CallReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.operation}: upstream ${r.upstream}, mock ${r.mock}${r.differences.length ? `, ${r.differences.length} difference(s)` : ', same shape'}`);
    for (const d of r.differences) lines.push(`  ${d.kind.padEnd(11)} ${d.path}: ${d.detail}`);
  }
  return lines.join('\n');
}

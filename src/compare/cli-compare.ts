/**
 * `ips-mock compare --upstream <endpoint> --user … --password … [--company …] [--namespace …] [--mock <endpoint>]`:
 * runs the drift check against an in-process mock (or the one at --mock) and
 * prints every shape difference. Exit 0: same shapes; 1: differences; 2: bad flags.
 */
import { parseArgs } from 'node:util';
import { compare, formatReport } from './compare.js';

const COMPARE_HELP = `Usage: ips-mock compare --upstream <SOAP endpoint URL> --user <email> --password <pw> [options]
  --company <handle>  company to read (enables getCompanyInfo and getJobLogDetails)
  --namespace <ver>   API version id, e.g. 2014-04-03 (default: the latest documented)
  --mock <endpoint>   compare with a running ips-mock instead of one started here
Sends only read-only calls (getCompanyInfo, getActiveJobs, getScheduledJobs, getJobLogs, getJobLogDetails).`;

/** What compare needs of a mock it starts itself (startIpsMock, passed in by the CLI: this folder does not import the package entry). */
export interface LocalMock {
  readonly endpoint: string;
  readonly users: ReadonlyArray<{ readonly email: string }>;
  readonly fixtures: { load(document: object): unknown };
  close(): Promise<void>;
}

export async function compareCommand(args: string[], startMock: () => Promise<LocalMock>): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        upstream: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        company: { type: 'string' },
        namespace: { type: 'string' },
        mock: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    console.error(`ips-mock compare: ${(e as Error).message}\n\n${COMPARE_HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(COMPARE_HELP);
    return 0;
  }
  const { upstream, user, password } = values;
  if (!upstream || !user || !password) {
    console.error(`ips-mock compare: --upstream, --user and --password are required\n\n${COMPARE_HELP}`);
    return 2;
  }
  // The in-process mock must know the caller: the upstream credentials are added as a user of every company.
  const mock = values.mock ? undefined : await startMock();
  try {
    if (mock && !mock.users.some((u) => u.email.toLowerCase() === user.toLowerCase())) {
      mock.fixtures.load({ formatVersion: 1, users: [{ email: user, password, role: 'IpsAdmin' }] });
    }
    const reports = await compare({ upstream, mock: values.mock ?? mock!.endpoint, user, password, company: values.company, namespace: values.namespace });
    console.log(formatReport(reports));
    return reports.some((r) => r.differences.length > 0 || r.upstream !== r.mock) ? 1 : 0;
  } catch (e) {
    console.error(`ips-mock compare: ${(e as Error).message}`);
    return 2;
  } finally {
    await mock?.close();
  }
}

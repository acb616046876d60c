#!/usr/bin/env node
/**
 * The ips-mock command (what `npm start` runs). Maps flags and PORT onto the
 * typed config; everything else is startIpsMock's job.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from './config/config.js';
import { FixtureError } from './data/fixtures/load-fixtures.js';
import { parseInstant } from './clock/mock-clock.js';
import { ListenError, startIpsMock } from './index.js';
import { PACKAGE_VERSION } from './config/package-info.js';
import { serverZone } from './clock/server-zone.js';
import { FAULT_STRING_STYLES } from './serialize/wire-style.js';
import { API_VERSIONS } from './schema/versions.js';

const HELP = `Usage: ips-mock [options]
       ips-mock compare --upstream <url> --user <u> --password <p> [--company <c>] [--namespace <v>]   (drift check; --help)
  --port <n>          TCP port (default ${DEFAULT_CONFIG.port}, or $PORT; 0 = any free port)
  --host <addr>       interface to bind (default ${DEFAULT_CONFIG.host}; admin routes only on loopback)
  --seed <n>          seed of the faked data (default ${DEFAULT_CONFIG.seed})
  --clock <instant>   pin the mock clock, e.g. 2026-11-28T10:00:00Z (default: real time)
  --fixtures <dir>    folder of fixture *.json files (default: the bundled fixtures/)
  --no-fake-companies answer unknown company handles with a fault instead of faking them
  --admin-token <t>   serve the control API (/__admin) only with "Authorization: Bearer <t>";
                      needed to have it at all beyond loopback (or $IPS_MOCK_ADMIN_TOKEN)
  --requests <mode>   strict (default): requests are checked like IPS's parser, violations are faults;
                      lenient: answered anyway, violations in the journal and X-Ips-Mock-Violations
  --journal-limit <n> requests the journal keeps (default ${DEFAULT_CONFIG.journalLimit}; 0 = none)
  --max-idle-companies <n>
                      companies kept in memory, fixture companies aside (default ${DEFAULT_CONFIG.maxIdleCompanies});
                      beyond it the least recently used are dropped and rebuilt identical when touched
  --server-time-zone <zone>
                      time zone of dates and job names: IANA name or offset, e.g. -05:00, Z
                      (default ${DEFAULT_CONFIG.serverTimeZone}, as the real service's answers show)
  --fault-string <element|reason>
                      faultstring of faults: the fault element's name, as IPS sends it
                      (default ${DEFAULT_CONFIG.faultString}), or the reason
  --log               log one line per SOAP request to stderr
  --version           print the version
  --help              show this help`;

function fail(message: string): never {
  console.error(`ips-mock: ${message}\n\n${HELP}`);
  process.exit(2);
}

function intFlag(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be an integer from ${min} to ${max}, got '${value}'`);
  return n;
}

async function main(): Promise<void> {
  // `ips-mock compare …`: the drift check against a real IPS (src/compare).
  if (process.argv[2] === 'compare') {
    const { compareCommand } = await import('./compare/cli-compare.js');
    process.exit(await compareCommand(process.argv.slice(3), () => startIpsMock({ port: 0 })));
  }
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        clock: { type: 'string' },
        fixtures: { type: 'string' },
        'no-fake-companies': { type: 'boolean' },
        'admin-token': { type: 'string' },
        'journal-limit': { type: 'string' },
        'max-idle-companies': { type: 'string' },
        requests: { type: 'string' },
        log: { type: 'boolean' },
        'server-time-zone': { type: 'string' },
        'fault-string': { type: 'string' },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.version) {
    console.log(PACKAGE_VERSION);
    return;
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.clock !== undefined) {
    try {
      parseInstant(values.clock);
    } catch (e) {
      fail(`--clock: ${(e as Error).message}`);
    }
  }
  const requests = values.requests;
  if (requests !== undefined && requests !== 'strict' && requests !== 'lenient') fail(`--requests must be strict or lenient, got '${requests}'`);
  const zone = values['server-time-zone'];
  if (zone !== undefined) {
    try {
      serverZone(zone);
    } catch (e) {
      fail(`--server-time-zone: ${(e as Error).message}`);
    }
  }
  const faultStringFlag = values['fault-string'];
  const faultString = FAULT_STRING_STYLES.find((s) => s === faultStringFlag);
  if (faultStringFlag !== undefined && faultString === undefined) {
    fail(`--fault-string must be one of ${FAULT_STRING_STYLES.join(', ')}, got '${faultStringFlag}'`);
  }
  const mock = await startIpsMock({
    requests,
    port: intFlag('port', values.port ?? process.env.PORT, 0, 65535),
    host: values.host,
    seed: intFlag('seed', values.seed, 0, 2 ** 31 - 1),
    clock: values.clock,
    fixturesDir: values.fixtures,
    fakeUnknownCompanies: values['no-fake-companies'] ? false : undefined,
    adminToken: values['admin-token'] ?? process.env.IPS_MOCK_ADMIN_TOKEN,
    journalLimit: intFlag('journal-limit', values['journal-limit'], 0, 1_000_000),
    maxIdleCompanies: intFlag('max-idle-companies', values['max-idle-companies'], 0, 1_000_000),
    logRequests: values.log ?? false,
    serverTimeZone: zone,
    faultString,
  });
  const control = mock.admin.on
    ? `${mock.url}/__admin (OpenAPI at /__admin/openapi.json)${mock.config.adminToken !== undefined ? '; send Authorization: Bearer <your --admin-token>' : ''}`
    : `off. ${mock.admin.why}`;
  const shown = mock.users.slice(0, 3).map((u) => `${u.email} / ${u.password} (${u.role})`);
  const more = mock.users.length > shown.length ? `; ${mock.users.length - shown.length} more in the fixtures` : '';
  console.log(`ips-mock ${PACKAGE_VERSION} listening on ${mock.url} (bound to ${mock.boundAddress})
  SOAP endpoint  ${mock.endpoint}
${API_VERSIONS.map((v) => `  WSDL           ${mock.wsdlUrl(v.id)}`).join('\n')}
  credentials    ${shown.join(', ')}${more}
  control API    ${control}
  seed ${mock.config.seed}, clock ${mock.clock.pinned ? `pinned at ${new Date(mock.clock.now()).toISOString()}` : 'real time'}`);
  // SIGINT (Ctrl-C) closes gracefully but never waits long; SIGTERM keeps Node's default (end at once),
  // which works even if the event loop were stuck, so a supervisor can always stop the mock.
  process.on('SIGINT', () => {
    setTimeout(() => process.exit(0), 2_000).unref();
    void mock.close().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  if (e instanceof FixtureError || e instanceof ListenError) console.error(`ips-mock: cannot start: ${e.message}`);
  else console.error('ips-mock: cannot start:', e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * Programmatic API.
 *
 * @example
 *   const mock = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
 *   const client = await soap.createClientAsync(mock.wsdlUrl('2014-04-03'));
 *   mock.clock.advance('30s');
 *   const remove = mock.faults.inject({ match: { operation: 'submitJob' }, fault: 'exception', times: 1 });
 *   expect(mock.journal.count({ operation: 'submitJob', company: 'c|2101' })).toBe(1);
 *   mock.reset('c|2101');
 *   await mock.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockClock } from './clock/mock-clock.js';
import type { IpsMockConfig } from './config/config.js';
import { createApp as createExpressApp } from './http/create-app.js';
import { mockControl, type MockControl } from './in-process.js';
import { SERVICE_PATH } from './http/wsdl-routes.js';
import { LATEST_DOCUMENTED, versionById } from './schema/versions.js';

export type { IpsMockConfig } from './config/config.js';
export { DEFAULT_CONFIG, DEFAULT_SEED } from './config/config.js';
export { FixtureError } from './data/fixtures/load-fixtures.js';
export { API_VERSIONS } from './schema/versions.js';
export type { RequestRecord } from './engine/record.js';
export type { RuleInput } from './http/admin-faults.js';
export type { JournalQuery, MockControl } from './in-process.js';

/**
 * The mock without a socket, for supertest or your own `http.createServer(app)`. `app` is an express app,
 * typed as a plain Node request handler so the declarations need no `@types/express` at the consumer.
 */
export interface IpsMockApp extends MockControl {
  readonly app: (req: IncomingMessage, res: ServerResponse) => void;
  readonly clock: MockClock;
  readonly config: IpsMockConfig;
}

export function createApp(options: Partial<IpsMockConfig> = {}): IpsMockApp {
  const { app, clock, config, engine, data } = createExpressApp(options);
  return { ...mockControl(engine, data), app, clock, config };
}

export interface RunningIpsMock extends MockControl {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  /** The SOAP endpoint URL. */
  readonly endpoint: string;
  readonly wsdlUrl: (version?: string) => string;
  readonly clock: MockClock;
  readonly config: IpsMockConfig;
  /** The address actually bound, e.g. 127.0.0.1:8080 or 0.0.0.0:41234 (url uses a reachable host instead of 0.0.0.0). */
  readonly boundAddress: string;
  /** The users that can log in (from the fixtures, else the defaults). */
  readonly users: ReadonlyArray<{ readonly email: string; readonly password: string; readonly role: string }>;
  /** Whether the control API (/__admin) is served, and if not, why. */
  readonly admin: { readonly on: true } | { readonly on: false; readonly why: string };
  close(): Promise<void>;
}

/** Why the server could not listen, in words a person can act on; `code` is Node's (EADDRINUSE, …). */
export class ListenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const LISTEN_PROBLEMS: Readonly<Record<string, (host: string, port: number) => string>> = {
  EADDRINUSE: (host, port) => `port ${port} on ${host} is already in use; stop the other server or choose another port (0 = any free port)`,
  EADDRNOTAVAIL: (host) => `${host} is not an address of this machine; listen on 127.0.0.1 (loopback) or 0.0.0.0 (every interface)`,
  EACCES: (host, port) => `no permission to listen on ${host}:${port} (ports below 1024 need privileges); choose a port above 1023`,
  ENOTFOUND: (host) => `the host name ${host} does not resolve to an address of this machine`,
  EAI_AGAIN: (host) => `the host name ${host} could not be resolved`,
};

function listen(app: IpsMockApp['app'], port: number, host: string): Promise<import('node:http').Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? 'ELISTEN';
      reject(new ListenError(code, LISTEN_PROBLEMS[code]?.(host, port) ?? `cannot listen on ${host}:${port}: ${e.message}`));
    });
    server.listen(port, host, () => resolve(server));
  });
}

export async function startIpsMock(options: Partial<IpsMockConfig> = {}): Promise<RunningIpsMock> {
  const { app, clock, config, engine, data, admin } = createExpressApp(options);
  const server = await listen(app, config.port, config.host);
  // Keep-alive clients (Axis, JAX-WS) must not hold close() open.
  server.keepAliveTimeout = 5_000;
  const bound = server.address() as AddressInfo;
  const { port } = bound;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  return {
    ...mockControl(engine, data),
    url,
    endpoint: `${url}${SERVICE_PATH}`,
    wsdlUrl: (version = LATEST_DOCUMENTED.id) => `${url}/scene7/webservice/${versionById(version)?.wsdlFile ?? `IpsApi-${version}.wsdl`}`,
    clock,
    config: { ...config, port },
    boundAddress: bound.family === 'IPv6' ? `[${bound.address}]:${port}` : `${bound.address}:${port}`,
    users: engine.users.all(),
    admin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

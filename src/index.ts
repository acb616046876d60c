/**
 * Programmatic API.
 *
 * @example
 *   const mock = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
 *   const client = await soap.createClientAsync(mock.wsdlUrl('2014-04-03'));
 *   mock.clock.advance('30s');
 *   await mock.close();
 */
import type { AddressInfo } from 'node:net';
import type { MockClock } from './clock/mock-clock.js';
import type { IpsMockConfig } from './config/config.js';
import { createApp } from './http/create-app.js';
import { SERVICE_PATH } from './http/wsdl-routes.js';
import { LATEST_DOCUMENTED, versionById } from './schema/versions.js';

export { createApp } from './http/create-app.js';
export type { IpsMockConfig } from './config/config.js';
export { DEFAULT_CONFIG, DEFAULT_SEED } from './config/config.js';
export { FixtureError } from './data/fixtures/load-fixtures.js';
export { API_VERSIONS } from './schema/versions.js';

export interface RunningIpsMock {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  /** The SOAP endpoint URL. */
  readonly endpoint: string;
  readonly wsdlUrl: (version?: string) => string;
  readonly clock: MockClock;
  readonly config: IpsMockConfig;
  close(): Promise<void>;
}

export async function startIpsMock(options: Partial<IpsMockConfig> = {}): Promise<RunningIpsMock> {
  const { app, clock, config } = createApp(options);
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  // Keep-alive clients (Axis, JAX-WS) must not hold close() open.
  server.keepAliveTimeout = 5_000;
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  return {
    url,
    endpoint: `${url}${SERVICE_PATH}`,
    wsdlUrl: (version = LATEST_DOCUMENTED.id) => `${url}/scene7/webservice/${versionById(version)?.wsdlFile ?? `IpsApi-${version}.wsdl`}`,
    clock,
    config: { ...config, port },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

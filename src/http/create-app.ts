/**
 * createApp(config): the whole mock as a Node request listener, without a socket
 * (for supertest). Loads fixtures (throwing FixtureError on a bad one), builds the
 * engine, mounts the WSDL, SOAP and admin routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createClock, type MockClock } from '../clock/mock-clock.js';
import { serverZone } from '../clock/server-zone.js';
import { withDefaults, type IpsMockConfig } from '../config/config.js';
import { fixturesFrom, readFixtureSources } from '../data/fixtures/load-fixtures.js';
import { TenantStore } from '../data/tenant-store.js';
import type { Engine } from '../engine/engine.js';
import { Journal } from '../engine/journal.js';
import { MockData, userDirectory } from '../engine/mock-data.js';
import { RuleBook } from '../engine/rules.js';
import { ResponseCache } from '../engine/response-cache.js';
import { PACKAGE_VERSION } from '../config/package-info.js';
import { mountAdminRoutes } from './admin-routes.js';
import { guardAdminHost } from './admin-host.js';
import { mountAdminUi } from './admin-ui.js';
import { isSoapPost, soapEndpoint } from './soap-route.js';
import { mountUploadRoute, UPLOAD_PATH } from './upload-route.js';
import { mountWsdlRoutes, SERVICE_PATH, wsdlPaths } from './wsdl-routes.js';

export interface IpsMockApp {
  /** SOAP calls go straight to the endpoint; everything else through express. */
  readonly app: (req: IncomingMessage, res: ServerResponse) => void;
  readonly clock: MockClock;
  readonly config: IpsMockConfig;
  readonly engine: Engine;
  readonly data: MockData;
  /** Whether /__admin is served, and if not, why (for the banner). */
  readonly admin: { readonly on: true } | { readonly on: false; readonly why: string };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/**
 * The control API can reset data and inject faults, so beyond loopback it is
 * served only with a token to check; the 404 says how to turn it on.
 */
function adminAccess(config: IpsMockConfig): { on: true } | { on: false; why: string } {
  if (config.admin === false) return { on: false, why: 'The ips-mock control API (/__admin) is turned off by the configuration (admin: false).' };
  if (LOOPBACK.test(config.host) || config.adminToken !== undefined) return { on: true };
  return {
    on: false,
    why:
      `The ips-mock control API (/__admin) is off because the mock listens on ${config.host}, beyond loopback. ` +
      'Start it with --admin-token <secret> (or IPS_MOCK_ADMIN_TOKEN, config adminToken) and send "Authorization: Bearer <secret>".',
  };
}

export function createApp(partial: Partial<IpsMockConfig> = {}): IpsMockApp {
  const config = withDefaults(partial);
  const sources = readFixtureSources(config.fixturesDir);
  const progress = (line: string) => console.error(line);
  const fixtures = fixturesFrom(sources, progress);
  const clock = createClock(config.clock);
  const zone = serverZone(config.serverTimeZone);
  const engine: Engine = {
    users: userDirectory(fixtures),
    store: new TenantStore(config, fixtures, zone, progress),
    clock,
    seed: config.seed,
    requests: config.requests,
    cache: new ResponseCache(),
    journal: new Journal(config.journalLimit),
    rules: new RuleBook(),
    wire: { zone, faultString: config.faultString },
    onBug: (e) => console.error('ips-mock: internal error', e),
    progress,
  };
  const data = new MockData(engine, config, sources);
  const soap = soapEndpoint(engine, config.maxBodyBytes, config.logRequests ? (l) => console.error(l) : undefined);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const router = express.Router();
  mountWsdlRoutes(router);
  // The SOAP calls isSoapPost recognizes never reach this route (see the listener below); it stays so
  // express still routes any other spelling of the endpoint here, and answers OPTIONS with POST allowed.
  router.post(SERVICE_PATH, (req, res) => soap(req, res));
  mountUploadRoute(router, engine, config.maxUploadFileBytes);
  const admin = adminAccess(config);
  if (admin.on) {
    // On loopback, only requests addressed to a loopback name (DNS rebinding); beyond loopback the token guards it.
    if (LOOPBACK.test(config.host)) guardAdminHost(router);
    // The inspector page's files hold no data (it reads the routes below, token and all), so they come before the token check.
    mountAdminUi(router);
    mountAdminRoutes(router, engine, data, { info: {}, version: PACKAGE_VERSION, token: config.adminToken });
  }
  else router.use('/__admin', (_req, res) => void res.status(404).type('text/plain').send(`${admin.why}\n`));
  app.use(router);
  app.use((req, res) => {
    res
      .status(404)
      .type('text/plain')
      .send(`ips-mock has no ${req.method} ${req.path}. SOAP endpoint: POST ${SERVICE_PATH}; upload servlet: POST ${UPLOAD_PATH}; WSDLs: ${wsdlPaths().join(', ')}\n`);
  });
  // Anything else that fails (e.g. malformed JSON sent to the control API) gets a short answer, never a stack trace.
  app.use((err: { status?: number; message?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 600 ? err.status : 500;
    res.status(status).json({ error: status < 500 ? (err.message ?? 'bad request') : 'internal error in ips-mock' });
  });
  /*
   * SOAP calls skip express: its router, request/response decoration and body parser cost about as much
   * CPU per call as the whole engine (bench/profiles.md); the endpoint reads the body itself (read-body.ts).
   */
  const listener = (req: IncomingMessage, res: ServerResponse): void => (isSoapPost(req) ? soap(req, res) : void app(req, res));
  return { app: listener, clock, config, engine, data, admin };
}

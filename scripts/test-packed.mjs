#!/usr/bin/env node
// CI (npm test, .ci/run): what a consumer gets. Packs the built package, installs the tarball into a scratch
// project (the registry, or npm's cache, only for its runtime dependencies), then checks that
//  - the tarball holds what the code reads and nothing of the development tree (src/, test/, bench/, .ci/, maps);
//  - soap, a dev-only dependency, is not installed with it;
//  - a TypeScript consumer type-checks against its declarations with skipLibCheck off and no @types/express;
//  - the mock starts through the public API from the installed copy and answers a SOAP call, its WSDL, the
//    inspector page and a localized message (the catalogues); the CLI answers --version.
// Run `npm run build` first (npm test does); `npm run test:packed` does both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'ips-packed-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const fail = (why) => {
  throw new Error(`packed ips-mock: ${why}`);
};
try {
  // --ignore-scripts: the build is done already; prepare would rebuild it.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root));
  const paths = packed.files.map((f) => f.path);
  const unwanted = paths.filter((p) => /^(src|test|bench|examples|scripts|docs|\.ci)\/|\.map$|tsconfig/.test(p));
  if (unwanted.length > 0) fail(`the tarball ships development files: ${unwanted.slice(0, 5).join(', ')}`);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/cli.cjs', 'dist/cli.cjs.cache', 'dist/locale/catalogues/de-DE.json', 'wsdl/IpsApi.wsdl', 'fixtures/default-users.json', 'ui/index.html', 'ui/app.js']) {
    if (!paths.includes(needed)) fail(`the tarball lacks ${needed}`);
  }

  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', type: 'module', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], scratch);
  if (existsSync(join(scratch, 'node_modules/soap'))) fail('installing it pulls in soap, a dev-only dependency');
  if (existsSync(join(scratch, 'node_modules/ips-mock/src'))) fail('the installed copy has a src/ folder');

  // Types: only @types/node (any Node consumer has it), borrowed from this checkout; no @types/express.
  mkdirSync(join(scratch, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(root, 'node_modules/@types/node'), join(scratch, 'node_modules/@types/node'));
  symlinkSync(join(root, 'node_modules/undici-types'), join(scratch, 'node_modules/undici-types'));
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['consumer.ts'] }),
  );
  writeFileSync(
    join(scratch, 'consumer.ts'),
    `import { createApp, startIpsMock, type IpsMockConfig, type RunningIpsMock } from 'ips-mock';
import { createServer } from 'node:http';
const config: Partial<IpsMockConfig> = { port: 0, seed: 7 };
const { app, clock } = createApp(config);
createServer(app).close();
clock.advance('30s');
const mock: RunningIpsMock = await startIpsMock(config);
mock.faults.inject({ match: { operation: 'submitJob' }, fault: 'exception', times: 1 });
await mock.close();
`,
  );
  try {
    // The project's own tsc (node_modules/.bin: the TypeScript 7 build the typecheck uses).
    run(join(root, 'node_modules/.bin/tsc'), ['-p', scratch], scratch);
  } catch (e) {
    fail(`a TypeScript consumer does not type-check against the declarations:\n${e.stdout}`);
  }

  writeFileSync(
    join(scratch, 'call.mjs'),
    `import { startIpsMock } from 'ips-mock';
const mock = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
const body = '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password><locale>de-DE</locale></authHeader></soapenv:Header><soapenv:Body><getActiveJobsParam xmlns="http://www.scene7.com/IpsApi/xsd/2014-04-03"><companyHandle>c|2101</companyHandle></getActiveJobsParam></soapenv:Body></soapenv:Envelope>';
try {
  const res = await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs' }, body });
  const text = await res.text();
  const wsdl = await fetch(mock.wsdlUrl()).then((r) => r.status);
  const ui = await fetch(mock.url + '/__admin/ui/').then((r) => r.status);
  // A German progress message comes from the catalogue shipped in dist/.
  if (res.status !== 200 || !text.includes('getActiveJobsReturn') || !/progressMessage>[^<]*(Warteschlange|Warten|verarbeitet|veröffentlicht|exportiert|Abgeschlossen|angehalten)/.test(text) || wsdl !== 200 || ui !== 200) {
    console.error(res.status, wsdl, ui, text.slice(0, 800));
    process.exitCode = 1;
  } else console.log('packed ips-mock answered getActiveJobs (de-DE), its WSDL and the inspector page');
} finally {
  await mock.close();
}
`,
  );
  process.stdout.write(run(process.execPath, ['call.mjs'], scratch));
  const version = run(join(scratch, 'node_modules/.bin/ips-mock'), ['--version'], scratch).trim();
  const expected = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (!version.includes(expected)) fail(`ips-mock --version printed ${JSON.stringify(version)}, not ${expected}`);
  console.log(`packed ips-mock CLI: --version ${version}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

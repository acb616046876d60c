// One server under test, in its own process so its CPU time and memory are its own (bench/run.mjs
// forks this). Kinds:
//   ips-mock  <config JSON>          startIpsMock(config), with the command's V8 heap setting
//   bytes     <answers JSON file>    plain node:http writing precomputed bytes per SOAPAction (the floor)
//   node-soap <answers JSON file>    node-soap's Server with our WSDL, answering precomputed objects
// Reports {url} once listening; answers every 'stats' message with {cpu, rss, heapUsed, external} of this process.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const [kind, arg] = process.argv.slice(2);
const PATH = '/scene7/services/IpsApiService';
const listen = (server) => new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}`)));

let url;
if (kind === 'ips-mock') {
  const dist = new URL(`${process.env.BENCH_DIST ?? '../dist'}/`, import.meta.url);
  // The V8 heap setting the ips-mock command makes (src/server-heap.ts), so this server is the one users
  // start; builds from before it have none.
  (await import(new URL('server-heap.js', dist).href).catch(() => undefined))?.tuneServerHeap();
  const { startIpsMock } = await import(new URL('index.js', dist).href);
  url = (await startIpsMock(JSON.parse(arg))).url;
} else if (kind === 'bytes') {
  // { [soapAction]: { status, contentType, body } }
  const answers = JSON.parse(readFileSync(arg, 'utf8'));
  for (const a of Object.values(answers)) a.bytes = Buffer.from(a.body);
  url = await listen(
    http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const a = answers[req.headers.soapaction];
        res.writeHead(a.status, { 'content-type': a.contentType }).end(a.bytes);
      });
    }),
  );
} else if (kind === 'node-soap') {
  // { wsdl, results: { [operation]: object }, fault: {code, reason} }
  const soap = (await import('soap')).default;
  const { wsdl, results, fault } = JSON.parse(readFileSync(arg, 'utf8'));
  const server = http.createServer();
  url = await listen(server);
  const checkAuth = (headers) => {
    const h = headers?.authHeader;
    if (h?.password !== 'ips-mock') {
      throw { Fault: { faultcode: 'soapenv:Client', faultstring: fault.reason, detail: { authenticationFault: { code: fault.code, reason: fault.reason } } } };
    }
  };
  const ops = Object.fromEntries(
    Object.entries(results).map(([op, result]) => [op, (_args, _cb, headers) => (checkAuth(headers), result)]),
  );
  soap.listen(server, PATH, { IpsApiService: { IpsApiSoapPort: ops } }, wsdl.replace(/location="[^"]*"/, `location="${url}${PATH}"`));
} else {
  throw new Error(`unknown server kind ${kind}`);
}
process.on('message', (m) => {
  // A full GC first (when started with --expose-gc), so heapUsed is the live data (the memory section, at its end).
  if (m === 'gc-stats') {
    globalThis.gc?.();
    globalThis.gc?.();
  }
  if (m === 'stats' || m === 'gc-stats') {
    const { rss, heapUsed, external } = process.memoryUsage();
    process.send({ cpu: process.cpuUsage(), rss, heapUsed, external });
  }
  if (m === 'exit') process.exit(0); // (lets --cpu-prof write its profile)
});
process.send({ url });

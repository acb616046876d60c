// node-soap client for the interop contract (../../README.md); the flow is in ../js-common/contract.mjs.
import soap from 'soap';
import { IPS_XSD, runContract } from '../js-common/contract.mjs';

await runContract({
  name: 'node-soap',
  async client(wsdl, password) {
    const c = await soap.createClientAsync(wsdl);
    c.addSoapHeader({ authHeader: { user: process.env.IPS_USER, password, appName: 'interop-node-soap', appVersion: '1.0' } }, '', 'ips', IPS_XSD);
    return c;
  },
  // node-soap takes the request element's content and answers [result, rawResponse, …].
  async call(c, op, param) {
    const [result] = await c[`${op}Async`](param);
    return result;
  },
  // The parsed fault envelope is on err.root.
  faultCode: (e) => Number(e.root?.Envelope?.Body?.Fault?.detail?.authenticationFault?.code),
});

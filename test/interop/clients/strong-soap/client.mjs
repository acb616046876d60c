// strong-soap client for the interop contract (../../README.md); the flow is in ../js-common/contract.mjs.
// The client is built at run time from the served WSDL (soap.createClient); nothing is generated.
import { createRequire } from 'node:module';
import { IPS_XSD, runContract } from '../js-common/contract.mjs';

const require = createRequire(import.meta.url);
const { soap, QName } = require('strong-soap');
const { version: STRONG_SOAP_VERSION } = require('strong-soap/package.json');

await runContract({
  name: 'strong-soap',
  async client(wsdl, password) {
    const c = await new Promise((resolve, reject) => soap.createClient(wsdl, {}, (err, cl) => (err ? reject(err) : resolve(cl))));
    c.setEndpoint(process.env.IPS_ENDPOINT);
    // With a QName, strong-soap looks the header element up in the WSDL and serializes the value as its
    // content (qualified children), so the value is authHeader's content, not {authHeader: …}.
    c.addSoapHeader({ user: process.env.IPS_USER, password, appName: 'interop-strong-soap', appVersion: STRONG_SOAP_VERSION }, new QName(IPS_XSD, 'authHeader'));
    return c;
  },
  // Document/literal: strong-soap wants the request element itself as the top-level key.
  call: (c, op, param) => new Promise((resolve, reject) => c[op]({ [`${op}Param`]: param }, (err, result) => (err ? reject(err) : resolve(result)))),
  faultCode(e) {
    // strong-soap's fault API: the parsed envelope is on err.root. strong-soap (client.js) only picks the
    // fault descriptor when the body contains the literal text '<soap:Fault>' or '<Fault>'; with any other
    // prefix (here soapenv:, as Axis2 sends too) the detail is parsed without the schema and `code` arrives
    // as the string "10001" instead of a number, hence Number().
    // The served WSDL, like the real one, has a SOAP 1.1 and a SOAP 1.2 port; strong-soap takes the 1.2 one,
    // whose fault carries the detail in Detail (SOAP 1.2) rather than detail (SOAP 1.1).
    const fault = e.root?.Envelope?.Body?.Fault;
    const code = (fault?.Detail ?? fault?.detail)?.authenticationFault?.code;
    return code === undefined ? undefined : Number(code);
  },
});

// The mock's own view of a company's active jobs, read over HTTP (raw SOAP, no client stack):
// job count and the distinct variants, states and locales.
import { parseXml } from '../../dist/xml/parse-xml.js';
import { detailElements } from '../../dist/schema/detail-elements.js';

const NS = { '2014-04-03': 'http://www.scene7.com/IpsApi/xsd/2014-04-03', '2016-01-14-beta': 'http://www.scene7.com/IpsApi/xsd/2016-01-14-beta' };
const VARIANTS = new Set(detailElements.map((d) => d.element));

export async function mockView(mock, version, company) {
  const body = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password></authHeader></soapenv:Header><soapenv:Body><getActiveJobsParam xmlns="${NS[version]}"><companyHandle>${company}</companyHandle></getActiveJobsParam></soapenv:Body></soapenv:Envelope>`;
  const res = await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs' }, body });
  if (res.status !== 200) throw new Error(`mock view: HTTP ${res.status}`);
  const env = parseXml(await res.text());
  const items = env.children.find((c) => c.local === 'Body').children[0].children[0].children;
  const text = (item, name) => item.children.find((c) => c.local === name)?.text;
  const distinct = (xs) => [...new Set(xs)].sort();
  return {
    jobCount: items.length,
    variants: distinct(items.map((it) => it.children.find((c) => VARIANTS.has(c.local))?.local ?? '(none)')),
    states: distinct(items.map((it) => text(it, 'state'))),
    locales: distinct(items.map((it) => text(it, 'locale'))),
  };
}

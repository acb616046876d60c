// The mock's own view, read without a client stack: per namespace, a company's active jobs over raw SOAP
// (job count, distinct variants, states and locales) and what that namespace declares (the submittable
// job-detail elements, whether submitJob takes a locale, whether JobLog has detailTotalRows), so each client's expectations come from
// the namespace it called.
import { parseXml } from '../../dist/xml/parse-xml.js';
import { detailElements } from '../../dist/schema/detail-elements.js';
import { resolveSchema } from '../../dist/schema/resolved-schema.js';
import { versionById } from '../../dist/schema/versions.js';

const VARIANTS = new Set(detailElements.map((d) => d.element));
/** What clients submit, in order of preference; each namespace gets the first three it declares. */
const PREFERRED_SUBMIT = ['imageServingPublishJob', 'uploadUrlsJob', 'exportJob', 'imageRenderingPublishJob'];

export function declared(version) {
  const schema = resolveSchema(versionById(version));
  const params = schema.operations.get('submitJob').param.fields.map((f) => f.name);
  return {
    submit: PREFERRED_SUBMIT.filter((v) => params.includes(v)).slice(0, 3),
    submitLocale: params.includes('locale'),
    detailTotalRows: schema.types.get('JobLog').fields.some((f) => f.name === 'detailTotalRows'),
  };
}

export async function mockView(mock, version, company) {
  const ns = versionById(version).namespace;
  const body = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password></authHeader></soapenv:Header><soapenv:Body><getActiveJobsParam xmlns="${ns}"><companyHandle>${company}</companyHandle></getActiveJobsParam></soapenv:Body></soapenv:Envelope>`;
  const res = await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getActiveJobs' }, body });
  if (res.status !== 200) throw new Error(`mock view ${version}: HTTP ${res.status}`);
  const env = parseXml(await res.text());
  const items = env.children.find((c) => c.local === 'Body').children[0].children[0].children;
  const text = (item, name) => item.children.find((c) => c.local === name)?.text;
  // Fields a namespace lacks (pre-4.0 has no locale) are absent, not listed.
  const distinct = (xs) => [...new Set(xs.filter((x) => x !== undefined))].sort();
  return {
    jobCount: items.length,
    variants: distinct(items.map((it) => it.children.find((c) => VARIANTS.has(c.local))?.local ?? '(none)')),
    states: distinct(items.map((it) => text(it, 'state'))),
    locales: distinct(items.map((it) => text(it, 'locale'))),
  };
}

/**
 * Two image handles from a company's catalogue, looked up over raw SOAP (searchAssets in the 2013-02-15 namespace;
 * the catalogue is the company's, whatever namespace reads it): export jobs must name assets the company has
 * (docs/decisions.md §14), so clients submit these instead of made-up handles.
 */
export async function exportAssets(mock, company) {
  const ns = versionById('2013-02-15').namespace;
  const body = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>ips@example.com</user><password>ips-mock</password></authHeader></soapenv:Header><soapenv:Body><searchAssetsParam xmlns="${ns}"><companyHandle>${company}</companyHandle><includeSubfolders>true</includeSubfolders><assetTypeArray><items>Image</items></assetTypeArray><recordsPerPage>2</recordsPerPage></searchAssetsParam></soapenv:Body></soapenv:Envelope>`;
  const res = await fetch(mock.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'searchAssets' }, body });
  if (res.status !== 200) throw new Error(`export assets for ${company}: HTTP ${res.status}`);
  const ret = parseXml(await res.text()).children.find((c) => c.local === 'Body').children[0];
  const items = ret.children.find((c) => c.local === 'assetArray')?.children ?? [];
  const handles = items.map((it) => it.children.find((c) => c.local === 'assetHandle')?.text).filter((h) => h);
  if (handles.length !== 2) throw new Error(`export assets for ${company}: found ${handles.length} images, want 2`);
  return handles;
}

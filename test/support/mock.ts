/** Test helpers: an app under supertest, SOAP request bodies, and reading responses. */
import { createServer, type RequestListener, type Server } from 'node:http';
import request from 'supertest';
import { createApp } from '../../src/http/create-app.js';
import type { IpsMockConfig } from '../../src/config/config.js';
import { parseXml, type XmlElement } from '../../src/xml/parse-xml.js';

export const CLOCK = '2026-11-28T10:00:00.000Z';
/** Namespaces as the reference §1.1 names them (written out, not read from the model). */
export const NS = {
  base: 'http://www.scene7.com/IpsApi/xsd',
  'pre-4.0': 'http://www.scene7.com/IpsApi/xsd',
  '2008-01-15': 'http://www.scene7.com/IpsApi/xsd/2008-01-15',
  '2008-09-10': 'http://www.scene7.com/IpsApi/xsd/2008-09-10',
  '2009-07-31': 'http://www.scene7.com/IpsApi/xsd/2009-07-31',
  '2010-01-31': 'http://www.scene7.com/IpsApi/xsd/2010-01-31',
  '2012-02-14': 'http://www.scene7.com/IpsApi/xsd/2012-02-14',
  '2013-02-15': 'http://www.scene7.com/IpsApi/xsd/2013-02-15',
  '2014-04-03': 'http://www.scene7.com/IpsApi/xsd/2014-04-03',
  '2016-01-14-beta': 'http://www.scene7.com/IpsApi/xsd/2016-01-14-beta',
  soap11: 'http://schemas.xmlsoap.org/soap/envelope/',
  soap12: 'http://www.w3.org/2003/05/soap-envelope',
} as const;
export type VersionId = Exclude<keyof typeof NS, 'base' | 'soap11' | 'soap12'>;
/** Every served namespace, oldest first. */
export const ALL_VERSIONS: readonly VersionId[] = ['pre-4.0', '2008-01-15', '2008-09-10', '2009-07-31', '2010-01-31', '2012-02-14', '2013-02-15', '2014-04-03', '2016-01-14-beta'];
/** The two namespaces the broad behaviour tests run in (the documented newest and the beta). */
export const VERSIONS: readonly VersionId[] = ['2014-04-03', '2016-01-14-beta'];
/** The served WSDL path of a namespace (reference §2.1: IpsApi.wsdl before 4.0). */
export const wsdlPath = (v: VersionId): string => `/scene7/webservice/${v === 'pre-4.0' ? 'IpsApi.wsdl' : `IpsApi-${v}.wsdl`}`;
export const SERVICE = '/scene7/services/IpsApiService';

export function mockApp(config: Partial<IpsMockConfig> = {}) {
  return createApp({ seed: 7, clock: CLOCK, ...config });
}

export interface AuthOptions {
  user?: string;
  password?: string;
  locale?: string;
  extra?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function authHeader(a: AuthOptions = {}): string {
  const user = a.user ?? 'ips@example.com';
  const password = a.password ?? 'ips-mock';
  return `<authHeader xmlns="${NS.base}"><user>${esc(user)}</user><password>${esc(password)}</password>${a.locale ? `<locale>${a.locale}</locale>` : ''}${a.extra ?? ''}</authHeader>`;
}

/** A SOAP 1.1 envelope; `body` is the inner XML of <op>Param (children in the version namespace). */
export function envelope(op: string, body: string, opts: { version?: VersionId; header?: string } = {}): string {
  const ns = NS[opts.version ?? '2014-04-03'];
  const header = opts.header ?? authHeader();
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${NS.soap11}"><soapenv:Header>${header}</soapenv:Header><soapenv:Body><${op}Param xmlns="${ns}">${body}</${op}Param></soapenv:Body></soapenv:Envelope>`;
}

/*
 * One listening server per app for `call` (supertest would start and stop a server for every
 * request). unref'd, so an app a test forgets never keeps the worker alive.
 */
const servers = new WeakMap<object, Server>();
function serverOf(app: RequestListener): Server {
  let s = servers.get(app);
  if (!s) {
    s = createServer(app).listen(0, '127.0.0.1');
    s.unref();
    servers.set(app, s);
  }
  return s;
}

export async function call(app: ReturnType<typeof mockApp>['app'], op: string, body: string, opts: { version?: VersionId; header?: string; headers?: Record<string, string> } = {}) {
  const res = await request(serverOf(app))
    .post(SERVICE)
    .set('Content-Type', 'text/xml; charset=utf-8')
    .set('SOAPAction', op)
    .set(opts.headers ?? {})
    .send(envelope(op, body, opts));
  return res;
}

/**
 * A minimal valid job detail per variant, as submitJob request XML. Jobs that work on assets the company
 * has take only assets that exist, so their details hold {image1} {image2} {image3} / {pdf1} {pdf2}:
 * `submitDetail` fills in handles of the company's own assets.
 */
export const SUBMIT_DETAILS: Readonly<Record<string, string>> = {
  imageServingPublishJob: '<publishType>Full</publishType><emailSetting>None</emailSetting>',
  imageRenderingPublishJob: '<emailSetting>All</emailSetting>',
  videoPublishJob: '<emailSetting>Error</emailSetting><httpCompletionUrl>https://hooks.example.com/done</httpCompletionUrl>',
  serverDirectoryPublishJob: '<emailSetting>None</emailSetting>',
  metadataPublishJob: '<forcePublish>true</forcePublish>',
  uploadDirectoryJob:
    '<destFolder>shop/in/</destFolder><serverDir>/ftp/shop/in/</serverDir><overwrite>true</overwrite><readyForPublish>true</readyForPublish><includeSubfolders>false</includeSubfolders><createMask>false</createMask><processMetadataFiles>false</processMetadataFiles><emailSetting>None</emailSetting>',
  uploadUrlsJob:
    '<urlArray><items><sourceUrl>https://example.com/a.jpg</sourceUrl><destPath>shop/a.jpg</destPath></items><items><sourceUrl>https://example.com/b.jpg</sourceUrl><destPath>shop/b.jpg</destPath></items></urlArray><overwrite>true</overwrite><readyForPublish>true</readyForPublish><createMask>false</createMask><emailSetting>None</emailSetting>',
  optimizeImagesJob: '<emailSetting>None</emailSetting>',
  ripPdfsJob: '<pdfHandleArray><items>{pdf1}</items><items>{pdf2}</items></pdfHandleArray><createMask>false</createMask><emailSetting>None</emailSetting>',
  reprocessAssetsJob: '<assetHandleArray><items>{image1}</items></assetHandleArray><createMask>false</createMask><emailSetting>None</emailSetting>',
  createVideoSitemapJob: '<forceUpdate>false</forceUpdate>',
  exportJob: '<assetHandleArray><items>{image1}</items><items>{image2}</items><items>{image3}</items></assetHandleArray><fmt>orig</fmt><emailSetting>None</emailSetting>',
  automatedSetGenerationJob:
    '<assetHandleArray><items>{image1}</items></assetHandleArray><readyForPublish>true</readyForPublish><autoSetCreationOptions><autoSetsArray><items>ps|941</items></autoSetsArray></autoSetCreationOptions><emailSetting>None</emailSetting>',
};

/** Handles of up to `n` of the company's assets (of one type), read as a client would (searchAssets). */
export async function assetHandles(app: ReturnType<typeof mockApp>['app'], companyHandle: string, n: number, type?: string): Promise<string[]> {
  const types = type === undefined ? '' : `<assetTypeArray><items>${type}</items></assetTypeArray>`;
  const res = await call(app, 'searchAssets', `<companyHandle>${companyHandle}</companyHandle><includeSubfolders>true</includeSubfolders>${types}<recordsPerPage>${n}</recordsPerPage>`);
  return children(child(bodyElement(res.text), 'assetArray')!, 'items').map((a) => text(a, 'assetHandle')!);
}

/** SUBMIT_DETAILS[variant] with its {imageN} / {pdfN} filled in: handles of the company's assets, read over SOAP (searchAssets). */
export async function submitDetail(app: ReturnType<typeof mockApp>['app'], companyHandle: string, variant: string): Promise<string> {
  const detail = SUBMIT_DETAILS[variant];
  if (detail === undefined) throw new Error(`no SUBMIT_DETAILS for ${variant}`);
  const of = (type: string) => assetHandles(app, companyHandle, 3, type);
  const found = { image: /\{image\d\}/.test(detail) ? await of('Image') : [], pdf: /\{pdf\d\}/.test(detail) ? await of('Pdf') : [] };
  return detail.replace(/\{(image|pdf)(\d)\}/g, (_, kind: 'image' | 'pdf', n: string) => found[kind][Number(n) - 1]!);
}

/** The single element in the response Body. */
export function bodyElement(xml: string): XmlElement {
  const env = parseXml(xml);
  const body = env.children.find((c) => c.local === 'Body')!;
  return body.children[0]!;
}

export const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.local === name);
export const children = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.local === name);
export const text = (el: XmlElement, name: string): string | undefined => child(el, name)?.text;

/** `items` of the jobArray / jobLogArray of a response. */
export function items(xml: string, arrayName = 'jobArray'): XmlElement[] {
  return children(child(bodyElement(xml), arrayName)!, 'items');
}

export interface FaultInfo {
  readonly faultcode: string;
  readonly faultstring: string;
  readonly element: string;
  readonly ns: string;
  /** Prefix of the detail element and of its code/reason children. */
  readonly prefixes: readonly string[];
  readonly code: number;
  readonly reason: string;
}

export function faultOf(xml: string): FaultInfo {
  const f = bodyElement(xml);
  if (f.local !== 'Fault') throw new Error(`not a fault: ${xml.slice(0, 300)}`);
  const detail = child(f, 'detail')!.children[0]!;
  return {
    faultcode: text(f, 'faultcode')!,
    faultstring: text(f, 'faultstring')!,
    element: detail.local,
    ns: detail.ns,
    prefixes: [detail, ...detail.children].map((e) => e.prefix),
    code: Number(text(detail, 'code')),
    reason: text(detail, 'reason')!,
  };
}

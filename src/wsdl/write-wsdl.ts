/**
 * Writes the WSDL 1.1 document for one API version from the resolved schema
 * model. The output is the text kept in wsdl/IpsApi-<version>.wsdl (a test
 * fails if the two drift) and, with the request's own address, what
 * GET …/IpsApi-<version>.wsdl serves.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { API_NS, BASE_NS } from '../schema/base-namespace.js';
import { isBuiltIn, repeats, typeName, type Field, type TypeRef } from '../schema/model.js';
import { resolveSchema, type ResolvedSchema } from '../schema/resolved-schema.js';
import type { ApiVersion } from '../schema/versions.js';
import { PLACEHOLDER_ADDRESS } from './placeholder-address.js';

const NS = {
  wsdl: 'http://schemas.xmlsoap.org/wsdl/',
  soap: 'http://schemas.xmlsoap.org/wsdl/soap/',
  xsd: 'http://www.w3.org/2001/XMLSchema',
} as const;


const FAULT_MESSAGES = [
  { element: 'authenticationFault', message: 'AuthenticationFault' },
  { element: 'authorizationFault', message: 'AuthorizationFault' },
  { element: 'ipsApiFault', message: 'IpsApiFault' },
] as const;

/**
 * Inside the embedded schemas, `xs` (XML Schema) and `t` (the versioned
 * namespace) are declared on each xs:schema element itself, so a schema can be
 * lifted out of the WSDL as a standalone XSD (tests validate responses that way).
 */
const xsdRef = (t: TypeRef): string => (isBuiltIn(t) ? `xs:${typeName(t)}` : `t:${typeName(t)}`);

function writeSequence(parent: XMLBuilder, fields: readonly Field[], compositor: 'sequence' | 'all' = 'sequence'): void {
  const seq = parent.ele(`xs:${compositor}`);
  for (const f of fields) {
    const attrs: Record<string, string> = { name: f.name, type: xsdRef(f.type), minOccurs: String(f.minOccurs) };
    if (repeats(f)) attrs.maxOccurs = String(f.maxOccurs);
    seq.ele('xs:element', attrs);
  }
}

const schemaElement = (types: XMLBuilder, ns: string): XMLBuilder =>
  types.ele('xs:schema', { 'xmlns:xs': NS.xsd, 'xmlns:t': ns, targetNamespace: ns, elementFormDefault: 'qualified' });

function writeBaseElements(s: XMLBuilder, schema: ResolvedSchema): void {
  for (const e of [schema.authHeader, ...schema.faults]) {
    const ct = s.ele('xs:element', { name: e.name }).ele('xs:complexType');
    writeSequence(ct, e.fields, e.compositor);
    if (e.anyAttribute) ct.ele('xs:anyAttribute', { namespace: '##other', processContents: 'lax' });
  }
}

function writeVersionedSchema(s: XMLBuilder, schema: ResolvedSchema): void {
  for (const t of schema.types.values()) {
    writeSequence(s.ele('xs:complexType', { name: t.name }), t.fields);
  }
  for (const op of schema.operations.values()) {
    for (const e of [op.param, op.result]) {
      writeSequence(s.ele('xs:element', { name: e.name }).ele('xs:complexType'), e.fields);
    }
  }
}

function writeMessages(root: XMLBuilder, schema: ResolvedSchema): void {
  for (const op of schema.operations.values()) {
    root.ele('wsdl:message', { name: `${op.name}Request` }).ele('wsdl:part', { name: op.param.name, element: `types:${op.param.name}` });
    root.ele('wsdl:message', { name: `${op.name}Response` }).ele('wsdl:part', { name: op.result.name, element: `types:${op.result.name}` });
  }
  root.ele('wsdl:message', { name: 'AuthHeader' }).ele('wsdl:part', { name: 'authHeader', element: 'ips:authHeader' });
  for (const f of FAULT_MESSAGES) {
    root.ele('wsdl:message', { name: f.message }).ele('wsdl:part', { name: f.element, element: `ips:${f.element}` });
  }
}

function writePortType(root: XMLBuilder, schema: ResolvedSchema): void {
  const pt = root.ele('wsdl:portType', { name: 'IpsApiPortType' });
  for (const op of schema.operations.values()) {
    const o = pt.ele('wsdl:operation', { name: op.name });
    o.ele('wsdl:input', { message: `tns:${op.name}Request` });
    o.ele('wsdl:output', { message: `tns:${op.name}Response` });
    for (const f of FAULT_MESSAGES) o.ele('wsdl:fault', { name: f.element, message: `tns:${f.message}` });
  }
}

function writeBinding(root: XMLBuilder, schema: ResolvedSchema): void {
  const b = root.ele('wsdl:binding', { name: 'IpsApiSoapBinding', type: 'tns:IpsApiPortType' });
  b.ele('soap:binding', { style: 'document', transport: 'http://schemas.xmlsoap.org/soap/http' });
  for (const op of schema.operations.values()) {
    const o = b.ele('wsdl:operation', { name: op.name });
    o.ele('soap:operation', { soapAction: op.name, style: 'document' });
    const input = o.ele('wsdl:input');
    input.ele('soap:body', { use: 'literal', parts: op.param.name });
    input.ele('soap:header', { message: 'tns:AuthHeader', part: 'authHeader', use: 'literal' });
    o.ele('wsdl:output').ele('soap:body', { use: 'literal' });
    for (const f of FAULT_MESSAGES) o.ele('wsdl:fault', { name: f.element }).ele('soap:fault', { name: f.element, use: 'literal' });
  }
}

/** The WSDL text for a version, with `address` as the SOAP endpoint. */
export function writeWsdl(version: ApiVersion, address: string = PLACEHOLDER_ADDRESS): string {
  const schema = resolveSchema(version);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('wsdl:definitions', {
    'xmlns:wsdl': NS.wsdl,
    'xmlns:soap': NS.soap,
    'xmlns:tns': API_NS,
    'xmlns:ips': BASE_NS,
    'xmlns:types': version.namespace,
    name: 'IpsApi',
    targetNamespace: API_NS,
  });
  root.com(` Adobe Scene7 IPS API ${version.id} (job operations), served by ips-mock. Generated from src/schema; do not edit. `);
  const types = root.ele('wsdl:types');
  // Before 4.0 the types shared the base namespace: one schema holds everything.
  const base = schemaElement(types, BASE_NS);
  writeBaseElements(base, schema);
  writeVersionedSchema(version.namespace === BASE_NS ? base : schemaElement(types, version.namespace), schema);
  writeMessages(root, schema);
  writePortType(root, schema);
  writeBinding(root, schema);
  root
    .ele('wsdl:service', { name: 'IpsApiService' })
    .ele('wsdl:port', { name: 'IpsApiSoapPort', binding: 'tns:IpsApiSoapBinding' })
    .ele('soap:address', { location: address });
  return root.end({ prettyPrint: true, indent: '  ' }) + '\n';
}

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
  soap12: 'http://schemas.xmlsoap.org/wsdl/soap12/',
  xsd: 'http://www.w3.org/2001/XMLSchema',
} as const;


const FAULT_MESSAGES = [
  { element: 'ipsApiFault', message: 'ipsApiFaultException' },
  { element: 'authenticationFault', message: 'authenticationFaultException' },
  { element: 'authorizationFault', message: 'authorizationFaultException' },
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

/**
 * Messages, portType, bindings and service follow the real 2013-02-15 WSDL:
 * messages `<op>` / `<op>Response` with parts `input` / `output`, fault
 * messages `<fault>Exception`, faults listed ipsApiFault first, one SOAP 1.1
 * and one SOAP 1.2 binding (test/conformance-real-wsdl.test.ts compares them).
 */
function writeMessages(root: XMLBuilder, schema: ResolvedSchema): void {
  for (const op of schema.operations.values()) {
    root.ele('wsdl:message', { name: op.name }).ele('wsdl:part', { element: `types:${op.param.name}`, name: 'input' });
    root.ele('wsdl:message', { name: `${op.name}Response` }).ele('wsdl:part', { element: `types:${op.result.name}`, name: 'output' });
  }
  for (const f of FAULT_MESSAGES) {
    root.ele('wsdl:message', { name: f.message }).ele('wsdl:part', { element: `ips:${f.element}`, name: 'fault' });
  }
  root.ele('wsdl:message', { name: 'authHeader' }).ele('wsdl:part', { element: 'ips:authHeader', name: 'authHeader' });
}

function writePortType(root: XMLBuilder, schema: ResolvedSchema): void {
  const pt = root.ele('wsdl:portType', { name: 'IpsApiPortType' });
  for (const op of schema.operations.values()) {
    const o = pt.ele('wsdl:operation', { name: op.name });
    o.ele('wsdl:input', { message: `tns:${op.name}`, name: op.name });
    o.ele('wsdl:output', { message: `tns:${op.name}Response`, name: `${op.name}Response` });
    for (const f of FAULT_MESSAGES) o.ele('wsdl:fault', { message: `tns:${f.message}`, name: f.element });
  }
}

/** The two bindings of the real WSDL; they differ only in their extension namespace (prefix). */
const BINDINGS = [
  { name: 'IpsApiServiceSoapBinding', port: 'IpsApiSoapPort', ext: 'soap' },
  { name: 'IpsApiServiceSoap12Binding', port: 'IpsApiSoap12Port', ext: 'soap12' },
] as const;

/**
 * Which bindings a WSDL carries: both (the real layout, the default), or only
 * SOAP 1.1 for stacks that cannot read a soap12 binding (Axis 1.4's WSDL2Java
 * stops on soap12:fault; docs/decisions.md §2e), served at `?soap=1.1`.
 */
export type WsdlBindings = 'soap11+soap12' | 'soap11';

function writeBinding(root: XMLBuilder, schema: ResolvedSchema, binding: (typeof BINDINGS)[number]): void {
  const x = binding.ext;
  const body = { namespace: API_NS, use: 'literal' };
  const b = root.ele('wsdl:binding', { name: binding.name, type: 'tns:IpsApiPortType' });
  b.ele(`${x}:binding`, { style: 'document', transport: 'http://schemas.xmlsoap.org/soap/http' });
  for (const op of schema.operations.values()) {
    const o = b.ele('wsdl:operation', { name: op.name });
    o.ele(`${x}:operation`, { soapAction: op.name });
    const input = o.ele('wsdl:input', { name: op.name });
    input.ele(`${x}:body`, body);
    input.ele(`${x}:header`, { message: 'tns:authHeader', part: 'authHeader', ...body });
    o.ele('wsdl:output', { name: `${op.name}Response` }).ele(`${x}:body`, body);
    for (const f of FAULT_MESSAGES) o.ele('wsdl:fault', { name: f.element }).ele(`${x}:fault`, body);
  }
}

/** The WSDL text for a version, with the placeholder address (the route puts the request's host there). */
export function writeWsdl(version: ApiVersion, bindings: WsdlBindings = 'soap11+soap12'): string {
  const schema = resolveSchema(version);
  const served = BINDINGS.filter((b) => bindings === 'soap11+soap12' || b.ext === 'soap');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('wsdl:definitions', {
    'xmlns:wsdl': NS.wsdl,
    'xmlns:soap': NS.soap,
    ...(served.some((b) => b.ext === 'soap12') ? { 'xmlns:soap12': NS.soap12 } : {}),
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
  for (const b of served) writeBinding(root, schema, b);
  const service = root.ele('wsdl:service', { name: 'IpsApiService' });
  for (const b of served) service.ele('wsdl:port', { binding: `tns:${b.name}`, name: b.port }).ele(`${b.ext}:address`, { location: PLACEHOLDER_ADDRESS });
  return root.end({ prettyPrint: true, indent: '  ' }) + '\n';
}

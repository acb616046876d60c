/**
 * The shape of a WSDL 1.1 document as comparable facts, and a diff of two
 * shapes. A fact is one line naming a path and what is there, e.g.
 *   type ActiveJob/3 = element name (xsd:string) 1..1
 * Prefixes, attribute order, layout, comments and addresses do not matter;
 * names, order, types (as namespace-qualified names), cardinality, nillable,
 * compositors, messages, SOAPActions and portType/binding/service names do.
 * Only what the given operations reach is described, so a partial WSDL (ours)
 * can be compared with a complete one (the real service's).
 */
import { parseXml, type XmlElement } from '../../src/xml/parse-xml.js';

const WSDL = 'http://schemas.xmlsoap.org/wsdl/';
const XS = 'http://www.w3.org/2001/XMLSchema';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const SOAP_EXT: Readonly<Record<string, string>> = {
  'http://schemas.xmlsoap.org/wsdl/soap/': 'soap',
  'http://schemas.xmlsoap.org/wsdl/soap12/': 'soap12',
};

/** Generous limits: a complete IPS WSDL is ~600 kB and ~15,000 elements. */
const LIMITS = {
  maxDepth: 64,
  maxNameLength: 256,
  maxAttributesPerElement: 64,
  maxNamespaceDeclarations: 10_000,
  maxElements: 200_000,
  maxReferences: 200_000,
  maxMarkupGap: 64 * 1024,
};

/** An element with the namespace declarations in scope, to resolve QName-valued attributes. */
interface Scoped {
  readonly el: XmlElement;
  readonly scope: ReadonlyMap<string, string>;
}

function withScope(el: XmlElement, parent: ReadonlyMap<string, string>): Scoped {
  const decls = el.attrs.filter((a) => a.ns === XMLNS);
  if (decls.length === 0) return { el, scope: parent };
  const scope = new Map(parent);
  for (const d of decls) scope.set(d.local === 'xmlns' ? '' : d.local, d.value);
  return { el, scope };
}

const kids = (s: Scoped, ns: string, local?: string): Scoped[] =>
  s.el.children.filter((c) => c.ns === ns && (local === undefined || c.local === local)).map((c) => withScope(c, s.scope));
const attr = (s: Scoped, name: string): string | undefined => s.el.attrs.find((a) => a.ns === '' && a.local === name)?.value;

export interface ShapeOptions {
  /** The versioned types namespace, written as {V} so two releases can be compared. */
  readonly versionNs: string;
  /** The operations to describe (others are ignored). */
  readonly operations: readonly string[];
}

/** A parsed WSDL (parse once, describe many times). */
export type WsdlDocument = Scoped;

export const parseWsdl = (text: string): WsdlDocument => withScope(parseXml(text, LIMITS), new Map());

/** The facts of a WSDL, in document order of what the operations reach. */
export function wsdlShape(root: WsdlDocument, options: ShapeOptions): string[] {
  const label = (ns: string): string => (ns === options.versionNs ? '{V}' : ns === 'http://www.scene7.com/IpsApi/xsd' ? '{B}' : ns === XS ? 'xsd' : `{${ns}}`);
  const qname = (s: Scoped, value: string | undefined): string => {
    if (value === undefined) return '(none)';
    const colon = value.indexOf(':');
    const prefix = colon < 0 ? '' : value.slice(0, colon);
    const ns = s.scope.get(prefix);
    return `${ns === undefined ? `{unbound ${prefix}}` : label(ns)}:${value.slice(colon + 1)}`;
  };
  const facts: string[] = [];
  const fact = (line: string): void => void facts.push(line);
  fact(`definitions name=${attr(root, 'name')} targetNamespace=${attr(root, 'targetNamespace')}`);

  // Schema components by qualified name.
  const globalElements = new Map<string, Scoped>();
  const complexTypes = new Map<string, Scoped>();
  for (const types of kids(root, WSDL, 'types')) {
    for (const schema of kids(types, XS, 'schema')) {
      const tns = label(attr(schema, 'targetNamespace') ?? '');
      for (const e of kids(schema, XS, 'element')) globalElements.set(`${tns}:${attr(e, 'name')}`, e);
      for (const t of kids(schema, XS, 'complexType')) complexTypes.set(`${tns}:${attr(t, 'name')}`, t);
    }
  }
  const pendingTypes: string[] = [];
  const describeContent = (path: string, ct: Scoped | undefined): void => {
    if (!ct) return fact(`${path} = (no complexType)`);
    for (const c of ct.el.children) {
      const group = withScope(c, ct.scope);
      if (c.ns !== XS) continue;
      if (c.local === 'anyAttribute') {
        fact(`${path} anyAttribute namespace=${attr(group, 'namespace') ?? '##any'} processContents=${attr(group, 'processContents') ?? 'strict'}`);
        continue;
      }
      if (c.local === 'annotation') continue;
      fact(`${path} compositor ${c.local}`);
      kids(group, XS).forEach((e, i) => {
        if (e.el.local !== 'element') return fact(`${path}/${i + 1} = ${e.el.local}`);
        const type = qname(e, attr(e, 'type'));
        if (type.startsWith('{V}:') || type.startsWith('{B}:')) pendingTypes.push(type);
        fact(`${path}/${i + 1} = element ${attr(e, 'name')} (${type}) ${attr(e, 'minOccurs') ?? '1'}..${attr(e, 'maxOccurs') ?? '1'}${attr(e, 'nillable') === 'true' ? ' nillable' : ''}`);
      });
    }
  };
  const seenElements = new Set<string>();
  const describeElement = (q: string): void => {
    if (seenElements.has(q)) return;
    seenElements.add(q);
    const e = globalElements.get(q);
    if (!e) return fact(`element ${q} missing`);
    if (attr(e, 'type')) return fact(`element ${q} type=${qname(e, attr(e, 'type'))}`);
    describeContent(`element ${q}`, kids(e, XS, 'complexType')[0]);
  };

  // Messages by local name (they are in the definitions' target namespace).
  const messages = new Map(kids(root, WSDL, 'message').map((m) => [attr(m, 'name')!, m]));
  const describeMessage = (ref: string): string => {
    const name = ref.slice(ref.indexOf(':') + 1);
    const m = messages.get(name);
    if (!m) return `${name} (missing)`;
    const parts = kids(m, WSDL, 'part').map((p) => {
      const element = qname(p, attr(p, 'element'));
      describeElement(element);
      return `${attr(p, 'name')}=${element}`;
    });
    return `${name}[${parts.join(', ')}]`;
  };

  const wanted = new Set(options.operations);
  for (const pt of kids(root, WSDL, 'portType')) {
    fact(`portType ${attr(pt, 'name')}`);
    for (const op of kids(pt, WSDL, 'operation').filter((o) => wanted.has(attr(o, 'name')!))) {
      const path = `portType ${attr(pt, 'name')}/${attr(op, 'name')}`;
      for (const io of op.el.children.filter((c) => c.ns === WSDL)) {
        const s = withScope(io, op.scope);
        fact(`${path} ${io.local} name=${attr(s, 'name') ?? '(none)'} message=${describeMessage(attr(s, 'message') ?? '')}`);
      }
    }
  }
  for (const b of kids(root, WSDL, 'binding')) {
    const path = `binding ${attr(b, 'name')}`;
    fact(`${path} type=${attr(b, 'type')?.replace(/^.*:/, '')}`);
    for (const ext of b.el.children.filter((c) => SOAP_EXT[c.ns])) {
      fact(`${path} ${SOAP_EXT[ext.ns]}:${ext.local} ${ext.attrs.map((a) => `${a.local}=${a.value}`).sort().join(' ')}`);
    }
    for (const op of kids(b, WSDL, 'operation').filter((o) => wanted.has(attr(o, 'name')!))) {
      const opPath = `${path}/${attr(op, 'name')}`;
      const describeExt = (at: string, s: Scoped) => {
        for (const ext of s.el.children.filter((c) => SOAP_EXT[c.ns])) {
          const attrs = ext.attrs.filter((a) => a.ns === '').map((a) => `${a.local}=${a.local === 'message' ? a.value.replace(/^.*:/, '') : a.value}`).sort();
          fact(`${at} ${SOAP_EXT[ext.ns]}:${ext.local} ${attrs.join(' ')}`);
        }
      };
      describeExt(opPath, op);
      for (const io of op.el.children.filter((c) => c.ns === WSDL)) {
        const s = withScope(io, op.scope);
        const at = `${opPath} ${io.local} name=${attr(s, 'name') ?? '(none)'}`;
        fact(at);
        describeExt(at, s);
      }
    }
  }
  for (const svc of kids(root, WSDL, 'service')) {
    fact(`service ${attr(svc, 'name')}`);
    for (const port of kids(svc, WSDL, 'port')) {
      const address = port.el.children.filter((c) => SOAP_EXT[c.ns]).map((c) => `${SOAP_EXT[c.ns]}:${c.local}`);
      fact(`service ${attr(svc, 'name')} port ${attr(port, 'name')} binding=${attr(port, 'binding')?.replace(/^.*:/, '')} ${address.join(' ')}`);
    }
  }
  // Named types last, each once, in the order first reached.
  const seenTypes = new Set<string>();
  while (pendingTypes.length > 0) {
    const q = pendingTypes.shift()!;
    if (seenTypes.has(q)) continue;
    seenTypes.add(q);
    describeContent(`type ${q}`, complexTypes.get(q));
  }
  return facts;
}

/** Facts of `expected` missing from `actual` (−) and facts of `actual` that `expected` lacks (+). */
export function diffShapes(expected: readonly string[], actual: readonly string[]): string[] {
  const want = new Set(expected);
  const got = new Set(actual);
  return [...expected.filter((f) => !got.has(f)).map((f) => `- ${f}`), ...actual.filter((f) => !want.has(f)).map((f) => `+ ${f}`)];
}

/** The operation names a WSDL's first portType declares. */
export function wsdlOperations(root: WsdlDocument): string[] {
  const pt = kids(root, WSDL, 'portType')[0];
  return pt ? kids(pt, WSDL, 'operation').map((o) => attr(o, 'name')!) : [];
}

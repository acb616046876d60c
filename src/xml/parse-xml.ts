/**
 * A small, namespace-aware, hardened XML reader for SOAP requests.
 * SOAP 1.1 §3 forbids DTDs in messages, so any DOCTYPE is refused before an
 * entity can be declared; saxes never expands external or custom entities, so
 * XXE and entity-expansion attacks have nothing to work with.
 *
 * Bounded cost: parsing stops at the FIRST problem (a well-formedness error or
 * a limit below), by throwing out of the saxes callback. Nothing after that
 * point is read, so the work done is linear in the bytes before the problem and
 * no limit can be exceeded by more than one step (saxes' own namespace look-ups
 * walk the open-element stack, which the depth limit keeps short).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly prefix: string;
  readonly attrs: ReadonlyArray<{ readonly ns: string; readonly local: string; readonly value: string }>;
  readonly children: XmlElement[];
  /** Concatenated text of the element's own text nodes (mixed content is not used by IPS). */
  text: string;
}

export class XmlParseError extends Error {}

/**
 * Limits of one document. A SOAP request to IPS needs a few dozen levels, names
 * of a few dozen characters, a handful of attributes and namespace declarations;
 * the limits leave a wide margin above that (and above our own WSDL).
 */
const XML_LIMITS = {
  /** Open elements at once. */
  maxDepth: 128,
  /** Characters of an element or attribute name (prefix included). */
  maxNameLength: 256,
  /** Attributes on one element, namespace declarations included. */
  maxAttributesPerElement: 64,
  /** xmlns / xmlns:p declarations in the whole document. */
  maxNamespaceDeclarations: 512,
  /** Elements in the whole document (1000 array items with a few children each fit easily). */
  maxElements: 20_000,
  /** Entity and character references (&amp; &#x41; …) in the whole document. */
  maxReferences: 200_000,
  /**
   * Characters from one '<' to the next: bounds any one text, comment, name or
   * attribute list, so a single 10 MB token is refused before it is parsed
   * (a 4096-character value, fully escaped, is under 25,000).
   */
  maxMarkupGap: 64 * 1024,
} as const;

type XmlLimits = { readonly [K in keyof typeof XML_LIMITS]: number };

/** Thrown out of saxes callbacks to stop reading; caught below. */
class Stop extends Error {}

/**
 * Before parsing, two fast scans: count `&` (every entity or character
 * reference starts with one) and measure the gaps between `<`s.
 */
function prescan(input: string, limits: XmlLimits): void {
  let count = 0;
  for (let i = input.indexOf('&'); i !== -1; i = input.indexOf('&', i + 1)) {
    if (++count > limits.maxReferences) throw new XmlParseError(`the document has more than ${limits.maxReferences} entity or character references`);
  }
  // Every element needs one or two '<' (plus a few for comments or CDATA): more cannot be a document within limits.
  const maxMarkup = 2 * limits.maxElements + 1_000;
  let markup = 0;
  let previous = -1;
  for (let i = input.indexOf('<'); ; i = input.indexOf('<', i + 1)) {
    if (++markup > maxMarkup) throw new XmlParseError(`the document has more than ${limits.maxElements} elements`);
    const at = i === -1 ? input.length : i;
    if (at - previous > limits.maxMarkupGap) {
      throw new XmlParseError(`more than ${limits.maxMarkupGap} characters without markup (one text, comment or tag that long) at character ${previous + 1}`);
    }
    if (i === -1) break;
    previous = i;
  }
}

/** One document being read: write() the text in pieces, then finish(). Throws XmlParseError at the first problem. */
function startReading(input: string, limits: XmlLimits) {
  prescan(input, limits);
  // No line/column tracking: it triples saxes' cost per element, and SOAP requests are rarely multi-line.
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let attributes = 0;
  let declarations = 0;
  let failure: string | undefined;
  const stop = (why: string): never => {
    failure = why;
    throw new Stop(why);
  };
  const checkName = (kind: string, name: string): void => {
    if (name.length > limits.maxNameLength) stop(`an ${kind} name is longer than ${limits.maxNameLength} characters`);
  };

  parser.on('doctype', () => stop('DTDs and entity declarations are not allowed in SOAP messages'));
  parser.on('error', (e) => stop(e.message));
  // Attributes arrive one by one before their element's opentag: counting here stops a flood early.
  parser.on('attribute', (a) => {
    checkName('attribute', a.name);
    if (++attributes > limits.maxAttributesPerElement) stop(`an element has more than ${limits.maxAttributesPerElement} attributes`);
    if ((a.name === 'xmlns' || a.name.startsWith('xmlns:')) && ++declarations > limits.maxNamespaceDeclarations) {
      stop(`the document declares more than ${limits.maxNamespaceDeclarations} namespaces`);
    }
  });
  parser.on('opentagstart', (tag) => {
    attributes = 0;
    checkName('element', tag.name);
    if (stack.length >= limits.maxDepth) stop(`elements are nested deeper than ${limits.maxDepth} levels`);
    if (++elements > limits.maxElements) stop(`the document has more than ${limits.maxElements} elements`);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const el: XmlElement = {
      ns: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      attrs: Object.values(tag.attributes).map((a) => ({ ns: a.uri, local: a.local, value: a.value })),
      children: [],
      text: '',
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });

  const guarded = (step: () => void): void => {
    try {
      step();
    } catch (e) {
      if (!(e instanceof Stop)) failure ??= e instanceof Error ? e.message : String(e);
    }
    if (failure !== undefined) throw new XmlParseError(failure);
  };
  return {
    write: (chunk: string) => guarded(() => parser.write(chunk)),
    finish(): XmlElement {
      guarded(() => parser.close());
      if (!root) throw new XmlParseError('the request body contains no XML element');
      return root;
    },
  };
}

export function parseXml(input: string, limits: XmlLimits = XML_LIMITS): XmlElement {
  const reading = startReading(input, limits);
  reading.write(input);
  return reading.finish();
}

/** Characters read between two turns of the event loop (a few milliseconds of parsing). */
const SLICE = 16 * 1024;

/**
 * Like parseXml, but yields to the event loop between slices, so a large
 * request does not hold up other clients' requests while it is read.
 */
export async function parseXmlAsync(input: string, limits: XmlLimits = XML_LIMITS): Promise<XmlElement> {
  const reading = startReading(input, limits);
  for (let at = 0; at < input.length; at += SLICE) {
    if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    reading.write(input.slice(at, at + SLICE));
  }
  return reading.finish();
}

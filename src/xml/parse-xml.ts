/**
 * A small, namespace-aware, hardened XML reader for SOAP requests.
 * SOAP 1.1 §3 forbids DTDs in messages, so any DOCTYPE is refused before an
 * entity can be declared; saxes never expands external or custom entities, so
 * XXE and entity-expansion attacks have nothing to work with.
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

const MAX_DEPTH = 128;

export function parseXml(input: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  const fail = (why: string): void => {
    failure ??= why;
  };

  parser.on('doctype', () => fail('DTDs and entity declarations are not allowed in SOAP messages'));
  parser.on('error', (e) => fail(e.message));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) return fail(`elements are nested deeper than ${MAX_DEPTH} levels`);
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

  try {
    parser.write(input).close();
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (failure !== undefined) throw new XmlParseError(failure);
  if (!root) throw new XmlParseError('the request body contains no XML element');
  return root;
}

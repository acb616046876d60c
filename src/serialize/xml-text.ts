/**
 * Escaping for the envelopes we write as text. Every `&` is escaped (a value
 * that already looks like an entity, e.g. a reason quoting "&lt;", is still
 * the literal text the caller must read back); `>` too, as `]]>` must never
 * appear in character data.
 */
import { toXml10 } from '../xml/xml-chars.js';

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;
/** Printable ASCII without & < >: most values (handles, dates, numbers, names), written as they are. */
const PLAIN_ASCII = /^[\x20-\x25\x27-\x3b=\x3f-\x7e]*$/;

/** Also the one guard that makes the serializer unable to write a character XML 1.0 forbids (it becomes U+FFFD). */
export const escapeText = (raw: string): string => {
  if (PLAIN_ASCII.test(raw)) return raw;
  const s = toXml10(raw);
  return TEXT_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
};

export const escapeAttr = (s: string): string => (ATTR_SPECIAL.test(s) ? escapeText(s).replace(/"/g, '&quot;') : s);

/** `<name attrs>content</name>`; an element with no content at all is written empty-tag (`<name/>`). */
export const element = (name: string, content: string | undefined, attrs = ''): string =>
  content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;

/** One attribute, with its leading space. */
export const attr = (name: string, value: string): string => ` ${name}="${escapeAttr(value)}"`;

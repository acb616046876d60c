/**
 * The characters an XML 1.0 document can carry (XML 1.0 §2.2 Char). Requests
 * may be XML 1.1, where &#x1; and friends are legal, but every answer is XML
 * 1.0: such characters are refused on the way in and can never be written out.
 */
const NOT_XML10 = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML10_ALL = new RegExp(NOT_XML10.source, 'gu');

/** The first character XML 1.0 cannot carry, as U+XXXX, or undefined when there is none. */
export function firstNonXml10(text: string): string | undefined {
  const m = NOT_XML10.exec(text);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** The text with every character XML 1.0 cannot carry replaced by U+FFFD (the serializer's last line of defence). */
export const toXml10 = (text: string): string => (NOT_XML10.test(text) ? text.replace(NOT_XML10_ALL, '\uFFFD') : text);

/** A value quoted in a fault reason: short enough that a fault never grows with the request. */
const ECHO_MAX = 120;
export const echo = (value: string): string =>
  value.length <= ECHO_MAX ? value : `${value.slice(0, ECHO_MAX)}… (${value.length} characters)`;

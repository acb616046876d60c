// Pretty-prints a SOAP message for reading: one element per line, indented,
// attributes and namespace declarations kept, text kept as it was. What cannot
// be parsed (a client's broken XML) is shown exactly as it came.

const INDENT = '  ';

/** @param {string} s */
const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** @param {string} s */
const escAttr = (s) => escText(s).replace(/"/g, '&quot;');

/**
 * @param {Element} el
 * @param {string} pad
 * @param {string[]} out
 */
function element(el, pad, out) {
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escAttr(a.value)}"`).join('');
  const kids = [...el.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim()) || n.nodeType === Node.CDATA_SECTION_NODE || n.nodeType === Node.COMMENT_NODE);
  if (kids.length === 0) {
    out.push(`${pad}<${el.tagName}${attrs}/>`);
    return;
  }
  if (kids.every((n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.CDATA_SECTION_NODE)) {
    const text = kids.map((n) => (n.nodeType === Node.CDATA_SECTION_NODE ? `<![CDATA[${n.nodeValue}]]>` : escText(n.nodeValue ?? ''))).join('');
    out.push(`${pad}<${el.tagName}${attrs}>${text}</${el.tagName}>`);
    return;
  }
  out.push(`${pad}<${el.tagName}${attrs}>`);
  for (const n of kids) {
    if (n.nodeType === Node.ELEMENT_NODE) element(/** @type {Element} */ (n), pad + INDENT, out);
    else if (n.nodeType === Node.COMMENT_NODE) out.push(`${pad + INDENT}<!--${n.nodeValue}-->`);
    else if (n.nodeType === Node.CDATA_SECTION_NODE) out.push(`${pad + INDENT}<![CDATA[${n.nodeValue}]]>`);
    else out.push(pad + INDENT + escText((n.nodeValue ?? '').trim()));
  }
  out.push(`${pad}</${el.tagName}>`);
}

/**
 * @param {string} xml
 * @returns {string}
 */
export function prettyXml(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (!xml.trim() || doc.getElementsByTagName('parsererror').length > 0) return xml;
  const decl = /^\s*(<\?xml[^>]*\?>)/.exec(xml)?.[1];
  /** @type {string[]} */
  const out = decl ? [decl] : [];
  element(doc.documentElement, '', out);
  return out.join('\n');
}

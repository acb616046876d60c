/**
 * The shape of a SOAP answer, for the drift check: per element path (array
 * items merged into one), its children in order, how often each occurs at
 * most, and the lexical type of its text. Values are ignored: the drift check
 * compares structure, never data.
 */
import type { XmlElement } from '../xml/parse-xml.js';

type TextType = 'int' | 'double' | 'boolean' | 'dateTime' | 'string' | 'empty';

interface NodeShape {
  /** Child names ({ns}local) in first-seen order. */
  readonly children: string[];
  /** Most occurrences of each child under one parent. */
  readonly maxCount: Map<string, number>;
  readonly types: Set<TextType>;
}

export type Shape = Map<string, NodeShape>;

const textType = (t: string): TextType => {
  const s = t.trim();
  if (s === '') return 'empty';
  if (/^[+-]?\d+$/.test(s)) return 'int';
  if (/^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return 'double';
  if (s === 'true' || s === 'false') return 'boolean';
  if (/^\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(s)) return 'dateTime';
  return 'string';
};

const nameOf = (el: XmlElement) => `{${el.ns}}${el.local}`;

function visit(el: XmlElement, path: string, shape: Shape): void {
  let node = shape.get(path);
  if (!node) shape.set(path, (node = { children: [], maxCount: new Map(), types: new Set() }));
  if (el.children.length === 0) node.types.add(textType(el.text));
  const counts = new Map<string, number>();
  for (const c of el.children) {
    const n = nameOf(c);
    if (!node.children.includes(n)) node.children.push(n);
    counts.set(n, (counts.get(n) ?? 0) + 1);
    visit(c, `${path}/${c.local}`, shape);
  }
  for (const [n, k] of counts) node.maxCount.set(n, Math.max(node.maxCount.get(n) ?? 0, k));
}

export function shapeOf(root: XmlElement): Shape {
  const shape: Shape = new Map();
  visit(root, root.local, shape);
  return shape;
}

/**
 * Every shape difference between the upstream's answer and the mock's:
 * an element missing or extra, children out of order, one vs many
 * (cardinality), and a text of another lexical type.
 */
import type { Shape } from './shape.js';

export interface ShapeDifference {
  readonly kind: 'missing' | 'extra' | 'order' | 'cardinality' | 'type';
  /** Element path, e.g. getActiveJobsReturn/jobArray/items/description */
  readonly path: string;
  readonly detail: string;
}

const local = (n: string) => n.slice(n.indexOf('}') + 1);

export function diffShapes(upstream: Shape, mock: Shape): ShapeDifference[] {
  const out: ShapeDifference[] = [];
  for (const [path, up] of upstream) {
    const m = mock.get(path);
    if (!m) continue; // reported as missing at its parent
    for (const c of up.children) {
      if (!m.children.includes(c)) out.push({ kind: 'missing', path: `${path}/${local(c)}`, detail: `upstream has ${c}, the mock does not` });
    }
    for (const c of m.children) {
      if (!up.children.includes(c)) out.push({ kind: 'extra', path: `${path}/${local(c)}`, detail: `the mock has ${c}, upstream does not` });
    }
    const common = up.children.filter((c) => m.children.includes(c));
    const mockOrder = m.children.filter((c) => up.children.includes(c));
    if (common.join() !== mockOrder.join()) {
      out.push({ kind: 'order', path, detail: `upstream order ${common.map(local).join(', ')}; mock order ${mockOrder.map(local).join(', ')}` });
    }
    for (const c of common) {
      const a = up.maxCount.get(c) ?? 0;
      const b = m.maxCount.get(c) ?? 0;
      if ((a > 1) !== (b > 1)) out.push({ kind: 'cardinality', path: `${path}/${local(c)}`, detail: `upstream up to ${a}, mock up to ${b}` });
    }
    const upTypes = [...up.types].filter((t) => t !== 'empty');
    const mockTypes = [...m.types].filter((t) => t !== 'empty');
    if (upTypes.length > 0 && mockTypes.length > 0 && !upTypes.some((t) => mockTypes.includes(t))) {
      out.push({ kind: 'type', path, detail: `upstream ${upTypes.join('/')}, mock ${mockTypes.join('/')}` });
    }
  }
  return out;
}

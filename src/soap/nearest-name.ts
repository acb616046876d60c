/**
 * Edit distance, to name the nearest operation in an "unknown operation" fault.
 * Its cost is length × length, so it only runs on names of plausible length:
 * nobody mistypes an operation name into a 10 MB one.
 */
const MAX_SUGGESTION_NAME = 64;

function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** The candidate closest to `name`, or undefined when the name is too long to be a typo. */
export const nearest = (name: string, candidates: Iterable<string>): string | undefined => {
  if (name.length > MAX_SUGGESTION_NAME) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
};

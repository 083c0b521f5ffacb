/**
 * "Did you mean …?": the nearest valid value to a typo, by edit distance. Hand-written (twenty
 * lines) rather than a dependency: the project needs one distance on short ids, nothing more.
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // rows[i][j]: distance between the first i characters of s and the first j of t.
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[s.length]![t.length]!;
}

/**
 * The candidate nearest to `value`, if it is near enough to be a typo: at most a third of the
 * value's length in edits (at least 2), or the value written inside it (`dedup` for `ODR-DEDUP`).
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined || best === value) return undefined;
  const limit = Math.max(2, Math.floor(value.length / 3));
  if (bestDistance <= limit) return best;
  const lower = value.toLowerCase();
  const containing = [...candidates].filter(
    (candidate) => lower.length >= 3 && candidate.toLowerCase().includes(lower),
  );
  return containing.length === 1 ? containing[0] : undefined;
}

/** " Did you mean X?" for the nearest candidate, or '' when none is near. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = nearest(value, candidates);
  return match === undefined ? '' : ` Did you mean ${match}?`;
}

/**
 * The one order the engine sorts ids and dates in: code-unit order (what `<` does on strings),
 * the same in every runtime and locale, so reports and lists come out byte-identical.
 */

/** Negative, zero or positive as `a` sorts before, with or after `b` in code-unit order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

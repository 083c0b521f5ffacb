/**
 * The one order the site lists things in for a reader: titles, glossary terms, roles and content
 * files. English collation with numbers read as numbers, so `2-fbm` comes before `10-odr` and
 * "Module 2" before "Module 10", and case and accents only break ties ("odr" next to "ODR", not
 * after "Z"). The locale is fixed rather than the machine's, so a build gives the same pages on
 * every machine, and the default (variant) sensitivity makes it a total order: two different
 * strings never tie, so the order does not depend on the order the files were read in.
 *
 * Ids, fact IDs, file names in a package and anything the engine sorts use the engine's
 * `compareText` instead (code-unit order, what `<` does): it needs no locale data, is the same
 * in every runtime, and is what the engine's reports are ordered by. Over fact IDs (capitals,
 * digits, hyphens) the two orders agree.
 */

const collator = new Intl.Collator('en', { numeric: true });

/** Negative, zero or positive as `a` comes before, with or after `b` in a list shown to a reader. */
export function compareForDisplay(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A content entry: its file path when the loader knows it, else its id. */
interface FileEntry {
  filePath?: string | undefined;
  id: string;
}

/** Orders content entries by their file paths' numeric prefixes (folder, then file). */
export function compareByFile(a: FileEntry, b: FileEntry): number {
  return compareForDisplay(a.filePath ?? a.id, b.filePath ?? b.id);
}

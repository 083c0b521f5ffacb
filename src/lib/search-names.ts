/**
 * Other names of the course's words (German, French, other spellings), from
 * `content/search-names.yaml`: the search page searches the course's word for them, and the
 * glossary lists them under their term. Read at build time; a broken file stops the build,
 * naming the file and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const names = z.array(z.string().min(1)).default([]);

/** One entry of the file. */
export const searchNameSchema = z.object({
  search: z.string().min(1).describe("The course's word, searched instead"),
  glossary: z.string().min(1).optional().describe('Glossary id that lists these names'),
  de: names.describe('German names'),
  fr: names.describe('French names'),
  also: names.describe('Other English spellings or words'),
});

/** An entry as validated. */
export type SearchName = z.infer<typeof searchNameSchema>;

/** Where the file lives, from the project root. */
export const SEARCH_NAMES_FILE = 'content/search-names.yaml';

/** Reads and checks the file (none: no other names); throws naming the file, entry and field on a problem. */
export function readSearchNames(
  glossaryIds: ReadonlySet<string>,
  file = SEARCH_NAMES_FILE,
): SearchName[] {
  if (!existsSync(file)) return [];
  const parsed = z.array(searchNameSchema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  parsed.data.forEach((entry, index) => {
    if (entry.glossary && !glossaryIds.has(entry.glossary))
      throw new Error(
        `${file}: ${index}.glossary: unknown glossary id "${entry.glossary}" (not in content/glossary.yaml)`,
      );
  });
  return parsed.data;
}

/** Every other name, lower-cased, with the word to search instead. */
export function searchSynonyms(entries: readonly SearchName[]): Record<string, string> {
  return Object.fromEntries(
    entries.flatMap((entry) =>
      [...entry.de, ...entry.fr, ...entry.also].map((name) => [name.toLowerCase(), entry.search]),
    ),
  );
}

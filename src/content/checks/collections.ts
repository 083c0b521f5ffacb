/**
 * The content collections as `src/content.config.ts` declares them, read without Astro: each
 * collection's files (its `file()` or `glob()` loader), its entries and their ids, checked against
 * its schema. `npm run check-content` finds the collections by loading the config with stand-ins
 * for Astro's loaders that record their arguments, so a new collection is checked without a list
 * kept here.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareForDisplay } from '../../lib/display-order.ts';
import { checkEntry, type Schema } from './entry.ts';
import type { Problem } from './problem.ts';
import { readSource, type SourceFile } from './source.ts';

/** Where a collection's entries come from: one list file, or one entry per file in a folder. */
type FileSpec =
  | { kind: 'file'; path: string }
  | {
      kind: 'glob';
      base: string;
      pattern: string;
      generateId?:
        | ((options: { entry: string; base: URL; data: Record<string, unknown> }) => string)
        | undefined;
    };

/** A collection: its name in content.config.ts, where its files are, and its schema. */
export interface CollectionSpec {
  name: string;
  files: FileSpec;
  schema: Schema;
}

/** One entry of a collection, as read from its file. */
export interface Entry {
  collection: string;
  id: string;
  source: SourceFile;
  /** Path of the entry in its file ([] for a file that is one entry). */
  at: (string | number)[];
  /** How a list file's entry is named in messages (`term "odr"`). */
  label?: string | undefined;
  /** The entry as written. */
  raw: unknown;
  /** The entry as its schema parsed it; undefined when it has problems. */
  data?: unknown;
}

/** How an entry of a list file is called, by collection (others: "entry"). */
const ENTRY_NOUN: Record<string, string> = {
  glossary: 'term',
  facts: 'fact',
  factSections: 'section',
  modules: 'module',
  escalation: 'case',
  escalationContacts: 'contact',
};

/** How an entry of a collection's list file is called in messages: "term", "fact", … or "entry". */
export function entryNoun(collection: string): string {
  return ENTRY_NOUN[collection] ?? 'entry';
}

/** What a collection object from content.config.ts looks like when loaded with the stand-in loaders. */
interface DeclaredCollection {
  loader?: unknown;
  schema?: unknown;
}

/** The collections of a loaded content.config.ts whose loaders the stand-ins recorded. */
export function collectionSpecs(collections: Record<string, DeclaredCollection>): CollectionSpec[] {
  return Object.entries(collections).flatMap(([name, collection]) => {
    const loader = collection.loader as (Partial<FileSpec> & { path?: string }) | undefined;
    const schema = collection.schema as Schema | undefined;
    if (!schema || typeof schema !== 'object' || !loader) return [];
    if (loader.kind === 'file' && typeof loader.path === 'string')
      return [{ name, schema, files: { kind: 'file', path: loader.path } }];
    if (loader.kind === 'glob' && 'base' in loader && 'pattern' in loader)
      return [{ name, schema, files: loader as FileSpec }];
    return [];
  });
}

/** The files of a collection, relative to the project root. */
function filesOf(root: string, spec: FileSpec): string[] {
  if (spec.kind === 'file') return [spec.path.replace(/^\.\//, '')];
  const base = join(root, spec.base);
  if (!existsSync(base)) return [];
  return globSync(spec.pattern, { cwd: base })
    .sort(compareForDisplay)
    .map((file) => relative(root, join(base, file)).split(sep).join('/'));
}

/** A glob entry's id, as the collection's `generateId` (or Astro's default) makes it. */
function globId(
  root: string,
  spec: Extract<FileSpec, { kind: 'glob' }>,
  file: string,
  data: unknown,
): string {
  const entry = relative(join(root, spec.base), join(root, file)).split(sep).join('/');
  if (spec.generateId)
    return spec.generateId({
      entry,
      base: new URL(`file://${join(root, spec.base)}/`),
      data: (data ?? {}) as Record<string, unknown>,
    });
  return entry.replace(/\.[^.]+$/, '');
}

/** Reads a collection's entries and checks each against the schema. */
export async function readCollection(
  root: string,
  spec: CollectionSpec,
): Promise<{ entries: Entry[]; sources: SourceFile[]; problems: Problem[] }> {
  const entries: Entry[] = [];
  const sources: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const file of filesOf(root, spec.files)) {
    const path = join(root, file);
    if (!existsSync(path)) {
      problems.push({
        file,
        message: `missing: the ${spec.name} collection reads this file`,
        check: 'schema',
      });
      continue;
    }
    const source = readSource(file, readFileSync(path, 'utf8'));
    sources.push(source);
    if (source.syntaxError) {
      problems.push({
        file,
        line: source.syntaxError.line,
        message: source.syntaxError.message,
        check: 'schema',
      });
      continue;
    }
    if (spec.files.kind === 'glob') {
      entries.push({
        collection: spec.name,
        id: globId(root, spec.files, file, source.data),
        source,
        at: [],
        raw: source.data,
      });
      continue;
    }
    entries.push(...listEntries(spec.name, source, problems));
  }
  for (const entry of entries) {
    const checked = await checkEntry(spec.schema, entry.raw, entry);
    problems.push(...checked.problems);
    if (checked.problems.length === 0) entry.data = checked.data;
  }
  return { entries, sources, problems };
}

/** The entries of a list file: a YAML list of items with ids, or a map from id to item. */
function listEntries(collection: string, source: SourceFile, problems: Problem[]): Entry[] {
  const noun = entryNoun(collection);
  const data = source.data;
  if (Array.isArray(data)) {
    const seen = new Map<string, number>();
    return data.flatMap((raw: unknown, position): Entry[] => {
      const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      const id = record['id'] ?? record['slug'];
      if (typeof id !== 'string' && typeof id !== 'number') {
        problems.push({
          file: source.file,
          line: lineOfItem(source, position),
          where: `${noun} ${position + 1}`,
          message: 'no id: add `id:` (a kebab-case name other files link to)',
          check: 'schema',
        });
        return [];
      }
      const earlier = seen.get(String(id));
      if (earlier !== undefined)
        problems.push({
          file: source.file,
          line: lineOfItem(source, position),
          where: `${noun} "${String(id)}"`,
          message: `${noun} ${earlier + 1} already has this id: each needs its own`,
          check: 'schema',
        });
      seen.set(String(id), position);
      return [
        {
          collection,
          id: String(id),
          source,
          at: [position],
          label: `${noun} "${String(id)}"`,
          raw,
        },
      ];
    });
  }
  if (data && typeof data === 'object')
    return Object.entries(data).map(([id, raw]) => ({
      collection,
      id,
      source,
      at: [id],
      label: `${noun} "${id}"`,
      raw,
    }));
  problems.push({
    file: source.file,
    line: 1,
    message: `expected a list of ${noun}s, each with an id`,
    check: 'schema',
  });
  return [];
}

function lineOfItem(source: SourceFile, position: number): number | undefined {
  const node = (source.doc?.contents as { items?: { range?: number[] }[] } | null | undefined)
    ?.items?.[position];
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : source.lines.linePos(offset).line + source.lineOffset;
}

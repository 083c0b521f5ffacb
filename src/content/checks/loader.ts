/**
 * Astro's loaders with the content checks in front: each entry is checked (schema, fields no
 * schema knows, and a lesson's text) the way `npm run check-content` checks it, and a problem
 * stops `astro sync`, `astro build` and `astro dev` with check-content's own lines (file, line,
 * item by id, the fix) instead of Astro's generic schema error.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { ContentIndex } from '../registry.ts';
import { checkEntry, type EntryPlace, type Schema } from './entry.ts';
import { lessonTextProblems } from './lesson-text.ts';
import { formatProblem, type Problem } from './problem.ts';
import { readSource, type SourceFile } from './source.ts';
import { entryNoun } from './collections.ts';

/** Options of a checked loader. */
export interface CheckedOptions {
  /** Check each entry's MDX text too (lessons), against this index. */
  lessonText?: ContentIndex;
}

/** Where an entry sits in its file: a whole file, or one item of a list file (found by its id). */
function placeOf(source: SourceFile, id: string, collection: string): EntryPlace {
  const data = source.data;
  if (Array.isArray(data)) {
    const position = data.findIndex(
      (item) => item && typeof item === 'object' && String((item as { id?: unknown }).id) === id,
    );
    return { source, at: [position < 0 ? 0 : position], label: `${entryNoun(collection)} "${id}"` };
  }
  if (source.body === undefined && data && typeof data === 'object' && id in data)
    return { source, at: [id], label: `${entryNoun(collection)} "${id}"` };
  return { source, at: [] };
}

/** The error Astro prints: one line per problem, the first problem's place as its location. */
function contentError(problems: readonly Problem[], root: string): Error {
  const error = new AstroError(
    problems.map(formatProblem).join('\n'),
    'Fix the lines above; `npm run check-content` lists every problem of the content at once.',
  );
  error.name = 'ContentCheckError';
  const first = problems[0];
  // Astro shows `loc` as the error's location (and a code frame in the dev overlay).
  if (first)
    Object.assign(error, {
      loc: { file: resolve(root, first.file), line: first.line ?? 1, column: 1 },
    });
  error.stack = '';
  return error;
}

/** `loader` with every entry checked before Astro stores it. */
export function checkedLoader(
  loader: Loader,
  schema: Schema,
  options: CheckedOptions = {},
): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const sources = new Map<string, SourceFile>();
      const sourceOf = (filePath: string): SourceFile | undefined => {
        if (!filePath) return undefined;
        const absolute = isAbsolute(filePath) ? filePath : resolve(root, filePath);
        const file = relative(root, absolute).split(sep).join('/');
        // Read each time (dev reloads a changed file in the same load), parsed again only when changed.
        const text = readFileSync(absolute, 'utf8');
        let source = sources.get(file);
        if (source?.text !== text) {
          source = readSource(file, text);
          sources.set(file, source);
        }
        return source;
      };
      return loader.load({
        ...context,
        parseData: async (props) => {
          const source = sourceOf(props.filePath ?? '');
          if (!source) return context.parseData(props);
          const place = placeOf(source, props.id, context.collection);
          const checked = await checkEntry(schema, props.data, place);
          const problems = [...checked.problems];
          if (options.lessonText)
            problems.push(
              ...lessonTextProblems(
                source,
                props.data,
                options.lessonText,
                checked.problems.length === 0,
              ),
            );
          if (problems.length > 0) throw contentError(problems, root);
          return context.parseData(props);
        },
      });
    },
  };
}

/**
 * A content file read the way Astro reads it (YAML timestamps become dates, as js-yaml makes
 * them), keeping the YAML nodes so a problem at a path can be given its line, and labelled the way
 * a trainer counts: `question 19 (id: late-invoice-friday) → facts → entry 2`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A file of content, parsed. */
export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  file: string;
  text: string;
  /** The YAML (a data file, or a lesson's front matter), parsed as Astro parses it. */
  data: unknown;
  /** A YAML syntax error, with its line; `data` is then undefined. */
  syntaxError?: { line: number; message: string };
  /** The MDX body after the front matter (lessons only), and the line it starts on. */
  body?: { text: string; line: number };
  /** @internal */
  doc?: Document.Parsed;
  /** @internal */
  lines: LineCounter;
  /** Lines of the file before the YAML starts (1 for front matter after `---`). */
  lineOffset: number;
}

/** Front matter as Astro finds it: `---` on the first line (after blank lines), up to the next `---`. */
const FRONT_MATTER = /^(\s*\n)?---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/;

/** Parses a YAML, JSON or MDX content file. */
export function readSource(file: string, text: string): SourceFile {
  if (/\.mdx?$/.test(file)) {
    const match = FRONT_MATTER.exec(text);
    const yaml = match?.[2] ?? '';
    const lineOffset = (match?.[1] ?? '').split('\n').length; // the blank lines and the `---`
    const parsed = parseYaml(yaml, lineOffset);
    const bodyStart = match ? match[0].length : 0;
    return {
      file,
      text,
      ...parsed,
      ...(match
        ? {}
        : {
            syntaxError: { line: 1, message: 'no front matter: start the lesson with a --- block' },
          }),
      data: match ? (parsed.data ?? {}) : undefined,
      body: { text: text.slice(bodyStart), line: text.slice(0, bodyStart).split('\n').length },
      lineOffset,
    };
  }
  return { file, text, ...parseYaml(text, 0), lineOffset: 0 };
}

function parseYaml(
  text: string,
  lineOffset: number,
): Pick<SourceFile, 'data' | 'syntaxError' | 'doc' | 'lines'> {
  const lines = new LineCounter();
  // js-yaml (Astro's parser) reads unquoted dates as Date objects; so does the timestamp tag here.
  const doc = parseDocument(text, {
    lineCounter: lines,
    customTags: ['timestamp'],
    uniqueKeys: true,
  });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + lineOffset;
    const message = error.message.split('\n')[0] ?? error.message;
    return { data: undefined, syntaxError: { line, message: `not valid YAML: ${message}` }, lines };
  }
  return { data: doc.toJS({ maxAliasCount: -1 }), doc, lines };
}

/** The line of the value at `path` (or of the nearest part of it that exists), counting from 1. */
export function lineOf(source: SourceFile, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = source.doc?.contents;
  let offset: number | undefined = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return source.syntaxError?.line;
  return source.lines.linePos(offset).line + source.lineOffset;
}

/** The text of the scalar at `path` as written in the file, if it is one. */
export function writtenAt(source: SourceFile, path: readonly PropertyKey[]): string | undefined {
  const node = source.doc?.getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  return source.text.slice(...offsetsInFile(source, node.range));
}

function offsetsInFile(source: SourceFile, [start, end]: readonly number[]): [number, number] {
  // Front matter: the YAML text starts after the opening `---` line.
  const shift = source.body ? source.text.indexOf('---') + 4 : 0;
  return [(start ?? 0) + shift, (end ?? 0) + shift];
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  return range?.[0];
}

/** Singular names of list fields, for labels (`questions` → `question`). */
const SINGULAR: Record<string, string> = {
  rubric: 'rubric item',
  history: 'event',
  feedback: 'feedback entry',
  unconfirmed: 'clause',
  choices: 'option',
  arrivals: 'arrival',
  entries: 'entry',
};

/** The singular of a list field's name. */
function singular(field: string): string {
  return SINGULAR[field] ?? field.replace(/ies$/, 'y').replace(/s$/, '');
}

/** How an entry of a list names itself: its id, or its event type. */
function nameOf(entry: unknown): string {
  if (!entry || typeof entry !== 'object') return '';
  const record = entry as Record<string, unknown>;
  for (const key of ['id', 'messageId', 'feedbackId'])
    if (typeof record[key] === 'string' || typeof record[key] === 'number')
      return ` (id: ${String(record[key])})`;
  if (typeof record['type'] === 'string' && /\./.test(record['type']))
    return ` (${record['type']})`;
  return '';
}

/**
 * A path inside `data` as a trainer reads it, counting from 1 and naming items by id:
 * `['questions', 18, 'facts', 1]` → `question 19 (id: late-invoice-friday) → facts → entry 2`.
 */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let value: unknown = data;
  let field = 'entries';
  path.forEach((segment, position) => {
    const next = path[position + 1];
    if (typeof segment === 'number' && Array.isArray(value)) {
      const entry: unknown = value[segment];
      parts.push(
        entry && typeof entry === 'object' && !Array.isArray(entry)
          ? `${singular(field)} ${segment + 1}${nameOf(entry)}`
          : `entry ${segment + 1}`,
      );
      value = entry;
      return;
    }
    const key = String(segment);
    const child: unknown =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    // A list of items is named by its item ("question 19"), not "questions → question 19".
    const namedByItem =
      typeof next === 'number' &&
      Array.isArray(child) &&
      child.some((entry) => entry && typeof entry === 'object' && !Array.isArray(entry));
    if (!namedByItem) parts.push(key);
    field = key;
    value = child;
  });
  return parts.join(' → ');
}

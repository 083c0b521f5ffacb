/**
 * One entry checked against its collection's schema, every issue said the way a trainer can act
 * on it: where (file, line, item by id, counting from 1), what is wrong and the fix. The schema's
 * own messages (links, dates, rubric, …) are kept; zod's generic ones are reworded here. A field
 * the schema does not know is reported too (the schemas would silently drop it, e.g. a typo in an
 * optional field's name).
 */
import type { z } from 'astro/zod';
import { UNQUOTED_DATE } from './dates.ts';
import { listOf } from './issues.ts';
import type { Problem } from './problem.ts';
import { describePath, lineOf, writtenAt, type SourceFile } from './source.ts';
import { didYouMean } from './suggest.ts';

/** Any zod schema, as collections declare them. */
export type Schema = z.ZodType;

type Path = (string | number)[];

/** Where an entry sits: its file, its path in the file, and how to name it. */
export interface EntryPlace {
  source: SourceFile;
  /** Path of the entry in the file: [] for a file that is one entry, [position] in a list file. */
  at: Path;
  /** How a list file's entry is named (`term "odr"`); none for a file that is one entry. */
  label?: string | undefined;
}

/** The zod internals this module reads to find a field's description and its sibling fields. */
interface ZodInternals {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, Schema>;
      element?: Schema;
      innerType?: Schema;
      in?: Schema;
      options?: Schema[];
      discriminator?: string;
      values?: unknown[];
    };
  };
  description?: string;
}

const internals = (schema: Schema | undefined) => schema as unknown as ZodInternals | undefined;

/** Wrappers that hold one schema inside (optional, default, pipe, …). */
const WRAPPERS = new Set([
  'optional',
  'default',
  'prefault',
  'nullable',
  'readonly',
  'catch',
  'nonoptional',
]);

/** The schema itself under its wrappers, and the first description found on the way. */
function unwrap(schema: Schema | undefined): { schema: Schema | undefined; description?: string } {
  let current = schema;
  let description: string | undefined;
  for (let depth = 0; current && depth < 10; depth += 1) {
    const inner = internals(current);
    description ??= inner?.description;
    const def = inner?._zod.def;
    if (def && WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def?.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return description === undefined ? { schema: current } : { schema: current, description };
}

/** The fields of an object schema (under its wrappers). */
function shapeOf(schema: Schema | undefined): Record<string, Schema> | undefined {
  return internals(unwrap(schema).schema)?._zod.def.shape;
}

/** The option of a union that `value` belongs to (by the discriminator, or the one declaring `key`). */
function unionOption(schema: Schema, value: unknown, key?: string): Schema | undefined {
  const def = internals(schema)?._zod.def;
  const options = def?.options ?? [];
  const discriminator = def?.discriminator;
  if (discriminator !== undefined && isRecord(value)) {
    const tag = value[discriminator];
    return options.find((option) =>
      (internals(unwrap(shapeOf(option)?.[discriminator]).schema)?._zod.def.values ?? []).includes(
        tag,
      ),
    );
  }
  return options.find((option) => key !== undefined && shapeOf(option)?.[key] !== undefined);
}

/** The schema of the value at `path` in `data`, if it can be followed. */
function schemaAt(schema: Schema, data: unknown, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  let value: unknown = data;
  for (const segment of path) {
    let { schema: inner } = unwrap(current);
    if (internals(inner)?._zod.def.type === 'union')
      inner = unwrap(unionOption(inner as Schema, value, String(segment))).schema;
    const def = internals(inner)?._zod.def;
    if (def?.type === 'object') current = def.shape?.[String(segment)];
    else if (def?.type === 'array') current = def.element;
    else return undefined;
    value =
      value && typeof value === 'object'
        ? (value as Record<string, unknown>)[String(segment)]
        : undefined;
  }
  return current;
}

/** The fields an object schema at `path` declares. */
function fieldsAt(
  schema: Schema,
  data: unknown,
  path: readonly PropertyKey[],
  value: unknown,
): string[] {
  let { schema: inner } = unwrap(schemaAt(schema, data, path));
  if (internals(inner)?._zod.def.type === 'union')
    inner = unwrap(unionOption(inner as Schema, value)).schema;
  return Object.keys(internals(inner)?._zod.def.shape ?? {});
}

/** A zod issue as it comes out of `safeParse` with `reportInput`. */
interface ZodIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  options?: unknown[];
  note?: string;
  discriminator?: string;
  format?: string;
  pattern?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

/** zod's own wording, which the trainer's wording below replaces; a schema's custom message is kept. */
const GENERIC =
  /^(Invalid input|Invalid option|Invalid string|Invalid discriminator|Invalid element|Too small|Too big|Invalid|Unrecognized)/;

const KEBAB = '/^[a-z0-9-]+$/';

/** A value as a trainer would read it in a message. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text "${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  int: 'a whole number',
};

/** The trainer's wording of one issue. */
function reworded(issue: ZodIssue, schema: Schema, place: EntryPlace, data: unknown): string {
  if (issue.input instanceof Date) {
    // YAML made a date of an unquoted value: quote it as written (the schema's own message cannot see the file).
    const written = writtenAt(place.source, [...place.at, ...issue.path]);
    if (written) return `${written} ${UNQUOTED_DATE}: put it in quotes, '${written}'`;
  }
  if (!GENERIC.test(issue.message)) return issue.message;
  const { description } = unwrap(schemaAt(schema, data, issue.path));
  const about = description ? ` (${description})` : '';
  const field = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return typeof issue.path.at(-1) === 'number'
          ? 'is empty'
          : `missing: add \`${field}:\`${about}`;
      if (issue.input instanceof Date) return `${UNQUOTED_DATE}: put it in quotes`;
      if (issue.expected === 'object') {
        const fields = fieldsAt(schema, data, issue.path, undefined);
        if (fields.length > 0)
          return `expected the fields ${listOf(fields.map((name) => `${name}:`))}, not ${shown(issue.input)}${about}`;
      }
      return `expected ${KIND[issue.expected ?? ''] ?? issue.expected}, not ${shown(issue.input)}${about}`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return `${shown(issue.input)} is not allowed here: use ${values.length === 1 ? values[0] : `one of ${listOf(values)}`}.${didYouMean(String(issue.input), values)}`;
    }
    case 'invalid_union': {
      if (issue.note === 'No matching discriminator') {
        const options = (issue.options ?? []).map(String);
        const value = (issue.input as Record<string, unknown> | undefined)?.[
          issue.discriminator ?? ''
        ];
        return `${value === undefined ? 'missing' : `"${String(value)}" is not a known ${field}`}: use one of ${listOf(options)}.${didYouMean(String(value ?? ''), options)}`;
      }
      return `${shown(issue.input)} does not fit here${about}`;
    }
    case 'invalid_format':
      if (issue.pattern === KEBAB)
        return `"${String(issue.input)}" is not a kebab-case id: use lower-case letters, digits and hyphens, e.g. "${kebab(String(issue.input))}"`;
      return `"${String(issue.input)}" is not in the expected form (${issue.format ?? 'format'})${about}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array')
        return small
          ? limit === 1
            ? `is empty: list at least one${about}`
            : `has ${(issue.input as unknown[] | undefined)?.length ?? 0} entries: list at least ${limit}`
          : `has ${(issue.input as unknown[] | undefined)?.length ?? 0} entries: list at most ${limit}`;
      if (issue.origin === 'string')
        return small
          ? limit === 1
            ? `is empty: write it${about}`
            : `is too short: at least ${limit} characters`
          : `is too long (${String(issue.input).length} characters): at most ${limit}`;
      const bound = small
        ? issue.inclusive
          ? 'at least'
          : 'more than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
      return `${String(issue.input)} is out of range: it must be ${bound} ${limit}${about}`;
    }
    default:
      return issue.message;
  }
}

/** `Late Invoice Friday` → `late-invoice-friday`. */
function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Paths of fields in `input` that the parsed `output` dropped: fields the schema does not know. */
function droppedFields(input: unknown, output: unknown, path: Path = []): Path[] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((item, position) =>
      droppedFields(item, output[position], [...path, position]),
    );
  if (!isRecord(input) || !isRecord(output)) return [];
  return Object.keys(input).flatMap((key) =>
    key in output ? droppedFields(input[key], output[key], [...path, key]) : [[...path, key]],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** Fields a list file's entry may carry besides its schema's: the id the loader reads. */
const LOADER_FIELDS = new Set(['id', 'slug']);

/** Checks one entry against its schema; returns its problems and, when valid, the parsed data. */
export async function checkEntry(
  schema: Schema,
  data: unknown,
  place: EntryPlace,
): Promise<{ problems: Problem[]; data?: unknown }> {
  const problem = (path: Path, message: string): Problem => {
    const inner = describePath(data, path);
    const where = [place.label, inner].filter(Boolean).join(' → ');
    return {
      file: place.source.file,
      line: lineOf(place.source, [...place.at, ...path]),
      where: where || undefined,
      message,
      check: 'schema',
    };
  };
  const parsed = await schema.safeParseAsync(data, { reportInput: true });
  if (!parsed.success) {
    const problems = (parsed.error.issues as unknown as ZodIssue[]).map((issue) =>
      problem(issue.path as Path, reworded(issue, schema, place, data)),
    );
    return { problems };
  }
  const unknown = droppedFields(data, parsed.data).filter(
    (path) => !(path.length === 1 && place.label && LOADER_FIELDS.has(String(path[0]))),
  );
  const problems = unknown.map((path) => {
    const parent = path.slice(0, -1);
    const value = parent.reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      data,
    );
    const fields = fieldsAt(schema, data, parent, value);
    const key = String(path.at(-1));
    return problem(
      path,
      `unknown field "${key}": it is ignored.${didYouMean(key, fields) || (fields.length > 0 ? ` This place takes ${listOf(fields)}.` : '')}`,
    );
  });
  return { problems, data: parsed.data };
}

/**
 * The field tables of the authoring guide (content/README.md), generated from the zod schemas'
 * `.describe()` texts so the guide cannot drift from what the build accepts.
 * `npm run content-guide` rewrites the tables between their markers
 * (`<!-- fields:lesson -->` … `<!-- /fields -->`); `npm run content-guide -- --check` and
 * tests/tooling/content-guide.test.ts fail while the guide is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { glossaryEntrySchema, lessonSchema, moduleSchema } from '../src/content/course-schema.ts';
import { escalationContactSchema, escalationRuleSchema } from '../src/content/escalation-schema.ts';
import { quizSchema } from '../src/content/quiz-schema.ts';
import type { ContentIndex } from '../src/content/registry.ts';
import { scenarioSchema } from '../src/content/scenario-schema.ts';

/** The zod internals read here (zod 4): each schema's definition and description. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  format?: string;
  defaultValue?: unknown;
  catchall?: z.ZodType;
  checks?: {
    _zod: {
      def: {
        check: string;
        format?: string;
        value?: number;
        minimum?: number;
        maximum?: number;
        inclusive?: boolean;
        pattern?: RegExp;
      };
    };
  }[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const descriptionOf = (schema: z.ZodType): string | undefined =>
  (schema as unknown as { description?: string }).description;

/** Descriptions do not depend on the content, so the schemas are built on an empty index. */
const emptyIndex: ContentIndex = {
  factIds: new Set(),
  clauseIds: new Set(),
  glossaryIds: new Set(),
  moduleIds: new Set(),
  contactIds: new Set(),
  escalationIds: new Set(),
  quizIds: new Set(),
  scenarioIds: new Set(),
  lessons: new Map(),
  objectives: new Map(),
};

/** Shown for a field whose schema has no `.describe()`; the guide's test fails on it. */
export const UNDOCUMENTED = 'NOT DOCUMENTED: add .describe() to the field in its schema';

/** A field: how it is written, whether it must be, and what it is for. */
interface Field {
  name: string;
  type: string;
  need: string;
  about: string;
  /** A nested object (or list of objects) documented in its own table. */
  nested?: { title: string; schema: z.ZodType } | undefined;
}

/** The schema under its wrappers, whether the field may be left out, its default and description. */
function unwrap(schema: z.ZodType): {
  inner: z.ZodType;
  optional: boolean;
  fallback?: unknown;
  about?: string;
} {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  let about = descriptionOf(schema);
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' && def.innerType) optional = true;
    else if (def.type === 'default' && def.innerType) {
      optional = true;
      fallback = def.defaultValue;
    } else if (
      !(def.type === 'pipe' && def.in) &&
      !(['nullable', 'readonly', 'prefault'].includes(def.type) && def.innerType)
    )
      break;
    inner = (def.innerType ?? def.in) as z.ZodType;
    about ??= descriptionOf(inner);
  }
  return fallback === undefined
    ? { inner, optional, ...(about ? { about } : {}) }
    : { inner, optional, fallback, ...(about ? { about } : {}) };
}

/** Bounds of a number or list, in words: "(1 to 60)", "(at least 2 entries)", "(more than 0, less than 1)". */
function bounds(def: Def, unit: string, whole = false): string {
  let low: { value: number; inclusive: boolean } | undefined;
  let high: { value: number; inclusive: boolean } | undefined;
  for (const check of def.checks ?? []) {
    const { check: kind, value, minimum, maximum, inclusive } = check._zod.def;
    if (kind === 'greater_than') low = { value: Number(value), inclusive: inclusive === true };
    if (kind === 'less_than') high = { value: Number(value), inclusive: inclusive === true };
    if (kind === 'min_length') low = { value: Number(minimum), inclusive: true };
    if (kind === 'max_length') high = { value: Number(maximum), inclusive: true };
  }
  // A whole number more than 0 is at least 1.
  if (whole && low && !low.inclusive) low = { value: low.value + 1, inclusive: true };
  if (whole && high && !high.inclusive) high = { value: high.value - 1, inclusive: true };
  if (low?.inclusive && high?.inclusive) return ` (${low.value} to ${high.value}${unit})`;
  const parts = [
    ...(low ? [`${low.inclusive ? 'at least' : 'more than'} ${low.value}`] : []),
    ...(high ? [`${high.inclusive ? 'at most' : 'less than'} ${high.value}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(', ')}${unit})` : '';
}

/** How a value of `schema` is written, in a trainer's words. */
function typeOf(schema: z.ZodType): string {
  const def = defOf(schema);
  const checks = def.checks ?? [];
  const has = (check: string, format?: string) =>
    checks.some(
      (entry) =>
        entry._zod.def.check === check &&
        (format === undefined || entry._zod.def.format === format),
    );
  switch (def.type) {
    case 'string':
      if (def.format === 'datetime')
        return "date-time with offset, in quotes ('2026-03-10T08:00:00+01:00')";
      if (def.format === 'date') return "day, in quotes ('2026-03-10')";
      if (has('string_format', 'regex')) return 'kebab-case id';
      return 'text';
    case 'number':
      return has('number_format', 'safeint')
        ? `whole number${bounds(def, '', true)}`
        : `number${bounds(def, '')}`;
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {})
        .map((value) => `\`${String(value)}\``)
        .join(', ')}`;
    case 'literal':
      return (def.values ?? []).map((value) => `\`${String(value)}\``).join(' or ');
    case 'array': {
      const element = unwrap(def.element as z.ZodType).inner;
      const kind = defOf(element).type;
      const of =
        kind === 'object' && defOf(element).catchall
          ? 'order-history events (`type`, `at` and the fields of that type)'
          : kind === 'object'
            ? 'entries (table below)'
            : kind === 'union'
              ? 'entries (tables below)'
              : typeOf(element);
      return `list of ${of}${bounds(def, ' entries').replace(' (at least 1 entries)', ', at least one')}`;
    }
    case 'object':
      return defOf(schema).catchall
        ? 'an order-history event: `type`, `at` and its own fields'
        : 'fields (table below)';
    case 'union':
      return def.discriminator
        ? `one of the kinds below (by \`${def.discriminator}\`)`
        : (def.options ?? []).map((option) => typeOf(unwrap(option).inner)).join(' or ');
    default:
      return def.type;
  }
}

/** The fields of an object schema. */
function fieldsOf(schema: z.ZodType, path: string): Field[] {
  const shape = defOf(unwrap(schema).inner).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { inner, optional, fallback, about } = unwrap(field);
    const def = defOf(inner);
    const element = def.type === 'array' ? unwrap(def.element as z.ZodType).inner : undefined;
    const nestedSchema =
      def.type === 'object' && !def.catchall
        ? inner
        : element &&
            ((defOf(element).type === 'object' && !defOf(element).catchall) ||
              defOf(element).type === 'union')
          ? element
          : def.type === 'union' && def.discriminator
            ? inner
            : undefined;
    return {
      name,
      type: typeOf(inner),
      need: optional
        ? fallback === undefined
          ? 'optional'
          : `optional, default ${JSON.stringify(fallback)}`
        : 'required',
      about: about ?? UNDOCUMENTED,
      nested: nestedSchema
        ? { title: `${path}${name}${def.type === 'array' ? '[]' : ''}`, schema: nestedSchema }
        : undefined,
    };
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown tables for an object schema and every object inside it, the nested ones after. */
function tables(title: string, schema: z.ZodType, listFile = false): string[] {
  const inner = unwrap(schema).inner;
  const def = defOf(inner);
  if (def.type === 'union' && def.discriminator) return unionTables(title, inner);
  const fields = [
    // A list file's loader reads each entry's id; the schema never sees it.
    ...(listFile
      ? [
          {
            name: 'id',
            type: 'kebab-case id',
            need: 'required',
            about: 'The id other files and links use, unique in the file',
          },
        ]
      : []),
    ...fieldsOf(inner, `${title === '' ? '' : `${title}.`}`),
  ];
  const table = [
    ...(title ? [`**\`${title}\`**`, ''] : []),
    '| field | written as | needed | what it is for |',
    '| --- | --- | --- | --- |',
    ...fields.map(
      (field) =>
        `| \`${field.name}\` | ${cell(field.type)} | ${cell(field.need)} | ${cell(field.about)} |`,
    ),
  ].join('\n');
  return [
    table,
    ...fields.flatMap((field) =>
      field.nested ? tables(field.nested.title, field.nested.schema) : [],
    ),
  ];
}

/** For a union told apart by a field (a question's `type`): the fields all kinds share, then each kind's own. */
function unionTables(title: string, union: z.ZodType): string[] {
  const def = defOf(union);
  const key = def.discriminator ?? 'type';
  const options = (def.options ?? []).map((option) => unwrap(option).inner);
  const named = options.map((option) => ({
    tag: String(defOf(unwrap(defOf(option).shape?.[key] as z.ZodType).inner).values?.[0]),
    fields: fieldsOf(option, `${title}.`),
  }));
  const shared = (named[0]?.fields ?? []).filter((field) =>
    named.every((option) =>
      option.fields.some((other) => other.name === field.name && other.type === field.type),
    ),
  );
  const row = (field: Field) =>
    `| \`${field.name}\` | ${cell(field.type)} | ${cell(field.need)} | ${cell(field.about)} |`;
  const head = ['| field | written as | needed | what it is for |', '| --- | --- | --- | --- |'];
  const out: string[] = [];
  if (shared.length > 1)
    out.push(
      [
        `**\`${title}\`**, every kind (\`${key}\`: ${named.map((option) => `\`${option.tag}\``).join(', ')})`,
        '',
        ...head,
        ...shared.map(row),
      ].join('\n'),
    );
  const nested: string[] = [];
  for (const option of named) {
    const own = option.fields.filter(
      (field) => field.name !== key && !shared.some((common) => common.name === field.name),
    );
    out.push(
      [
        `**\`${title}\`** with \`${key}: ${option.tag}\``,
        '',
        ...(own.length ? [...head, ...own.map(row)] : ['No other fields.']),
      ].join('\n'),
    );
    for (const field of own)
      if (field.nested)
        for (const table of tables(field.nested.title, field.nested.schema))
          if (!nested.includes(table)) nested.push(table);
  }
  return [...out, ...nested];
}

/** The generated blocks, by marker name. */
export function fieldBlocks(): Record<string, string> {
  // [title, schema, a list file whose entries carry an id]
  const blocks: Record<string, [string, z.ZodType, boolean][]> = {
    lesson: [['', lessonSchema(emptyIndex), false]],
    quiz: [['', quizSchema(emptyIndex), false]],
    scenario: [['', scenarioSchema(emptyIndex), false]],
    module: [['', moduleSchema, true]],
    glossary: [['', glossaryEntrySchema(emptyIndex), true]],
    escalation: [['', escalationRuleSchema(emptyIndex), true]],
    contact: [['', escalationContactSchema, true]],
  };
  return Object.fromEntries(
    Object.entries(blocks).map(([name, list]) => [
      name,
      list.flatMap(([title, schema, listFile]) => tables(title, schema, listFile)).join('\n\n'),
    ]),
  );
}

/** A generated block: its opening marker, anything up to the next marker, its closing marker. */
const BLOCK = /(<!-- fields:([a-z]+) -->)(?:(?!<!-- \/?fields)[\s\S])*(<!-- \/fields -->)/g;

/** The guide with every marked block replaced by its generated tables. */
export function updateGuide(guide: string, blocks = fieldBlocks()): string {
  return guide.replace(BLOCK, (whole, open: string, name: string, close: string) =>
    blocks[name] === undefined ? whole : `${open}\n\n${blocks[name]}\n\n${close}`,
  );
}

/** Where the guide lives. */
export const GUIDE = 'content/README.md';

if (import.meta.main) {
  const path = join(import.meta.dirname, '..', GUIDE);
  const guide = readFileSync(path, 'utf8');
  const updated = updateGuide(guide);
  if (process.argv.includes('--check')) {
    if (updated !== guide) {
      console.error(`${GUIDE}: the field tables are out of date: run npm run content-guide`);
      process.exit(1);
    }
    console.log(`${GUIDE}: the field tables match the schemas`);
  } else {
    writeFileSync(path, updated);
    console.log(
      updated === guide ? `${GUIDE}: already up to date` : `${GUIDE}: field tables rewritten`,
    );
  }
}

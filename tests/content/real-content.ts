/** The project's content read as check-content reads it (file, raw YAML and parsed data), for tests of the checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { factSchema, type Fact } from '../../src/content/fact-schema.ts';
import { quizSchema, type Quiz } from '../../src/content/quiz-schema.ts';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema, type Scenario } from '../../src/content/scenario-schema.ts';
import { readSource, type SourceFile } from '../../src/content/checks/source.ts';

const root = resolve(import.meta.dirname, '../..');
const index = readContentIndex(root);

/** A content file with its raw and parsed data. */
export interface Loaded<T> {
  id: string;
  source: SourceFile;
  raw: unknown;
  data: T;
}

function load<T>(dir: string, parse: (raw: unknown) => T): Loaded<T>[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .sort()
    .map((name) => {
      const source = readSource(`${dir}/${name}`, readFileSync(join(root, dir, name), 'utf8'));
      return {
        id: name.replace(/\.(ya?ml|mdx)$/, ''),
        source,
        raw: source.data,
        data: parse(source.data),
      };
    });
}

/** Every quiz. */
export const quizzes: Loaded<Quiz>[] = load('content/quizzes', (raw) =>
  quizSchema(index).parse(raw),
);
/** Every scenario. */
export const scenarios: Loaded<Scenario>[] = load('content/scenarios', (raw) =>
  scenarioSchema(index).parse(raw),
);
/** The fact registry, with its file. */
export const factsFile = readSource(
  'content/facts/facts.yaml',
  readFileSync(join(root, 'content/facts/facts.yaml'), 'utf8'),
);
/** Every fact, with its id. */
export const facts: (Fact & { id: string })[] = (factsFile.data as { id: string }[]).map((raw) => ({
  ...factSchema.parse(raw),
  id: raw.id,
}));
/** Every lesson's caveats. */
export const lessonCaveats = load(
  'content/lessons',
  (raw) => ((raw as { caveats?: string[] }).caveats ?? []) as string[],
);

/**
 * Build-time index of what content may link to: fact IDs, glossary ids, lesson ids and the
 * section anchors inside each lesson. Schemas in `src/content.config.ts` check links against it,
 * so a broken link fails the build naming the file, the field and the missing target.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, YAMLParseError } from 'yaml';

/** Where trainers' content lives, relative to the project root. */
const CONTENT_DIR = 'content';

/** A lesson's id from its path: two-digit ordering prefixes are dropped (`01-odr/02-window` → `odr/window`). */
export function lessonIdFromPath(path: string): string {
  return path
    .replace(/\.mdx?$/, '')
    .split(/[\\/]/)
    .map((segment) => segment.replace(/^\d{2}-/, ''))
    .join('/');
}

function readYamlList(file: string): unknown[] {
  if (!existsSync(file)) return [];
  let entries: unknown;
  try {
    entries = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    const where = `${relative(process.cwd(), file).split(sep).join('/')}${line ? `:${line}` : ''}`;
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new Error(`${where}: not valid YAML: ${why}`, { cause: error });
  }
  return Array.isArray(entries) ? entries : [];
}

function idOf(entry: unknown): string[] {
  return entry && typeof entry === 'object' && 'id' in entry ? [String(entry.id)] : [];
}

function readYamlIds(file: string): Set<string> {
  return new Set(readYamlList(file).flatMap(idOf));
}

/** The unconfirmed clauses of the registry, as `FACT-ID~clause-id`. */
function readClauseIds(file: string): Set<string> {
  return new Set(
    readYamlList(file).flatMap((fact) => {
      const clauses =
        fact && typeof fact === 'object' && 'unconfirmed' in fact ? fact.unconfirmed : undefined;
      if (!Array.isArray(clauses)) return [];
      return idOf(fact).flatMap((factId) =>
        clauses.flatMap(idOf).map((clauseId) => `${factId}~${clauseId}`),
      );
    }),
  );
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) => {
    const path = join(dir, dirent.name);
    return dirent.isDirectory() ? walk(path) : [path];
  });
}

/** Ids of the data files in a folder (`final.yaml` → `final`), as their pages are named. */
function dataFileIds(dir: string): Set<string> {
  return new Set(
    walk(dir)
      .filter((path) => /\.(ya?ml|json)$/.test(path))
      .map((path) =>
        lessonIdFromPath(
          relative(dir, path)
            .split(sep)
            .join('/')
            .replace(/\.(ya?ml|json)$/, ''),
        ),
      ),
  );
}

/** Section anchors declared in a lesson body as `<Section id="...">`. */
export function sectionIdsOf(mdx: string): string[] {
  return [...mdx.matchAll(/<Section\b[^>]*?\bid=["']([^"']+)["']/g)].map((match) => match[1] ?? '');
}

/** Objective ids declared in a lesson's front matter (`objectives: [{ id, text }]`); none if it does not parse. */
export function objectiveIdsOf(mdx: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1];
  if (frontmatter === undefined) return [];
  let data: unknown;
  try {
    data = parse(frontmatter);
  } catch {
    return []; // the lesson's own schema reports the broken front matter
  }
  const list =
    data && typeof data === 'object' && 'objectives' in data ? data.objectives : undefined;
  return Array.isArray(list) ? list.flatMap(idOf) : [];
}

/** Everything content may point at, read from the files on disk. */
export interface ContentIndex {
  factIds: Set<string>;
  /** Unconfirmed clauses, `FACT-ID~clause-id`: a lesson may teach them with a caveat, nothing may grade them. */
  clauseIds: Set<string>;
  glossaryIds: Set<string>;
  moduleIds: Set<string>;
  /** Contacts of the escalation guide (`content/escalation-contacts.yaml`). */
  contactIds: Set<string>;
  /** Cases of the escalation guide (`content/escalation.yaml`), the anchors of `/escalation/#id`. */
  escalationIds: Set<string>;
  /** Quiz ids (file names in `content/quizzes`), the pages `/practise/id/`. */
  quizIds: Set<string>;
  /** Scenario ids (file names in `content/scenarios`), the desks `/simulate/id/`. */
  scenarioIds: Set<string>;
  /** lesson id → its section anchors */
  lessons: Map<string, Set<string>>;
  /** lesson id → the ids of its objectives (front matter `objectives[].id`) */
  objectives: Map<string, Set<string>>;
}

/** Reads the content folder under `root` (the project root by default). */
export function readContentIndex(root = process.cwd()): ContentIndex {
  const contentDir = join(root, CONTENT_DIR);
  const lessonsDir = join(contentDir, 'lessons');
  const lessons = new Map<string, Set<string>>();
  const objectives = new Map<string, Set<string>>();
  for (const file of walk(lessonsDir).filter((path) => /\.mdx?$/.test(path))) {
    const id = lessonIdFromPath(relative(lessonsDir, file).split(sep).join('/'));
    const text = readFileSync(file, 'utf8');
    lessons.set(id, new Set(sectionIdsOf(text)));
    objectives.set(id, new Set(objectiveIdsOf(text)));
  }
  return {
    factIds: readYamlIds(join(contentDir, 'facts', 'facts.yaml')),
    clauseIds: readClauseIds(join(contentDir, 'facts', 'facts.yaml')),
    glossaryIds: readYamlIds(join(contentDir, 'glossary.yaml')),
    moduleIds: readYamlIds(join(contentDir, 'modules.yaml')),
    contactIds: readYamlIds(join(contentDir, 'escalation-contacts.yaml')),
    escalationIds: readYamlIds(join(contentDir, 'escalation.yaml')),
    quizIds: dataFileIds(join(contentDir, 'quizzes')),
    scenarioIds: dataFileIds(join(contentDir, 'scenarios')),
    lessons,
    objectives,
  };
}

/** Why a `lesson#objective` link does not resolve, or null when it does. */
export function brokenObjectiveLink(index: ContentIndex, link: string): string | null {
  const [lessonId = '', objective] = link.split('#');
  const objectives = index.objectives.get(lessonId);
  if (!objectives) return `no lesson "${lessonId}" in content/lessons`;
  if (objective === undefined) return 'name the objective after #, e.g. lesson-id#objective-id';
  if (!objectives.has(objective)) return `lesson "${lessonId}" has no objective "${objective}"`;
  return null;
}

/** Why a `lesson#section` link does not resolve, or null when it does. */
export function brokenLessonLink(index: ContentIndex, link: string): string | null {
  const [lessonId = '', section] = link.split('#');
  const sections = index.lessons.get(lessonId);
  if (!sections) return `no lesson "${lessonId}" in content/lessons`;
  if (section !== undefined && !sections.has(section)) {
    return `lesson "${lessonId}" has no section "${section}"`;
  }
  return null;
}

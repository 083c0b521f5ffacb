/**
 * `npm run check-content`: everything a trainer can break, checked in one pass, fast and without a
 * browser. The stages, cheapest first:
 * 1. schemas: every entry of every collection of src/content.config.ts, with the refinements in
 *    this folder (rubric, quiz, dates, links, did-you-mean), and fields no schema knows;
 * 2. lesson text: sections, terms, links, facts and terms against the front matter, caveats;
 * 3. course: facts taught and asked, objectives assessed, no question twice, answer positions
 *    (only once stages 1–2 pass, as a broken file would make them report twice);
 * 4. plain English: idioms, long sentences, abbreviations, the source's name, wordings once
 *    taught wrongly, fact IDs named in text;
 * 5. unconfirmed clauses: graded texts, graded metrics, scores that depend on a clause;
 * 6. plays: each scenario on the engine, good play and doing nothing (scenario-play.ts);
 * 7. format: Prettier's style (`fix` rewrites).
 */
import { globSync } from 'node:fs';
import { z } from 'astro/zod';
import { readContentIndex, type ContentIndex } from '../registry.ts';
import { searchNameSchema, SEARCH_NAMES_FILE } from '../../lib/search-names.ts';
import type { Question } from '../quiz-schema.ts';
import type { Scenario } from '../scenario-schema.ts';
import type { UnconfirmedClause } from '../fact-schema.ts';
import { readCollection, type CollectionSpec, type Entry } from './collections.ts';
import { checkEntry } from './entry.ts';
import { formatProblems } from './format.ts';
import { coverageProblems, type LessonFacts } from './coverage.ts';
import { lessonTextProblems, sectionFacts } from './lesson-text.ts';
import { coursePages, policyChecksAndRecaps, type CourseTexts } from './page-text.ts';
import { knownErrorProblems, plainEnglishProblems, unknownFactMentions } from './plain-english.ts';
import { playProblems } from './plays.ts';
import { prepareScenarioPlays } from './scenario-play.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readSource } from './source.ts';
import { didYouMean } from './suggest.ts';
import {
  claimAnswerTimeProblems,
  clausesOf,
  fraudScopeProblems,
  metricProblems,
  signalProblems,
  untaughtClauseProblems,
} from './unconfirmed.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a run found and how long each stage took. */
export interface ContentReport {
  problems: Problem[];
  /** Entries checked, by collection. */
  counts: Record<string, number>;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** Files `fix` rewrote. */
  fixed: string[];
  /** Stages left out because earlier ones found problems. */
  skipped: string[];
}

/** Options of a run. */
export interface CheckOptions {
  /** The project root (the folder holding content/). */
  root: string;
  /** The collections of src/content.config.ts. */
  collections: readonly CollectionSpec[];
  /** Rewrite badly formatted files instead of reporting them. */
  fix?: boolean;
}

const valid = (entries: readonly Entry[]) => entries.filter((entry) => entry.data !== undefined);

/** Runs every check on the content under `root`. */
export async function checkContent(options: CheckOptions): Promise<ContentReport> {
  const { root } = options;
  const timings: Record<string, number> = {};
  const problems: Problem[] = [];
  const skipped: string[] = [];
  let started = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - started);
    started = now;
  };

  const index = readContentIndex(root);
  const entries = new Map<string, Entry[]>();
  const files = new Set<string>();
  for (const spec of options.collections) {
    const read = await readCollection(root, spec);
    entries.set(spec.name, read.entries);
    read.sources.forEach((source) => files.add(source.file));
    problems.push(...read.problems);
  }
  problems.push(...(await searchNameProblems(root, index)));
  lap('schemas');

  const lessons = [...entries.values()].flat().filter((entry) => entry.source.body !== undefined);
  for (const lesson of lessons)
    problems.push(
      ...lessonTextProblems(lesson.source, lesson.raw, index, lesson.data !== undefined),
    );
  lap('lesson text');

  const quizzes = valid(entries.get('quizzes') ?? []).map((entry) => ({
    id: entry.id,
    source: entry.source,
    raw: entry.raw,
    data: entry.data as { kind: string; questions: Question[] },
  }));
  const scenarios = valid(entries.get('scenarios') ?? []).map((entry) => ({
    id: entry.id,
    source: entry.source,
    raw: entry.raw,
    data: entry.data as Scenario,
  }));
  const facts = entries.get('facts') ?? [];
  const factData = valid(facts).map((entry) => ({
    id: entry.id,
    unconfirmed: (entry.data as { unconfirmed: UnconfirmedClause[] }).unconfirmed,
  }));
  const clauses = clausesOf(factData);

  if (problems.length === 0) {
    const lessonFacts: LessonFacts[] = lessons.map((lesson) => ({
      id: lesson.id,
      source: lesson.source,
      objectives: (lesson.data as { objectives: { id: string }[] }).objectives,
      sectionFacts: sectionFacts(lesson.source).flatMap((section) => section.facts),
    }));
    const factsSource = facts[0]?.source;
    problems.push(
      ...coverageProblems({
        facts: factsSource
          ? { source: factsSource, ids: facts.map((entry) => entry.id) }
          : undefined,
        lessons: lessonFacts,
        quizzes,
        scenarios,
      }),
      ...untaughtClauseProblems(
        factsSource,
        Array.isArray(factsSource?.data) ? factsSource.data : [],
        clauses,
        lessons.map((lesson) => ({ caveats: (lesson.data as { caveats: string[] }).caveats })),
      ),
    );
  } else skipped.push('course (facts taught and asked, objectives assessed)');
  lap('course');

  problems.push(...plainEnglish(entries, index));
  lap('plain English');

  problems.push(
    ...signalProblems(quizzes, scenarios, clauses),
    ...metricProblems(scenarios, clauses),
    ...claimAnswerTimeProblems(scenarios),
  );
  lap('unconfirmed');

  await prepareScenarioPlays();
  problems.push(...playProblems(scenarios.map((entry) => ({ ...entry, scenario: entry.data }))));
  problems.push(...fraudScopeProblems(scenarios));
  lap('plays');

  const contentFiles = globSync('content/**/*.{yaml,yml,json,md,mdx}', { cwd: root });
  const formatted = await formatProblems(
    root,
    [...new Set([...files, ...contentFiles])].sort(),
    options.fix ?? false,
  );
  problems.push(...formatted.problems);
  lap('format');

  return {
    problems: sortProblems(problems),
    counts: Object.fromEntries([...entries].map(([name, list]) => [name, list.length])),
    timings,
    fixed: formatted.fixed,
    skipped,
  };
}

/** The plain-English rules on the pages built from the content's sound entries. */
function plainEnglish(entries: ReadonlyMap<string, Entry[]>, index: ContentIndex): Problem[] {
  const data = <T>(name: string) =>
    valid(entries.get(name) ?? []).map((entry) => ({
      id: entry.id,
      file: entry.source.file,
      ...(entry.data as T),
    }));
  const fileOf = (name: string, fallback: string) =>
    entries.get(name)?.[0]?.source.file ?? fallback;
  const lessons = valid(entries.get('lessons') ?? []).map((entry) => ({
    ...(entry.data as Omit<CourseTexts['lessons'][number], 'file' | 'body'>),
    file: entry.source.file,
    body: entry.source.body?.text ?? '',
  }));
  const course: CourseTexts = {
    modules: data<CourseTexts['modules'][number]>('modules'),
    modulesFile: fileOf('modules', 'content/modules.yaml'),
    lessons,
    quizzes: data<CourseTexts['quizzes'][number]>('quizzes'),
    scenarios: data<CourseTexts['scenarios'][number]>('scenarios'),
    contacts: data<CourseTexts['contacts'][number]>('escalationContacts'),
    rules: data<CourseTexts['rules'][number]>('escalation'),
    escalationFile: fileOf('escalation', 'content/escalation.yaml'),
    glossary: data<CourseTexts['glossary'][number]>('glossary'),
    glossaryFile: fileOf('glossary', 'content/glossary.yaml'),
  };
  const sources = new Map(
    [...entries.values()].flat().map((entry) => [entry.source.file, entry.source.text]),
  );
  const pages = coursePages(course);
  const abbreviations = course.glossary.flatMap((entry) =>
    entry.abbr ? [[entry.abbr, entry.term] as const] : [],
  );
  return [
    ...plainEnglishProblems(pages, policyChecksAndRecaps(lessons), abbreviations, sources),
    ...unknownFactMentions(pages, index.factIds, sources),
    ...knownErrorProblems(sources),
  ];
}

/** content/search-names.yaml: read by the search page, not a collection, checked here the same way. */
async function searchNameProblems(root: string, index: ContentIndex): Promise<Problem[]> {
  const path = join(root, SEARCH_NAMES_FILE);
  if (!existsSync(path)) return [];
  const source = readSource(SEARCH_NAMES_FILE, readFileSync(path, 'utf8'));
  if (source.syntaxError)
    return [
      {
        file: source.file,
        line: source.syntaxError.line,
        message: source.syntaxError.message,
        check: 'schema',
      },
    ];
  const schema = z.array(
    searchNameSchema.superRefine((entry, ctx) => {
      if (entry.glossary && !index.glossaryIds.has(entry.glossary))
        ctx.addIssue({
          code: 'custom',
          path: ['glossary'],
          message: `unknown glossary term "${entry.glossary}" (not in content/glossary.yaml).${didYouMean(entry.glossary, index.glossaryIds)}`,
        });
    }),
  );
  return (await checkEntry(schema, source.data, { source, at: [] })).problems;
}

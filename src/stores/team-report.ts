/**
 * The team view's figures: exported progress files and xAPI files of several trainees read into
 * one row per trainee (lessons done, best quiz score and scenarios passed per module, the final,
 * writing practice), the facts the team answers wrongly most often, and a CSV of the table.
 * The figures are pure functions of the files' text and the course's shape; the dropped files are
 * held in memory only: nothing is stored or sent.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { compareText } from '../engine/index.ts';
import { masteryByFact } from '../lib/mastery.ts';
import type { CourseShape } from '../lib/course-shape.ts';
import { parseActivityIri, verbs } from '../lib/xapi/vocabulary.ts';
import { readProgressFile as readProgress } from './progress.ts';
import type { Progress } from './progress-schema.ts';

/**
 * A scenario counts as passed at 80% of its rubric points: scenarios have no pass mark of their
 * own, so the team view uses the quizzes' default pass mark (`quiz-schema.ts`).
 */
const SCENARIO_PASS_SHARE = 0.8;

/** One module's figures for one trainee. */
interface ModuleFigures {
  id: string;
  lessonsDone: number;
  lessonsTotal: number;
  /** Best whole-attempt score at the module quiz, or null if none (or no quiz). */
  bestQuiz: number | null;
  quizPassed: boolean;
  scenariosPassed: number;
  scenariosTotal: number;
}

/** One trainee, from one file (a progress file) or one actor in an xAPI file. */
export interface TraineeRow {
  /** The file it came from. */
  file: string;
  /** The name as the trainee typed it, or '' when the file has none. */
  name: string;
  modules: ModuleFigures[];
  /** Scenarios passed, each counted once (a scenario can practise more than one module). */
  scenariosPassed: number;
  bestFinal: number | null;
  finalPassed: boolean;
  /** Replies checked by the reply coach, and how many had no findings; null where the file cannot say. */
  writing: { checks: number; clean: number } | null;
  /** Right and wrong answers per question key. */
  answers: Record<string, { right: number; wrong: number }>;
}

/** What became of one dropped file. */
type FileOutcome =
  | { file: string; ok: true; kind: 'progress' | 'xapi'; trainees: number }
  | { file: string; ok: false; reason: string };

/** A fact the team answers wrongly, with how many trainees missed it. */
interface TeamWeakFact {
  fact: string;
  wrong: number;
  right: number;
  trainees: number;
}

/** The team view of a set of files. */
export interface TeamReport {
  files: FileOutcome[];
  trainees: TraineeRow[];
  weakFacts: TeamWeakFact[];
}

/** A dropped file's name and text. */
export interface DroppedFile {
  name: string;
  text: string;
}

interface Tallies {
  lessons: Set<string>;
  bestQuiz: Map<string, { score: number; passed: boolean }>;
  bestScenario: Map<string, number>;
  answers: Record<string, { right: number; wrong: number }>;
  writing: { checks: number; clean: number } | null;
}

function rowOf(file: string, name: string, tallies: Tallies, course: CourseShape): TraineeRow {
  const final = course.finalQuizId ? tallies.bestQuiz.get(course.finalQuizId) : undefined;
  return {
    file,
    name,
    modules: course.modules.map((module) => {
      const quiz = module.quizId ? tallies.bestQuiz.get(module.quizId) : undefined;
      return {
        id: module.id,
        lessonsDone: module.lessonIds.filter((id) => tallies.lessons.has(id)).length,
        lessonsTotal: module.lessonIds.length,
        bestQuiz: quiz?.score ?? null,
        quizPassed: quiz?.passed ?? false,
        scenariosPassed: module.scenarioIds.filter(
          (id) => (tallies.bestScenario.get(id) ?? 0) >= SCENARIO_PASS_SHARE,
        ).length,
        scenariosTotal: module.scenarioIds.length,
      };
    }),
    scenariosPassed: [...new Set(course.modules.flatMap((module) => module.scenarioIds))].filter(
      (id) => (tallies.bestScenario.get(id) ?? 0) >= SCENARIO_PASS_SHARE,
    ).length,
    bestFinal: final?.score ?? null,
    finalPassed: final?.passed ?? false,
    writing: tallies.writing,
    answers: tallies.answers,
  };
}

function talliesOfProgress(progress: Progress): Tallies {
  const bestQuiz = new Map<string, { score: number; passed: boolean }>();
  for (const [quizId, { attempts }] of Object.entries(progress.quizzes)) {
    for (const attempt of attempts.filter((entry) => entry.full)) {
      const best = bestQuiz.get(quizId);
      if (!best || attempt.score > best.score)
        bestQuiz.set(quizId, { score: attempt.score, passed: attempt.passed });
    }
  }
  return {
    lessons: new Set(Object.keys(progress.lessons)),
    bestQuiz,
    bestScenario: new Map(
      Object.entries(progress.scenarios).map(([id, result]) => [id, result.best]),
    ),
    answers: progress.answers,
    // Finished writing-practice attempts, and how many ended with a draft that broke no rule.
    writing: Object.values(progress.writing).reduce(
      (sum, result) => ({ checks: sum.checks + result.attempts, clean: sum.clean + result.clean }),
      { checks: 0, clean: 0 },
    ),
  };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The actor's identity (account or mbox) and name, or null if the statement has no usable actor. */
function actorOf(statement: Json): { key: string; name: string } | null {
  const actor = statement['actor'];
  if (!isObject(actor)) return null;
  const account = actor['account'];
  const name = typeof actor['name'] === 'string' ? actor['name'] : '';
  if (isObject(account) && typeof account['name'] === 'string')
    return { key: `${String(account['homePage'])}|${account['name']}`, name };
  if (typeof actor['mbox'] === 'string') return { key: actor['mbox'], name };
  return null;
}

/** Rows from an xAPI file: one per actor, from the statements about this course's activities. */
function rowsOfStatements(
  file: string,
  statements: unknown[],
  course: CourseShape,
): TraineeRow[] | string {
  const byActor = new Map<string, { name: string; tallies: Tallies }>();
  for (const [index, statement] of statements.entries()) {
    if (!isObject(statement)) return `statement ${index + 1} is not an object`;
    const actor = actorOf(statement);
    const verb = isObject(statement['verb']) ? statement['verb']['id'] : undefined;
    const object = isObject(statement['object']) ? statement['object']['id'] : undefined;
    if (!actor || typeof verb !== 'string' || typeof object !== 'string')
      return `statement ${index + 1} has no actor, verb or object`;
    const entry = byActor.get(actor.key) ?? {
      name: actor.name,
      tallies: {
        lessons: new Set<string>(),
        bestQuiz: new Map(),
        bestScenario: new Map(),
        answers: {} as Record<string, { right: number; wrong: number }>,
        writing: { checks: 0, clean: 0 },
      },
    };
    entry.name ||= actor.name;
    byActor.set(actor.key, entry);
    const activity = parseActivityIri(object);
    const result = isObject(statement['result']) ? statement['result'] : {};
    const score = isObject(result['score']) ? result['score']['scaled'] : undefined;
    const { tallies } = entry;
    if (!activity) continue;
    if (activity.kind === 'lesson' && verb === verbs.completed.id) tallies.lessons.add(activity.id);
    if (
      activity.kind === 'quiz' &&
      typeof score === 'number' &&
      typeof result['success'] === 'boolean'
    ) {
      const best = tallies.bestQuiz.get(activity.id);
      if (!best || score > best.score)
        tallies.bestQuiz.set(activity.id, { score, passed: result['success'] });
    }
    if (activity.kind === 'scenario' && typeof score === 'number')
      tallies.bestScenario.set(
        activity.id,
        Math.max(score, tallies.bestScenario.get(activity.id) ?? 0),
      );
    if (activity.kind === 'question' && typeof result['success'] === 'boolean') {
      const tally = (tallies.answers[activity.id] ??= { right: 0, wrong: 0 });
      if (result['success']) tally.right += 1;
      else tally.wrong += 1;
    }
    if (activity.kind === 'writing' && tallies.writing) {
      tallies.writing.checks += 1;
      if (result['success'] === true) tallies.writing.clean += 1;
    }
  }
  if (byActor.size === 0) return 'it has no statements';
  return [...byActor.values()].map(({ name, tallies }) => rowOf(file, name, tallies, course));
}

/** Reads the dropped files: each one a progress file or an xAPI file, or refused with the reason. */
export function teamReport(
  files: readonly DroppedFile[],
  course: CourseShape,
  weakLimit = 8,
): TeamReport {
  const outcomes: FileOutcome[] = [];
  const trainees: TraineeRow[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch {
      outcomes.push({ file: file.name, ok: false, reason: 'it is not valid JSON' });
      continue;
    }
    const statements = Array.isArray(value)
      ? value
      : isObject(value) && Array.isArray(value['statements'])
        ? value['statements']
        : null;
    if (statements) {
      const rows = rowsOfStatements(file.name, statements, course);
      if (typeof rows === 'string') outcomes.push({ file: file.name, ok: false, reason: rows });
      else {
        trainees.push(...rows);
        outcomes.push({ file: file.name, ok: true, kind: 'xapi', trainees: rows.length });
      }
      continue;
    }
    const read = readProgress(file.text);
    if (!read.ok) {
      outcomes.push({ file: file.name, ok: false, reason: read.reason });
      continue;
    }
    trainees.push(
      rowOf(file.name, read.progress.trainee.name.trim(), talliesOfProgress(read.progress), course),
    );
    outcomes.push({ file: file.name, ok: true, kind: 'progress', trainees: 1 });
  }
  const byFact = new Map<string, TeamWeakFact>();
  for (const trainee of trainees) {
    for (const entry of masteryByFact(trainee.answers, course.factsOfQuestion).values()) {
      const team = byFact.get(entry.fact) ?? { fact: entry.fact, wrong: 0, right: 0, trainees: 0 };
      team.wrong += entry.wrong;
      team.right += entry.right;
      if (entry.wrong > 0) team.trainees += 1;
      byFact.set(entry.fact, team);
    }
  }
  const weakFacts = [...byFact.values()]
    .filter((entry) => entry.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || b.trainees - a.trainees || compareText(a.fact, b.fact))
    .slice(0, weakLimit);
  return { files: outcomes, trainees, weakFacts };
}

/** The label of a trainee in tables and the CSV: the name, or the file for a file without one. */
export function traineeLabel(row: TraineeRow): string {
  return row.name || `No name (${row.file})`;
}

/** One CSV field, quoted where needed; a leading = + - @ is neutralised so a spreadsheet shows it as text. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const pct = (share: number | null) => (share === null ? '' : Math.round(share * 100));

/** The table as CSV: one line per trainee and module, then one for the final (RFC 4180, CRLF). */
export function teamCsv(report: TeamReport, course: CourseShape): string {
  const header = [
    'Trainee',
    'File',
    'Module',
    'Lessons done',
    'Lessons in module',
    'Best quiz score (%)',
    'Quiz passed',
    'Scenarios passed',
    'Scenarios in module',
    'Replies checked',
    'Replies without findings',
  ];
  const lines = [header];
  for (const row of report.trainees) {
    const writing = [row.writing?.checks ?? '', row.writing?.clean ?? ''];
    for (const [index, module] of row.modules.entries()) {
      const shape = course.modules[index];
      lines.push(
        [
          traineeLabel(row),
          row.file,
          `${shape?.number ?? index + 1}. ${shape?.title ?? module.id}`,
          module.lessonsDone,
          module.lessonsTotal,
          pct(module.bestQuiz),
          module.bestQuiz === null ? '' : module.quizPassed ? 'yes' : 'no',
          module.scenariosPassed,
          module.scenariosTotal,
          ...writing,
        ].map(String),
      );
    }
    if (course.finalQuizId)
      lines.push([
        traineeLabel(row),
        row.file,
        'Final assessment',
        '',
        '',
        String(pct(row.bestFinal)),
        row.bestFinal === null ? '' : row.finalPassed ? 'yes' : 'no',
        '',
        '',
        ...writing.map(String),
      ]);
  }
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The files dropped on the team page, in the order they came (kept in memory only). */
export const $teamFiles = atom<DroppedFile[]>([]);

/** Adds dropped files; a file with the same name as one already there replaces it. */
export function addTeamFiles(files: readonly DroppedFile[]): void {
  const names = new Set(files.map((file) => file.name));
  $teamFiles.set([...$teamFiles.get().filter((file) => !names.has(file.name)), ...files]);
}

/** Removes every dropped file. */
export function clearTeamFiles(): void {
  $teamFiles.set([]);
}

/** The team view of the dropped files for one course shape. */
export function createTeamReport(course: CourseShape): ReadableAtom<TeamReport> {
  return computed($teamFiles, (files) => teamReport(files, course));
}

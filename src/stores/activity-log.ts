/**
 * The trainee's activity record: each lesson done, question answered, quiz finished, scenario
 * played, desk act, sandbox situation tried and reply checked, kept compactly in this browser
 * and turned into xAPI statements on export (`statements.ts`). Under a cmi5 launch the course's
 * launch page sends them to the LMS (`lms/cmi5.ts`); otherwise nothing leaves the browser.
 *
 * Like progress, every write reads the latest saved log first (two tabs add up), and a log that
 * cannot be read is kept under a backup key rather than dropped.
 */
import * as v from 'valibot';
import {
  activityEventSchema,
  type ActivityEvent,
  type NewActivityEvent,
} from '../lib/xapi/activity-events.ts';
import {
  interactionOf,
  statementOf,
  type ActivityNames,
  type XapiStatement,
} from '../lib/xapi/statements.ts';
import { COURSE_IRI } from '../lib/xapi/vocabulary.ts';
import type { QuizResponse } from '../lib/quiz-response.ts';
import { saveItem, storage } from './storage.ts';

/** The localStorage key of the activity record. */
export const ACTIVITY_KEY = 'sda:activity';
/** How many acts are kept (the oldest go first); progress itself never depends on this record. */
export const ACTIVITY_KEPT = 2000;

const logSchema = v.object({
  version: v.literal(1),
  /** A random id for this browser's trainee: the xAPI account name where there is no LMS. */
  learner: v.pipe(v.string(), v.uuid()),
  events: v.array(activityEventSchema),
});

/** The saved activity record. */
export type ActivityLog = v.InferOutput<typeof logSchema>;

function newLog(): ActivityLog {
  return { version: 1, learner: crypto.randomUUID(), events: [] };
}

/** Reads the saved record; an unreadable one is kept aside and a new record begins. */
export function readActivityLog(): ActivityLog {
  let raw: string | null;
  try {
    raw = storage()?.getItem(ACTIVITY_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return newLog();
  try {
    const parsed = v.safeParse(logSchema, JSON.parse(raw));
    if (parsed.success) return parsed.output;
  } catch {
    // Falls through to keeping it aside.
  }
  saveItem(`${ACTIVITY_KEY}-backup:${new Date().toISOString()}`, raw);
  return newLog();
}

/** Adds one act to the record (the browser refusing to store it loses the act, never progress). */
function record(event: NewActivityEvent, now: Date): void {
  const log = readActivityLog();
  const entry = { ...event, id: crypto.randomUUID(), at: now.toISOString() } as ActivityEvent;
  saveItem(
    ACTIVITY_KEY,
    JSON.stringify({ ...log, events: [...log.events, entry].slice(-ACTIVITY_KEPT) }),
  );
}

/** A lesson marked done. */
export function recordLessonDone(lessonId: string, now = new Date()): void {
  record({ kind: 'lesson-done', lessonId }, now);
}

/** A question checked, with the trainee's response (a question left unanswered is not recorded). */
export function recordQuestionAnswered(
  questionKey: string,
  response: QuizResponse | undefined,
  correct: boolean,
  now = new Date(),
): void {
  if (response === undefined) return;
  record({ kind: 'answered', questionKey, interaction: interactionOf(response), correct }, now);
}

/** A quiz attempt finished. */
export function recordQuizFinished(
  quizId: string,
  attempt: { score: number; passed: boolean; full: boolean },
  now = new Date(),
): void {
  record({ kind: 'quiz-finished', quizId, ...attempt }, now);
}

/** A desk scenario played to the end of the shift, with its score (0..1). */
export function recordScenarioFinished(scenarioId: string, score: number, now = new Date()): void {
  record({ kind: 'scenario-finished', scenarioId, score }, now);
}

/** One act at the desk: an action on a subject, the option chosen, at a simulated time. */
export function recordDeskAct(
  act: { scenarioId: string; action: string; subject: string; choice?: string; simulatedAt: Date },
  now = new Date(),
): void {
  const { simulatedAt, choice, ...rest } = act;
  record(
    {
      kind: 'desk-act',
      ...rest,
      ...(choice ? { choice } : {}),
      simulatedAt: simulatedAt.toISOString(),
    },
    now,
  );
}

/** A sandbox situation tried, with its result where it has one (0..1). */
export function recordSandboxTry(
  attempt: { situationId: string; title: string; score?: number },
  now = new Date(),
): void {
  record({ kind: 'sandbox-try', ...attempt }, now);
}

/** A reply checked by the reply coach, with the rules its findings cite (the draft itself is not kept). */
export function recordReplyCheck(
  check: {
    taskId: string;
    replyKind: 'message' | 'public-reply';
    language: string | null;
    findings: readonly { rule: string; kind: string }[];
  },
  now = new Date(),
): void {
  record(
    {
      kind: 'reply-check',
      taskId: check.taskId,
      replyKind: check.replyKind,
      language: check.language,
      findings: check.findings.map(({ rule, kind }) => ({ rule, kind })),
    },
    now,
  );
}

/** The record as xAPI statements, the trainee named as typed for the certificate (or not at all). */
export function activityStatements(
  traineeName: string,
  names: ActivityNames = {},
): XapiStatement[] {
  const log = readActivityLog();
  const name = traineeName.trim();
  const actor = {
    objectType: 'Agent' as const,
    ...(name ? { name } : {}),
    account: { homePage: COURSE_IRI, name: log.learner },
  };
  return log.events.map((event) => statementOf(event, { actor, names }));
}

/** The record as an xAPI file's text (a JSON array of statements). */
export function exportActivity(traineeName: string, names: ActivityNames = {}): string {
  return JSON.stringify(activityStatements(traineeName, names), null, 2);
}

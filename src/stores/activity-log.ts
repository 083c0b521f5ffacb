/**
 * The trainee's activity record (its core: the intents other parts call are in `activity.ts`): each lesson done, question answered, quiz finished, scenario
 * played, desk act, sandbox situation tried and reply checked, kept compactly in this browser
 * and turned into xAPI statements on export (`activity-export.ts`). Under a cmi5 launch the course's
 * launch page sends them to the LMS (`lms/cmi5.ts`); otherwise nothing leaves the browser.
 *
 * Like progress, every write reads the latest saved log first (two tabs add up), and a log that
 * cannot be read is kept under a backup key rather than dropped.
 */
import type { ActivityEvent, NewActivityEvent } from '../lib/xapi/activity-events.ts';
import { saveItem, storage } from './storage.ts';

/** The localStorage key of the activity record. */
export const ACTIVITY_KEY = 'sda:activity';
/** How many acts are kept (the oldest go first); progress itself never depends on this record. */
export const ACTIVITY_KEPT = 2000;

/**
 * Whether a parsed value has the record's outer shape. Only that is checked on every write; each
 * act is validated in full when the record is exported or sent (`activity-export.ts`), which
 * keeps this module light enough for the lesson pages that mark lessons done.
 */
function isLog(value: unknown): value is ActivityLog {
  if (typeof value !== 'object' || value === null) return false;
  const log = value as Partial<Record<keyof ActivityLog, unknown>>;
  return (
    log.version === 1 &&
    typeof log.learner === 'string' &&
    /^[0-9a-f-]{36}$/i.test(log.learner) &&
    Array.isArray(log.events)
  );
}

/** The saved activity record (acts as saved; `activity-export.ts` validates each). */
export interface ActivityLog {
  version: 1;
  learner: string;
  events: ActivityEvent[];
}

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
    const parsed: unknown = JSON.parse(raw);
    if (isLog(parsed)) return parsed;
  } catch {
    // Falls through to keeping it aside.
  }
  saveItem(`${ACTIVITY_KEY}-backup:${new Date().toISOString()}`, raw);
  return newLog();
}

/** Adds one act to the record (the browser refusing to store it loses the act, never progress). */
export function recordActivity(event: NewActivityEvent, now: Date): void {
  const log = readActivityLog();
  const entry = { ...event, id: crypto.randomUUID(), at: now.toISOString() } as ActivityEvent;
  saveItem(
    ACTIVITY_KEY,
    JSON.stringify({ ...log, events: [...log.events, entry].slice(-ACTIVITY_KEPT) }),
  );
}

/** A lesson marked done. */
export function recordLessonDone(lessonId: string, now = new Date()): void {
  recordActivity({ kind: 'lesson-done', lessonId }, now);
}

/** A quiz attempt finished. */
export function recordQuizFinished(
  quizId: string,
  attempt: { score: number; passed: boolean; full: boolean },
  now = new Date(),
): void {
  recordActivity({ kind: 'quiz-finished', quizId, ...attempt }, now);
}

/** A desk scenario played to the end of the shift, with its score (0..1). */
export function recordScenarioFinished(scenarioId: string, score: number, now = new Date()): void {
  recordActivity({ kind: 'scenario-finished', scenarioId, score }, now);
}

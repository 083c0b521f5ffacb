/**
 * The trainee's progress: one store kept in localStorage (shared live between tabs) and the
 * intents that change it. Every intent reads the latest saved value before writing, so two open
 * tabs add to each other's progress instead of overwriting it. A saved value that cannot be read
 * is kept under a backup key and the trainee is told. Writes go through the storage guard: when
 * the browser refuses to store, progress goes on in memory and `$storageRefused` tells the page.
 */
import { atom, onMount } from 'nanostores';
import { parseInstant } from '../engine/index.ts';
import { mergeProgress } from './progress-merge.ts';
import { readProgress, writeProgress } from './progress-codec.ts';
import type { SavedResponse } from '../lib/quiz-response.ts';
import { saveItem, storage } from './storage.ts';
import { recordLessonDone, recordQuizFinished, recordScenarioFinished } from './activity-log.ts';
import { emptyProgress, type Progress, type QuizAttempt } from './progress-schema.ts';

/** The localStorage key of the progress record. */
export const PROGRESS_KEY = 'sda:progress';
/** Prefix of the keys that keep unreadable progress aside. */
export const BACKUP_PREFIX = 'sda:progress-backup:';
/** How many finished attempts are kept per quiz (the best is always among them). */
const ATTEMPTS_KEPT = 20;

/** Told to the trainee when saved progress could not be read. */
export interface RecoveryNotice {
  /** Where the unreadable value was kept ('' if storage refused it). */
  backupKey: string;
  reason: string;
}

/** Set when saved progress could not be read and was kept aside. */
export const $recovery = atom<RecoveryNotice | null>(null);

/** Keeps an unreadable value under a backup key (once per distinct value) and raises the notice. */
function keepAside(raw: string, reason: string): void {
  const store = storage();
  let backupKey = '';
  try {
    if (store) {
      backupKey =
        Object.keys(store).find(
          (key) => key.startsWith(BACKUP_PREFIX) && store.getItem(key) === raw,
        ) ?? `${BACKUP_PREFIX}${new Date().toISOString()}`;
      if (!saveItem(backupKey, raw)) backupKey = '';
    }
  } catch {
    backupKey = '';
  }
  $recovery.set({ backupKey, reason });
}

function decode(raw: string): Progress {
  const result = readProgress(raw);
  if (result.ok) return result.progress;
  keepAside(raw, result.reason);
  return emptyProgress();
}

/** The saved text, or null where there is none or storage is unavailable. */
function readSaved(): string | null {
  try {
    return storage()?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The text this page last read from or wrote to storage. */
let lastSaved = readSaved();
/** True while this page holds progress that storage refused: memory is ahead of storage. */
let memoryAhead = false;

/** The trainee's progress, kept in localStorage and synchronised between tabs. */
export const $progress = atom<Progress>(lastSaved === null ? emptyProgress() : decode(lastSaved));

// While anything listens, follow what other tabs save (and a page restored from the back cache).
onMount($progress, () => {
  if (typeof window === 'undefined') return;
  const follow = () => {
    const raw = readSaved();
    if (memoryAhead || raw === lastSaved) return;
    lastSaved = raw;
    $progress.set(raw === null ? emptyProgress() : decode(raw));
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) follow();
  };
  follow();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', follow);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', follow);
  };
});

/**
 * Applies a change to the latest saved progress (not just this tab's copy) and saves it. For
 * intent modules in `src/stores/` only; components call the intents. When storage refuses the
 * write, the change is kept in memory (and builds on memory from then on).
 */
export function updateProgress(change: (progress: Progress) => Progress): void {
  let base = $progress.get();
  const raw = memoryAhead ? null : readSaved();
  if (raw) {
    const saved = readProgress(raw);
    if (saved.ok) base = saved.progress;
  }
  const next = change(base);
  $progress.set(next);
  const text = writeProgress(next);
  memoryAhead = !saveItem(PROGRESS_KEY, text);
  if (!memoryAhead) lastSaved = text;
}

/** Marks a lesson done (the first completion date is kept). */
export function completeLesson(lessonId: string, now = new Date()): void {
  let added = false;
  updateProgress((progress) => {
    if (progress.lessons[lessonId]) return progress;
    added = true;
    return {
      ...progress,
      lessons: { ...progress.lessons, [lessonId]: { completedAt: now.toISOString() } },
    };
  });
  if (added) recordLessonDone(lessonId, now);
}

/** Takes a lesson off the done list. */
export function reopenLesson(lessonId: string): void {
  updateProgress((progress) => {
    const { [lessonId]: _removed, ...lessons } = progress.lessons;
    return { ...progress, lessons };
  });
}

/** Starts (or restarts) a quiz with the questions drawn for it; `full` is false for a retry of missed questions. */
export function startQuiz(
  quizId: string,
  questionKeys: string[],
  full: boolean,
  now = new Date(),
): void {
  updateProgress((progress) => ({
    ...progress,
    inProgress: {
      ...progress.inProgress,
      [quizId]: { startedAt: now.toISOString(), questionKeys, responses: {}, position: 0, full },
    },
  }));
}

/** Saves a response to a quiz under way and moves to `position`. */
export function saveQuizResponse(
  quizId: string,
  questionKey: string,
  response: SavedResponse,
  position: number,
): void {
  updateProgress((progress) => {
    const current = progress.inProgress[quizId];
    if (!current) return progress;
    return {
      ...progress,
      inProgress: {
        ...progress.inProgress,
        [quizId]: {
          ...current,
          responses: { ...current.responses, [questionKey]: response },
          position,
        },
      },
    };
  });
}

/** Moves a quiz under way to another question. */
export function moveInQuiz(quizId: string, position: number): void {
  updateProgress((progress) => {
    const current = progress.inProgress[quizId];
    return current
      ? { ...progress, inProgress: { ...progress.inProgress, [quizId]: { ...current, position } } }
      : progress;
  });
}

/** Files a finished attempt and clears the quiz under way. */
export function finishQuiz(quizId: string, attempt: QuizAttempt): void {
  updateProgress((progress) => {
    const { [quizId]: _done, ...inProgress } = progress.inProgress;
    const attempts = [...(progress.quizzes[quizId]?.attempts ?? []), attempt];
    const best = attempts
      .filter((entry) => entry.full)
      .reduce<QuizAttempt | undefined>(
        (top, entry) => (!top || entry.score > top.score ? entry : top),
        undefined,
      );
    const kept = attempts.slice(-ATTEMPTS_KEPT);
    if (best && !kept.includes(best)) kept.unshift(best);
    return {
      ...progress,
      inProgress,
      quizzes: { ...progress.quizzes, [quizId]: { attempts: kept } },
    };
  });
  recordQuizFinished(quizId, attempt, new Date(parseInstant(attempt.at)));
}

/** Records a scenario result (0..1); the best is kept. */
export function recordScenarioResult(scenarioId: string, score: number, now = new Date()): void {
  updateProgress((progress) => {
    const previous = progress.scenarios[scenarioId];
    return {
      ...progress,
      scenarios: {
        ...progress.scenarios,
        [scenarioId]: {
          best: Math.max(previous?.best ?? 0, score),
          attempts: (previous?.attempts ?? 0) + 1,
          lastAt: now.toISOString(),
        },
      },
    };
  });
  recordScenarioFinished(scenarioId, score, now);
}

/** Sets the name printed on the certificate. */
export function setTraineeName(name: string): void {
  updateProgress((progress) => ({ ...progress, trainee: { name: name.slice(0, 120) } }));
}

/** The progress as a file's text, for export. */
export function exportProgress(): string {
  return JSON.stringify($progress.get(), null, 2);
}

/**
 * Reads someone else's progress file (the team and verify pages) without touching this
 * browser's progress: parse, migrate, validate (`progress-codec.ts`).
 */
export const readProgressFile = readProgress;

/** Result of an import. */
export type ImportResult = { ok: true } | { ok: false; message: string };

/** Merges an exported file into the saved progress; a bad file changes nothing. */
export function importProgress(text: string): ImportResult {
  const imported = readProgress(text);
  if (!imported.ok)
    return {
      ok: false,
      message: `This file cannot be imported: ${imported.reason}. Your progress has not changed.`,
    };
  updateProgress((progress) => mergeProgress(progress, imported.progress));
  return { ok: true };
}

/** Closes the recovery notice; the backup stays where it is. */
export function dismissRecovery(): void {
  $recovery.set(null);
}

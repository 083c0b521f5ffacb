/**
 * Resume data for an LMS (`cmi.suspend_data`): a summary of the trainee's progress small enough
 * for SCORM 1.2's 4,096 characters, so a trainee who opens the course on another computer, or
 * whose browser was cleared, carries on where they were. It keeps what completion, scores and the
 * certificate rest on (the name, lessons done, the best whole attempt of each quiz, the best
 * result of each scenario) and leaves out what the browser keeps for practice (answers per
 * question, review cards, a quiz half done). Instants are epoch milliseconds in base 36, exact.
 *
 * When a course grows past the limit, the summary drops detail in steps: first the dates lessons
 * were done (restored as the date of the summary), then lesson ids are written per module.
 */
import { readProgress } from '../stores/progress-codec.ts';
import { parseInstant } from '../engine/index.ts';
import { emptyProgress, type Progress } from '../stores/progress-schema.ts';

/** SCORM 1.2's limit for `cmi.suspend_data` (SCORM 2004 allows 64,000). */
export const SUSPEND_LIMIT = 4096;

// Progress is validated before it is summarised: every date reads.
const time = (iso: string) => parseInstant(iso).toString(36);
const instant = (base36: string) => new Date(Number.parseInt(base36, 36)).toISOString();

interface Summary {
  v: 1;
  /** The name for the certificate. */
  n: string;
  /** When the summary was written (base 36). */
  t: string;
  /** Lessons done: id → time, or (shorter) module → lesson slugs. */
  l?: Record<string, string>;
  m?: Record<string, string[]>;
  /** Best whole attempt per quiz: [score × 1000, correct, total, passed 1/0, time]. */
  q: Record<string, [number, number, number, number, string]>;
  /** Best result per scenario: [best × 1000, attempts, last time]. */
  s: Record<string, [number, number, string]>;
}

function bestWhole(progress: Progress): Summary['q'] {
  const best: Summary['q'] = {};
  for (const [quizId, { attempts }] of Object.entries(progress.quizzes)) {
    const top = attempts
      .filter((attempt) => attempt.full)
      .reduce<(typeof attempts)[number] | undefined>(
        (current, attempt) => (!current || attempt.score > current.score ? attempt : current),
        undefined,
      );
    if (top)
      best[quizId] = [
        Math.round(top.score * 1000),
        top.correct,
        top.total,
        top.passed ? 1 : 0,
        time(top.at),
      ];
  }
  return best;
}

/** The resume text for a progress record, or null if even the shortest summary is over `limit`. */
export function suspendData(
  progress: Progress,
  now = new Date(),
  limit = SUSPEND_LIMIT,
): string | null {
  const base = {
    v: 1 as const,
    n: progress.trainee.name,
    t: now.getTime().toString(36),
    q: bestWhole(progress),
    s: Object.fromEntries(
      Object.entries(progress.scenarios).map(([id, result]): [string, [number, number, string]] => [
        id,
        [Math.round(result.best * 1000), result.attempts, time(result.lastAt)],
      ]),
    ),
  };
  const lessonIds = Object.keys(progress.lessons).sort();
  const byModule: Record<string, string[]> = {};
  for (const id of lessonIds) {
    const [module = '', ...rest] = id.split('/');
    (byModule[module] ??= []).push(rest.join('/'));
  }
  const candidates: Summary[] = [
    {
      ...base,
      l: Object.fromEntries(
        lessonIds.map((id) => [id, time(progress.lessons[id]?.completedAt ?? now.toISOString())]),
      ),
    },
    { ...base, m: byModule },
  ];
  for (const summary of candidates) {
    const text = JSON.stringify(summary);
    if (text.length <= limit) return text;
  }
  return null;
}

/** The progress a resume text states (the parts it keeps), or null if it is not one. */
export function progressFromSuspendData(text: string): Progress | null {
  let summary: Summary;
  try {
    summary = JSON.parse(text) as Summary;
  } catch {
    return null;
  }
  if (typeof summary !== 'object' || summary === null || summary.v !== 1) return null;
  try {
    const written = instant(summary.t);
    const lessons: Progress['lessons'] = {};
    for (const [id, at] of Object.entries(summary.l ?? {}))
      lessons[id] = { completedAt: instant(at) };
    for (const [module, slugs] of Object.entries(summary.m ?? {}))
      for (const slug of slugs) lessons[`${module}/${slug}`] = { completedAt: written };
    const progress: Progress = {
      ...emptyProgress(),
      trainee: { name: summary.n },
      lessons,
      quizzes: Object.fromEntries(
        Object.entries(summary.q).map(([id, [score, correct, total, passed, at]]) => [
          id,
          {
            attempts: [
              {
                at: instant(at),
                score: score / 1000,
                correct,
                total,
                passed: passed === 1,
                missed: [],
                full: true,
              },
            ],
          },
        ]),
      ),
      scenarios: Object.fromEntries(
        Object.entries(summary.s).map(([id, [best, attempts, at]]) => [
          id,
          { best: best / 1000, attempts, lastAt: instant(at) },
        ]),
      ),
    };
    // The same checks as any saved or imported progress.
    const read = readProgress(JSON.stringify(progress));
    return read.ok ? read.progress : null;
  } catch {
    return null;
  }
}

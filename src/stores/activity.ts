/**
 * The intents that put a trainee's acts in the activity record (`activity-log.ts`), for the
 * parts of the site where they happen: the desk (each act), the sandbox (each situation tried)
 * and the writing practice (each reply checked). Lessons done, quizzes finished and scenarios
 * played are recorded by the progress intents, answers by `recordAnswer` (`quiz-progress.ts`).
 */
import { recordActivity } from './activity-log.ts';

export { recordLessonDone, recordQuizFinished, recordScenarioFinished } from './activity-log.ts';

/** One act at the desk: an action on a subject, the option chosen, at a simulated time. */
export function recordDeskAct(
  act: { scenarioId: string; action: string; subject: string; choice?: string; simulatedAt: Date },
  now = new Date(),
): void {
  const { simulatedAt, choice, ...rest } = act;
  recordActivity(
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
  recordActivity({ kind: 'sandbox-try', ...attempt }, now);
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
  recordActivity(
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

// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityEvent } from '../../src/lib/xapi/activity-events.ts';
import type { QuizResponse } from '../../src/lib/quiz-response.ts';
import { interactionOf, statementOf } from '../../src/lib/xapi/statements.ts';
import { parseActivityIri, verbs } from '../../src/lib/xapi/vocabulary.ts';
import { statementErrors } from './xapi-schema.ts';

const at = '2026-11-20T10:00:00.000Z';
const id = '3f1c2a5e-8b7d-4c1e-9a2b-1d2e3f4a5b6c';
const actor = {
  objectType: 'Agent' as const,
  name: 'Ana Lopes',
  account: { homePage: 'https://lms.example/', name: 'ana' },
};

const events: [string, ActivityEvent][] = [
  ['a lesson done', { id, at, kind: 'lesson-done', lessonId: 'order-defect-rate/what-is-odr' }],
  [
    'a question answered',
    {
      id,
      at,
      kind: 'answered',
      questionKey: 'order-defect-rate/two-defects',
      interaction: { type: 'choice', response: '0[,]2' },
      correct: false,
    },
  ],
  [
    'a quiz passed',
    { id, at, kind: 'quiz-finished', quizId: 'fba-and-fbm', score: 0.9, passed: true, full: true },
  ],
  [
    'a quiz failed',
    { id, at, kind: 'quiz-finished', quizId: 'fba-and-fbm', score: 0.5, passed: false, full: true },
  ],
  [
    'a scenario played',
    { id, at, kind: 'scenario-finished', scenarioId: 'sunday-message', score: 0.75 },
  ],
  [
    'a desk act',
    {
      id,
      at,
      kind: 'desk-act',
      scenarioId: 'sunday-message',
      action: 'reply',
      subject: 'msg 1/ä',
      choice: 'apologise',
      simulatedAt: '2026-03-01T09:00:00.000Z',
    },
  ],
  [
    'a sandbox situation tried',
    { id, at, kind: 'sandbox-try', situationId: 'late-claim', title: 'A late claim', score: 1 },
  ],
  [
    'a reply checked',
    {
      id,
      at,
      kind: 'reply-check',
      taskId: 'public-reply-1',
      replyKind: 'public-reply',
      language: 'de',
      findings: [{ rule: 'PR-RULES', kind: 'question' }],
    },
  ],
];

describe('xAPI statements', () => {
  it.each(events)('%s validates against the xAPI 1.0.3 statement schema', (_, event) => {
    const statement = statementOf(event, { actor });
    expect(statementErrors(statement)).toEqual([]);
  });

  it.each(events)(
    '%s validates under a cmi5 launch, with its registration and template',
    (_, event) => {
      const statement = statementOf(event, {
        actor,
        registration: '9d2f2c1e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
        contextTemplate: {
          contextActivities: {
            grouping: [{ objectType: 'Activity', id: 'https://lms.example/au/1' }],
          },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'abc' },
        },
      });
      expect(statementErrors(statement)).toEqual([]);
      expect(statement.context.registration).toBe('9d2f2c1e-3a4b-4c5d-8e6f-7a8b9c0d1e2f');
      expect(statement.context.contextActivities?.grouping?.[0]?.id).toBe(
        'https://lms.example/au/1',
      );
      // "cmi5 allowed" statements never carry the cmi5 category.
      expect(statement.context.contextActivities?.category).toBeUndefined();
    },
  );

  it('the schema rejects a statement whose actor has no identifier, and one with an unknown property', () => {
    const statement = statementOf(events[0]![1], { actor });
    expect(statementErrors({ ...statement, actor: { name: 'Ana' } })).not.toEqual([]);
    expect(statementErrors({ ...statement, verb: { ...statement.verb, label: 'x' } })).not.toEqual(
      [],
    );
    expect(statementErrors({ ...statement, result: { score: { scaled: 2 } } })).not.toEqual([]);
  });

  it('an answered question carries the response and whether it was right', () => {
    const statement = statementOf(events[1]![1], { actor });
    expect(statement.verb.id).toBe(verbs.answered.id);
    expect(statement.result).toEqual({ response: '0[,]2', success: false });
    expect(statement.object.definition?.interactionType).toBe('choice');
    expect(parseActivityIri(statement.object.id)).toEqual({
      kind: 'question',
      id: 'order-defect-rate/two-defects',
    });
  });

  it('a failed whole quiz is "failed", a passed one "passed", with the scaled score', () => {
    expect(statementOf(events[2]![1], { actor }).verb.id).toBe(verbs.passed.id);
    const failed = statementOf(events[3]![1], { actor });
    expect(failed.verb.id).toBe(verbs.failed.id);
    expect(failed.result?.score).toEqual({ scaled: 0.5 });
  });

  it('a reply check carries its findings and succeeds only without any', () => {
    const statement = statementOf(events[7]![1], { actor });
    expect(statement.result?.success).toBe(false);
    expect(Object.values(statement.result?.extensions ?? {})).toContainEqual([
      { rule: 'PR-RULES', kind: 'question' },
    ]);
  });

  it.each([
    [{ type: 'single', option: 2 }, 'choice', '2'],
    [{ type: 'multiple', options: [0, 3] }, 'choice', '0[,]3'],
    [{ type: 'true-false', value: false }, 'true-false', 'false'],
    [{ type: 'numeric', value: 1.5 }, 'numeric', '1.5'],
    [{ type: 'datetime', local: '2026-03-01T10:00' }, 'fill-in', '2026-03-01T10:00'],
    [{ type: 'ordering', order: [2, 0, 1] }, 'sequencing', '2[,]0[,]1'],
    [{ type: 'spot-the-problem', sentences: [1] }, 'choice', '1'],
  ] satisfies [QuizResponse, string, string][])(
    'a %o response is a %s interaction answering %s',
    (response, type, text) => {
      expect(interactionOf(response)).toEqual({ type, response: text });
    },
  );
});

describe('activity record', () => {
  beforeEach(() => localStorage.clear());

  async function load() {
    vi.resetModules();
    return {
      ...(await import('../../src/stores/activity-log.ts')),
      ...(await import('../../src/stores/activity.ts')),
      ...(await import('../../src/stores/activity-export.ts')),
    };
  }

  it('records each intent as one act, turned into valid statements for the export', async () => {
    const log = await load();
    log.recordLessonDone('order-defect-rate/what-is-odr', new Date(at));
    const quiz = await import('../../src/stores/quiz-progress.ts');
    quiz.recordAnswer('fba-and-fbm/q1', true, new Date(at), { type: 'single', option: 1 });
    quiz.recordAnswer('fba-and-fbm/q2', false, new Date(at));
    log.recordDeskAct({
      scenarioId: 's',
      action: 'reply',
      subject: 'm1',
      simulatedAt: new Date(at),
    });
    log.recordSandboxTry({ situationId: 'x', title: 'X' });
    log.recordReplyCheck({ taskId: 't', replyKind: 'message', language: 'en', findings: [] });
    const statements = JSON.parse(log.exportActivity('Ana')) as unknown[];
    // The unanswered question is not an act.
    expect(statements).toHaveLength(5);
    for (const statement of statements) expect(statementErrors(statement)).toEqual([]);
    expect(new Set(statements.map((entry) => (entry as { id: string }).id)).size).toBe(5);
  });

  it('keeps an unreadable record aside and starts a new one', async () => {
    localStorage.setItem('sda:activity', '{broken');
    const log = await load();
    log.recordLessonDone('a/b');
    const backups = Object.keys(localStorage).filter((key) =>
      key.startsWith('sda:activity-backup:'),
    );
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0] ?? '')).toBe('{broken');
    expect(log.readActivityLog().events).toHaveLength(1);
  });

  it('keeps the newest acts when the record is full', async () => {
    const log = await load();
    const full = log.readActivityLog();
    localStorage.setItem(
      'sda:activity',
      JSON.stringify({
        ...full,
        events: Array.from({ length: log.ACTIVITY_KEPT }, (_, index) => ({
          id: crypto.randomUUID(),
          at,
          kind: 'lesson-done',
          lessonId: `old/${index}`,
        })),
      }),
    );
    log.recordLessonDone('new/one');
    const events = log.readActivityLog().events;
    expect(events).toHaveLength(log.ACTIVITY_KEPT);
    expect(events.at(-1)).toMatchObject({ lessonId: 'new/one' });
    expect(events[0]).toMatchObject({ lessonId: 'old/1' });
  });
});

import { describe, expect, it } from 'vitest';
import type { CourseShape } from '../../src/lib/course-shape.ts';
import { emptyProgress, type Progress } from '../../src/stores/progress-schema.ts';
import { statementOf } from '../../src/lib/xapi/statements.ts';
import { teamCsv, teamReport } from '../../src/stores/team-report.ts';

const course: CourseShape = {
  modules: [
    {
      id: 'm1',
      number: 1,
      title: 'One',
      lessonIds: ['m1/a', 'm1/b'],
      quizId: 'q1',
      facts: ['F-1'],
      scenarioIds: ['s1', 's2'],
    },
    {
      id: 'm2',
      number: 2,
      title: 'Two, "quoted"',
      lessonIds: ['m2/a'],
      quizId: 'q2',
      facts: ['F-2'],
      scenarioIds: [],
    },
  ],
  finalQuizId: 'final',
  factsOfQuestion: { 'q1/x': ['F-1'], 'q2/y': ['F-2'] },
};
const attempt = (score: number, full = true) => ({
  at: '2026-11-20T10:00:00.000Z',
  score,
  correct: 0,
  total: 10,
  passed: score >= 0.8,
  missed: [],
  full,
});
const ana: Progress = {
  ...emptyProgress(),
  trainee: { name: 'Ana' },
  lessons: { 'm1/a': { completedAt: '2026-11-19T10:00:00.000Z' } },
  quizzes: { q1: { attempts: [attempt(0.7), attempt(0.9), attempt(1, false)] } },
  scenarios: {
    s1: { best: 0.85, attempts: 2, lastAt: '2026-11-19T10:00:00.000Z' },
    s2: { best: 0.5, attempts: 1, lastAt: '2026-11-19T10:00:00.000Z' },
  },
  answers: {
    'q1/x': { right: 1, wrong: 2, lastAt: '2026-11-19T10:00:00.000Z' },
    'q2/y': { right: 0, wrong: 1, lastAt: '2026-11-19T10:00:00.000Z' },
  },
};
const ben: Progress = {
  ...emptyProgress(),
  trainee: { name: '=Ben' },
  quizzes: { final: { attempts: [attempt(0.85)] } },
  answers: { 'q1/x': { right: 0, wrong: 1, lastAt: '2026-11-19T10:00:00.000Z' } },
};

describe('team report', () => {
  it('shows the readable files and refuses the corrupt one with its reason', () => {
    const report = teamReport(
      [
        { name: 'ana.json', text: JSON.stringify(ana) },
        { name: 'broken.json', text: '{"version":1,' },
        { name: 'ben.json', text: JSON.stringify(ben) },
      ],
      course,
    );
    expect(report.files).toEqual([
      { file: 'ana.json', ok: true, kind: 'progress', trainees: 1 },
      { file: 'broken.json', ok: false, reason: 'it is not valid JSON' },
      { file: 'ben.json', ok: true, kind: 'progress', trainees: 1 },
    ]);
    expect(report.trainees.map((row) => row.name)).toEqual(['Ana', '=Ben']);
  });

  it('counts lessons, the best whole quiz attempt and scenarios at 80%', () => {
    const [row] = teamReport([{ name: 'ana.json', text: JSON.stringify(ana) }], course).trainees;
    expect(row?.modules[0]).toEqual({
      id: 'm1',
      lessonsDone: 1,
      lessonsTotal: 2,
      bestQuiz: 0.9,
      quizPassed: true,
      scenariosPassed: 1,
      scenariosTotal: 2,
    });
    expect(row?.bestFinal).toBeNull();
  });

  it('counts the writing practice a progress file holds: attempts, and those that ended clean', () => {
    const writer: Progress = {
      ...emptyProgress(),
      trainee: { name: 'Cleo' },
      writing: {
        'late-parcel': {
          attempts: 3,
          clean: 2,
          lastAt: '2026-11-19T10:00:00.000Z',
          lastFindings: [],
          lastCaught: ['TIP-8 off-platform-payment'],
        },
        'voucher-for-removal': {
          attempts: 1,
          clean: 0,
          lastAt: '2026-11-19T11:00:00.000Z',
          lastFindings: ['PR-RULES removal-incentive'],
          lastCaught: ['PR-RULES removal-incentive'],
        },
      },
    };
    const [row] = teamReport(
      [{ name: 'cleo.json', text: JSON.stringify(writer) }],
      course,
    ).trainees;
    expect(row?.writing).toEqual({ checks: 4, clean: 2 });
  });

  it('ranks the facts the team gets wrong by wrong answers, counting trainees', () => {
    const report = teamReport(
      [
        { name: 'ana.json', text: JSON.stringify(ana) },
        { name: 'ben.json', text: JSON.stringify(ben) },
      ],
      course,
    );
    expect(report.weakFacts).toEqual([
      { fact: 'F-1', wrong: 3, right: 1, trainees: 2 },
      { fact: 'F-2', wrong: 1, right: 0, trainees: 1 },
    ]);
  });

  it('reads an xAPI file of the site into a trainee row with writing practice', () => {
    const actor = {
      objectType: 'Agent' as const,
      name: 'Cleo',
      account: { homePage: 'https://x.example', name: 'c' },
    };
    const at = '2026-11-20T10:00:00.000Z';
    const statements = [
      statementOf(
        { id: crypto.randomUUID(), at, kind: 'lesson-done', lessonId: 'm1/b' },
        { actor },
      ),
      statementOf(
        {
          id: crypto.randomUUID(),
          at,
          kind: 'quiz-finished',
          quizId: 'q2',
          score: 0.6,
          passed: false,
          full: true,
        },
        { actor },
      ),
      statementOf(
        { id: crypto.randomUUID(), at, kind: 'scenario-finished', scenarioId: 's2', score: 0.9 },
        { actor },
      ),
      statementOf(
        {
          id: crypto.randomUUID(),
          at,
          kind: 'answered',
          questionKey: 'q2/y',
          interaction: { type: 'choice', response: '1' },
          correct: false,
        },
        { actor },
      ),
      statementOf(
        {
          id: crypto.randomUUID(),
          at,
          kind: 'reply-check',
          taskId: 't',
          replyKind: 'message',
          language: 'en',
          findings: [],
        },
        { actor },
      ),
      statementOf(
        {
          id: crypto.randomUUID(),
          at,
          kind: 'reply-check',
          taskId: 't',
          replyKind: 'message',
          language: 'en',
          findings: [{ rule: 'MSG-CONTACT', kind: 'contact-details' }],
        },
        { actor },
      ),
    ];
    const report = teamReport(
      [{ name: 'cleo-xapi.json', text: JSON.stringify(statements) }],
      course,
    );
    expect(report.files[0]).toEqual({
      file: 'cleo-xapi.json',
      ok: true,
      kind: 'xapi',
      trainees: 1,
    });
    const [row] = report.trainees;
    expect(row?.name).toBe('Cleo');
    expect(row?.modules[0]?.lessonsDone).toBe(1);
    expect(row?.modules[0]?.scenariosPassed).toBe(1);
    expect(row?.modules[1]).toMatchObject({ bestQuiz: 0.6, quizPassed: false });
    expect(row?.writing).toEqual({ checks: 2, clean: 1 });
    expect(report.weakFacts[0]).toMatchObject({ fact: 'F-2', wrong: 1 });
  });

  it('refuses an xAPI file with a statement that has no actor', () => {
    const report = teamReport(
      [{ name: 'x.json', text: '[{"verb":{"id":"a:b"},"object":{"id":"a:c"}}]' }],
      course,
    );
    expect(report.files[0]).toEqual({
      file: 'x.json',
      ok: false,
      reason: 'statement 1 has no actor, verb or object',
    });
  });

  it('writes one CSV line per trainee and module plus the final, quoting and neutralising formulas', () => {
    const report = teamReport(
      [
        { name: 'ana.json', text: JSON.stringify(ana) },
        { name: 'ben.json', text: JSON.stringify(ben) },
      ],
      course,
    );
    const lines = teamCsv(report, course).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 3);
    // Neither did any writing practice: their progress files say so (0 replies checked).
    expect(lines[1]).toBe('Ana,ana.json,1. One,1,2,90,yes,1,2,0,0');
    expect(lines[2]).toBe('Ana,ana.json,"2. Two, ""quoted""",0,1,,,0,0,0,0');
    expect(lines[3]).toBe('Ana,ana.json,Final assessment,,,,,,,0,0');
    expect(lines[6]).toBe("'=Ben,ben.json,Final assessment,,,85,yes,,,0,0");
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { LmsCourse } from '../../src/lms/lms-course.ts';
import { ScormSession, findScormApi, type FoundApi } from '../../src/lms/scorm-session.ts';
import { interactionValues, reportValues } from '../../src/lms/scorm-values.ts';
import { unitReport, type UnitReport } from '../../src/lms/unit-report.ts';
import { emptyProgress, type Progress } from '../../src/stores/progress-schema.ts';

const course: LmsCourse = {
  title: 'Course',
  description: '',
  shape: {
    modules: [
      {
        id: 'm',
        number: 1,
        title: 'M',
        lessonIds: ['m/a', 'm/b'],
        quizId: 'm',
        facts: [],
        scenarioIds: ['s'],
      },
    ],
    finalQuizId: 'final',
    factsOfQuestion: {},
  },
  modules: [
    {
      id: 'm',
      number: 1,
      title: 'M',
      passMark: 0.8,
      lessons: [
        { id: 'm/a', title: 'A', path: '/learn/m/a/' },
        { id: 'm/b', title: 'B', path: '/learn/m/b/' },
      ],
      quiz: { id: 'm', title: 'M', path: '/practise/m/' },
      scenarios: [{ id: 's', title: 'S', path: '/simulate/s/' }],
    },
  ],
  final: { id: 'final', title: 'Final', path: '/practise/final/', passMark: 0.8 },
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
const progress = (change: Partial<Progress>): Progress => ({ ...emptyProgress(), ...change });
const done = { completedAt: '2026-11-20T10:00:00.000Z' };
const played = { s: { best: 0.6, attempts: 2, lastAt: '2026-11-20T10:00:00.000Z' } };

describe('unit report', () => {
  it.each<
    [string, Partial<Progress>, Pick<UnitReport, 'completion' | 'success' | 'score'>, string]
  >([
    [
      'nothing yet',
      {},
      { completion: 'not attempted', success: 'unknown', score: null },
      'incomplete',
    ],
    [
      'one lesson read',
      { lessons: { 'm/a': done } },
      { completion: 'incomplete', success: 'unknown', score: null },
      'incomplete',
    ],
    [
      'the quiz failed',
      { quizzes: { m: { attempts: [attempt(0.5)] } } },
      { completion: 'incomplete', success: 'failed', score: 0.5 },
      'failed',
    ],
    [
      'the quiz passed, lessons not done',
      { quizzes: { m: { attempts: [attempt(0.9)] } } },
      { completion: 'incomplete', success: 'passed', score: 0.9 },
      'incomplete',
    ],
    [
      'a retry does not pass',
      { quizzes: { m: { attempts: [attempt(1, false)] } } },
      { completion: 'not attempted', success: 'unknown', score: null },
      'incomplete',
    ],
    [
      'everything done',
      {
        lessons: { 'm/a': done, 'm/b': done },
        quizzes: { m: { attempts: [attempt(0.7), attempt(0.9)] } },
        scenarios: played,
      },
      { completion: 'completed', success: 'passed', score: 0.9 },
      'passed',
    ],
  ])('%s: the module reports %o, SCORM 1.2 status %s', (_, change, expected, status12) => {
    const report = unitReport(progress(change), course, { kind: 'module', id: 'm' });
    expect(report).toMatchObject(expected);
    expect(reportValues(report, '1.2')).toContainEqual(['cmi.core.lesson_status', status12]);
  });

  it('states the score, progress and parts in SCORM 2004 terms', () => {
    const report = unitReport(
      progress({
        lessons: { 'm/a': done },
        quizzes: { m: { attempts: [attempt(0.85)] } },
        scenarios: played,
      }),
      course,
      { kind: 'module', id: 'm' },
    );
    const values = new Map(reportValues(report, '2004'));
    expect(values.get('cmi.completion_status')).toBe('incomplete');
    expect(values.get('cmi.success_status')).toBe('passed');
    expect(values.get('cmi.score.scaled')).toBe('0.85');
    expect(values.get('cmi.progress_measure')).toBe('0.75');
    expect(values.get('cmi.objectives.0.id')).toBe('m-lessons');
    expect(values.get('cmi.objectives.0.completion_status')).toBe('incomplete');
    expect(values.get('cmi.objectives.1.success_status')).toBe('passed');
    expect(values.get('cmi.objectives.2.completion_status')).toBe('completed');
    expect(report.scenarios).toEqual([{ id: 's', best: 0.6, attempts: 2 }]);
  });

  it('reports the final by its best whole attempt', () => {
    const report = unitReport(
      progress({ quizzes: { final: { attempts: [attempt(0.75), attempt(0.8)] } } }),
      course,
      { kind: 'final' },
    );
    expect(report).toMatchObject({ completion: 'completed', success: 'passed', score: 0.8 });
    expect(new Map(reportValues(report, '1.2')).get('cmi.core.score.raw')).toBe('80');
  });

  it('writes a scenario as a performance interaction with its score', () => {
    const at = new Date('2026-11-20T10:11:12Z');
    expect(interactionValues({ id: 's', best: 0.6 }, 3, at, '1.2')).toEqual([
      ['cmi.interactions.3.id', 'scenario-s'],
      ['cmi.interactions.3.type', 'performance'],
      ['cmi.interactions.3.student_response', 'score 60'],
      ['cmi.interactions.3.result', '60'],
      ['cmi.interactions.3.time', '10:11:12'],
    ]);
    expect(
      new Map(interactionValues({ id: 's', best: 0.6 }, 0, at, '2004')).get(
        'cmi.interactions.0.learner_response',
      ),
    ).toBe('score[.]60');
  });
});

/** An LMS's SCORM 1.2 API that refuses commits while `down` is set. */
function fakeLms() {
  const values = new Map<string, string>();
  const state = { down: false, commits: 0 };
  const api = {
    LMSInitialize: () => 'true',
    LMSFinish: () => (state.down ? 'false' : 'true'),
    LMSGetValue: (element: string) => values.get(element) ?? '',
    LMSSetValue: (element: string, value: string) => {
      if (state.down) return 'false';
      values.set(element, value);
      return 'true';
    },
    LMSCommit: () => {
      if (state.down) return 'false';
      state.commits += 1;
      return 'true';
    },
    LMSGetLastError: () => (state.down ? '101' : '0'),
  };
  return { api, values, state };
}

describe('SCORM session', () => {
  it('finds the API in a frame above, and none where there is none', () => {
    const { api } = fakeLms();
    const top = { API: api } as unknown as Window & { parent: Window };
    (top as { parent: Window }).parent = top;
    const frame = { parent: top } as unknown as Window;
    const inner = { parent: frame } as unknown as Window;
    expect(findScormApi(inner)?.version).toBe('1.2');
    const alone = {} as Window & { parent: Window };
    (alone as { parent: Window }).parent = alone;
    expect(findScormApi(alone)).toBeNull();
  });

  it('retries a refused commit with the latest values, and says so meanwhile', () => {
    vi.useFakeTimers();
    const lms = fakeLms();
    const states: string[] = [];
    const session = new ScormSession(
      { version: '1.2', api: lms.api } as FoundApi,
      (state) => states.push(state),
      [1000, 5000],
    );
    session.initialize();
    let status = 'incomplete';
    lms.state.down = true;
    expect(session.sync(() => [['cmi.core.lesson_status', status]])).toBe(false);
    expect(states.at(-1)).toBe('retrying');
    status = 'passed';
    vi.advanceTimersByTime(1000);
    expect(lms.values.get('cmi.core.lesson_status')).toBeUndefined();
    lms.state.down = false;
    vi.advanceTimersByTime(5000);
    expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
    expect(states.at(-1)).toBe('connected');
    vi.useRealTimers();
  });

  it('finishes with the exit values even after refusals, and sends nothing after', () => {
    const lms = fakeLms();
    const session = new ScormSession({ version: '1.2', api: lms.api } as FoundApi, () => undefined);
    session.initialize();
    session.sync(() => [['cmi.core.lesson_location', '/learn/m/a/']]);
    session.finish([['cmi.core.exit', 'suspend']]);
    expect(lms.values.get('cmi.core.exit')).toBe('suspend');
    const commits = lms.state.commits;
    expect(session.sync(() => [['cmi.core.lesson_status', 'passed']])).toBe(false);
    expect(lms.state.commits).toBe(commits);
  });
});

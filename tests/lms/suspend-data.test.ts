import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressFromSuspendData, SUSPEND_LIMIT, suspendData } from '../../src/lms/suspend-data.ts';
import { emptyProgress, type Progress } from '../../src/stores/progress-schema.ts';

const content = resolve(import.meta.dirname, '../../content');
const ids = (folder: string, pattern: RegExp) =>
  readdirSync(resolve(content, folder), { recursive: true })
    .map(String)
    .filter((name) => pattern.test(name))
    .map((name) => name.replace(pattern, '').replace(/(^|\/)\d+-/g, '$1'));
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9, 41, 7, 123)).toISOString();

/** A trainee who has done everything in the course as it is now, with a 120-character name. */
function fullCourse(
  lessons = ids('lessons', /\.mdx?$/),
  scenarios = ids('scenarios', /\.ya?ml$/),
): Progress {
  return {
    ...emptyProgress(),
    trainee: { name: 'Ä'.repeat(120) },
    lessons: Object.fromEntries(
      lessons.map((id, index) => [id, { completedAt: at(1 + (index % 20)) }]),
    ),
    quizzes: Object.fromEntries(
      ids('quizzes', /\.ya?ml$/).map((id) => [
        id,
        {
          attempts: [
            {
              at: at(20),
              score: 0.7,
              correct: 14,
              total: 20,
              passed: false,
              missed: ['x/y'],
              full: true,
            },
            {
              at: at(21),
              score: 0.875,
              correct: 28,
              total: 32,
              passed: true,
              missed: [],
              full: true,
            },
            { at: at(22), score: 1, correct: 3, total: 3, passed: false, missed: [], full: false },
          ],
        },
      ]),
    ),
    scenarios: Object.fromEntries(
      scenarios.map((id) => [id, { best: 0.85, attempts: 3, lastAt: at(19) }]),
    ),
    answers: { 'a/b': { right: 3, wrong: 1, lastAt: at(3) } },
  };
}

describe('suspend data', () => {
  it('holds a whole course within SCORM 1.2’s 4,096 characters (prints the length)', () => {
    const text = suspendData(fullCourse(), new Date(at(25)));
    expect(text).not.toBeNull();
    console.log(
      `Suspend data for the whole course: ${text?.length} characters of ${SUSPEND_LIMIT}`,
    );
    expect(text?.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
  });

  it('restores the name, lessons with their dates, the best whole attempt per quiz and each scenario exactly', () => {
    const progress = fullCourse();
    const restored = progressFromSuspendData(suspendData(progress, new Date(at(25))) ?? '');
    expect(restored?.trainee).toEqual(progress.trainee);
    expect(restored?.lessons).toEqual(progress.lessons);
    expect(restored?.scenarios).toEqual(progress.scenarios);
    for (const [id, quiz] of Object.entries(restored?.quizzes ?? {}))
      expect(quiz.attempts, id).toEqual([{ ...progress.quizzes[id]?.attempts[1], missed: [] }]);
    // Practice data stays in the browser.
    expect(restored?.answers).toEqual({});
  });

  it('drops the lessons’ dates before it would go over the limit, and says so with null past the shortest form', () => {
    const many = Array.from(
      { length: 80 },
      (_, index) => `module-${index % 8}/a-fairly-long-lesson-name-${index}`,
    );
    const progress = fullCourse(many, []);
    const text = suspendData(progress, new Date(at(25)));
    expect(text?.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const restored = progressFromSuspendData(text ?? '');
    expect(Object.keys(restored?.lessons ?? {}).sort()).toEqual([...many].sort());
    expect(restored?.lessons[many[0] ?? '']?.completedAt).toBe(at(25));
    expect(suspendData(progress, new Date(at(25)), 200)).toBeNull();
  });

  it.each([
    ['not json'],
    ['{"v":2}'],
    ['{"v":1,"n":"x","t":"zz","q":{"a":[5000,1,1,1,"x"]},"s":{}}'],
    [''],
  ])('reads %j as no resume data', (text) => {
    expect(progressFromSuspendData(text)).toBeNull();
  });
});

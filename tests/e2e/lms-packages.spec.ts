/**
 * The LMS packages, launched as an LMS launches them: SCORM 1.2 and 2004 inside a test LMS that
 * hosts scorm-again's runtime, cmi5 against a test endpoint that records every statement. After
 * the trainee passes a module quiz the LMS holds the status, score and resume data; a reload with
 * the browser's own progress gone resumes from the LMS. Every cmi5 statement validates, and one the
 * LMS refuses is sent again and arrives once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readZip } from '../../scripts/lms/zip.ts';
import { statementErrors } from '../lib/xapi-schema.ts';
import { manifestErrors } from '../lms/xsd.ts';
import { answer, hydrated, questionOnScreen, quizQuestions } from './quiz-answers.ts';
import { lessonIds, progressFile } from './team-files.ts';
import { routeTestLrs, startTestLms, type TestLms } from './lms-host.ts';

const MODULE = 'fba-and-fbm';
const questions = quizQuestions(MODULE);
/** The module's lessons done and one of its scenarios played, earlier in this browser. */
const earlier = progressFile({
  name: 'Ana Lopes',
  lessons: lessonIds.filter((id) => id.startsWith(`${MODULE}/`)),
  quizzes: {},
  scenarios: { 'fba-feedback-removal': 0.9 },
});

let lms: TestLms;
test.beforeAll(async () => {
  lms = await startTestLms();
});
test.afterAll(async () => lms.close());

/** The course's frame once it shows a page whose address contains `part`. */
async function courseFrame(page: Page, part: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => (found = page.frames().find((frame) => frame.url().includes(part))) !== undefined)
    .toBe(true);
  if (!found) throw new Error(`no frame at ${part}`);
  return found;
}

/** Passes the module quiz in the frame, answering every question rightly. */
async function passQuiz(frame: Frame) {
  const page = frame as unknown as Page; // The helpers only use locators, which a frame has.
  await hydrated(page);
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  for (;;) {
    if (
      (await frame.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ }).count()) === 0
    )
      break;
    await answer(page, await questionOnScreen(page, questions), true);
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame
      .getByRole('button', { name: /^(Next question|Finish and see your result)$/ })
      .click();
  }
  await expect(frame.getByRole('heading', { level: 2, name: 'Your result: 100%' })).toBeVisible();
}

async function seed(page: Page, value: unknown) {
  await page.goto(`${lms.url}/pkg/scorm12/index.html`);
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('sda:progress', text);
  }, JSON.stringify(value));
}

for (const kind of ['scorm12', 'scorm2004'] as const) {
  const v12 = kind === 'scorm12';
  test(`${kind}: passing the module quiz reports status, score, the scenario and resume data; a reload resumes from the LMS`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await seed(page, earlier);
    await page.goto(`${lms.url}/lms-host/${kind}.html?unit=${MODULE}`);
    const lmsValue = (element: string) =>
      page.evaluate(
        (name) => String((window as unknown as { lmsValue(n: string): unknown }).lmsValue(name)),
        element,
      );
    // Every lesson is done, so the unit opens at its quiz, under the package's own path.
    const quiz = await courseFrame(page, `/pkg/${kind}/practise/${MODULE}/index.html`);
    const launch = await courseFrame(page, `/pkg/${kind}/lms/index.html`);
    await expect(launch.getByRole('status')).toContainText(
      'Your LMS records your results as you go.',
    );
    await passQuiz(quiz);

    if (v12) {
      await expect.poll(() => lmsValue('cmi.core.lesson_status')).toBe('passed');
      expect(await lmsValue('cmi.core.score.raw')).toBe('100');
      expect(await lmsValue('cmi.core.lesson_location')).toBe(`/practise/${MODULE}/`);
    } else {
      await expect.poll(() => lmsValue('cmi.success_status')).toBe('passed');
      expect(await lmsValue('cmi.completion_status')).toBe('completed');
      expect(await lmsValue('cmi.score.scaled')).toBe('1');
      expect(await lmsValue('cmi.location')).toBe(`/practise/${MODULE}/`);
    }
    // The scenario played earlier is an interaction with its result.
    const interactions = await page.evaluate(() =>
      JSON.parse(
        JSON.stringify(
          (window as unknown as { lmsValue(n: string): unknown }).lmsValue(
            'cmi.interactions.childArray',
          ),
        ),
      ),
    );
    expect(interactions).toEqual([
      expect.objectContaining({
        id: 'scenario-fba-feedback-removal',
        type: 'performance',
        result: '90',
      }),
    ]);
    const suspend = await lmsValue('cmi.suspend_data');
    expect(suspend.length).toBeLessThanOrEqual(4096);
    const summary = JSON.parse(suspend) as { n: string; q: Record<string, number[]> };
    expect(summary.n).toBe('Ana Lopes');
    expect(summary.q[MODULE]?.slice(0, 4)).toEqual([1000, questions.size, questions.size, 1]);

    // Another computer: the trainee leaves, nothing of the course is left in this browser, and the
    // LMS launches the unit again.
    await page.goto(`${lms.url}/pkg/${kind}/index.html`);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('sda:')) localStorage.removeItem(key);
    });
    await page.goto(`${lms.url}/lms-host/${kind}.html?unit=${MODULE}`);
    const resumed = await courseFrame(page, `/pkg/${kind}/practise/${MODULE}/index.html`);
    await hydrated(resumed as unknown as Page);
    await expect(resumed.getByText('Your best so far: 100%')).toBeVisible();
    const restored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('sda:progress') ?? '{}'),
    );
    expect(Object.keys(restored.lessons).sort()).toEqual(
      lessonIds.filter((id) => id.startsWith(`${MODULE}/`)).sort(),
    );
    expect(restored.trainee.name).toBe('Ana Lopes');
    // The resumed unit reports the same, and does not report the scenario twice.
    await expect
      .poll(() => lmsValue(v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'))
      .toBe('passed');
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { lmsValue(n: string): { length: number } }).lmsValue(
            'cmi.interactions.childArray',
          ).length,
      ),
    ).toBe(1);
  });
}

/** A cmi5 launch of the module's unit against the test LRS, as an LMS launches it. */
const cmi5 = {
  registration: '6b0a7d1e-3c2f-4a5b-9c8d-7e6f5a4b3c2d',
  activityId: 'https://support-desk-academy.example/course/units/fba-and-fbm',
  actor: {
    objectType: 'Agent',
    name: 'Ana Lopes',
    account: { homePage: 'https://lms.example', name: 'ana' },
  },
  launchData: {
    contextTemplate: {
      contextActivities: {
        grouping: [
          {
            objectType: 'Activity',
            id: 'https://support-desk-academy.example/course/units/fba-and-fbm',
          },
        ],
      },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
  },
  /** The launch URL the LMS opens. */
  url(): string {
    const query = new URLSearchParams({
      module: MODULE,
      endpoint: `${lms.url}/lrs/xapi/`,
      fetch: `${lms.url}/lrs/fetch`,
      actor: JSON.stringify(this.actor),
      registration: this.registration,
      activityId: this.activityId,
    });
    return `${lms.url}/pkg/cmi5/lms/index.html?${query}`;
  },
};

/** The last part of each statement's verb ("answered", "passed"). */
const verbsOf = (statements: unknown[]) =>
  statements.map((statement) => (statement as { verb: { id: string } }).verb.id.split('/').pop());

test('cmi5: the launch against a test endpoint sends initialized, the answers, passed and completed, each statement valid', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seed(page, earlier);
  const { actor, registration, activityId } = cmi5;
  const { statements } = await routeTestLrs(page, lms.url, cmi5.launchData);
  await page.goto(cmi5.url());
  const quiz = await courseFrame(page, `/pkg/cmi5/practise/${MODULE}/index.html`);
  await passQuiz(quiz);

  const verbs = () => verbsOf(statements);
  await expect.poll(verbs).toContain('completed');
  expect(verbs()[0]).toBe('initialized');
  expect(verbs().filter((verb) => verb === 'answered')).toHaveLength(questions.size);
  expect(verbs()).toContain('passed');
  for (const statement of statements) {
    expect(statementErrors(statement)).toEqual([]);
    expect(statement).toMatchObject({ actor, context: { registration } });
  }
  // The launch's own "passed" (the cmi5 moveOn statement) is about the AU, with the quiz's score.
  const passed = statements.find(
    (statement) =>
      (statement as { verb: { id: string } }).verb.id.endsWith('/passed') &&
      (statement as { object: { id: string } }).object.id === activityId,
  );
  expect(passed).toMatchObject({
    object: { id: activityId },
    result: { score: { scaled: 1 }, success: true },
  });
});

test('cmi5: a statement the LMS refuses is sent again, and arrives once, with nothing lost', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seed(page, earlier);
  // The LRS is down for the first answer: it refuses that statement once, then takes all.
  let refusals = 0;
  const lrs = await routeTestLrs(page, lms.url, cmi5.launchData, (statement) => {
    if (refusals > 0 || verbsOf([statement])[0] !== 'answered') return false;
    refusals += 1;
    return true;
  });
  await page.goto(cmi5.url());
  const launch = await courseFrame(page, '/pkg/cmi5/lms/index.html');
  const quiz = await courseFrame(page, `/pkg/cmi5/practise/${MODULE}/index.html`);
  await passQuiz(quiz);

  // Refused once; sent again later (the launch retries), and the launch page then says all is well.
  await expect.poll(() => lrs.refused.length).toBe(1);
  const refused = lrs.refused[0] as { id: string };
  await expect
    .poll(() => lrs.statements.map((statement) => (statement as { id: string }).id), {
      timeout: 30_000,
    })
    .toContain(refused.id);
  await expect.poll(() => verbsOf(lrs.statements)).toContain('completed');
  await expect(launch.getByRole('status')).toContainText(
    'Your LMS records your results as you go.',
  );
  // Nothing lost, nothing twice: every answer once, the refused one among them, all valid.
  const ids = lrs.statements.map((statement) => (statement as { id: string }).id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(verbsOf(lrs.statements).filter((verb) => verb === 'answered')).toHaveLength(
    questions.size,
  );
  expect(verbsOf(lrs.statements)).toContain('passed');
  for (const statement of lrs.statements) expect(statementErrors(statement)).toEqual([]);
});

test('the packages: each ZIP holds its manifest, valid against its schema, and the whole site', async () => {
  for (const [kind, manifest, schema] of [
    ['scorm12', 'imsmanifest.xml', 'scorm12'],
    ['scorm2004', 'imsmanifest.xml', 'scorm2004'],
    ['cmi5', 'cmi5.xml', 'cmi5'],
  ] as const) {
    const files = readZip(
      readFileSync(
        resolve(import.meta.dirname, `../../dist-packages/support-desk-academy-${kind}.zip`),
      ),
    );
    expect(files.has('index.html')).toBe(true);
    expect(files.has('lms/index.html')).toBe(true);
    expect(files.has('sw.js')).toBe(false);
    const text = files.get(manifest)?.toString('utf8') ?? '';
    expect(text, `${kind} has its ${manifest}`).not.toBe('');
    expect(await manifestErrors(schema, text), `${kind} ${manifest}`).toEqual([]);
  }
});

/**
 * `npm run check-content` on copies of the content with the mistakes trainers make (issue 14's
 * list, the build's broken-content cases, and what only the engine or the whole course shows).
 * Each mistake must give exactly one message, naming the file and line, the item by id and the
 * fix. Mistakes that cannot hide one another share a copy (one run of the command each), so the
 * test stays fast.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/content/checks/problem.ts';
import { formatProblem } from '../../src/content/checks/problem.ts';
import { brokenFiles, brokenGlossaries, type BrokenCase } from './broken-cases.ts';
import { removeSite, siteWith } from './site-fixture.ts';

const root = resolve(import.meta.dirname, '../..');

/** A mistake: where it is made, how, and what its one message must say. */
interface Mistake {
  name: string;
  file: string;
  /** [text in the file, what it becomes]; the text must be there. */
  edit?: [string, string];
  /** The whole file, for a file the mistake adds. */
  text?: string;
  /** What the message says (file:line is checked separately). */
  says: string[];
}

interface Report {
  problems: Problem[];
  skipped: string[];
}

/** Runs check-content on a site copy and returns its report. */
function checkContent(site: string): { code: number; report: Report; output: string } {
  const result = spawnSync(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'scripts/check-content.ts'), '--root', site, '--json'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  const json = result.stdout.trim().split('\n').at(-1) ?? '{}';
  return { code: result.status ?? -1, report: JSON.parse(json) as Report, output };
}

/** A copy of the project with `mistakes` made, checked once; `base` chooses the real content or the small fixture. */
function runWith(mistakes: readonly Mistake[], base: 'content' | 'fixture') {
  const files: Record<string, string> = {};
  for (const mistake of mistakes) {
    if (mistake.text !== undefined) {
      files[mistake.file] = mistake.text;
      continue;
    }
    const [before, after] = mistake.edit ?? ['', ''];
    const text = files[mistake.file] ?? readFileSync(join(root, mistake.file), 'utf8');
    if (!text.includes(before)) throw new Error(`${mistake.file} no longer contains ${before}`);
    files[mistake.file] = text.replace(before, after);
  }
  const site = siteWith(files, base === 'content' ? { content: 'real' } : {});
  try {
    return checkContent(site);
  } finally {
    removeSite(site);
  }
}

/** Expects exactly one message per mistake, each in its file with a line, saying what it must. */
function expectOneMessageEach(mistakes: readonly Mistake[], report: Report) {
  const lines = report.problems.map(formatProblem);
  for (const mistake of mistakes) {
    const mine = report.problems.filter(
      (problem) =>
        problem.file === mistake.file &&
        mistake.says.every((text) => formatProblem(problem).includes(text)),
    );
    expect(mine.map(formatProblem), `${mistake.name}\n${lines.join('\n')}`).toHaveLength(1);
    expect(mine[0]?.line, mistake.name).toBeGreaterThan(0);
  }
  expect(lines, 'one message per mistake, and no other').toHaveLength(mistakes.length);
}

/** Issue 14's mistakes, and others a trainer makes in one file, on a copy of the real content. */
const fileMistakes: Mistake[] = [
  {
    name: 'a link in lesson text to a section that does not exist',
    file: 'content/lessons/01-service-standards/01-what-marketplaces-measure.mdx',
    edit: [
      '</Section>',
      'See [the rule](/learn/service-standards/response-times/#the-24-hour-rul).\n\n</Section>',
    ],
    says: [
      'link /learn/service-standards/response-times/#the-24-hour-rul',
      'has no section "the-24-hour-rul"',
      'Did you mean /learn/service-standards/response-times/#the-24-hour-rule?',
    ],
  },
  {
    name: 'a rubric item naming a choice that does not exist',
    file: 'content/scenarios/thank-you-notes.yaml',
    edit: ['choices: [clear-answer]', 'choices: [clear-answr]'],
    says: [
      'rubric item 3 (id: voltage-reply) → check → choices → entry 1',
      'has no option "clear-answr"',
      'can never be earned',
      'Did you mean clear-answer?',
    ],
  },
  {
    name: "a date without an offset in a question's mistakes",
    file: 'content/quizzes/beyond-odr.yaml',
    edit: ["- answer: '2026-03-30T22:59:59+00:00'", "- answer: '2026-03-30T22:59:59'"],
    says: [
      'question 7 (id: invoice-summer-time-utc) → mistake 1 → answer',
      'missing its time-zone offset (e.g. +01:00)',
    ],
  },
  {
    name: 'a rubric summing to 90',
    file: 'content/scenarios/first-shift-return-and-question.yaml',
    edit: ['points: 40', 'points: 30'],
    says: ['rubric: the points of the rubric add up to 90, not 100', 'add 10 points'],
  },
  {
    name: "a lesson whose facts differ from its sections' facts",
    file: 'content/lessons/02-fba-and-fbm/01-who-does-what.mdx',
    edit: ['facts: [FBA-CS, FBM-CS, LSR]', 'facts: [FBA-CS, FBM-CS]'],
    says: ['facts: a <Section> teaches LSR', 'add it to facts'],
  },
  {
    name: 'a scenario time without its offset',
    file: 'content/scenarios/shipped-without-tracking.yaml',
    edit: ["end: '2026-02-16T09:00:00+01:00'", "end: '2026-02-16T09:00:00'"],
    says: ['end: "2026-02-16T09:00:00" is missing its time-zone offset (e.g. +01:00)'],
  },
  {
    name: 'an unquoted date',
    file: 'content/scenarios/sunday-message.yaml',
    edit: ["end: '2026-09-07T18:00:00+02:00'", 'end: 2026-09-07T18:00:00+02:00'],
    says: [
      'end: 2026-09-07T18:00:00+02:00 is not in quotes',
      'date object',
      "put it in quotes, '2026-09-07T18:00:00+02:00'",
    ],
  },
  {
    name: 'a fact typo in a <Section>',
    file: 'content/lessons/03-order-defect-rate/01-what-is-odr.mdx',
    edit: ['facts={["ODR-DEDUP"]}', 'facts={["ODR-DEDUPE"]}'],
    says: [
      '<Section id="one-count-per-order"> → facts',
      'unknown fact ID "ODR-DEDUPE"',
      'Did you mean ODR-DEDUP?',
    ],
  },
  {
    name: 'a fact typo in the 19th question, counted from 1 and named by id',
    file: 'content/quizzes/order-defect-rate.yaml',
    edit: ['    facts: [A2Z-COUNTS, ODR-DEDUP]', '    facts: [A2Z-COUNT, ODR-DEDUP]'],
    says: [
      'question 19 (id: a2z-counts-help-odr)',
      'unknown fact ID "A2Z-COUNT"',
      'Did you mean A2Z-COUNTS?',
    ],
  },
  {
    name: "a file not in Prettier's style",
    file: 'content/modules.yaml',
    edit: ['  number: 3', '  number:   3'],
    says: ["not in Prettier's format", 'npm run check-content -- --fix'],
  },
  {
    name: "a typo in an optional field's name",
    file: 'content/quizzes/daily-routine.yaml',
    edit: ['    toleranceMinutes:', '    toleranceMinute:'],
    says: ['unknown field "toleranceMinute"', 'Did you mean toleranceMinutes?'],
  },
  {
    name: 'a <Term> with an unknown glossary id',
    file: 'content/lessons/03-order-defect-rate/06-chargebacks.mdx',
    edit: ['A <Term id="chargeback">', 'A <Term id="chargebak">'],
    says: [
      '<Term id="chargebak">',
      'unknown glossary term "chargebak"',
      'Did you mean chargeback?',
    ],
  },
  {
    name: 'a module typo in a lesson',
    file: 'content/lessons/04-beyond-odr/03-shipping-metrics.mdx',
    edit: ['module: beyond-odr', 'module: beyond-odrs'],
    says: ['module: unknown module "beyond-odrs"', 'Did you mean beyond-odr?'],
  },
  {
    name: 'a good play that no longer earns full marks',
    file: 'content/scenarios/public-reply-drafts.yaml',
    edit: ['choices: [no-strings]', 'choices: [next-week]'],
    says: ['good play', 'earns 80 of 100 points', 'rubric item 5 (id: sleeve-reply)'],
  },
  {
    name: 'an idiom a non-native reader may not know',
    file: 'content/lessons/05-feedback-and-reviews/01-feedback-vs-reviews.mdx',
    edit: ['</Section>', 'Keep an eye on new feedback every morning.\n\n</Section>'],
    says: ['"Keep an eye on" is an idiom', 'say "watch, check" instead'],
  },
  {
    name: 'a fact ID with a typo in a text',
    file: 'content/quizzes/fba-and-fbm.yaml',
    edit: ['returns included."', 'returns included (see RESP-42H)."'],
    says: ['names "RESP-42H", which is not a fact ID', 'Did you mean RESP-24H?'],
  },
  {
    name: 'a wording the course once taught wrongly',
    file: 'content/lessons/06-daily-routine/01-the-ten-tips.mdx',
    edit: ['</Section>', 'Work from the oldest deadline to the newest.\n\n</Section>'],
    says: ['teaches a shift worked from the oldest deadline, which contradicts TIP-1'],
  },
];

/** Mistakes only the whole course shows (run without file problems, which would hide them). */
const courseMistakes: Mistake[] = [
  {
    name: 'an objective no question assesses',
    file: 'content/lessons/04-beyond-odr/03-shipping-metrics.mdx',
    edit: ['objectives:\n', 'objectives:\n  - id: brand-new\n    text: Do something new.\n'],
    says: [
      'objective 1 (id: brand-new)',
      'no quiz question assesses it',
      'beyond-odr/shipping-metrics#brand-new',
    ],
  },
  {
    name: 'a graded text that rests on an unconfirmed clause',
    file: 'content/scenarios/service-and-fraud-chargebacks.yaml',
    edit: ['    description: ', '    description: A fraud chargeback is not counted as a defect. '],
    says: ['rubric item 1', 'CB-WHO~odr-scope'],
  },
  {
    name: 'a rubric grading a metric whose target is unconfirmed',
    file: 'content/scenarios/return-requests-48-hours.yaml',
    edit: ['metric: odr, status: ok', 'metric: lateResponse, status: ok'],
    says: [
      'check → metric',
      'lateResponse metric, whose target is unconfirmed (RESP-METRIC~target)',
    ],
  },
];

// Each group's count of messages equals its count of mistakes, so the content as it is must give
// none (npm test's first stage checks that too).
describe.concurrent('check-content on the real content', () => {
  it.each([['file mistakes', fileMistakes] as const, ['course mistakes', courseMistakes] as const])(
    'gives one message per mistake (%s)',
    (_group, mistakes) => {
      const { code, report } = runWith(mistakes, 'content');
      expect(code).toBe(1);
      expectOneMessageEach(mistakes, report);
    },
  );
});

/** The build's broken-content cases as mistakes: a file added to the small fixture course. */
const asMistake = ({ case: name, file, text, says }: BrokenCase): Mistake => ({
  name,
  file,
  text,
  says,
});

describe.concurrent('check-content on the broken-content cases of the build', () => {
  it('gives one message per broken file, all in one run', () => {
    const mistakes = brokenFiles.map(asMistake);
    const { code, report } = runWith(mistakes, 'fixture');
    expect(code).toBe(1);
    expectOneMessageEach(mistakes, report);
  });

  it.each(brokenGlossaries.map((entry) => [entry.case, asMistake(entry)] as const))(
    'gives one message for %s',
    (_name, mistake) => {
      const { code, report } = runWith([mistake], 'fixture');
      expect(code).toBe(1);
      expectOneMessageEach([mistake], report);
    },
  );
});

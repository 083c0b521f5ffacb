/**
 * Broken content must fail the build with the file, the field and the reason. Each case copies
 * the site with one broken file added and runs Astro on it, as a trainer's build would.
 */
import { describe, expect, it } from 'vitest';
import { removeSite, runAstro, siteWith } from './site-fixture.ts';

const lesson = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const validLesson =
  'title: Extra\nmodule: basics\nsummary: s\nminutes: 4\nobjectives: [{ id: x, text: X }]\nfacts: [ODR-DEF]';
const quiz = (revisit: string, assesses = 'basics/intro#meaning') =>
  `title: Q\nmodule: basics\nquestions:\n  - id: q1\n    type: true-false\n    prompt: P\n    answer: true\n    facts: [ODR-DEF]\n    revisit: ${revisit}\n    assesses: [${assesses}]\n    explanation: E\n    whyWrong: W\n`;

/** A one-item scenario file, valid unless a field is overridden. */
const scenario = ({ end = '2026-03-10T08:00:00+01:00', rubricFact = 'ODR-DEF' } = {}) =>
  [
    'title: T',
    'summary: S',
    'difficulty: starter',
    'minutes: 5',
    'goals: [ODR-DEF]',
    'lessons: [basics/intro#start]',
    'fulfillment: FBM',
    "start: { at: '2026-03-09T08:00:00+01:00' }",
    `end: '${end}'`,
    'rubric:',
    `  - { id: r, description: D, points: 100, facts: [${rubricFact}], check: { kind: metric, metric: odr, status: ok } }`,
    "goodPlay: [{ at: '2026-03-09T08:00:00+01:00', action: reply, subject: m }]",
  ].join('\n');

describe('content validation', () => {
  it('accepts the valid base fixture, so the failures below come from the broken file alone', () => {
    const site = siteWith({});
    try {
      const { code, output } = runAstro(site, 'sync');
      expect(output).not.toMatch(/does not match collection schema/);
      expect(code).toBe(0);
    } finally {
      removeSite(site);
    }
  });

  it.concurrent.each([
    {
      case: 'a lesson field of the wrong type',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(
          validLesson.replace('minutes: 4', 'minutes: ten'),
        ),
      },
      expected: ['content/lessons/01-basics/02-extra.mdx', 'minutes', 'Expected type `"number"`'],
    },
    {
      case: 'a lesson without objectives',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(
          validLesson.replace('objectives: [{ id: x, text: X }]\n', ''),
        ),
      },
      expected: ['content/lessons/01-basics/02-extra.mdx', 'objectives'],
    },
    {
      case: 'a lesson citing an unknown fact ID',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(
          validLesson.replace('[ODR-DEF]', '[ODR-DEF, ODR-NOPE]'),
        ),
      },
      expected: ['content/lessons/01-basics/02-extra.mdx', 'facts.1', 'unknown fact ID "ODR-NOPE"'],
    },
    {
      case: 'a lesson in a module that does not exist',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(
          validLesson.replace('module: basics', 'module: advanced'),
        ),
      },
      expected: ['content/lessons/01-basics/02-extra.mdx', 'module', 'unknown module "advanced"'],
    },
    {
      case: 'a lesson using an unknown glossary term',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(`${validLesson}\nterms: [odr, xyz]`),
      },
      expected: [
        'content/lessons/01-basics/02-extra.mdx',
        'terms.1',
        'unknown glossary term "xyz"',
      ],
    },
    {
      case: 'a quiz question linking to a missing lesson',
      files: { 'content/quizzes/extra.yaml': quiz('basics/missing#start') },
      expected: ['content/quizzes/extra.yaml', 'questions.0.revisit', 'no lesson "basics/missing"'],
    },
    {
      case: 'a quiz question assessing an objective the lesson does not have',
      files: { 'content/quizzes/extra.yaml': quiz('basics/intro#start', 'basics/intro#nothing') },
      expected: [
        'content/quizzes/extra.yaml',
        'questions.0.assesses.0',
        'lesson "basics/intro" has no objective "nothing"',
      ],
    },
    {
      case: 'a lesson whose objectives have no ids',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(
          validLesson.replace('objectives: [{ id: x, text: X }]', 'objectives: [Do something.]'),
        ),
      },
      expected: ['content/lessons/01-basics/02-extra.mdx', 'objectives.0'],
    },
    {
      case: 'a quiz question linking to a missing section',
      files: { 'content/quizzes/extra.yaml': quiz('basics/intro#nowhere') },
      expected: ['content/quizzes/extra.yaml', 'questions.0.revisit', 'has no section "nowhere"'],
    },
    {
      case: 'a quiz question resting on an unconfirmed clause',
      files: {
        'content/quizzes/extra.yaml': quiz('basics/intro#start').replace(
          'facts: [ODR-DEF]',
          'facts: [ODR-DEF, CB-WHO~odr-scope]',
        ),
      },
      expected: [
        'content/quizzes/extra.yaml',
        'questions.0.facts.1',
        '"CB-WHO~odr-scope" is an unconfirmed clause',
      ],
    },
    {
      case: 'a lesson listing a caveat for a clause the registry lacks',
      files: {
        'content/lessons/01-basics/02-extra.mdx': lesson(
          `${validLesson}\ncaveats: [ODR-DEF~nothing]`,
        ),
      },
      expected: [
        'content/lessons/01-basics/02-extra.mdx',
        'caveats.0',
        'unknown unconfirmed clause "ODR-DEF~nothing"',
      ],
    },
    {
      case: 'a fact ID in the glossary that the registry lacks',
      files: {
        'content/glossary.yaml':
          '- id: odr\n  term: Order Defect Rate\n  definition: D\n  facts: [ODR-GONE]\n',
      },
      expected: [
        'content/glossary.yaml',
        'glossary → odr',
        'facts.0',
        'unknown fact ID "ODR-GONE"',
      ],
    },
    {
      case: 'a scenario whose rubric cites an unknown fact ID',
      files: { 'content/scenarios/broken.yaml': scenario({ rubricFact: 'ODR-NOPE' }) },
      expected: ['content/scenarios/broken.yaml', 'rubric.0.facts.0', 'unknown fact ID "ODR-NOPE"'],
    },
    {
      case: 'a scenario whose shift ends before it starts',
      files: { 'content/scenarios/broken.yaml': scenario({ end: '2026-03-08T08:00:00+01:00' }) },
      expected: ['content/scenarios/broken.yaml', 'end', 'the shift must end after it starts'],
    },
    {
      case: 'a glossary term without its German and French names',
      files: {
        'content/glossary.yaml':
          '- id: odr\n  term: Order Defect Rate\n  definition: D\n  facts: [ODR-DEF]\n',
      },
      expected: ['content/glossary.yaml', 'glossary → odr', 'names'],
    },
    {
      case: 'a writing situation citing an unknown fact ID and a target of the wrong rule',
      files: {
        'content/writing/01-broken.yaml': [
          'title: T',
          'kind: message',
          'language: en',
          'buyer: { name: B, text: Where is it? }',
          "order: { number: '302-1234567-1234567', item: I, fulfilment: FBM, history: [H] }",
          'task: Answer.',
          'facts: [TIP-8, TIP-NOPE]',
          'target: { rule: TIP-8, kind: marketing }',
          'trap: { text: Subscribe to our newsletter, why: W }',
          'model: { text: It left today., why: [W] }',
        ].join('\n'),
      },
      expected: [
        'content/writing/01-broken.yaml',
        'facts.1',
        'unknown fact ID "TIP-NOPE"',
        'target.rule',
        'belongs to MSG-PERMITTED',
      ],
    },
    {
      case: 'a glossary file that is not valid YAML',
      files: { 'content/glossary.yaml': '- id: odr\n  definition: a: b: c\n' },
      expected: ['content/glossary.yaml', 'not valid YAML'],
    },
  ])('rejects $case, naming the file, the field and the reason', ({ files, expected }) => {
    const site = siteWith(files);
    try {
      const { code, output } = runAstro(site, 'sync');
      expect(code).not.toBe(0);
      for (const text of expected) expect(output).toContain(text);
    } finally {
      removeSite(site);
    }
  });

  it('fails the build when a lesson section cites an unknown fact ID in its body', () => {
    const body =
      '<Section id="more" title="More" facts={["ODR-DEF", "ODR-BOGUS"]}>\n\nText.\n\n</Section>';
    const site = siteWith({ 'content/lessons/01-basics/02-extra.mdx': lesson(validLesson, body) });
    try {
      const { code, output } = runAstro(site, 'build');
      expect(code).not.toBe(0);
      expect(output).toContain('Section "more": unknown fact ID "ODR-BOGUS"');
      expect(output).toContain('02-extra');
    } finally {
      removeSite(site);
    }
  });
});

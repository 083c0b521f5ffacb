/**
 * Broken content files, each added to the small fixture course (tests/fixtures/site-base), with
 * what the one message about it must say. The build (`astro sync`) and `npm run check-content`
 * must both reject each with that message: see broken-content.test.ts and check-content.test.ts.
 * Each case writes its own file, so the cases can also share one copy of the site.
 */

/** A broken file and what its message says (besides the file's path). */
export interface BrokenCase {
  case: string;
  file: string;
  text: string;
  says: string[];
}

const lesson = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const validLesson =
  'title: Extra\nmodule: basics\nsummary: s\nminutes: 4\nobjectives: [{ id: x, text: X }]\nfacts: [ODR-DEF]';
const quiz = (revisit: string, assesses = 'basics/intro#meaning') =>
  `title: Q\nmodule: basics\nquestions:\n  - id: q1\n    type: true-false\n    prompt: P\n    answer: true\n    facts: [ODR-DEF]\n    revisit: ${revisit}\n    assesses: [${assesses}]\n    explanation: E\n    whyWrong: W\n`;
const glossary = (entry: string) =>
  `- id: odr\n  term: Order Defect Rate\n  definition: D\n${entry}  facts: [ODR-DEF]\n`;
const names = '  names: { de: Bestellmängelquote, fr: taux de défauts de commande }\n';

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
    '  - id: r',
    '    description: D',
    '    points: 100',
    `    facts: [${rubricFact}]`,
    '    check: { kind: metric, metric: odr, status: ok }',
    'goodPlay:',
    "  - { at: '2026-03-09T08:00:00+01:00', action: reply, subject: m }",
    '',
  ].join('\n');

/** Cases that each write a file of their own. */
export const brokenFiles: BrokenCase[] = [
  {
    case: 'a lesson field of the wrong type',
    file: 'content/lessons/01-basics/02-minutes.mdx',
    text: lesson(validLesson.replace('minutes: 4', 'minutes: ten')),
    says: ['minutes: expected a number, not the text "ten"'],
  },
  {
    case: 'a lesson without objectives',
    file: 'content/lessons/01-basics/03-no-objectives.mdx',
    text: lesson(validLesson.replace('objectives: [{ id: x, text: X }]\n', '')),
    says: ['objectives: missing: add `objectives:`'],
  },
  {
    case: 'a lesson citing an unknown fact ID',
    file: 'content/lessons/01-basics/04-unknown-fact.mdx',
    text: lesson(validLesson.replace('[ODR-DEF]', '[ODR-DEF, ODR-DEFF]')),
    says: ['facts → entry 2: unknown fact ID "ODR-DEFF"', 'Did you mean ODR-DEF?'],
  },
  {
    case: 'a lesson in a module that does not exist',
    file: 'content/lessons/01-basics/05-module.mdx',
    text: lesson(validLesson.replace('module: basics', 'module: advanced')),
    says: ['module: unknown module "advanced" (not in content/modules.yaml)'],
  },
  {
    case: 'a lesson using an unknown glossary term',
    file: 'content/lessons/01-basics/06-term.mdx',
    text: lesson(`${validLesson}\nterms: [odr, xyz]`),
    says: ['terms → entry 2: unknown glossary term "xyz"'],
  },
  {
    case: 'a lesson whose objectives have no ids',
    file: 'content/lessons/01-basics/07-objective-ids.mdx',
    text: lesson(
      validLesson.replace('objectives: [{ id: x, text: X }]', 'objectives: [Do something.]'),
    ),
    says: ['objectives → entry 1: expected the fields id: and text:, not the text "Do something."'],
  },
  {
    case: 'a lesson listing a caveat for a clause the registry lacks',
    file: 'content/lessons/01-basics/08-caveat.mdx',
    text: lesson(`${validLesson}\ncaveats: [ODR-DEF~nothing]`),
    says: ['caveats → entry 1: unknown unconfirmed clause "ODR-DEF~nothing"'],
  },
  {
    case: 'a lesson section citing an unknown fact ID in its body',
    file: 'content/lessons/01-basics/09-section-fact.mdx',
    text: lesson(
      validLesson,
      '<Section id="more" title="More" facts={["ODR-DEF", "ODR-BOGUS"]}>\n\nText.\n\n</Section>',
    ),
    says: ['<Section id="more"> → facts: unknown fact ID "ODR-BOGUS"'],
  },
  {
    case: 'a quiz question linking to a missing lesson',
    file: 'content/quizzes/missing-lesson.yaml',
    text: quiz('basics/intr#start'),
    says: [
      'question 1 (id: q1) → revisit: broken lesson link "basics/intr#start": no lesson "basics/intr"',
      'Did you mean basics/intro#start?',
    ],
  },
  {
    case: 'a quiz question assessing an objective the lesson does not have',
    file: 'content/quizzes/missing-objective.yaml',
    text: quiz('basics/intro#start', 'basics/intro#nothing'),
    says: [
      'question 1 (id: q1) → assesses → entry 1',
      'lesson "basics/intro" has no objective "nothing"',
    ],
  },
  {
    case: 'a quiz question linking to a missing section',
    file: 'content/quizzes/missing-section.yaml',
    text: quiz('basics/intro#strat'),
    says: [
      'question 1 (id: q1) → revisit',
      'has no section "strat"',
      'Did you mean basics/intro#start?',
    ],
  },
  {
    case: 'a quiz question resting on an unconfirmed clause',
    file: 'content/quizzes/clause.yaml',
    text: quiz('basics/intro#start').replace(
      'facts: [ODR-DEF]',
      'facts: [ODR-DEF, CB-WHO~odr-scope]',
    ),
    says: ['question 1 (id: q1) → facts → entry 2', '"CB-WHO~odr-scope" is an unconfirmed clause'],
  },
  {
    case: 'a scenario whose rubric cites an unknown fact ID',
    file: 'content/scenarios/unknown-fact.yaml',
    text: scenario({ rubricFact: 'ODR-NOPE' }),
    says: ['rubric item 1 (id: r) → facts → entry 1: unknown fact ID "ODR-NOPE"'],
  },
  {
    case: 'a scenario whose shift ends before it starts',
    file: 'content/scenarios/ends-early.yaml',
    text: scenario({ end: '2026-03-08T08:00:00+01:00' }),
    says: ['end: the shift must end after it starts'],
  },
  {
    case: 'a writing situation citing an unknown fact ID',
    file: 'content/writing/01-unknown-fact.yaml',
    text: [
      'title: T',
      'kind: message',
      'language: en',
      'buyer: { name: B, text: Where is it? }',
      "order: { number: '302-1234567-1234567', item: I, fulfilment: FBM, history: [H] }",
      'task: Answer.',
      'facts: [MSG-PERMITTED, TIP-NOPE]',
      'target: { rule: MSG-PERMITTED, kind: marketing }',
      'trap: { text: Subscribe to our newsletter, why: W }',
      'model: { text: It left today., why: [W] }',
      '',
    ].join('\n'),
    says: ['facts → entry 2: unknown fact ID "TIP-NOPE"'],
  },
  {
    case: 'a writing situation whose target kind belongs to another rule',
    file: 'content/writing/02-wrong-rule.yaml',
    text: [
      'title: T',
      'kind: message',
      'language: en',
      'buyer: { name: B, text: Where is it? }',
      "order: { number: '302-1234567-1234567', item: I, fulfilment: FBM, history: [H] }",
      'task: Answer.',
      'facts: [TIP-8, MSG-PERMITTED]',
      'target: { rule: TIP-8, kind: marketing }',
      'trap: { text: Subscribe to our newsletter, why: W }',
      'model: { text: It left today., why: [W] }',
      '',
    ].join('\n'),
    says: ['target → rule: the finding kind "marketing" belongs to MSG-PERMITTED, not TIP-8'],
  },
];

/** Cases that each replace the glossary, so each needs a copy of its own. */
export const brokenGlossaries: BrokenCase[] = [
  {
    case: 'a fact ID in the glossary that the registry lacks',
    file: 'content/glossary.yaml',
    text: glossary(names).replace('[ODR-DEF]', '[ODR-GONE]'),
    says: ['term "odr" → facts → entry 1: unknown fact ID "ODR-GONE"'],
  },
  {
    case: 'a glossary term without its German and French names',
    file: 'content/glossary.yaml',
    text: glossary(''),
    says: ['term "odr" → names: missing: add `names:`'],
  },
  {
    case: 'a glossary file that is not valid YAML',
    file: 'content/glossary.yaml',
    text: '- id: odr\n  definition: a: b: c\n',
    says: ['content/glossary.yaml:2: not valid YAML'],
  },
];

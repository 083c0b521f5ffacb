/** Lesson text checks: what no schema sees, each found with one message on its line. */
import { describe, expect, it } from 'vitest';
import { lessonTextProblems } from '../../../src/content/checks/lesson-text.ts';
import { formatProblem } from '../../../src/content/checks/problem.ts';
import { readSource } from '../../../src/content/checks/source.ts';
import type { ContentIndex } from '../../../src/content/registry.ts';

const index: ContentIndex = {
  factIds: new Set(['ODR-DEF', 'ODR-DEDUP', 'CB-WHO']),
  clauseIds: new Set(['CB-WHO~odr-scope']),
  glossaryIds: new Set(['odr', 'chargeback']),
  moduleIds: new Set(['odr']),
  contactIds: new Set(),
  escalationIds: new Set(['odr-near-target']),
  quizIds: new Set(['odr']),
  scenarioIds: new Set(['first-shift']),
  lessons: new Map([['odr/what', new Set(['one-count', 'target'])]]),
  objectives: new Map([['odr/what', new Set(['count'])]]),
};

const front = 'facts: [ODR-DEF]\nterms: [odr]';
const section = (body: string, facts = '["ODR-DEF"]') =>
  `<Section id="one" title="One" facts={${facts}}>\n\n${body}\n\n</Section>`;

/** The problems of a lesson made of front matter and text. */
const problemsOf = (frontMatter: string, text: string) => {
  const source = readSource(
    'content/lessons/01-odr/02-x.mdx',
    `---\n${frontMatter}\n---\n\n${text}\n`,
  );
  return lessonTextProblems(source, source.data, index).map(formatProblem);
};

describe('lesson text', () => {
  it('finds nothing in a sound lesson', () => {
    expect(
      problemsOf(
        front,
        section(
          'The <Term id="odr">ODR</Term>. See [it](/learn/odr/what/#target) and [your team lead](/escalation/#odr-near-target).',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a link to a missing section',
      section('<Term id="odr">x</Term> [x](/learn/odr/what/#targt)'),
      ':8: link /learn/odr/what/#targt: lesson "odr/what" has no section "targt". Did you mean /learn/odr/what/#target?',
    ],
    [
      'a link to a missing lesson',
      section('<Term id="odr">x</Term> [x](/learn/odr/whta/)'),
      'no lesson "odr/whta"',
    ],
    [
      'a link to a missing escalation case',
      section('<Term id="odr">x</Term> [x](/escalation/#odr-near)'),
      'Did you mean /escalation/#odr-near-target?',
    ],
    [
      'a link to a missing scenario',
      section('<Term id="odr">x</Term> [x](/simulate/first-shif/)'),
      'no scenario "first-shif"',
    ],
    [
      'an unknown term',
      section('<Term id="ord">x</Term>'),
      ':8: <Term id="ord">: unknown glossary term "ord"',
    ],
    [
      'a fact typo in a section',
      section('<Term id="odr">x</Term>', '["ODR-DEF", "ODR-DEDPU"]'),
      '<Section id="one"> → facts: unknown fact ID "ODR-DEDPU"',
    ],
    [
      'a section fact the front matter lacks',
      section('<Term id="odr">x</Term>', '["ODR-DEF", "ODR-DEDUP"]'),
      ':2: facts: a <Section> teaches ODR-DEDUP',
    ],
    [
      'a term the text never marks',
      section('No term here.'),
      ':3: terms: lists odr, which the text never marks',
    ],
    [
      'facts written as a string',
      section('<Term id="odr">x</Term>', '"ODR-DEF"').replace(
        'facts={"ODR-DEF"}',
        'facts="ODR-DEF"',
      ),
      'cannot read its facts',
    ],
    [
      'a bare "your team lead"',
      section('<Term id="odr">x</Term> Tell your team lead.'),
      '"your team lead": not a link to the escalation guide',
    ],
  ])('finds %s, once', (_case, text, message) => {
    const found = problemsOf(front, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('wants a caveat taught in a Policy check that says "not confirmed"', () => {
    const caveat = `facts: [ODR-DEF, CB-WHO]\nterms: [odr]\ncaveats: [CB-WHO~odr-scope]`;
    const text = (note: string) =>
      `${section('<Term id="odr">x</Term>')}\n\n<Section id="two" title="Two" facts={["CB-WHO"]}>\n\n<PolicyCheck facts={["CB-WHO"]}>\n\n${note}\n\n</PolicyCheck>\n\n</Section>`;
    expect(problemsOf(caveat, text('Check Seller Central.'))).toEqual([
      expect.stringContaining('caveats → entry 1: teaches CB-WHO~odr-scope but no <PolicyCheck'),
    ]);
    expect(problemsOf(caveat, text('This is not confirmed.'))).toEqual([]);
  });
});

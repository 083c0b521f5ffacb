/** The trainers' coverage report: each fact's sections, questions and scenarios, each objective's questions, and the gaps. */
import { describe, expect, it } from 'vitest';
import { contentGaps, factGaps, type CourseContent } from '../../src/lib/content-gaps.ts';

const course: CourseContent = {
  facts: [
    { id: 'ODR-DEF', name: 'What counts', section: '3', unconfirmed: [] },
    {
      id: 'CB-WHO',
      name: 'Who answers',
      section: '4',
      unconfirmed: [{ id: 'odr-scope', text: 'Fraud stays out.' }],
    },
    { id: 'EBAY-BANDS', name: 'eBay bands', section: '1', unconfirmed: [] },
  ],
  lessons: [
    {
      id: 'odr/what',
      title: 'What the ODR is',
      body: `<Section id="three" title="The buyer's three defects" facts={["ODR-DEF"]}>\n\nText\n\n</Section>\n<Section id="cb" title='Chargebacks' facts={['CB-WHO', 'ODR-DEF']}>\n\n</Section>`,
      objectives: [
        { id: 'count', text: 'Count defects.' },
        { id: 'explain', text: 'Explain chargebacks.' },
      ],
      caveats: ['CB-WHO~odr-scope'],
    },
  ],
  quizzes: [
    {
      id: 'odr',
      title: 'ODR',
      questions: [
        { id: 'first', facts: ['ODR-DEF'], assesses: ['odr/what#count'] },
        { id: 'second', facts: ['ODR-DEF', 'CB-WHO'], assesses: ['odr/what#count'] },
      ],
    },
  ],
  scenarios: [
    {
      id: 'shift',
      title: 'A shift',
      goals: ['CB-WHO'],
      decisions: [{ id: 'answer', choices: [{ facts: ['ODR-DEF'] }, { facts: [] }] }],
      rubric: [{ id: 'no-defect', facts: ['ODR-DEF'] }],
    },
  ],
};

describe('content gaps', () => {
  const gaps = contentGaps(course);
  const fact = (id: string) => gaps.facts.find((entry) => entry.id === id)!;

  it('lists the sections that teach a fact, with titles read whole', () => {
    expect(fact('ODR-DEF').taught.map((ref) => `${ref.sectionId}: ${ref.sectionTitle}`)).toEqual([
      "three: The buyer's three defects",
      'cb: Chargebacks',
    ]);
  });

  it('lists the questions that ask a fact, numbered from 1 in their quiz', () => {
    expect(fact('CB-WHO').asked).toEqual([
      { quizId: 'odr', quizTitle: 'ODR', number: 2, questionId: 'second' },
    ]);
  });

  it('says how each scenario practises a fact: goal, decisions, rubric', () => {
    expect(fact('ODR-DEF').practised).toEqual([
      {
        scenarioId: 'shift',
        scenarioTitle: 'A shift',
        goal: false,
        decisions: ['answer'],
        rubric: ['no-defect'],
      },
    ]);
    expect(fact('CB-WHO').practised[0]?.goal).toBe(true);
  });

  it('names the gaps of a fact, and none of a covered one', () => {
    expect(factGaps(fact('EBAY-BANDS'))).toEqual(['not taught', 'not asked', 'not practised']);
    expect(factGaps(fact('ODR-DEF'))).toEqual([]);
  });

  it('shows where an unconfirmed clause is taught with its caveat', () => {
    expect(fact('CB-WHO').clauses).toEqual([
      {
        ref: 'CB-WHO~odr-scope',
        text: 'Fraud stays out.',
        taughtIn: [{ lessonId: 'odr/what', lessonTitle: 'What the ODR is' }],
      },
    ]);
    const untaught = contentGaps({
      ...course,
      lessons: course.lessons.map((lesson) => ({ ...lesson, caveats: [] })),
    });
    expect(factGaps(untaught.facts.find((entry) => entry.id === 'CB-WHO')!)).toContain(
      'caveat not taught',
    );
  });

  it('lists the questions that assess each objective, and an objective without one', () => {
    expect(
      gaps.objectives.map((objective) => [
        objective.id,
        objective.questions.map((question) => question.questionId),
      ]),
    ).toEqual([
      ['count', ['first', 'second']],
      ['explain', []],
    ]);
  });
});

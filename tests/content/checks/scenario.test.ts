/** Scenario checks run inside the schema: rubric worth 100, options that exist, real choices, known subjects, stated assumptions. */
import { describe, expect, it } from 'vitest';
import { checkAssumptions, type AssumptionShape } from '../../../src/content/checks/assumptions.ts';
import { collectIssues } from '../../../src/content/checks/issues.ts';
import { checkScenario } from '../../../src/content/checks/scenario.ts';

const choice = (id: string, verdict: string) => ({
  id,
  label: `Label ${id}`,
  feedback: `Feedback ${id}`,
  verdict,
  events: [],
});

/** A small sound scenario: one message, one decision with three options, a rubric of 100. */
const base = (): AssumptionShape => ({
  summary: 'A buyer asks a question.',
  start: { history: [{ type: 'order.placed', orderId: 'O-1' }] },
  arrivals: [{ events: [{ type: 'message.received', messageId: 'M-1', orderId: 'O-1' }] }],
  messages: [{ messageId: 'M-1' }],
  feedback: [],
  decisions: [
    {
      id: 'answer',
      subject: 'M-1',
      action: 'reply',
      prompt: 'What do you write?',
      choices: [choice('clear', 'good'), choice('vague', 'acceptable'), choice('rude', 'poor')],
    },
  ],
  rubric: [
    {
      id: 'on-time',
      description: 'On time.',
      points: 40,
      check: { kind: 'no-violation', rule: 'RESP-24H', subject: 'M-1' },
    },
    {
      id: 'clear',
      description: 'Clear.',
      points: 60,
      check: { kind: 'choice', decision: 'answer', choices: ['clear'] },
    },
  ],
});

const issuesOf = (scenario: AssumptionShape) => {
  const sink = collectIssues();
  checkScenario(scenario, sink);
  checkAssumptions(scenario, sink);
  return sink.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('scenario checks', () => {
  it('find nothing in a sound scenario', () => {
    expect(issuesOf(base())).toEqual([]);
  });

  it.each<[string, (scenario: AssumptionShape) => void, string]>([
    [
      'a rubric worth 90',
      (s) => {
        s.rubric[0]!.points = 30;
      },
      'rubric: the points of the rubric add up to 90, not 100',
    ],
    [
      'a rewarded option that does not exist',
      (s) => {
        s.rubric[1]!.check = { kind: 'choice', decision: 'answer', choices: ['claer'] };
      },
      'rubric.1.check.choices.0: decision "answer" has no option "claer"',
    ],
    [
      'a rewarded decision that does not exist',
      (s) => {
        s.rubric[1]!.check = { kind: 'choice', decision: 'anwser', choices: ['clear'] };
      },
      'Did you mean answer?',
    ],
    [
      'a subject no event has',
      (s) => {
        s.rubric[0]!.check = { kind: 'no-violation', rule: 'RESP-24H', subject: 'M-2' };
      },
      'rubric.0.check.subject: no subject "M-2"',
    ],
    [
      'a decision on a message that does not exist',
      (s) => {
        s.decisions[0]!.subject = 'M-9';
      },
      'decisions.0.subject: no buyer message "M-9"',
    ],
    [
      'two options only',
      (s) => {
        s.decisions[0]!.choices = s.decisions[0]!.choices.slice(0, 2);
      },
      'has 2 options',
    ],
    [
      'only good options',
      (s) => {
        for (const option of s.decisions[0]!.choices) option.verdict = 'good';
      },
      'only 0 of its options are not good',
    ],
    [
      'two options with one label',
      (s) => {
        s.decisions[0]!.choices[2]!.label = 'Label clear';
      },
      'decisions.0.choices.2.label: the same label as option 1',
    ],
    [
      'a return request the summary is silent about',
      (s) => {
        s.arrivals[0]!.events = [
          ...s.arrivals[0]!.events,
          { type: 'return.requested', returnId: 'R-1', orderId: 'O-1' },
        ];
      },
      'summary: this scenario has a return request',
    ],
    [
      'an outcome said to be certain',
      (s) => {
        s.rubric[0]!.description = 'Amazon will remove it.';
      },
      'rubric.0.description: "Amazon will remove" makes an outcome',
    ],
  ])('find %s', (_case, mistake, message) => {
    const scenario = base();
    mistake(scenario);
    const found = issuesOf(scenario);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });
});

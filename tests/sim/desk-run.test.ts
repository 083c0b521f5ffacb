import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/scenario-schema.ts';
import { computeReport, parseInstant, validateHistory } from '../../src/engine/index.ts';
import { debrief } from '../../src/sim/debrief.ts';
import { DeskRun } from '../../src/sim/desk-run.ts';
import { consequenceText, outcomeText } from '../../src/sim/debrief-words.ts';

const HOUR = 3_600_000;

/** A one-task shift: a return request on an FBM order arrives at 09:00 on Monday. */
const scenario: Scenario = {
  title: 'A return request',
  summary: 'Answer it within 48 hours.',
  difficulty: 'starter',
  minutes: 5,
  goals: ['RET-48H'],
  lessons: ['order-defect-rate/return-requests'],
  marketplace: 'amazon.de',
  profile: 'course',
  fulfillment: 'FBM',
  requireWriting: false,
  minutesPerAct: 0,
  compareWith: [],
  start: {
    at: '2026-03-09T08:00:00+01:00',
    history: [
      { type: 'order.placed', at: '2026-03-01T10:00:00+01:00', orderId: 'O1', fulfillment: 'FBM' },
      { type: 'order.shipped', at: '2026-03-02T10:00:00+01:00', orderId: 'O1', trackingId: 'T1' },
      { type: 'order.delivered', at: '2026-03-04T10:00:00+01:00', orderId: 'O1' },
    ],
  },
  end: '2026-03-12T18:00:00+01:00',
  arrivals: [
    {
      at: '2026-03-09T09:00:00+01:00',
      events: [
        {
          type: 'return.requested',
          at: '2026-03-09T09:00:00+01:00',
          returnId: 'R1',
          orderId: 'O1',
        },
      ],
    },
    {
      at: '2026-03-09T10:00:00+01:00',
      events: [
        {
          type: 'message.received',
          at: '2026-03-09T10:00:00+01:00',
          messageId: 'M1',
          orderId: 'O1',
        },
      ],
    },
  ],
  messages: [{ messageId: 'M1', from: 'Buyer', subject: 'Return', body: 'Can I send it back?' }],
  feedback: [],
  decisions: [
    {
      id: 'reply-m1',
      subject: 'M1',
      action: 'reply',
      prompt: 'Which reply do you send?',
      choices: [
        {
          id: 'label',
          label: 'Here is your return label.',
          events: [],
          verdict: 'good',
          feedback: 'Clear and fast.',
          facts: ['RET-48H'],
        },
        {
          id: 'rude',
          label: 'Read the policy.',
          events: [
            {
              type: 'feedback.posted',
              afterMinutes: 2880,
              feedbackId: 'F1',
              orderId: 'O1',
              rating: 1,
            },
          ],
          verdict: 'poor',
          feedback: 'The buyer left 1-star feedback.',
          facts: ['FB-NEGATIVE'],
        },
      ],
      hideDeadline: false,
    },
  ],
  rubric: [
    {
      id: 'answered',
      description: 'Answer the return in time',
      points: 50,
      facts: ['RET-48H'],
      check: { kind: 'no-violation', rule: 'RET-48H' },
    },
    {
      id: 'no-defect',
      description: 'Keep the order free of defects',
      points: 30,
      facts: ['ODR-DEF'],
      check: { kind: 'not-defective', orderId: 'O1' },
    },
    {
      id: 'reply',
      description: 'Send the label reply',
      points: 20,
      facts: ['RET-48H'],
      check: { kind: 'choice', decision: 'reply-m1', choices: ['label'] },
    },
  ],
  goodPlay: [
    { at: '2026-03-09T10:00:00+01:00', action: 'authoriseReturn', subject: 'R1' },
    { at: '2026-03-09T10:00:00+01:00', action: 'reply', subject: 'M1', choice: 'label' },
  ],
};

/** The batch engine's report for the events the run has applied. */
function batchReport(run: DeskRun, extra: unknown[]) {
  const events = [
    ...scenario.start.history,
    ...scenario.arrivals.flatMap((arrival) => arrival.events),
    ...extra,
  ];
  const checked = validateHistory({
    marketplace: 'amazon.de',
    profile: 'course',
    asOf: run.now,
    events,
  });
  if (!checked.ok) throw new Error(checked.errors[0]?.message);
  return computeReport(checked.history);
}

describe('a desk run', () => {
  it('lands arrivals when the clock reaches them', () => {
    const run = new DeskRun(scenario);
    expect(run.reading().tasks()).toEqual([]);
    run.advanceTo(parseInstant('2026-03-09T09:30:00+01:00'));
    expect(
      run
        .reading()
        .tasks()
        .map((task) => task.kind),
    ).toEqual(['return']);
    expect(run.nextArrival).toBe(parseInstant('2026-03-09T10:00:00+01:00'));
  });

  it('a return authorised in time: no claim, full marks (RET-48H)', () => {
    const run = new DeskRun(scenario);
    run.advanceTo(parseInstant('2026-03-09T11:00:00+01:00'));
    run.act({ action: 'authoriseReturn', subject: 'R1' });
    run.act({ action: 'reply', subject: 'M1', choice: 'label' });
    run.advanceTo(parseInstant(scenario.end));
    expect(run.ended).toBe(true);
    expect(run.report().odr.defective).toBe(0);
    const result = debrief(run);
    expect(result.score).toBe(1);
    expect(result.choices[0]?.chosen?.verdict).toBe('good');
  });

  it('a return left past 48 h: the engine files a claim granted to the buyer, and the order turns defective (RET-48H, A2Z-AUTO)', () => {
    const run = new DeskRun(scenario);
    run.advanceTo(parseInstant(scenario.end));
    const report = run.report();
    expect(report.violations).toContainEqual({
      rule: 'RET-48H',
      subject: 'R1',
      at: '2026-03-11T09:00:00+01:00',
    });
    expect(report.odr.claims).toBe(1);
    const result = debrief(run);
    expect(result.rubric.map((item) => item.passed)).toEqual([false, false, false]);
    expect(result.score).toBe(0);
  });

  it('a choice brings its consequences at their time: the rude reply leads to negative feedback two days later', () => {
    const run = new DeskRun(scenario);
    run.advanceTo(parseInstant('2026-03-09T11:00:00+01:00'));
    run.act({ action: 'authoriseReturn', subject: 'R1' });
    run.act({ action: 'reply', subject: 'M1', choice: 'rude' });
    run.advanceTo(parseInstant('2026-03-11T10:59:00+01:00'));
    expect(run.report().odr.negativeFeedback).toBe(0);
    run.advanceTo(parseInstant('2026-03-11T11:00:00+01:00'));
    expect(run.report().odr.negativeFeedback).toBe(1);
    expect(debrief(run).rubric.find((item) => item.id === 'reply')?.passed).toBe(false);
  });

  it('shows the same metrics as the batch engine on the same events', () => {
    const run = new DeskRun(scenario);
    run.advanceTo(parseInstant('2026-03-09T12:00:00+01:00'));
    run.act({ action: 'reply', subject: 'M1', choice: 'rude' });
    run.advanceTo(parseInstant(scenario.end));
    const derived = run.derived;
    expect(derived.map((event) => `${event.type} ${event.rule}`)).toEqual([
      'claim.filed RET-48H',
      'claim.decided RET-48H',
    ]);
    const extra = [
      { type: 'message.replied', at: '2026-03-09T12:00:00+01:00', messageId: 'M1' },
      {
        type: 'feedback.posted',
        at: '2026-03-11T12:00:00+01:00',
        feedbackId: 'F1',
        orderId: 'O1',
        rating: 1,
      },
      ...derived,
    ];
    expect(run.report()).toEqual(batchReport(run, extra));
  });

  it('replays the same acts at the same times to the same account (a reload resumes the run)', () => {
    const first = new DeskRun(scenario);
    first.advanceTo(parseInstant('2026-03-10T15:00:00+01:00'));
    first.act({ action: 'reply', subject: 'M1', choice: 'label' });
    first.advanceTo(parseInstant('2026-03-12T08:00:00+01:00'));
    const again = new DeskRun(scenario);
    for (const act of first.acts) {
      again.advanceTo(act.at);
      const { at: _at, ...rest } = act;
      again.act(rest);
    }
    again.advanceTo(first.clock);
    expect(again.report()).toEqual(first.report());
  });

  it('never runs the clock past the end of the shift, nor backwards', () => {
    const run = new DeskRun(scenario);
    run.advanceTo(parseInstant(scenario.end) + 10 * HOUR);
    expect(run.clock).toBe(parseInstant(scenario.end));
    run.advanceTo(0);
    expect(run.clock).toBe(parseInstant(scenario.end));
    expect(() => run.act({ action: 'reply', subject: 'M1' })).toThrow('the shift is over');
  });
});

describe('jumping to the next event', () => {
  it('stops at the next arrival or at the next deadline of an open task, whichever comes first', () => {
    const run = new DeskRun(scenario);
    const stops: string[] = [];
    for (let jumps = 0; !run.ended && jumps < 10; jumps += 1) {
      run.advanceTo(run.nextStop());
      stops.push(run.now);
    }
    // Arrivals at 09:00 and 10:00; then the message's 24 hours (Tue 10:00) before the return's
    // 48 hours (Wed 09:00); then the end of the shift.
    expect(stops).toEqual([
      '2026-03-09T09:00:00+01:00',
      '2026-03-09T10:00:00+01:00',
      '2026-03-10T10:00:00+01:00',
      '2026-03-11T09:00:00+01:00',
      '2026-03-12T18:00:00+01:00',
    ]);
  });

  it('does not stop at a deadline the scenario hides (the decision asks for it)', () => {
    const hiding: Scenario = {
      ...scenario,
      decisions: scenario.decisions.map((decision) => ({ ...decision, hideDeadline: true })),
    };
    const run = new DeskRun(hiding);
    run.advanceTo(parseInstant('2026-03-09T10:00:00+01:00'));
    expect(run.instantText(run.nextStop())).toBe('2026-03-11T09:00:00+01:00');
  });
});

describe('the debrief: each goal with its outcome', () => {
  const zone = 'Europe/Berlin';

  it('says when a task was done in time, and when a deadline passed and what followed', () => {
    const good = new DeskRun(scenario);
    good.advanceTo(parseInstant('2026-03-09T11:15:00+01:00'));
    good.act({ action: 'authoriseReturn', subject: 'R1' });
    good.advanceTo(good.end);
    const [answered] = debrief(good).rubric;
    expect(answered?.passed).toBe(true);
    expect(outcomeText(answered!.evidence, zone)).toBe('No deadline was missed.');

    const idle = new DeskRun(scenario);
    idle.advanceTo(idle.end);
    const result = debrief(idle);
    expect(result.rubric.map((item) => outcomeText(item.evidence, zone))).toEqual([
      'The deadline passed on Wed 11 Mar, 09:00; not done.',
      'Order O1 counts as defective: an A-to-Z claim (Wed 11 Mar, 09:00).',
      'You did not act on this.',
    ]);
    expect(result.consequences.map((claim) => consequenceText(claim, zone))).toEqual([
      "The return request on order O1 was not answered by its deadline. The buyer may then file an A-to-Z claim; the desk assumes they do: filed Wed 11 Mar, 09:00. It is decided in the buyer's favour (Wed 11 Mar, 09:00), and the order counts as defective.",
    ]);
  });

  describe('a chosen reply rewritten before it was sent is judged by what was sent', () => {
    // The goal rests on TIP-8; the trainee picks the good suggestion, then rewrites it.
    const payment: Scenario = {
      ...scenario,
      rubric: scenario.rubric.map((item) =>
        item.id === 'reply'
          ? { ...item, description: 'Keep payment on Amazon', facts: ['TIP-8'] }
          : item,
      ),
    };
    const text = 'Here is your return label. Or pay us directly by bank transfer.';
    const sent = (rule: string, kind: 'off-platform-payment' | 'language') => {
      const run = new DeskRun(payment);
      run.advanceTo(parseInstant('2026-03-09T11:00:00+01:00'));
      run.act({
        action: 'reply',
        subject: 'M1',
        choice: 'label',
        text,
        findings: [{ rule, kind, start: 30, end: 62, message: 'Found.' }],
      });
      run.advanceTo(run.end);
      return debrief(run).rubric.find((item) => item.id === 'reply')!;
    };

    it('TIP-8: a payment outside Amazon in the sent text misses the goal, and the outcome says so', () => {
      const goal = sent('TIP-8', 'off-platform-payment');
      expect(goal.passed).toBe(false);
      expect(outcomeText(goal.evidence, zone)).toMatch(
        /^You chose: “Here is your return label\.”, but the reply you sent breaks the rule: .*payment outside Amazon/i,
      );
    });

    it('a problem under another rule (FBM-LOCAL) leaves the goal met: other goals judge it', () => {
      const goal = sent('FBM-LOCAL', 'language');
      expect(goal.passed).toBe(true);
      expect(outcomeText(goal.evidence, zone)).toBe('You chose: “Here is your return label.”');
    });
  });

  it('checks a "keep the rate below its target" goal over the whole shift, not only at the end', () => {
    // The rude reply brings 1-star feedback on Wed 11:00: the one order is defective (ODR 100%)
    // until Amazon removes the feedback a day after the request; at the end the ODR is 0%.
    const removable: Scenario = {
      ...scenario,
      feedback: [
        {
          feedbackId: 'F1',
          comment: 'Rude words.',
          aboutProductOnly: false,
          aboutFulfilmentOnly: false,
          offensiveLanguage: true,
          personalInformation: false,
        },
      ],
      rubric: [
        {
          id: 'odr-below',
          description: 'Keep the Order Defect Rate below 1% for the whole shift',
          points: 100,
          facts: ['ODR-TARGET'],
          check: { kind: 'metric', metric: 'odr', status: 'ok' },
        },
      ],
    };
    const run = new DeskRun(removable);
    run.advanceTo(parseInstant('2026-03-09T11:00:00+01:00'));
    run.act({ action: 'authoriseReturn', subject: 'R1' });
    run.act({ action: 'reply', subject: 'M1', choice: 'rude' });
    run.advanceTo(parseInstant('2026-03-11T11:30:00+01:00'));
    run.act({ action: 'requestFeedbackRemoval', subject: 'F1' });
    run.advanceTo(run.end);
    expect(run.report().odr.status).toBe('ok');
    const [held] = debrief(run).rubric;
    expect(held?.passed).toBe(false);
    expect(outcomeText(held!.evidence, zone)).toBe(
      'Order Defect Rate reached 100% on Wed 11 Mar, 11:00: a breach.',
    );
  });
});

describe('the desk inbox', () => {
  it('lists only the orders this shift must ship, not old background orders', async () => {
    const { deskItems } = await import('../../src/sim/desk-items.ts');
    const withBackground: Scenario = {
      ...scenario,
      start: {
        ...scenario.start,
        history: [
          ...scenario.start.history,
          // Placed weeks ago with its ship-by long past: background, not a task for today.
          {
            type: 'order.placed',
            at: '2026-02-01T10:00:00+01:00',
            orderId: 'OLD',
            fulfillment: 'FBM',
            shipBy: '2026-02-02',
          },
          // Due to ship on the first day of the shift: the desk's work.
          {
            type: 'order.placed',
            at: '2026-03-08T20:00:00+01:00',
            orderId: 'DUE',
            fulfillment: 'FBM',
            shipBy: '2026-03-09',
          },
        ],
      },
    };
    const run = new DeskRun(withBackground);
    expect(
      deskItems(run)
        .filter((item) => item.kind === 'shipment')
        .map((item) => item.subject),
    ).toEqual(['DUE']);
  });
});

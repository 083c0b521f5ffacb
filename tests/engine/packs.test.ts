import { describe, expect, it } from 'vitest';
import { feedbackRemovalVerdicts } from '../../src/engine/feedback-removal.ts';
import type { FeedbackRemovalAnswers } from '../../src/engine/feedback-removal.ts';
import { ebayBand, judgeSideBySide } from '../../src/engine/marketplace-packs.ts';
import { historyView } from '../../src/engine/report.ts';
import { validateHistory } from '../../src/engine/validate.ts';

describe('marketplace packs judge the same history side by side', () => {
  it('RESP-KAUFLAND: a reply after 30 h is late on Amazon, on time on Kaufland (48 h, last calendar week)', () => {
    const asOf = '2026-03-04T12:00:00+01:00'; // a Wednesday: last week is Mon 23 Feb .. Sun 1 Mar
    const result = validateHistory({
      asOf,
      events: [
        { type: 'message.received', at: '2026-02-24T10:00:00+01:00', messageId: 'M1' },
        { type: 'message.replied', at: '2026-02-25T16:00:00+01:00', messageId: 'M1' },
        { type: 'message.received', at: '2026-02-22T10:00:00+01:00', messageId: 'M0' },
      ],
    });
    if (!result.ok) throw new Error('invalid');
    const judged = judgeSideBySide(historyView(result.history), asOf);
    expect(judged.amazon.lateResponse).toMatchObject({ messages: 2, late: 2 });
    expect(judged.kaufland).toEqual({
      from: '2026-02-23',
      to: '2026-03-01',
      messages: 1,
      onTime: 1,
      rate: 1,
      target: 1,
      status: 'ok',
    });
    expect(judged.ebay).toEqual({ rate: null, band: null });
  });

  it.each([
    [0, 'top-rated'],
    [0.005, 'top-rated'],
    [0.0051, 'above-standard'],
    [0.02, 'above-standard'],
    [0.021, 'below-standard'],
    [null, null],
  ])('EBAY-BANDS: a defect rate of %s is %s', (rate, band) => {
    expect(ebayBand(rate)).toBe(band);
  });
});

describe('feedback removal checker', () => {
  const answers = (over: Partial<FeedbackRemovalAnswers>): FeedbackRemovalAnswers => ({
    fulfillment: 'FBM',
    aboutProductOnly: false,
    aboutFulfilmentOnly: false,
    offensiveLanguage: false,
    personalInformation: false,
    daysSincePosting: 10,
    ...over,
  });
  it.each<[string, Partial<FeedbackRemovalAnswers>, string, string, string]>([
    [
      'FB-REPORT: entirely about the product',
      { aboutProductOnly: true },
      'removed',
      'removed',
      'FB-REPORT',
    ],
    [
      'FB-REPORT: offensive language',
      { offensiveLanguage: true },
      'removed',
      'removed',
      'FB-REPORT',
    ],
    [
      "FB-REPORT: the seller's phone number",
      { personalInformation: true },
      'removed',
      'removed',
      'FB-REPORT',
    ],
    [
      'FB-REPORT: FBA, comment not only about fulfilment (help: no ground)',
      { fulfillment: 'FBA' },
      'removed',
      'stays',
      'FB-REPORT',
    ],
    [
      'FB-REPORT: FBA, comment wholly about fulfilment (help: struck through)',
      { fulfillment: 'FBA', aboutFulfilmentOnly: true },
      'removed',
      'struck-through',
      'FB-REPORT',
    ],
    [
      'FB-REPORT: FBM fulfilment complaint stays',
      { aboutFulfilmentOnly: true },
      'stays',
      'stays',
      'FB-REPORT',
    ],
    [
      'FB-DELETE: after 90 days it stays',
      { offensiveLanguage: true, daysSincePosting: 91 },
      'stays',
      'stays',
      'FB-DELETE',
    ],
  ])('%s', (_name, over, course, amazon, fact) => {
    const [courseVerdict, amazonVerdict] = feedbackRemovalVerdicts(answers(over));
    expect([
      courseVerdict?.profile,
      courseVerdict?.likelyOutcome,
      courseVerdict?.canReport,
    ]).toEqual(['course', course, course !== 'stays']);
    expect([
      amazonVerdict?.profile,
      amazonVerdict?.likelyOutcome,
      amazonVerdict?.canReport,
    ]).toEqual(['amazon-2026', amazon, amazon !== 'stays']);
    expect(courseVerdict?.reasons.map((r) => r.fact)).toContain(fact);
  });

  it('REV-REMOVAL: a product comment notes that reviews are almost never removed', () => {
    expect(
      feedbackRemovalVerdicts(answers({ aboutProductOnly: true }))[0]?.reasons.map((r) => r.fact),
    ).toContain('REV-REMOVAL');
  });
});

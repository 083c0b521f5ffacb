import { describe, expect, it } from 'vitest';
import { formatMeasures, measure, readLabelledSet } from './labelled-set.ts';

/**
 * The held-out drafts (tests/fixtures/reply/held-out.jsonl): 100 drafts written in one go, in new
 * wordings and product areas, and run blind once the checker was done. That first run judged
 * 91.0% exactly right with 2 false alarms on 50 clean drafts ("if you feel like it" read as
 * "if you are satisfied"); those misses were then fixed, so the set now guards the fixes. (An
 * earlier held-out set, 96.6% exact with 1 false alarm at its one blind run, joined the
 * labelled set.)
 */
describe('the reply checker on the held-out drafts', () => {
  const measures = measure(readLabelledSet('held-out.jsonl'));
  console.log(formatMeasures('held-out set', measures));

  it('judges at least 90% of the drafts exactly right', () => {
    expect(measures.exact / measures.drafts).toBeGreaterThanOrEqual(0.9);
  });

  it('raises no false alarm on a clean draft', () => {
    expect(measures.falseAlarms).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatMeasures, measure, readLabelledSet } from './labelled-set.ts';

/** The bar the hidden set sets: at least 90% of drafts judged exactly right. */
const EXACT_BAR = 0.9;

describe('the reply checker on the labelled drafts (tests/fixtures/reply/labelled.jsonl)', () => {
  const drafts = readLabelledSet('labelled.jsonl');
  const measures = measure(drafts);
  console.log(formatMeasures('labelled set', measures));

  it('has a set worth measuring: 250+ drafts in English, German and French, clean and broken', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(250);
    expect(measures.cleanDrafts).toBeGreaterThanOrEqual(100);
    expect(drafts.length - measures.cleanDrafts).toBeGreaterThanOrEqual(100);
  });

  it('judges at least 90% of the drafts exactly right', () => {
    expect(measures.exact / measures.drafts).toBeGreaterThanOrEqual(EXACT_BAR);
  });

  it('raises no false alarm on a clean draft', () => {
    expect(measures.falseAlarms).toEqual([]);
  });
});

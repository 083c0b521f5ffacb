/**
 * Runs the reply checker over a labelled set of drafts (JSON lines: the contract's input fields,
 * plus `id` and `expect`, the "RULE kind" pairs a reviewer expects) and measures it: exact
 * matches (the set of rule/kind pairs is exactly the expected one), false alarms on clean
 * drafts, and precision and recall per rule and kind (counted per draft).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkReply } from '../../../src/engine/reply/check.ts';
import { replyCheckerData } from '../../../src/engine/reply/checker-data.ts';
import type { ReplyInput } from '../../../src/engine/reply/types.ts';

/** One labelled draft. */
export interface LabelledDraft extends ReplyInput {
  id: string;
  /** The expected "RULE kind" pairs, e.g. "MSG-CONTACT contact-details". */
  expect: string[];
}

/** Counts of one rule/kind pair over the set. */
export interface PairCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

/** The measures of the checker on a set. */
export interface SetMeasures {
  drafts: number;
  exact: number;
  cleanDrafts: number;
  /** Clean drafts (nothing expected) where the checker found something. */
  falseAlarms: string[];
  /** Drafts judged wrongly: id, expected, found. */
  misses: { id: string; expected: string[]; found: string[] }[];
  pairs: Map<string, PairCounts>;
}

/** Reads a labelled set from tests/fixtures/reply. */
export function readLabelledSet(name: string): LabelledDraft[] {
  const file = resolve(import.meta.dirname, '../../fixtures/reply', name);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledDraft);
}

/** Runs the checker over the drafts and counts. */
export function measure(drafts: readonly LabelledDraft[]): SetMeasures {
  const measures: SetMeasures = {
    drafts: drafts.length,
    exact: 0,
    cleanDrafts: 0,
    falseAlarms: [],
    misses: [],
    pairs: new Map(),
  };
  for (const { id, expect: expected, ...input } of drafts) {
    const result = checkReply(input, replyCheckerData);
    const found = [...new Set(result.findings.map((f) => `${f.rule} ${f.kind}`))].sort();
    const wanted = [...new Set(expected)].sort();
    if (wanted.length === 0) {
      measures.cleanDrafts++;
      if (found.length > 0) measures.falseAlarms.push(id);
    }
    if (found.join('|') === wanted.join('|')) measures.exact++;
    else measures.misses.push({ id, expected: wanted, found });
    for (const pair of new Set([...found, ...wanted])) {
      const counts = measures.pairs.get(pair) ?? {
        truePositive: 0,
        falsePositive: 0,
        falseNegative: 0,
      };
      measures.pairs.set(pair, counts);
      if (found.includes(pair) && wanted.includes(pair)) counts.truePositive++;
      else if (found.includes(pair)) counts.falsePositive++;
      else counts.falseNegative++;
    }
  }
  return measures;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** The measures as a table for the test log. */
export function formatMeasures(title: string, measures: SetMeasures): string {
  const rows = [...measures.pairs].sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    `${title}: ${measures.drafts} drafts, exact ${measures.exact}/${measures.drafts} (${percent(measures.exact / measures.drafts)}), false alarms on clean drafts ${measures.falseAlarms.length}/${measures.cleanDrafts}`,
    `${'rule kind'.padEnd(36)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp  fp  fn`,
    ...rows.map(([pair, c]) => {
      const precision = c.truePositive / (c.truePositive + c.falsePositive || 1);
      const recall = c.truePositive / (c.truePositive + c.falseNegative || 1);
      return `${pair.padEnd(36)} ${percent(precision).padStart(9)} ${percent(recall).padStart(7)} ${String(c.truePositive).padStart(4)}${String(c.falsePositive).padStart(4)}${String(c.falseNegative).padStart(4)}`;
    }),
    ...measures.misses.map(
      (miss) =>
        `  miss ${miss.id}: expected [${miss.expected.join(', ')}], found [${miss.found.join(', ')}]`,
    ),
  ];
  return lines.join('\n');
}

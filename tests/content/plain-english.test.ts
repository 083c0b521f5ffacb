/**
 * Plain English for trainees who read English as a second language: no idioms, short sentences
 * in Policy checks and recaps, every abbreviation spelled out where a page first uses it, and one
 * name for the source ("the course brief") apart from this training.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  COMMON_ABBREVIATIONS,
  IDIOMS,
  longSentences,
  unexplainedAbbreviations as unexplainedIn,
  VAGUE_SOURCE,
} from '../../src/content/checks/plain-english.ts';
import { allPages, plainText, policyChecksAndRecaps } from './page-text.ts';

const root = resolve(import.meta.dirname, '../..');

describe('plain English', () => {
  it.each(IDIOMS)('uses no idiom like %s (say "%s")', (idiom) => {
    const found = allPages.flatMap(({ page, text }) =>
      text
        .split('\n')
        .filter((line) => idiom.test(line))
        .map((line) => `${page}: ${line.trim().slice(0, 100)}`),
    );
    expect(found).toEqual([]);
  });

  it('finds the Policy checks and recaps of the lessons', () => {
    expect(policyChecksAndRecaps.length).toBeGreaterThanOrEqual(35);
  });

  it('keeps every sentence of a Policy check or a recap under 25 words', () => {
    const long = policyChecksAndRecaps.flatMap(({ page, text }) =>
      longSentences(text).map((sentence) => `${page}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('finds a sentence of 25 words or more (a test of the measure itself)', () => {
    const words = (count: number) =>
      `Word ${Array.from({ length: count - 1 }, () => 'word').join(' ')}.`;
    expect(longSentences(`${words(24)} ${words(25)}`)).toEqual([words(25)]);
  });

  it('measures words the way a reader sees them (a test of the measure itself)', () => {
    const recap = plainText(
      '- A **claim** on an <Term id="fbm">FBM</Term> order counts. See [the lesson](/x/).',
    );
    expect(recap.trim()).toBe('A claim on an FBM order counts. See the lesson.');
  });
});

/** Abbreviations and their full forms. The glossary's come from the glossary. */
const glossaryAbbreviations = (
  parse(readFileSync(resolve(root, 'content/glossary.yaml'), 'utf8')) as {
    term: string;
    abbr?: string;
  }[]
).flatMap((entry) => (entry.abbr ? [[entry.abbr, entry.term] as const] : []));
const abbreviations = [...glossaryAbbreviations, ...COMMON_ABBREVIATIONS];

/** Where a page first uses an abbreviation without its full form next to it. */
const unexplainedAbbreviations = (text: string) =>
  unexplainedIn(text, abbreviations).map(
    ([abbr, full, excerpt]) => `${abbr} (${full}) first used unexplained: "…${excerpt}…"`,
  );

describe('abbreviations', () => {
  it('knows the abbreviations of the glossary', () => {
    expect(glossaryAbbreviations.map(([abbr]) => abbr)).toEqual(
      expect.arrayContaining(['ODR', 'FBA', 'FBM', 'IDR']),
    );
  });

  it.each([
    ['spelled out before', 'The Order Defect Rate (ODR) counts. The ODR is low.', []],
    ['spelled out after', 'Watch the ODR (Order Defect Rate).', []],
    ['a fact ID only', 'See ODR-DEF for the rule.', []],
    ['unexplained', 'The ODR counts orders.', ['ODR']],
  ])('judges a page where the abbreviation is %s', (_case, text, expected) => {
    expect(unexplainedAbbreviations(text).map((problem) => problem.split(' ')[0])).toEqual(
      expected,
    );
  });

  it.each(allPages.map((page) => [page.page, page.text] as const))(
    '%s spells out every abbreviation at its first use',
    (_page, text) => {
      expect(unexplainedAbbreviations(text)).toEqual([]);
    },
  );
});

describe('one name for the source', () => {
  it('calls the source "the course brief", never "the course" or "this course"', () => {
    const vague = VAGUE_SOURCE;
    const found = allPages.flatMap(({ page, text }) =>
      text
        .split('\n')
        .filter((line) => vague.test(line))
        .map((line) => `${page}: ${line.trim().slice(0, 110)}`),
    );
    expect(found).toEqual([]);
  });
});

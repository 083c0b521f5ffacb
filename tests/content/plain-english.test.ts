/**
 * Plain English for trainees who read English as a second language: no idioms, short sentences
 * in Policy checks and recaps, every abbreviation spelled out where a page first uses it, and one
 * name for the source ("the course brief") apart from this training.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allPages, plainText, policyChecksAndRecaps } from './page-text.ts';

const root = resolve(import.meta.dirname, '../..');

/** Idioms a non-native reader may not know, with the plain words to use instead. */
const idioms: [RegExp, string][] = [
  [/\bfull stop\b/i, 'end the sentence there'],
  [/\brota\b/i, 'shift plan'],
  [/\bput (it |things |this )?right\b/i, 'fix, correct'],
  [/\bat hand\b/i, 'ready, near you'],
  [/\bkeep an eye on\b/i, 'watch, check'],
  [/\bon the same page\b/i, 'agree'],
  [/\brule of thumb\b/i, 'simple rule'],
  [/\bheads-up\b/i, 'warning'],
  [/\bbottom line\b/i, 'result'],
  [/\bout of the blue\b/i, 'suddenly'],
  [/\bgo the extra mile\b/i, 'do more than needed'],
  [/\bspot on\b/i, 'exactly right'],
  [/\bin a nutshell\b/i, 'in short'],
  [/\bASAP\b/, 'as soon as possible'],
  [/\be\.g\.|\bi\.e\./, 'for example, that is'],
];

describe('plain English', () => {
  it.each(idioms)('uses no idiom like %s (say "%s")', (idiom) => {
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
      text
        .split(/\n+/)
        .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z"'(])/))
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length >= 25)
        .map((sentence) => `${page}: ${sentence}`),
    );
    expect(long).toEqual([]);
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
const abbreviations: (readonly [string, string])[] = [
  ...glossaryAbbreviations,
  ['UTC', 'Coordinated Universal Time'],
  ['VAT', 'value added tax'],
  ['EU', 'European Union'],
  ['UK', 'United Kingdom'],
  ['US', 'United States'],
  ['PO', 'purchase order'],
];

/** Where a page first uses an abbreviation without its full form next to it. */
function unexplainedAbbreviations(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return abbreviations.flatMap(([abbr, full]) => {
    // A fact ID (ODR-DEF) and a web address are not prose.
    const use = new RegExp(`(?<![\\w./-])${abbr}(?![\\w-])`, 'g').exec(flat);
    if (!use) return [];
    const near = flat
      .slice(Math.max(0, use.index - 120), use.index + abbr.length + 60)
      .toLowerCase();
    return near.includes(full.toLowerCase())
      ? []
      : [
          `${abbr} (${full}) first used unexplained: "…${flat.slice(Math.max(0, use.index - 50), use.index + 40)}…"`,
        ];
  });
}

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
    const vague =
      /\b(?:the|this) course(?:'s)?(?! brief| map)\b(?!\s+(?:map|brief))|\bcourse's (?:reading|rule)\b/i;
    const found = allPages.flatMap(({ page, text }) =>
      text
        .split('\n')
        .filter((line) => vague.test(line))
        .map((line) => `${page}: ${line.trim().slice(0, 110)}`),
    );
    expect(found).toEqual([]);
  });
});

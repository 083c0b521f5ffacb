/**
 * Plain English for trainees who read English as a second language: no idioms, short sentences
 * in Policy checks and recaps, every abbreviation spelled out where a page first uses it, one name
 * for the source ("the course brief") apart from this training, and none of the wordings the
 * course once taught wrongly. Each rule is a function of page texts (page-text.ts).
 */
import type { Problem } from './problem.ts';
import type { PageText } from './page-text.ts';
import { didYouMean } from './suggest.ts';

/** Idioms a non-native reader may not know, with the plain words to use instead. */
export const IDIOMS: readonly (readonly [RegExp, string])[] = [
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

/** The most words a sentence of a Policy check or a recap may have, less one. */
const MAX_WORDS = 25;

/** Abbreviations every page must spell out at first use, besides the glossary's. */
export const COMMON_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['UTC', 'Coordinated Universal Time'],
  ['VAT', 'value added tax'],
  ['EU', 'European Union'],
  ['UK', 'United Kingdom'],
  ['US', 'United States'],
  ['PO', 'purchase order'],
];

/** A vague name for the source: "the course" instead of "the course brief" or "this training". */
export const VAGUE_SOURCE =
  /\b(?:the|this) course(?:'s)?(?! brief| map)\b(?!\s+(?:map|brief))|\bcourse's (?:reading|rule)\b/i;

/** Wordings the content once taught wrongly (issue 10), each with the fact it contradicted. */
export const KNOWN_ERRORS: readonly {
  error: string;
  fact: string;
  pattern: RegExp;
  was: string;
}[] = [
  {
    error: 'a claim on an untracked order granted when the delivery date passes',
    fact: 'A2Z-REASONS',
    pattern: /delivery date\)?\s+(passes|ends|is over)|cannot stop the claim/i,
    was: 'It cannot stop the claim: without a tracking ID the A-to-Z claim is granted automatically when the latest delivery date passes.',
  },
  {
    error: 'a shift worked from the oldest deadline',
    fact: 'TIP-1',
    pattern: /oldest deadline/i,
    was: 'Open Seller Central and work from the oldest deadline to the newest.',
  },
  {
    error: 'a fixed order of work by type (notifications, then returns, then messages)',
    fact: 'TIP-1',
    pattern:
      /notifications?\b[^.\n]{0,80}\bthen\b[^.\n]{0,20}return requests?\b[^.\n]{0,40}\bthen\b[^.\n]{0,20}(buyer )?messages/i,
    was: 'First Amazon’s notifications about A-to-Z claims and chargebacks, then return requests, then buyer messages.',
  },
  {
    error: 'every marketplace watching the same four things (the brief says "usually")',
    fact: 'STD-FOUR',
    pattern: /\b(every|each|all four) marketplaces? watch/i,
    was: 'Every marketplace watches the same four things about customer service:',
  },
  {
    error: 'a claim that Amazon’s help pages do not publish the automatic-acceptance list',
    fact: 'A2Z-AUTO',
    pattern: /help pages[^.\n]{0,40}do not publish this list/i,
    was: 'Amazon’s help pages (checked November 2026) do not publish this list as rules of automatic acceptance.',
  },
  {
    error: 'Amazon’s account classification said of Kaufland and Cdiscount',
    fact: 'CLASSIFY',
    pattern: /account classified regularly[^|\n]*\|[^\n]*account classified regularly/i,
    was: '| Classification | Account classified regularly from these numbers | Account classified regularly from these numbers | Top Rated |',
  },
];

/** The sentences of a text of at least MAX_WORDS words. */
export function longSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z"'(])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length >= MAX_WORDS);
}

/** Where a page first uses an abbreviation without its full form near it: `[abbr, full, excerpt]`. */
export function unexplainedAbbreviations(
  text: string,
  abbreviations: readonly (readonly [string, string])[],
): [string, string, string][] {
  const flat = text.replace(/\s+/g, ' ');
  return abbreviations.flatMap(([abbr, full]): [string, string, string][] => {
    // A fact ID (ODR-DEF) and a web address are not prose.
    const use = new RegExp(`(?<![\\w./-])${abbr}(?![\\w-])`, 'g').exec(flat);
    if (!use) return [];
    const near = flat
      .slice(Math.max(0, use.index - 120), use.index + abbr.length + 60)
      .toLowerCase();
    return near.includes(full.toLowerCase())
      ? []
      : [[abbr, full, flat.slice(Math.max(0, use.index - 50), use.index + 40)]];
  });
}

/** The line of the first match of `pattern` in a file's text (counting from 1). */
function lineOfMatch(source: string | undefined, pattern: RegExp): number | undefined {
  if (!source) return undefined;
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Problems of plain English in the pages; `sources` gives each file's text, for line numbers. */
export function plainEnglishProblems(
  pages: readonly PageText[],
  checksAndRecaps: readonly PageText[],
  glossaryAbbreviations: readonly (readonly [string, string])[],
  sources: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, pattern: RegExp, message: string) =>
    problems.push({
      file,
      line: lineOfMatch(sources.get(file), pattern),
      message,
      check: 'plain English',
    });
  for (const { file, text } of pages) {
    for (const [idiom, plain] of IDIOMS)
      for (const line of text.split('\n').filter((candidate) => idiom.test(candidate))) {
        const words = idiom.exec(line)?.[0] ?? '';
        at(file, idiom, `"${words}" is an idiom trainees may not know: say "${plain}" instead`);
      }
    const vague = VAGUE_SOURCE.exec(text);
    if (vague)
      at(
        file,
        VAGUE_SOURCE,
        `"${vague[0]}": call the source "the course brief", and the site "this training"`,
      );
  }
  for (const { file, page, text } of pages)
    for (const [abbr, full, excerpt] of unexplainedAbbreviations(text, [
      ...glossaryAbbreviations,
      ...COMMON_ABBREVIATIONS,
    ]))
      at(
        file,
        new RegExp(`(?<![\\w./-])${escape(abbr)}(?![\\w-])`),
        `${page === file ? 'this page' : page} first uses ${abbr} without spelling it out ("…${excerpt.trim()}…"): write "${full} (${abbr})" there`,
      );
  for (const { file, text } of checksAndRecaps)
    for (const sentence of longSentences(text)) {
      const start = sentence.split(/\s+/).slice(0, 5).join(' ');
      at(
        file,
        new RegExp(
          escape(start.replace(/[*_`[\]]/g, ''))
            .replace(/\\ /g, '[\\s*_`\\[\\]]+')
            .slice(0, 200),
        ),
        `a sentence of ${sentence.split(/\s+/).length} words in a Policy check or recap ("${start} …"): split it into sentences under ${MAX_WORDS} words`,
      );
    }
  return problems;
}

/** Lines of content files (the registry aside) that say what the course once taught wrongly. */
export function knownErrorProblems(sources: ReadonlyMap<string, string>): Problem[] {
  return [...sources].flatMap(([file, text]) =>
    file.startsWith('content/facts/')
      ? []
      : text.split('\n').flatMap((line, index) =>
          KNOWN_ERRORS.filter((known) => known.pattern.test(line)).map((known) => ({
            file,
            line: index + 1,
            message: `teaches ${known.error}, which contradicts ${known.fact}: say what the fact says`,
            check: 'plain English',
          })),
        ),
  );
}

/**
 * Fact IDs named in page text that the registry lacks (a typo in "see RESP-24H"). A token counts
 * as a fact ID when it starts with a registry prefix; a segment of four or more digits is a record
 * number (`MSG-88121`), never part of a fact ID.
 */
export function unknownFactMentions(
  pages: readonly PageText[],
  factIds: ReadonlySet<string>,
  sources: ReadonlyMap<string, string>,
): Problem[] {
  const prefixes = [...new Set([...factIds].map((id) => id.split('-')[0]))];
  if (prefixes.length === 0) return [];
  const pattern = new RegExp(`\\b(?:${prefixes.join('|')})(?:-(?![0-9]{4,}\\b)[A-Z0-9]+)+\\b`, 'g');
  const seen = new Set<string>();
  return pages.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)].flatMap((match): Problem[] => {
      const id = match[0];
      if (factIds.has(id) || seen.has(`${file} ${id}`)) return [];
      seen.add(`${file} ${id}`);
      return [
        {
          file,
          line: lineOfMatch(sources.get(file), new RegExp(`\\b${escape(id)}\\b`)),
          message: `names "${id}", which is not a fact ID in content/facts/facts.yaml.${didYouMean(id, factIds)}`,
          check: 'plain English',
        },
      ];
    }),
  );
}

/**
 * A draft as every rule family reads it (tokens, sentences, concept tags, contact details),
 * with the small questions they all ask: where does this clause start, is this word negated,
 * which star rating is named, which amount of money.
 */
import type { Concept } from './concepts.ts';
import type { ContactDetail } from './contacts.ts';
import type { Tags } from './tags.ts';
import type { Draft } from './text.ts';
import type { FindingKind, ReplyFinding, ReplyKind, ReplyRule } from './types.ts';

/** The languages the checker words its suggestions in. */
export type SuggestionLanguage = 'en' | 'de' | 'fr';

/** Everything a rule family needs to judge a draft. */
export interface Reading {
  kind: ReplyKind;
  text: string;
  draft: Draft;
  tags: Tags;
  /** Contact and payment details found in the text. */
  details: readonly ContactDetail[];
  /** The language suggestions are written in (the draft's, when it is one of the three). */
  tongue: SuggestionLanguage;
}

/** A finding before it is sorted into the result. */
export type Finding = ReplyFinding;

/** Builds a finding over tokens [first, last]. */
export function findingOver(
  reading: Reading,
  first: number,
  last: number,
  rule: ReplyRule,
  kind: FindingKind,
  message: string,
  suggestion?: string,
): Finding {
  const tokens = reading.draft.tokens;
  return {
    rule,
    kind,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    message,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

/** The sentence index of token `index`. */
export function sentenceIndexOf(reading: Reading, index: number): number {
  return reading.draft.sentenceOf[index] ?? 0;
}

/** The first token of the clause holding token `index`. */
export function clauseFirst(reading: Reading, index: number): number {
  const sentence = reading.draft.sentences[sentenceIndexOf(reading, index)]!;
  let i = index;
  while (i > sentence.first && reading.draft.clauseEnd[i - 1] !== 1) i--;
  return i;
}

/** One past the last token of the clause holding token `index`. */
export function clauseStop(reading: Reading, index: number): number {
  const sentence = reading.draft.sentences[sentenceIndexOf(reading, index)]!;
  let i = index;
  while (i < sentence.end - 1 && reading.draft.clauseEnd[i] !== 1) i++;
  return i + 1;
}

/** Words that complete a French "ne": ne … pas, ne … jamais. "Ne … que" means "only". */
const FRENCH_NEGATION_PARTNERS = new Set([
  'pas',
  'jamais',
  'rien',
  'plus',
  'aucun',
  'aucune',
  'personne',
  'nullement',
  'guere',
]);

/** True if the negation word at `index` really negates (a French "ne" needs its partner). */
function negates(reading: Reading, index: number): boolean {
  const { tags } = reading;
  // "Don't miss", "n'hésitez pas", "vergessen Sie nicht": the negation belongs to an invitation.
  if (tags.has(index, 'promoVerb') || tags.has(index, 'invite') || tags.has(index, 'request'))
    return false;
  const word = reading.draft.tokens[index]!.fold;
  if (word !== 'ne' && word !== "n'") return true;
  const stop = Math.min(reading.draft.tokens.length, index + 7);
  for (let k = index + 1; k < stop; k++) {
    if (FRENCH_NEGATION_PARTNERS.has(reading.draft.tokens[k]!.fold)) return true;
  }
  return false;
}

/**
 * True if a negation stands in the `window` words before token `index` (same clause), or in the
 * `after` words after it (German and French put it after the verb: "überweisen Sie nicht").
 * Negation words inside [ignoreFrom, ignoreTo] belong to the phrase itself ("nicht über Amazon").
 */
export function isNegated(
  reading: Reading,
  index: number,
  window = 6,
  after = 0,
  ignoreFrom = index,
  ignoreTo = index,
): boolean {
  const { tags } = reading;
  const first = clauseFirst(reading, index);
  for (let k = index - 1; k >= Math.max(first, index - window); k--) {
    if (k >= ignoreFrom && k <= ignoreTo) continue;
    if (tags.has(k, 'negation') && negates(reading, k)) return true;
  }
  const stop = clauseStop(reading, index);
  for (let k = ignoreTo + 1; k < Math.min(stop, ignoreTo + 1 + after); k++) {
    if (tags.has(k, 'negation') && negates(reading, k)) return true;
  }
  return false;
}

/** True if some token in [from, to) is tagged `concept`. */
export function anyIn(reading: Reading, concept: Concept, from: number, to: number): boolean {
  return reading.tags.find(concept, from, to) !== -1;
}

/** A star rating named in the draft: tokens [first, last], the number of stars. */
export interface StarMention {
  first: number;
  last: number;
  stars: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  une: 1,
  un: 1,
  two: 2,
  zwei: 2,
  deux: 2,
  three: 3,
  drei: 3,
  trois: 3,
  four: 4,
  vier: 4,
  quatre: 4,
  five: 5,
  funf: 5,
  cinq: 5,
};
const STAR_SIGNS = new Set(['★', '⭐']);

/** Every star rating the draft names: "5 stars", "five-star", "5-Sterne", "cinq étoiles", "★★★★★". */
export function starMentions(reading: Reading): StarMention[] {
  const { tokens } = reading.draft;
  const mentions: StarMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next !== undefined && reading.tags.has(i + 1, 'starWord')) {
      const count =
        token.type === 'number'
          ? Number.parseFloat(token.fold.replace(',', '.'))
          : NUMBER_WORDS[token.fold];
      if (count !== undefined && count >= 0 && count <= 5) {
        mentions.push({ first: i, last: i + 1, stars: count });
        i++;
        continue;
      }
    }
    if (token.raw === '★' || token.raw === '⭐') {
      let last = i;
      while (last + 1 < tokens.length && STAR_SIGNS.has(tokens[last + 1]!.raw)) last++;
      mentions.push({ first: i, last, stars: last - i + 1 });
      i = last;
      continue;
    }
    if (reading.tags.has(i, 'topRating') && !reading.tags.has(i - 1, 'topRating')) {
      const hit = reading.tags.hitsIn('topRating', i, i + 1)[0]!;
      mentions.push({ first: i, last: hit.last, stars: 5 });
    }
  }
  return mentions;
}

const CURRENCY_WORDS = new Set([
  '%',
  '€',
  '$',
  '£',
  'eur',
  'euro',
  'euros',
  'gbp',
  'usd',
  'chf',
  'pounds',
  'dollars',
  'prozent',
  'percent',
  'pour',
]);
const CURRENCY_SIGNS = new Set(['€', '$', '£']);

/** Amounts of money or percentages ("20 %", "10 €", "€10", "15 EUR"): tokens [first, last]. */
export function amounts(reading: Reading): { first: number; last: number }[] {
  const { tokens } = reading.draft;
  const found: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'number') continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (
      next !== undefined &&
      CURRENCY_WORDS.has(next.fold) &&
      !(next.fold === 'pour' && tokens[i + 2]?.fold !== 'cent')
    ) {
      found.push({ first: i, last: i + 1 });
    } else if (previous !== undefined && CURRENCY_SIGNS.has(previous.raw)) {
      found.push({ first: i - 1, last: i });
    }
  }
  return found;
}

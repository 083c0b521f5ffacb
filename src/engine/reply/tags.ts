/**
 * Tags the draft's tokens with concepts from the phrase tables of all three languages at once:
 * Amazon's rules do not change with the language, and trainees mix languages in one draft.
 * A word one typo away from a key word (`reveiw`, `Rezenzion`) still counts.
 */
import { CONCEPTS, type Concept, type PhraseTable } from './concepts.ts';
import { english } from './lexicon-en.ts';
import { german } from './lexicon-de.ts';
import { french } from './lexicon-fr.ts';
import { fold, type Token } from './text.ts';

/** The phrase tables the checker reads, one per draft language. */
const PHRASE_TABLES: Readonly<Record<'en' | 'de' | 'fr', PhraseTable>> = {
  en: english,
  de: german,
  fr: french,
};

/** A run of tokens [first, last] that says a concept. */
export interface Hit {
  concept: Concept;
  first: number;
  last: number;
}

interface WordPattern {
  mode: 'exact' | 'prefix' | 'suffix' | 'infix' | 'number' | 'gap';
  text: string;
}

/** How many words a gap (`…`) may skip: "take this feedback down", "passen Sie Ihre Rezension an". */
const GAP_WORDS = 4;

interface Phrase {
  concept: number;
  words: WordPattern[];
  exception: boolean;
}

/** Prefix and suffix phrases are found by the first or last KEY_LETTERS letters of a word. */
const KEY_LETTERS = 3;

interface Compiled {
  byFirstWord: Map<string, Phrase[]>;
  /** Phrases whose first word is a prefix (`erstatt*`), by its first KEY_LETTERS letters. */
  byPrefix: Map<string, Phrase[]>;
  /** Phrases whose first word is a suffix (`*rezension`), by its last KEY_LETTERS letters. */
  bySuffix: Map<string, Phrase[]>;
  /** Every other phrase (infixes, numbers, short prefixes): tried on every word. */
  patterned: Phrase[];
  /** Key words that also match one typo away, by concept index. */
  typoWords: { concept: number; text: string }[];
}

const CONCEPT_INDEX = new Map<Concept, number>(CONCEPTS.map((concept, index) => [concept, index]));
const CONCEPT_COUNT = CONCEPTS.length;

function parseWord(word: string): { pattern: WordPattern; typo: boolean } {
  const typo = word.startsWith('~');
  const body = fold(typo ? word.slice(1) : word);
  if (body === '#') return { pattern: { mode: 'number', text: '' }, typo };
  if (body === '…') return { pattern: { mode: 'gap', text: '' }, typo };
  const leading = body.startsWith('*') && body.length > 1;
  const trailing = body.endsWith('*') && body.length > 1;
  const text = body.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  const mode = leading && trailing ? 'infix' : trailing ? 'prefix' : leading ? 'suffix' : 'exact';
  return { pattern: { mode, text }, typo };
}

function addTo(map: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [phrase]);
  else list.push(phrase);
}

function compile(tables: readonly PhraseTable[]): Compiled {
  const byFirstWord = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const bySuffix = new Map<string, Phrase[]>();
  const patterned: Phrase[] = [];
  const typoWords: Compiled['typoWords'] = [];
  for (const table of tables) {
    for (const [concept, entries] of Object.entries(table) as [Concept, readonly string[]][]) {
      const index = CONCEPT_INDEX.get(concept)!;
      for (const entry of entries) {
        const exception = entry.startsWith('!');
        const parsed = (exception ? entry.slice(1) : entry)
          .split(' ')
          .filter(Boolean)
          .map(parseWord);
        const phrase: Phrase = {
          concept: index,
          words: parsed.map((word) => word.pattern),
          exception,
        };
        const first = phrase.words[0]!;
        const long = first.text.length >= KEY_LETTERS;
        if (first.mode === 'exact') addTo(byFirstWord, first.text, phrase);
        else if (first.mode === 'prefix' && long)
          addTo(byPrefix, first.text.slice(0, KEY_LETTERS), phrase);
        else if (first.mode === 'suffix' && long)
          addTo(bySuffix, first.text.slice(-KEY_LETTERS), phrase);
        else patterned.push(phrase);
        if (!exception && parsed.length === 1 && parsed[0]!.typo) {
          typoWords.push({ concept: index, text: first.text });
        }
      }
    }
  }
  return { byFirstWord, byPrefix, bySuffix, patterned, typoWords };
}

let compiled: Compiled | null = null;
/** The tables compiled once, on first use. */
function tables(): Compiled {
  compiled ??= compile(Object.values(PHRASE_TABLES));
  return compiled;
}

function wordMatches(pattern: WordPattern, token: Token | undefined): boolean {
  if (token === undefined || token.type === 'link') return false;
  const text = token.fold;
  switch (pattern.mode) {
    case 'exact':
      return text === pattern.text;
    case 'prefix':
      return token.type === 'word' && text.startsWith(pattern.text);
    case 'suffix':
      return token.type === 'word' && text.endsWith(pattern.text);
    case 'infix':
      return token.type === 'word' && text.includes(pattern.text);
    case 'number':
      return token.type === 'number';
    case 'gap':
      return false;
  }
}

/** Matches the words of a phrase from token `at` on: the index after the last word, or -1. */
function phraseEnd(
  words: readonly WordPattern[],
  tokens: readonly Token[],
  at: number,
  k = 0,
): number {
  if (k === words.length) return at;
  const word = words[k]!;
  if (word.mode === 'gap') {
    for (let skip = 0; skip <= GAP_WORDS; skip++) {
      const skipped = tokens[at + skip - 1];
      if (skip > 0 && (skipped === undefined || skipped.type === 'punct')) break;
      const end = phraseEnd(words, tokens, at + skip, k + 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  return wordMatches(word, tokens[at]) ? phraseEnd(words, tokens, at + 1, k + 1) : -1;
}

/** True if `a` and `b` are at most one edit apart (insert, delete, replace, swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One replacement, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The concept tags of a draft's tokens. */
export class Tags {
  readonly tokens: readonly Token[];
  private readonly marks: Uint8Array;
  private readonly byConcept: Hit[][];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    this.marks = new Uint8Array(tokens.length * CONCEPT_COUNT);
    this.byConcept = CONCEPTS.map(() => []);
    const { byFirstWord, byPrefix, bySuffix, patterned, typoWords } = tables();
    const found: { phrase: Phrase; first: number; last: number }[] = [];
    const tryAll = (phrases: readonly Phrase[] | undefined, at: number): void => {
      if (phrases === undefined) return;
      for (const phrase of phrases) {
        const end = phraseEnd(phrase.words, tokens, at);
        if (end !== -1) found.push({ phrase, first: at, last: end - 1 });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'link') continue;
      tryAll(byFirstWord.get(token.fold), i);
      if (token.fold.length >= KEY_LETTERS) {
        tryAll(byPrefix.get(token.fold.slice(0, KEY_LETTERS)), i);
        tryAll(bySuffix.get(token.fold.slice(-KEY_LETTERS)), i);
      }
      tryAll(patterned, i);
    }
    // Exceptions first: their words cannot carry that concept.
    const excepted = new Uint8Array(tokens.length * CONCEPT_COUNT);
    for (const { phrase, first, last } of found) {
      if (!phrase.exception) continue;
      for (let k = first; k <= last; k++) excepted[k * CONCEPT_COUNT + phrase.concept] = 1;
    }
    const tagged = new Uint8Array(tokens.length);
    for (const { phrase, first, last } of found) {
      if (phrase.exception) continue;
      let blocked = false;
      for (let k = first; k <= last; k++) {
        if (excepted[k * CONCEPT_COUNT + phrase.concept] === 1) blocked = true;
      }
      if (blocked) continue;
      this.add(phrase.concept, first, last);
      for (let k = first; k <= last; k++) tagged[k] = 1;
    }
    // Typos: an untagged word of five letters or more, one edit from a key word.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (tagged[i] === 1 || token.type !== 'word' || token.fold.length < 5) continue;
      for (const { concept, text } of typoWords) {
        if (text[0] === token.fold[0] && withinOneEdit(token.fold, text)) {
          if (excepted[i * CONCEPT_COUNT + concept] !== 1) this.add(concept, i, i);
        }
      }
    }
    for (const hits of this.byConcept) hits.sort((a, b) => a.first - b.first || a.last - b.last);
  }

  private add(concept: number, first: number, last: number): void {
    this.byConcept[concept]!.push({ concept: CONCEPTS[concept]!, first, last });
    for (let k = first; k <= last; k++) this.marks[k * CONCEPT_COUNT + concept] = 1;
  }

  /** True if token `index` is part of a phrase saying `concept`. */
  has(index: number, concept: Concept): boolean {
    if (index < 0 || index >= this.tokens.length) return false;
    return this.marks[index * CONCEPT_COUNT + CONCEPT_INDEX.get(concept)!] === 1;
  }

  /** Every phrase saying `concept`, in text order. */
  hits(concept: Concept): readonly Hit[] {
    return this.byConcept[CONCEPT_INDEX.get(concept)!]!;
  }

  /** The phrases saying `concept` that start in tokens [from, to). */
  hitsIn(concept: Concept, from: number, to: number): Hit[] {
    return this.hits(concept).filter((hit) => hit.first >= from && hit.first < to);
  }

  /** The first token index in [from, to) tagged `concept`, or -1. */
  find(concept: Concept, from: number, to: number): number {
    const slot = CONCEPT_INDEX.get(concept)!;
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++) {
      if (this.marks[i * CONCEPT_COUNT + slot] === 1) return i;
    }
    return -1;
  }

  /** The last token index in [from, to) tagged `concept`, or -1. */
  findLast(concept: Concept, from: number, to: number): number {
    const slot = CONCEPT_INDEX.get(concept)!;
    for (let i = Math.min(to, this.tokens.length) - 1; i >= Math.max(0, from); i--) {
      if (this.marks[i * CONCEPT_COUNT + slot] === 1) return i;
    }
    return -1;
  }
}

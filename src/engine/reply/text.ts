/**
 * The draft as the rules read it: tokens with UTF-16 offsets and a folded form (lower case, no
 * accents, ß → ss), sentences, and clause boundaries. Links and e-mail addresses found earlier
 * are single opaque tokens, so a `?` or `.` inside a URL neither ends a sentence nor asks a
 * question.
 */

/** One word, number, punctuation mark or opaque link in the draft. */
export interface Token {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower case, accents removed, ß → ss, curly apostrophe → straight. */
  fold: string;
  type: 'word' | 'number' | 'punct' | 'link';
  /** Joined to the previous token by a hyphen (`5-star`, `E-Mail`). */
  hyphenated: boolean;
}

/** A sentence: tokens [first, end) and characters [start, stop). */
export interface Sentence {
  first: number;
  end: number;
  start: number;
  stop: number;
}

/** A draft split for the rules. */
export interface Draft {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** 1 where a token ends a clause (`,` `;` `:` a dash, a bracket, a sentence end). */
  clauseEnd: Uint8Array;
  /** The sentence index of every token. */
  sentenceOf: Int32Array;
}

/** A span of the draft that must stay one token (a link or an e-mail address). */
export interface OpaqueSpan {
  start: number;
  end: number;
}

/** Folds a word for matching: lower case, no accents, ß → ss, œ → oe, ’ → '. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’ʼ]/g, "'");
}

const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:/]\d+)*|\S/gu;
/** French elisions split off a word: l'avis → l' + avis. */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
const HYPHENS = new Set(['-', '‐', '‑']);
const DASHES = new Set(['–', '—', '-', '‐', '‑']);
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '/', '•', '|']);
const SENTENCE_MARKS = new Set(['?', '!', '…', '¿', '¡']);
/** Words after which a full stop does not end a sentence (folded, without the stop). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'nr',
  'no',
  'tel',
  'str',
  'ca',
  'bzw',
  'inkl',
  'ggf',
  'evtl',
  'usw',
  'etc',
  'vs',
  'approx',
  'mme',
  'mlle',
  'hr',
  'fr',
  'prof',
  'abs',
  'max',
  'min',
  'zzgl',
  'vgl',
  'ref',
  'art',
  'tél',
  'tel',
  'env',
  'cf',
  'nº',
]);

/** Splits `text` into tokens; each opaque span becomes one `link` token. */
function tokenize(text: string, opaque: readonly OpaqueSpan[] = []): Token[] {
  const tokens: Token[] = [];
  const spans = [...opaque].sort((a, b) => a.start - b.start);
  let spanIndex = 0;
  let position = 0;
  let pendingHyphen = false;
  const push = (start: number, end: number, type: Token['type']): void => {
    const raw = text.slice(start, end);
    tokens.push({
      start,
      end,
      raw,
      fold: type === 'link' ? raw.toLowerCase() : fold(raw),
      type,
      hyphenated: pendingHyphen,
    });
    pendingHyphen = false;
  };
  while (position < text.length) {
    const span = spans[spanIndex];
    const limit = span === undefined ? text.length : span.start;
    TOKEN.lastIndex = position;
    let match: RegExpExecArray | null;
    while ((match = TOKEN.exec(text)) !== null && match.index < limit) {
      let start = match.index;
      let word = match[0];
      const end = start + word.length;
      if (end > limit) word = text.slice(start, limit);
      if (HYPHENS.has(word)) {
        const before = text[start - 1] ?? ' ';
        const after = text[start + 1] ?? ' ';
        // A hyphen inside a word joins; one between spaces is a dash between clauses.
        if (!/\s/.test(before) && !/\s/.test(after) && tokens.length > 0) {
          pendingHyphen = true;
          continue;
        }
      }
      const elision = ELISION.exec(word);
      if (elision !== null && /\p{L}/u.test(word[0] ?? '')) {
        push(start, start + elision[0].length, 'word');
        start += elision[0].length;
        word = word.slice(elision[0].length);
      }
      const first = word[0] ?? '';
      const type = /\p{L}/u.test(first) ? 'word' : /\d/.test(first) ? 'number' : 'punct';
      push(start, start + word.length, type);
      if (start + word.length >= limit) break;
    }
    if (span === undefined) break;
    push(span.start, span.end, 'link');
    position = span.end;
    spanIndex++;
  }
  return tokens;
}

/** True if the full stop at token `index` ends a sentence. */
function fullStopEnds(tokens: readonly Token[], index: number): boolean {
  const stop = tokens[index]!;
  const next = tokens[index + 1];
  if (next === undefined) return true;
  if (next.start === stop.end && next.type !== 'punct') return false; // "Nr.5", "x.y"
  const previous = tokens[index - 1];
  if (previous !== undefined && previous.end === stop.start) {
    if (ABBREVIATIONS.has(previous.fold)) return false;
    if (previous.type === 'word' && previous.fold.length === 1) return false; // z. B., e.g.
    // "am 12.03. versendet": a date's stop before a lower-case word does not end the sentence.
    if (previous.type === 'number' && /^\p{Ll}/u.test(next.raw)) return false;
  }
  return true;
}

/** Splits a draft into tokens, sentences and clauses. */
export function readDraft(text: string, opaque: readonly OpaqueSpan[] = []): Draft {
  const tokens = tokenize(text, opaque);
  const sentences: Sentence[] = [];
  const clauseEnd = new Uint8Array(tokens.length);
  const sentenceOf = new Int32Array(tokens.length);
  let first = 0;
  const close = (end: number): void => {
    if (end <= first) return;
    sentences.push({
      first,
      end,
      start: tokens[first]!.start,
      stop: tokens[end - 1]!.end,
    });
    for (let i = first; i < end; i++) sentenceOf[i] = sentences.length - 1;
    clauseEnd[end - 1] = 1;
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.type === 'punct') {
      if (CLAUSE_MARKS.has(token.raw) || DASHES.has(token.raw)) clauseEnd[i] = 1;
      const endsSentence =
        SENTENCE_MARKS.has(token.raw) && !(next !== undefined && SENTENCE_MARKS.has(next.raw))
          ? true
          : token.raw === '.' && fullStopEnds(tokens, i);
      if (endsSentence && !(next !== undefined && next.raw === '.' && token.raw === '.')) {
        close(i + 1);
        continue;
      }
    }
    // A line break ends a sentence (greetings, signatures, lists).
    if (next !== undefined && text.slice(token.end, next.start).includes('\n')) close(i + 1);
  }
  close(tokens.length);
  return { text, tokens, sentences, clauseEnd, sentenceOf };
}

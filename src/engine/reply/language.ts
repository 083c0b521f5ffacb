/**
 * The languages of the draft and of the buyer, and the FBM-LOCAL finding: a message in another
 * language than the buyer's. Detection itself is a LanguageDetector (tinyld in
 * `language-detector.ts`), passed in so the browser can load it lazily.
 * @see FBM-LOCAL
 */
import { languageMessage } from './messages.ts';
import type { Finding } from './reading.ts';
import type { LanguageDetector, ReplyKind } from './types.ts';

/** Fewer letters than this and a text is too short to tell its language (the contract: about 30). */
export const MIN_LETTERS_FOR_LANGUAGE = 30;
/** The languages a draft is read in (the course's three, and the buyers' Italian and Spanish). */
export const DRAFT_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'it', 'es'];
/**
 * Detection reads at most this many characters (the start and the end of a longer text): a few
 * sentences tell the language as surely as a page, and the detector's time grows with length.
 */
const LANGUAGE_SAMPLE = 600;
/** The languages a buyer may write in on Amazon's European marketplaces. */
export const BUYER_LANGUAGES: readonly string[] = [
  'en',
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'pl',
  'pt',
  'sv',
  'tr',
];

/** The text without links, e-mail addresses and digits: what language detection should read. */
function wordsOnly(text: string, skip: readonly { start: number; end: number }[]): string {
  let kept = '';
  let position = 0;
  for (const span of [...skip].sort((a, b) => a.start - b.start)) {
    if (span.start < position) continue;
    kept += `${text.slice(position, span.start)} `;
    position = span.end;
  }
  kept += text.slice(position);
  return kept.replace(/[\d@#_*/\\|<>{}[\]=+~^$%€£]+/g, ' ');
}

/** The language of a text, or null when it has fewer than MIN_LETTERS_FOR_LANGUAGE letters. */
export function languageOf(
  text: string,
  detect: LanguageDetector,
  candidates: readonly string[],
  skip: readonly { start: number; end: number }[] = [],
): string | null {
  const words = wordsOnly(text, skip);
  const letters = words.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return null;
  const half = LANGUAGE_SAMPLE / 2;
  const sample =
    words.length <= LANGUAGE_SAMPLE ? words : `${words.slice(0, half)} ${words.slice(-half)}`;
  return detect(sample, candidates);
}

/** The FBM-LOCAL finding for a message in another language than the buyer's, if any. @see FBM-LOCAL */
export function languageFinding(
  kind: ReplyKind,
  text: string,
  language: string | null,
  buyerLanguage: string | null,
): Finding[] {
  if (
    kind !== 'message' ||
    language === null ||
    buyerLanguage === null ||
    language === buyerLanguage
  )
    return [];
  return [
    {
      rule: 'FBM-LOCAL',
      kind: 'language',
      start: 0,
      end: text.length,
      message: languageMessage(buyerLanguage, language),
    },
  ];
}

/**
 * The reply checker's public API (the reply-check contract): a draft in, the rules it breaks
 * out. `checkReply` is synchronous and pure; it needs a language detector, which the browser
 * loads once, lazily (`loadReplyChecker`), because its data is the largest part of the checker.
 */
import { checkReply } from './check.ts';
import type { LanguageDetector, ReplyCheck, ReplyInput } from './types.ts';

export type * from './types.ts';
export { checkReply } from './check.ts';
export {
  validateReplyInput,
  parseReplyInput,
  formatReplyInputError,
  MAX_DRAFT_LENGTH,
  DEFAULT_REPLY_MARKETPLACE,
} from './validate.ts';
export type { ReplyInputError, ReplyInputResult } from './validate.ts';
export { MIN_LETTERS_FOR_LANGUAGE } from './language.ts';
export { languageName } from './messages.ts';

/** Loads the language detector (tinyld, ~34 kB gzipped) on first call; later calls reuse it. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const module = await import('./language-detector.ts');
  return module.detectLanguage;
}

/** Loads the detector once and returns a ready checker: `(await loadReplyChecker())(input)`. */
export async function loadReplyChecker(): Promise<(input: ReplyInput) => ReplyCheck> {
  const detect = await loadLanguageDetector();
  return (input) => checkReply(input, detect);
}

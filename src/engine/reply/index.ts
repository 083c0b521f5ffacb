/**
 * The reply checker's public API (the reply-check contract): a draft in, the rules it breaks
 * out. `checkReply` is synchronous and pure; it needs its data-heavy helpers (language detector,
 * phone numbering plans, IBAN checks: ~50 kB gzipped), which the browser loads once, lazily
 * (`loadReplyChecker`), while the rules themselves stay small.
 */
import { checkReply } from './check.ts';
import type { ReplyCheck, ReplyCheckerData, ReplyInput } from './types.ts';

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

/** Loads the checker's data-heavy helpers in their own chunk; later calls reuse it. */
export async function loadReplyCheckerData(): Promise<ReplyCheckerData> {
  const module = await import('./checker-data.ts');
  return module.replyCheckerData;
}

/** Loads the data once and returns a ready, synchronous checker: `(await loadReplyChecker())(input)`. */
export async function loadReplyChecker(): Promise<(input: ReplyInput) => ReplyCheck> {
  const data = await loadReplyCheckerData();
  return (input) => checkReply(input, data);
}

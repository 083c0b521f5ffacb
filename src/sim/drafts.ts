/**
 * What the trainee writes at the desk: a reply to a buyer or a public reply under feedback, with
 * what the reply coach found in it when it was sent. The checker's input for a draft is built
 * here once, for the desk and for a planned play alike: the kind of draft from the act, the
 * marketplace from the scenario, and the buyer's own words (their message, or their feedback) so
 * that the checker can tell the buyer's language.
 */
import type { ReplyCheck, ReplyFinding, ReplyInput, ReplyKind } from '../engine/index.ts';
import type { DeskAction, DeskScenario } from './desk-run.ts';

/** A finding as a sent draft keeps it: the contract's fields (the rule as a fact ID). */
export type SentFinding = Pick<ReplyFinding, 'kind' | 'start' | 'end' | 'message'> & {
  rule: string;
};

/** A ready checker: `(input) => ReplyCheck` (the engine's, once loaded). */
export type CheckReply = (input: ReplyInput) => ReplyCheck;

/** The acts whose text the trainee writes. */
const WRITTEN_ACTIONS: readonly DeskAction[] = ['reply', 'postPublicReply'];

/** True when the trainee writes this act's text. */
export const isWritten = (action: DeskAction): boolean => WRITTEN_ACTIONS.includes(action);

/** The kind of draft an act sends. */
export const draftKind = (action: DeskAction): ReplyKind =>
  action === 'postPublicReply' ? 'public-reply' : 'message';

/** The checker's input for a draft on a subject of a scenario. */
export function replyInputFor(
  scenario: DeskScenario,
  action: DeskAction,
  subject: string,
  text: string,
): ReplyInput {
  const buyerMessage =
    scenario.messages.find((message) => message.messageId === subject)?.body ??
    scenario.feedback.find((entry) => entry.feedbackId === subject)?.comment;
  return {
    kind: draftKind(action),
    text,
    marketplace: scenario.marketplace,
    ...(buyerMessage ? { buyerMessage } : {}),
  };
}

/** The findings as a sent draft keeps them (no suggestion: the debrief shows what was sent). */
export function sentFindings(check: ReplyCheck): SentFinding[] {
  return check.findings.map(({ rule, kind, start, end, message }) => ({
    rule,
    kind,
    start,
    end,
    message,
  }));
}

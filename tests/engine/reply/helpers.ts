/** Small helpers for the reply-checker tests. */
import { checkReply } from '../../../src/engine/reply/check.ts';
import { replyCheckerData } from '../../../src/engine/reply/checker-data.ts';
import type { ReplyCheck, ReplyInput, ReplyKind } from '../../../src/engine/reply/types.ts';

/** Checks a draft with the real language detector. */
export function check(kind: ReplyKind, text: string, extra: Partial<ReplyInput> = {}): ReplyCheck {
  return checkReply({ kind, text, ...extra }, replyCheckerData);
}

/** The "RULE kind" pairs a check found, sorted and unique. */
export function pairsOf(result: ReplyCheck): string[] {
  return [...new Set(result.findings.map((finding) => `${finding.rule} ${finding.kind}`))].sort();
}

/** The words each finding points at, as "RULE kind: words". */
export function wordsOf(text: string, result: ReplyCheck): string[] {
  return result.findings.map((f) => `${f.rule} ${f.kind}: ${text.slice(f.start, f.end)}`);
}

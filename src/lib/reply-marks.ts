/**
 * How the reply coach shows findings (presentation only: the rules live in the engine): a plain
 * label per finding kind, the quoted words, and the draft cut into plain-text pieces at the
 * findings' offsets, so marks are built from offsets and the draft is never parsed as HTML.
 */
import type { FindingKind, ReplyFinding } from '../engine/index.ts';

/** What each finding kind is, in a few plain words. */
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'removal-incentive': 'An offer for removing the feedback',
  'private-data': 'Private data in public',
  question: 'A question the buyer cannot answer',
  incentive: 'A benefit for a review',
  'positive-only': 'Asking for positive ratings only',
  'change-request': 'Asking to change or delete a review',
  'off-platform-payment': 'Payment outside Amazon',
  'contact-details': 'Contact details or an outside link',
  marketing: 'Marketing',
  language: "Not in the buyer's language",
};

/** True when a finding spans the whole draft (no words can be pointed at). */
export function coversWholeDraft(finding: ReplyFinding, text: string): boolean {
  return finding.start === 0 && finding.end >= text.trimEnd().length;
}

/** The words of a finding as a short quote: long spans keep their start and end. */
export function excerptOf(finding: ReplyFinding, text: string, max = 90): string {
  const words = text.slice(finding.start, finding.end).trim();
  if (words.length <= max) return words;
  const half = Math.floor((max - 1) / 2);
  return `${words.slice(0, half).trimEnd()}…${words.slice(-half).trimStart()}`;
}

/** A piece of the draft: plain text, marked when findings cover it. */
export interface MarkedPiece {
  text: string;
  /** Numbers (1-based, in list order) of the findings that cover this piece. */
  findings: number[];
  /** Numbers of the findings whose words end with this piece (where to put their number). */
  ending: number[];
}

/**
 * The draft cut at every finding's start and end. Findings over the whole draft are left out
 * (they are listed, not marked); overlapping findings mark their shared piece with both numbers.
 */
export function markedPieces(text: string, findings: readonly ReplyFinding[]): MarkedPiece[] {
  const spans = findings
    .map((finding, index) => ({ finding, number: index + 1 }))
    .filter(({ finding }) => !coversWholeDraft(finding, text) && finding.end > finding.start);
  const cuts = [
    ...new Set([0, text.length, ...spans.flatMap(({ finding }) => [finding.start, finding.end])]),
  ]
    .filter((cut) => cut >= 0 && cut <= text.length)
    .sort((a, b) => a - b);
  const pieces: MarkedPiece[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? text.length;
    const covering = spans.filter(({ finding }) => finding.start <= from && finding.end >= to);
    pieces.push({
      text: text.slice(from, to),
      findings: covering.map(({ number }) => number),
      ending: covering.filter(({ finding }) => finding.end === to).map(({ number }) => number),
    });
  }
  return pieces;
}

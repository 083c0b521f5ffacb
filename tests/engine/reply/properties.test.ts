import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/engine/reply/check.ts';
import { replyCheckerData } from '../../../src/engine/reply/checker-data.ts';
import type {
  LanguageDetector,
  ReplyCheckerData,
  ReplyKind,
} from '../../../src/engine/reply/types.ts';

/** Data whose detector names the first candidate: language is not what these properties test. */
const firstCandidate: ReplyCheckerData = {
  ...replyCheckerData,
  detectLanguage: (_text, candidates) => candidates[0] ?? null,
};

/** The kinds each draft kind may produce (the contract's table). */
const ALLOWED: Record<ReplyKind, readonly string[]> = {
  message: [
    'REV-BANNED incentive',
    'REV-BANNED positive-only',
    'REV-BANNED change-request',
    'TIP-8 off-platform-payment',
    'MSG-CONTACT contact-details',
    'MSG-PERMITTED marketing',
    'FBM-LOCAL language',
  ],
  'public-reply': [
    'PR-RULES removal-incentive',
    'PR-RULES private-data',
    'PR-RULES question',
    'REV-BANNED positive-only',
    'REV-BANNED change-request',
    'TIP-8 off-platform-payment',
  ],
};

/** Words and numbers the rules react to, so random drafts break rules now and then. */
const PIECES = [
  'Please',
  'delete',
  'your',
  'review',
  'Bewertung',
  'avis',
  'if',
  'wenn',
  'si',
  'we',
  'refund',
  'voucher',
  'Gutschein',
  '5 stars',
  'PayPal',
  'Überweisung',
  'virement',
  'call',
  '+49 30 1234567',
  '030 1234567',
  'info@shop.de',
  'www.shop.de',
  'amazon.de',
  '302-1234567-1234567',
  'newsletter',
  'next order',
  '?',
  '.',
  ',',
  '!',
  '\n',
  'not',
  'nicht',
  'jamais',
  'contact us',
  'DE89 3704 0044 0532 0130 00',
  '😀',
  'é',
  "l'avis",
  '-',
  '…',
];
const draftText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));
const kind = fc.constantFrom<ReplyKind>('message', 'public-reply');

describe('reply checker properties', () => {
  it('never throws; findings lie inside the draft, in text order, with kinds the contract allows for the draft', () => {
    fc.assert(
      fc.property(draftText, kind, (text, draftKind) => {
        const { findings } = checkReply({ kind: draftKind, text }, firstCandidate);
        let previous = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.start).toBeGreaterThanOrEqual(previous);
          previous = finding.start;
          expect(ALLOWED[draftKind]).toContain(`${finding.rule} ${finding.kind}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same draft (no hidden state between checks)', () => {
    fc.assert(
      fc.property(draftText, kind, (text, draftKind) => {
        const first = checkReply({ kind: draftKind, text }, firstCandidate);
        checkReply({ kind: draftKind, text: `${text} PayPal review 5 stars` }, firstCandidate);
        expect(checkReply({ kind: draftKind, text }, firstCandidate)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('makes a language finding exactly when both languages are known and differ (messages only)', () => {
    const detector = (code: string | null): ReplyCheckerData => ({
      ...replyCheckerData,
      detectLanguage: (() => code) satisfies LanguageDetector,
    });
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'de', 'fr', null),
        fc.constantFrom('en', 'de', 'fr', undefined),
        kind,
        (draftLanguage, buyerLanguage, draftKind) => {
          const text = 'A draft with well over thirty letters in it, for sure.';
          const input = {
            kind: draftKind,
            text,
            ...(buyerLanguage === undefined ? {} : { buyerLanguage }),
          };
          const result = checkReply(input, detector(draftLanguage));
          const flagged = result.findings.some((finding) => finding.rule === 'FBM-LOCAL');
          const expected =
            draftKind === 'message' &&
            draftLanguage !== null &&
            buyerLanguage !== undefined &&
            draftLanguage !== buyerLanguage;
          expect(flagged).toBe(expected);
        },
      ),
    );
  });
});

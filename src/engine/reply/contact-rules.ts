/**
 * Contact and payment details in a draft. In a message to a buyer, an e-mail address, a phone
 * number or a non-Amazon link breaks MSG-CONTACT; in a public reply, any contact or payment
 * detail of seller or buyer breaks PR-RULES (private data). Order and tracking numbers are
 * neither.
 */
import { isAmazonHost, type ContactDetail, type PhoneContext } from './contacts.ts';
import {
  CONTACT_SUGGESTION,
  contactMessage,
  PRIVATE_DATA_SUGGESTION,
  privateDataMessage,
} from './messages.ts';
import { anyIn, sentenceIndexOf, type Finding, type Reading } from './reading.ts';
import type { Tags } from './tags.ts';
import type { Draft } from './text.ts';

/** How many words before a digit run may name it (a phone cue or an identifier). */
const CONTEXT_WORDS_BEFORE = 6;
/** How many words after a digit run may name it as a phone ("… erreichen Sie uns"). */
const CONTEXT_WORDS_AFTER = 3;

/**
 * What the words around characters [start, end) say about a digit run: the nearest word before
 * it in its sentence decides ("Tel." → cue, "Sendungsnummer" → identifier); failing that, a
 * phone word just after it.
 */
export function phoneContextOf(draft: Draft, tags: Tags, start: number, end: number): PhoneContext {
  const { tokens } = draft;
  let at = tokens.findIndex((token) => token.end > start);
  if (at === -1) return 'none';
  const sentence = draft.sentences[draft.sentenceOf[at] ?? 0]!;
  for (let k = at - 1; k >= Math.max(sentence.first, at - CONTEXT_WORDS_BEFORE); k--) {
    if (tags.has(k, 'identifier')) return 'identifier';
    if (tags.has(k, 'phoneCue') || tags.has(k, 'invite')) return 'cue';
  }
  while (at < tokens.length && tokens[at]!.start < end) at++;
  for (let k = at; k < Math.min(sentence.end, at + CONTEXT_WORDS_AFTER); k++) {
    if (tags.has(k, 'phoneCue') || tags.has(k, 'invite')) return 'cue';
  }
  return 'none';
}

/** True if the card number's sentence speaks of a card (a Luhn-valid run alone may be a code). */
function namesACard(reading: Reading, detail: ContactDetail): boolean {
  const at = reading.draft.tokens.findIndex((token) => token.start >= detail.start);
  if (at === -1) return false;
  const sentence = reading.draft.sentences[sentenceIndexOf(reading, at)]!;
  return anyIn(reading, 'cardCue', sentence.first, sentence.end);
}

/** Findings for contact and payment details. @see MSG-CONTACT @see PR-RULES */
export function contactFindings(reading: Reading): Finding[] {
  const findings: Finding[] = [];
  for (const detail of reading.details) {
    if (detail.type === 'link' && isAmazonHost(detail.host ?? '')) continue;
    if (reading.kind === 'message') {
      // @see MSG-CONTACT: e-mail addresses, phone numbers and non-Amazon links.
      if (detail.type === 'email' || detail.type === 'phone' || detail.type === 'link') {
        findings.push({
          rule: 'MSG-CONTACT',
          kind: 'contact-details',
          start: detail.start,
          end: detail.end,
          message: contactMessage(detail.type),
          suggestion: CONTACT_SUGGESTION[reading.tongue],
        });
      }
      continue;
    }
    // @see PR-RULES: no contact or payment details of seller or buyer in public.
    if (detail.type === 'card' && !namesACard(reading, detail)) continue;
    findings.push({
      rule: 'PR-RULES',
      kind: 'private-data',
      start: detail.start,
      end: detail.end,
      message: privateDataMessage(detail.type),
      suggestion: PRIVATE_DATA_SUGGESTION[reading.tongue],
    });
  }
  return findings;
}

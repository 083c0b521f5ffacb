/**
 * Payment outside Amazon: a bank transfer, an IBAN, PayPal, cash, "pay us directly". One finding
 * per sentence, over its cues. A warning against such payment ("we never ask for a bank
 * transfer") is not an offer.
 * @see TIP-8
 */
import { PAYMENT_MESSAGE, PAYMENT_SUGGESTION } from './messages.ts';
import { isNegated, sentenceIndexOf, type Finding, type Reading } from './reading.ts';

/** Words before a cue that may negate it, and after it (German and French negate after the verb). */
const NEGATION_BEFORE = 7;
const NEGATION_AFTER = 3;
/** "Please do not pay anyone who asks you for money by PayPal": a negated payment verb this far back. */
const NEGATED_PAYMENT_REACH = 14;
/** "Instead of going through Amazon, pay …": how far "instead" may stand before "Amazon". */
const INSTEAD_TO_AMAZON = 5;

/** True if the cue at `index` sits in a warning: a scam warning, or after "do not pay…". */
function isWarning(reading: Reading, index: number): boolean {
  const { tags, draft } = reading;
  const sentence = draft.sentences[sentenceIndexOf(reading, index)]!;
  if (tags.find('warning', sentence.first, sentence.end) !== -1) return true;
  // "Payment by cash on delivery is not possible on Amazon".
  if (tags.find('impossible', index + 1, sentence.end) !== -1) return true;
  for (let k = Math.max(sentence.first, index - NEGATED_PAYMENT_REACH); k < index; k++) {
    if (tags.has(k, 'payVerb') && isNegated(reading, k, 4, 2)) return true;
  }
  return false;
}

/** Findings for payment outside Amazon. @see TIP-8 */
export function paymentFindings(reading: Reading): Finding[] {
  const { tags, draft } = reading;
  const cues: { first: number; last: number }[] = [];
  for (const hit of [...tags.hits('payChannel'), ...tags.hits('payDirect')]) {
    if (isNegated(reading, hit.first, NEGATION_BEFORE, NEGATION_AFTER, hit.first, hit.last))
      continue;
    if (isWarning(reading, hit.first)) continue;
    cues.push({ first: hit.first, last: hit.last });
  }
  // "Instead of going through Amazon, you can pay …", "statt über Amazon … zahlen".
  for (const instead of tags.hits('instead')) {
    const sentence = draft.sentences[sentenceIndexOf(reading, instead.first)]!;
    const stop = Math.min(sentence.end, instead.last + 1 + INSTEAD_TO_AMAZON);
    let amazon = -1;
    for (let k = instead.last + 1; k < stop; k++)
      if (draft.tokens[k]!.fold === 'amazon') amazon = k;
    if (amazon === -1 || tags.find('payVerb', sentence.first, sentence.end) === -1) continue;
    if (isNegated(reading, instead.first, NEGATION_BEFORE) || isWarning(reading, instead.first))
      continue;
    cues.push({ first: instead.first, last: amazon });
  }
  // An IBAN written out is bank details for a transfer, whatever the words around it.
  for (const detail of reading.details) {
    if (detail.type !== 'iban') continue;
    const first = draft.tokens.findIndex((token) => token.start >= detail.start);
    let last = first;
    while (last + 1 < draft.tokens.length && draft.tokens[last + 1]!.end <= detail.end) last++;
    if (first !== -1) cues.push({ first, last });
  }
  const bySentence = new Map<number, { first: number; last: number }>();
  for (const cue of cues) {
    const sentence = sentenceIndexOf(reading, cue.first);
    const seen = bySentence.get(sentence);
    bySentence.set(
      sentence,
      seen === undefined
        ? cue
        : { first: Math.min(seen.first, cue.first), last: Math.max(seen.last, cue.last) },
    );
  }
  return [...bySentence.values()].map(({ first, last }) => ({
    rule: 'TIP-8',
    kind: 'off-platform-payment',
    start: draft.tokens[first]!.start,
    end: draft.tokens[last]!.end,
    message: PAYMENT_MESSAGE,
    suggestion: PAYMENT_SUGGESTION[reading.tongue],
  }));
}

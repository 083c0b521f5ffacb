/**
 * checkReply: a draft in, the policy rules it breaks out, in text order. Finds the contact
 * details first (links become single tokens so their dots and question marks are not read as
 * sentences), tags the words, then asks every rule family.
 */
import { compareText } from '../text-order.ts';
import { contactFindings, phoneContextOf } from './contact-rules.ts';
import {
  findAddresses,
  findCards,
  findIbans,
  findLinks,
  findPhones,
  type ContactDetail,
} from './contacts.ts';
import { BUYER_LANGUAGES, DRAFT_LANGUAGES, languageFinding, languageOf } from './language.ts';
import { marketingFindings } from './marketing-rules.ts';
import { paymentFindings } from './payment-rules.ts';
import { questionFindings } from './question-rules.ts';
import type { Finding, Reading, SuggestionLanguage } from './reading.ts';
import { reviewFindings } from './review-rules.ts';
import { Tags } from './tags.ts';
import { readDraft } from './text.ts';
import type { ReplyCheck, ReplyCheckerData, ReplyInput } from './types.ts';
import { DEFAULT_REPLY_MARKETPLACE } from './validate.ts';

const overlaps = (a: ContactDetail, b: ContactDetail): boolean =>
  a.start < b.end && b.start < a.end;

/** Contact and payment details of a draft whose links are known. */
function detailsOf(
  input: ReplyInput,
  links: readonly ContactDetail[],
  phoneContext: (start: number, end: number) => 'cue' | 'identifier' | 'none',
  data: ReplyCheckerData,
): ContactDetail[] {
  const { text } = input;
  const ibans = findIbans(text, data.isValidIban).filter(
    (iban) => !links.some((link) => overlaps(iban, link)),
  );
  const taken = [...links, ...ibans];
  const phones = findPhones(
    text,
    input.marketplace ?? DEFAULT_REPLY_MARKETPLACE,
    phoneContext,
    taken,
    data.readPhone,
  );
  taken.push(...phones);
  if (input.kind === 'public-reply') {
    for (const extra of [...findCards(text), ...findAddresses(text)]) {
      if (!taken.some((item) => overlaps(item, extra))) taken.push(extra);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Orders findings by place, then by rule and kind, so equal drafts give equal output. */
function byPlace(a: Finding, b: Finding): number {
  return (
    a.start - b.start || a.end - b.end || compareText(a.rule, b.rule) || compareText(a.kind, b.kind)
  );
}

/**
 * Checks a draft against the reply rules. `data` is the language detector and phone metadata
 * (`replyCheckerData`, or `loadReplyCheckerData()` in the browser); the input is trusted
 * (validate untrusted input first with `validateReplyInput`).
 */
export function checkReply(input: ReplyInput, data: ReplyCheckerData): ReplyCheck {
  const detect = data.detectLanguage;
  const { text, kind } = input;
  const links = findLinks(text);
  const draft = readDraft(text, links);
  const tags = new Tags(draft.tokens);
  const details = detailsOf(
    input,
    links,
    (start, end) => phoneContextOf(draft, tags, start, end),
    data,
  );

  const buyerLanguage =
    input.buyerLanguage?.toLowerCase() ??
    (input.buyerMessage === undefined
      ? null
      : languageOf(input.buyerMessage, detect, BUYER_LANGUAGES));
  const candidates =
    buyerLanguage === null || DRAFT_LANGUAGES.includes(buyerLanguage)
      ? DRAFT_LANGUAGES
      : [...DRAFT_LANGUAGES, buyerLanguage];
  const language = languageOf(text, detect, candidates, links);
  const tongue: SuggestionLanguage = language === 'de' || language === 'fr' ? language : 'en';

  const reading: Reading = { kind, text, draft, tags, details, tongue };
  const reviews = reviewFindings(reading);
  const findings = [
    ...contactFindings(reading),
    ...paymentFindings(reading),
    ...reviews.findings,
    ...questionFindings(reading),
    ...marketingFindings(reading, reviews.incentiveSentences),
    ...languageFinding(kind, text, language, buyerLanguage),
  ].sort(byPlace);
  return { language, buyerLanguage, findings };
}

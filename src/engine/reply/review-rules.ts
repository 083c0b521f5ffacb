/**
 * Reviews and feedback: a benefit tied to a review or feedback (REV-BANNED incentive; in a
 * public reply PR-RULES removal-incentive), asking for a positive rating only (REV-BANNED
 * positive-only), asking to change or delete a product review (REV-BANNED change-request).
 *
 * What is allowed: a refund or replacement that solves the problem, with no condition; a
 * neutral request for honest feedback; a polite word about seller feedback once the problem is
 * solved (FB-REPORT). So a benefit counts only when a condition, an exchange or a "thank you
 * for your review" ties it to a review; and only a product review (review, Rezension, avis) is
 * protected from change requests, not seller feedback (feedback, Bewertung, évaluation).
 */
import {
  CHANGE_REQUEST_MESSAGE,
  CHANGE_REQUEST_SUGGESTION,
  INCENTIVE_MESSAGE,
  INCENTIVE_SUGGESTION,
  POSITIVE_ONLY_MESSAGE,
  POSITIVE_ONLY_SUGGESTION,
  REMOVAL_INCENTIVE_MESSAGE,
  REMOVAL_INCENTIVE_SUGGESTION,
} from './messages.ts';
import {
  amounts,
  anyIn,
  clauseFirst,
  clauseStop,
  findingOver,
  isNegated,
  starMentions,
  type Finding,
  type Reading,
  type StarMention,
} from './reading.ts';
import type { Hit } from './tags.ts';
import type { Sentence } from './text.ts';

/** Parameters of the review rules: how far apart (in words) the parts of one idea may stand. */
const REVIEW_RULE_WINDOWS = {
  /** From an exchange word ("in return for", "für", "contre") to the review it names. */
  exchangeToOpinion: 8,
  /** From a weak "for" back to the benefit it attaches to ("a voucher for your review"). */
  benefitToFor: 8,
  /** From a condition ("if", "wenn", "si") to the review inside it. */
  conditionToOpinion: 10,
  /** Politeness before a condition makes it a request ("we would be grateful if"). */
  politenessBeforeCondition: 4,
  /** From a review to the change or delete verb acting on it, either side. */
  opinionToAction: 7,
  /** From "and" to the benefit the buyer gets ("… and get a free case"). */
  andToBenefit: 9,
  /** From a condition to "satisfied" inside it ("if you are happy"). */
  conditionToSatisfied: 5,
  /** A negation this far before a review request cancels it ("we will never ask you to …"). */
  negationBeforeRequest: 8,
} as const;

const W = REVIEW_RULE_WINDOWS;

/** A review, feedback or star rating a sentence talks about. */
interface Opinion {
  first: number;
  last: number;
  /** A product review (REV-BANNED protects it from change requests). */
  product: boolean;
}

/** A run of tokens [first, last]. */
interface Span {
  first: number;
  last: number;
}

/** One sentence with what the review rules need from it. */
interface SentenceView {
  index: number;
  sentence: Sentence;
  opinions: Opinion[];
  /** Benefits offered, not negated ("we cannot offer a discount" offers none). */
  benefits: Span[];
}

/** The smallest span holding all parts. */
function spanOf(...parts: Span[]): Span {
  return {
    first: Math.min(...parts.map((part) => part.first)),
    last: Math.max(...parts.map((part) => part.last)),
  };
}

/** The opinions in tokens [from, to): reviews, feedback and star ratings, merged where they overlap. */
function opinionsIn(
  reading: Reading,
  stars: readonly StarMention[],
  from: number,
  to: number,
): Opinion[] {
  const { tags } = reading;
  const raw: Opinion[] = [
    ...tags.hitsIn('review', from, to).map((hit) => ({ ...spanOf(hit), product: true })),
    ...tags.hitsIn('feedback', from, to).map((hit) => ({ ...spanOf(hit), product: false })),
    ...stars
      .filter((mention) => mention.first >= from && mention.first < to)
      .map((mention) => ({ ...spanOf(mention), product: false })),
  ].sort((a, b) => a.first - b.first);
  const merged: Opinion[] = [];
  for (const opinion of raw) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && opinion.first <= previous.last + 1) {
      previous.last = Math.max(previous.last, opinion.last);
      previous.product ||= opinion.product;
    } else merged.push({ ...opinion });
  }
  return merged;
}

/** The benefits offered in tokens [from, to): benefit words and amounts, not negated. */
function benefitsIn(reading: Reading, money: readonly Span[], from: number, to: number): Span[] {
  return [
    ...reading.tags.hitsIn('benefit', from, to).map((hit) => spanOf(hit)),
    ...money.filter((amount) => amount.first >= from && amount.first < to),
  ]
    .filter((benefit) => !isNegated(reading, benefit.first, 6, 0, benefit.first, benefit.last))
    .sort((a, b) => a.first - b.first);
}

/** True if tokens [from, to) hold a polite wish: "would appreciate", "würden uns freuen", "hope". */
function wishIn(reading: Reading, from: number, to: number): boolean {
  const { tags } = reading;
  if (anyIn(reading, 'wish', from, to)) return true;
  for (let i = Math.max(0, from); i < to; i++) {
    if (!tags.has(i, 'gratitude')) continue;
    // "would be grateful", "würden wir uns … sehr freuen", "nous serions ravis": a conditional
    // auxiliary before the gladness in its clause, or just after it.
    const clause = Math.max(from, clauseFirst(reading, i));
    if (tags.find('would', Math.max(clause, i - 9), i) !== -1) return true;
    if (tags.find('would', i + 1, Math.min(to, i + 4)) !== -1) return true;
  }
  return false;
}

/** True if the sentence asks the buyer for something: a request, a wish, a question. */
function asksSomething(reading: Reading, sentence: Sentence): boolean {
  const { first, end } = sentence;
  if (anyIn(reading, 'request', first, end) || anyIn(reading, 'askStart', first, end)) return true;
  if (wishIn(reading, first, end)) return true;
  return reading.draft.tokens[end - 1]?.raw === '?';
}

/** True if the verb at `index` is an imperative addressed to the buyer. */
function isImperative(reading: Reading, sentence: Sentence, index: number): boolean {
  const { tokens } = reading.draft;
  let start = sentence.first;
  const lead = (at: number): boolean =>
    reading.tags.has(at, 'request') || ['so', 'now', 'just', 'also'].includes(tokens[at]!.fold);
  while (start < index && lead(start)) start++;
  if (start === index) return true; // "Delete your review", "Please delete…"
  if (tokens[index + 1]?.fold === 'sie') return true; // "Löschen Sie …"
  return /ez$/.test(tokens[index]!.fold); // "Supprimez votre avis"
}

/** True if a post, change, delete or "positive" word acts on the opinion. */
function isActedOn(reading: Reading, view: SentenceView, opinion: Opinion): boolean {
  const { first, end } = view.sentence;
  const around = (before: number, after: number): [number, number] => [
    Math.max(first, opinion.first - before),
    Math.min(end, opinion.last + after),
  ];
  return (
    anyIn(reading, 'post', ...around(5, 4)) ||
    anyIn(reading, 'change', ...around(5, 6)) ||
    anyIn(reading, 'delete', ...around(5, 6)) ||
    anyIn(reading, 'positive', ...around(3, 3))
  );
}

/** 1. An exchange: "a voucher for your review", "in exchange for deleting", "als Dankeschön für". */
function tieByExchange(reading: Reading, view: SentenceView): Span | null {
  const { tags } = reading;
  const { first, end } = view.sentence;
  const exchanges = [
    ...tags.hitsIn('exchange', first, end),
    ...tags.hitsIn('thanksAs', first, end),
    ...tags.hitsIn('forWord', first, end),
  ].sort((a, b) => a.first - b.first);
  for (const exchange of exchanges) {
    if (tags.has(exchange.first, 'thanksFor')) continue; // "thank you for your review"
    const afterThanks = tags.has(exchange.first - 1, 'thanksAs'); // "as a thank you for"
    const weak = exchange.concept === 'forWord' && !afterThanks;
    if (weak && tags.has(exchange.first - 1, 'gratitude')) continue; // "grateful for"
    if (isNegated(reading, exchange.first, 7, 0, exchange.first, exchange.last)) continue;
    const stop = Math.min(
      end,
      exchange.last + 1 + W.exchangeToOpinion,
      clauseStop(reading, exchange.last) + 2,
    );
    const opinion = view.opinions.find((item) => item.first > exchange.last && item.first < stop);
    if (opinion !== undefined) {
      const tied = view.benefits.find((benefit) => {
        if (benefit.first >= opinion.first && benefit.last <= opinion.last) return false;
        if (!weak) return true;
        // A weak "for" ties a benefit just before it, or opens the clause: "Für eine Rezension schenken wir…".
        const before =
          benefit.last < exchange.first && exchange.first - benefit.last <= W.benefitToFor;
        const opening =
          exchange.first === clauseFirst(reading, exchange.first) && benefit.first > opinion.last;
        return before || opening;
      });
      if (tied !== undefined) return spanOf(tied, exchange, opinion);
    }
    // "Write a review for a free gift": the opinion before "for", the benefit after it.
    if (exchange.concept === 'forWord') {
      const before = view.opinions.findLast(
        (item) => item.last < exchange.first && exchange.first - item.last <= 3,
      );
      const benefit = view.benefits.find(
        (item) => item.first > exchange.last && item.first - exchange.last <= 4,
      );
      if (before !== undefined && benefit !== undefined && isActedOn(reading, view, before)) {
        return spanOf(before, exchange, benefit);
      }
    }
  }
  return null;
}

/** German relative clauses after a comma: "Kunden, die eine Bewertung schreiben, …". */
function relativeArticles(reading: Reading, from: number, to: number): Hit[] {
  const { tokens } = reading.draft;
  const found: Hit[] = [];
  for (let i = Math.max(1, from); i < to; i++) {
    if (['die', 'der', 'welche'].includes(tokens[i]!.fold) && tokens[i - 1]!.raw === ',') {
      found.push({ concept: 'relative', first: i, last: i });
    }
  }
  return found;
}

/** 2. A condition: "… if you delete your review", "Wenn Sie Ihre Rezension löschen, …", "qui publie un avis". */
function tieByCondition(reading: Reading, view: SentenceView): Span | null {
  const { tags } = reading;
  const { first, end } = view.sentence;
  const conditions = [
    ...tags.hitsIn('cond', first, end),
    ...tags.hitsIn('relative', first, end),
    ...relativeArticles(reading, first, end),
  ];
  for (const condition of conditions) {
    // "We would be grateful if you…": a polite request, not a deal.
    const politeFrom = Math.max(first, condition.first - W.politenessBeforeCondition);
    if (
      wishIn(reading, politeFrom, condition.first) ||
      anyIn(reading, 'gratitude', politeFrom, condition.first)
    )
      continue;
    const stop = Math.min(
      clauseStop(reading, condition.last),
      condition.last + 1 + W.conditionToOpinion,
    );
    const opinion = view.opinions.find((item) => item.first > condition.last && item.first < stop);
    if (opinion === undefined) continue;
    const from = Math.max(condition.first, opinion.first - 5);
    const to = Math.min(end, opinion.last + 6);
    const acted =
      opinion.first !== opinion.last ||
      (['post', 'change', 'delete', 'positive'] as const).some((concept) =>
        anyIn(reading, concept, from, to),
      );
    if (!acted) continue;
    const benefit = view.benefits.find(
      (item) => item.last < condition.first || item.first > opinion.last,
    );
    if (benefit === undefined) continue;
    // "We refunded you, and if you update your feedback we would be grateful": a request, not a deal.
    const thanksAfter =
      wishIn(reading, opinion.last + 1, end) || anyIn(reading, 'gratitude', opinion.last + 1, end);
    if (benefit.last < condition.first && thanksAfter) continue;
    return spanOf(benefit, condition, opinion);
  }
  return null;
}

/** 3. "Leave a review and get a free case", "Give us 5 stars and we'll send you a gift card". */
function tieByAnd(reading: Reading, view: SentenceView): Span | null {
  const { tags } = reading;
  const { end } = view.sentence;
  for (const opinion of view.opinions) {
    if (!isActedOn(reading, view, opinion)) continue;
    const and = tags.find('and', opinion.last + 1, Math.min(end, opinion.last + 8));
    if (and === -1) continue;
    const benefit = view.benefits.find(
      (item) => item.first > and && item.first - and <= W.andToBenefit,
    );
    if (benefit === undefined) continue;
    const promised =
      anyIn(reading, 'receive', and + 1, benefit.first + 1) ||
      anyIn(reading, 'would', and + 1, benefit.first) ||
      anyIn(reading, 'we', and + 1, benefit.first);
    if (promised) return spanOf(opinion, benefit);
  }
  return null;
}

/** 4. Across sentences: "A refund is on its way. We would appreciate a positive review in return." */
function tieAcrossSentences(
  reading: Reading,
  view: SentenceView,
  previous: SentenceView | undefined,
): Span | null {
  const { tags } = reading;
  const { first, end } = view.sentence;
  for (const back of tags.hitsIn('inReturn', first, end)) {
    // "in return for your review" names its object: that is an exchange in this sentence.
    const namesObject = view.opinions.some(
      (opinion) => opinion.first > back.last && opinion.first - back.last <= 3,
    );
    if (tags.has(back.first, 'exchange') && namesObject) continue;
    const acted = view.opinions.find((opinion) => isActedOn(reading, view, opinion));
    if (acted !== undefined && (view.benefits.length > 0 || (previous?.benefits.length ?? 0) > 0)) {
      return spanOf(view.opinions[0]!, back);
    }
    if (view.benefits.length > 0 && (previous?.opinions.length ?? 0) > 0) {
      return spanOf(back, view.benefits[0]!);
    }
  }
  return null;
}

/** A benefit tied to a review or feedback in this sentence (or its neighbour): the words that tie them. */
function incentiveTie(
  reading: Reading,
  view: SentenceView,
  previous: SentenceView | undefined,
): Span | null {
  if (view.opinions.length > 0 && view.benefits.length > 0) {
    const tie =
      tieByExchange(reading, view) ?? tieByCondition(reading, view) ?? tieByAnd(reading, view);
    if (tie !== null) return tie;
  }
  return tieAcrossSentences(reading, view, previous);
}

/** True if "thank you for…" stands in the six words before `at` (thanks for what exists). */
function thankedBefore(reading: Reading, sentence: Sentence, at: number): boolean {
  const { tags } = reading;
  return tags.hits('thanksFor').some(
    (hit) =>
      hit.last < at &&
      hit.last >= Math.max(sentence.first, at - 6) &&
      !tags.has(hit.first, 'thanksAs'), // "as a thank you for…" is not thanks for what exists
  );
}

/** True if the sentence wants something from the buyer (a request, a wish, a condition, a deal). */
function wantsSomething(reading: Reading, view: SentenceView): boolean {
  const { first, end } = view.sentence;
  return (
    asksSomething(reading, view.sentence) ||
    view.benefits.length > 0 ||
    (['post', 'change', 'cond', 'exchange', 'thanksAs'] as const).some((concept) =>
      anyIn(reading, concept, first, end),
    )
  );
}

/** An opinion the words [from, to) ask for: an opinion and a post verb, a request or a wish. */
function askedOpinion(reading: Reading, view: SentenceView | undefined): Opinion | undefined {
  if (view === undefined) return undefined;
  const { first, end } = view.sentence;
  const asked =
    anyIn(reading, 'post', first, end) ||
    anyIn(reading, 'request', first, end) ||
    wishIn(reading, first, end);
  return asked ? view.opinions[0] : undefined;
}

/** Positive-only, 1 and 2: a named rating of 4 or 5 stars, or "a positive review", that the draft wants. */
function wantedRating(
  reading: Reading,
  view: SentenceView,
  stars: readonly StarMention[],
): Span | null {
  const { tags } = reading;
  const { sentence } = view;
  const wants = wantsSomething(reading, view);
  for (const mention of stars) {
    if (mention.first < sentence.first || mention.first >= sentence.end || mention.stars < 4)
      continue;
    if (thankedBefore(reading, sentence, mention.first) || isNegated(reading, mention.first, 6))
      continue;
    const toward = tags.has(mention.first - 1, 'toward'); // "change it to 5 stars"
    const existing = tags.has(mention.first - 1, 'possessive') && !toward; // "your 5-star rating"
    if (!existing && (wants || toward)) return mention;
  }
  if (!wants) return null;
  for (const opinion of view.opinions) {
    const before = tags.findLast(
      'positive',
      Math.max(sentence.first, opinion.first - 3),
      opinion.last + 1,
    );
    const after = tags.find('positive', opinion.last + 1, Math.min(sentence.end, opinion.last + 3));
    const positive = before !== -1 ? before : after;
    if (positive === -1) continue;
    const start = Math.min(positive, opinion.first);
    if (thankedBefore(reading, sentence, start) || isNegated(reading, start, 6)) continue;
    return { first: start, last: Math.max(positive, opinion.last) };
  }
  return null;
}

/** Positive-only, 3 and 4: only happy buyers ("if you are happy, leave a review", "only satisfied customers"). */
function onlyHappyBuyers(
  reading: Reading,
  view: SentenceView,
  next: SentenceView | undefined,
): Span | null {
  const { tags, draft } = reading;
  const { first, end } = view.sentence;
  for (const condition of tags.hitsIn('cond', first, end)) {
    const stop = Math.min(
      clauseStop(reading, condition.last),
      condition.last + 1 + W.conditionToSatisfied,
    );
    const satisfied = tags.find('satisfied', condition.last + 1, stop);
    if (satisfied === -1 || anyIn(reading, 'negation', condition.last + 1, satisfied)) continue;
    const here = askedOpinion(reading, view);
    const opinion = here ?? askedOpinion(reading, next);
    if (opinion !== undefined) {
      return {
        first: Math.min(condition.first, opinion.first),
        last: here !== undefined ? Math.max(satisfied, here.last) : satisfied,
      };
    }
  }
  // "Happy with your order? Then please leave us a review!"
  if (draft.tokens[end - 1]?.raw === '?' && askedOpinion(reading, next) !== undefined) {
    const satisfied = tags.find('satisfied', first, end);
    if (satisfied !== -1 && !isNegated(reading, satisfied, 3)) return { first, last: end - 1 };
  }
  for (const only of tags.hitsIn('only', first, end)) {
    const satisfied = tags.find('satisfied', only.last + 1, Math.min(end, only.last + 4));
    if (satisfied !== -1 && view.opinions.length > 0 && !isNegated(reading, only.first, 4)) {
      return { first: only.first, last: Math.max(satisfied, view.opinions.at(-1)!.last) };
    }
  }
  return null;
}

/** Positive-only, 5: gating unhappy buyers ("Before you leave negative feedback, contact us", "Please don't leave a bad review"). */
function gatesUnhappyBuyers(reading: Reading, view: SentenceView): Span | null {
  const { tags } = reading;
  const { first, end } = view.sentence;
  for (const before of tags.hitsIn('before', first, end)) {
    const opinion = view.opinions.find(
      (item) => item.first > before.last && item.first - before.last <= 6,
    );
    if (opinion === undefined || isNegated(reading, before.first, 4)) continue;
    const steers =
      anyIn(reading, 'invite', first, end) ||
      anyIn(reading, 'request', first, end) ||
      anyIn(reading, 'negative', before.last, opinion.last + 3);
    if (steers) return { first: before.first, last: opinion.last };
  }
  for (const opinion of view.opinions) {
    const negative = tags.find(
      'negative',
      Math.max(first, opinion.first - 3),
      Math.min(end, opinion.last + 3),
    );
    if (negative === -1) continue;
    const from = Math.max(first, Math.min(negative, opinion.first) - 4);
    const negation = tags.find('negation', from, Math.min(negative, opinion.first));
    if (negation !== -1 && anyIn(reading, 'post', from, Math.min(end, opinion.last + 3))) {
      return { first: negation, last: Math.max(negative, opinion.last) };
    }
  }
  return null;
}

/** Asks to change or delete a product review. */
function changeRequest(reading: Reading, view: SentenceView, tied: boolean): Span | null {
  const { tags } = reading;
  const { sentence } = view;
  const { first, end } = sentence;
  for (const opinion of view.opinions) {
    if (!opinion.product) continue;
    const from = Math.max(first, opinion.first - W.opinionToAction);
    const to = Math.min(end, opinion.last + 1 + W.opinionToAction);
    const action = [...tags.hitsIn('change', from, to), ...tags.hitsIn('delete', from, to)].sort(
      (a, b) => Math.abs(a.first - opinion.first) - Math.abs(b.first - opinion.first),
    )[0];
    if (action === undefined) continue;
    const at = Math.min(action.first, opinion.first);
    // "We will never ask you to change a review", "no need to change your review": across commas.
    let negated = false;
    for (let k = Math.max(first, at - W.negationBeforeRequest); k < at; k++) {
      if (tags.has(k, 'negation') && !tags.has(k, 'invite') && !tags.has(k, 'request'))
        negated = true;
    }
    if (negated) continue;
    const asked =
      tied ||
      asksSomething(reading, sentence) ||
      anyIn(reading, 'cond', first, end) ||
      anyIn(reading, 'gratitude', first, end) ||
      isImperative(reading, sentence, action.first);
    if (asked) return spanOf(action, opinion);
  }
  return null;
}

/** Review and feedback findings, and the sentences holding an incentive (marketing skips them). */
export function reviewFindings(reading: Reading): {
  findings: Finding[];
  incentiveSentences: Set<number>;
} {
  const stars = starMentions(reading);
  const money = amounts(reading);
  const views: SentenceView[] = reading.draft.sentences.map((sentence, index) => ({
    index,
    sentence,
    opinions: opinionsIn(reading, stars, sentence.first, sentence.end),
    benefits: benefitsIn(reading, money, sentence.first, sentence.end),
  }));
  const findings: Finding[] = [];
  const incentiveSentences = new Set<number>();
  const { tongue } = reading;
  for (const view of views) {
    const previous = views[view.index - 1];
    const next = views[view.index + 1];
    const tie = incentiveTie(reading, view, previous);
    if (tie !== null) {
      incentiveSentences.add(view.index);
      findings.push(
        reading.kind === 'public-reply'
          ? findingOver(reading, tie.first, tie.last, 'PR-RULES', 'removal-incentive', REMOVAL_INCENTIVE_MESSAGE, REMOVAL_INCENTIVE_SUGGESTION[tongue]) // prettier-ignore
          : findingOver(reading, tie.first, tie.last, 'REV-BANNED', 'incentive', INCENTIVE_MESSAGE, INCENTIVE_SUGGESTION[tongue]), // prettier-ignore
      );
    }
    const positive =
      wantedRating(reading, view, stars) ??
      onlyHappyBuyers(reading, view, next) ??
      gatesUnhappyBuyers(reading, view);
    if (positive !== null) {
      findings.push(findingOver(reading, positive.first, positive.last, 'REV-BANNED', 'positive-only', POSITIVE_ONLY_MESSAGE, POSITIVE_ONLY_SUGGESTION[tongue])); // prettier-ignore
    }
    const change = changeRequest(reading, view, tie !== null);
    if (change !== null) {
      findings.push(findingOver(reading, change.first, change.last, 'REV-BANNED', 'change-request', CHANGE_REQUEST_MESSAGE, CHANGE_REQUEST_SUGGESTION[tongue])); // prettier-ignore
    }
  }
  return { findings, incentiveSentences };
}

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

/** Parameters of the review rules: how far apart the words of one idea may stand. */
export const REVIEW_RULE_WINDOWS = {
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

/** A review, feedback or star rating the sentence talks about. */
interface Opinion {
  first: number;
  last: number;
  /** A product review (REV-BANNED protects it from change requests). */
  product: boolean;
}

interface Span {
  first: number;
  last: number;
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
    ...tags
      .hitsIn('review', from, to)
      .map((hit) => ({ first: hit.first, last: hit.last, product: true })),
    ...tags
      .hitsIn('feedback', from, to)
      .map((hit) => ({ first: hit.first, last: hit.last, product: false })),
    ...stars
      .filter((mention) => mention.first >= from && mention.first < to)
      .map((mention) => ({ first: mention.first, last: mention.last, product: false })),
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

/** The benefits in tokens [from, to): benefit words and amounts of money or percent. */
function benefitsIn(reading: Reading, money: readonly Span[], from: number, to: number): Span[] {
  return [
    ...reading.tags
      .hitsIn('benefit', from, to)
      .map((hit) => ({ first: hit.first, last: hit.last })),
    ...money.filter((amount) => amount.first >= from && amount.first < to),
  ].sort((a, b) => a.first - b.first);
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
  while (
    start < index &&
    (reading.tags.has(start, 'request') ||
      ['so', 'now', 'just', 'also'].includes(tokens[start]!.fold))
  )
    start++;
  if (start === index) return true; // "Delete your review", "Please delete…"
  if (tokens[index + 1]?.fold === 'sie') return true; // "Löschen Sie …"
  return /ez$/.test(tokens[index]!.fold); // "Supprimez votre avis"
}

/** A benefit tied to an opinion in one sentence: the tokens that show the tie. */
function incentiveTie(
  reading: Reading,
  sentences: readonly Sentence[],
  index: number,
  opinions: readonly Opinion[],
  benefits: readonly Span[],
  previous: { opinions: Opinion[]; benefits: Span[] } | null,
  next: { opinions: Opinion[]; benefits: Span[] } | null,
): Span | null {
  const { tags, draft } = reading;
  const sentence = sentences[index]!;
  const { first, end } = sentence;
  const liveBenefits = benefits.filter(
    (benefit) => !isNegated(reading, benefit.first, 6, 0, benefit.first, benefit.last),
  );
  const acted = (opinion: Opinion): boolean =>
    anyIn(reading, 'post', Math.max(first, opinion.first - 5), Math.min(end, opinion.last + 4)) ||
    anyIn(reading, 'change', Math.max(first, opinion.first - 5), Math.min(end, opinion.last + 6)) ||
    anyIn(reading, 'delete', Math.max(first, opinion.first - 5), Math.min(end, opinion.last + 6)) ||
    anyIn(reading, 'positive', Math.max(first, opinion.first - 3), Math.min(end, opinion.last + 3));
  const span = (...parts: Span[]): Span => ({
    first: Math.min(...parts.map((part) => part.first)),
    last: Math.max(...parts.map((part) => part.last)),
  });

  if (opinions.length > 0 && liveBenefits.length > 0) {
    // 1. An exchange: "a voucher for your review", "in exchange for deleting", "als Dankeschön für".
    const exchanges = [
      ...tags.hitsIn('exchange', first, end),
      ...tags.hitsIn('thanksAs', first, end),
      ...tags.hitsIn('forWord', first, end),
    ].sort((a, b) => a.first - b.first);
    for (const exchange of exchanges) {
      if (tags.has(exchange.first, 'thanksFor')) continue; // "thank you for your review"
      if (
        exchange.concept === 'forWord' &&
        (tags.has(exchange.first - 1, 'gratitude') || tags.has(exchange.first - 1, 'thanksAs'))
      ) {
        if (!tags.has(exchange.first - 1, 'thanksAs')) continue; // "grateful for"
      }
      if (isNegated(reading, exchange.first, 7, 0, exchange.first, exchange.last)) continue;
      const stop = Math.min(end, exchange.last + 1 + W.exchangeToOpinion);
      const after = opinions.find(
        (opinion) =>
          opinion.first > exchange.last &&
          opinion.first < stop &&
          opinion.first < clauseStop(reading, exchange.last) + 2,
      );
      const strong = exchange.concept !== 'forWord' || tags.has(exchange.first - 1, 'thanksAs');
      if (after !== undefined) {
        const tied = liveBenefits.find((benefit) => {
          if (benefit.first >= after.first && benefit.last <= after.last) return false;
          if (strong) return true;
          const before =
            benefit.last < exchange.first && exchange.first - benefit.last <= W.benefitToFor;
          const clauseOpening =
            exchange.first === clauseFirst(reading, exchange.first) && benefit.first > after.last;
          return before || clauseOpening;
        });
        if (tied !== undefined) return span(tied, exchange, after);
      }
      // "Write a review for a free gift": the opinion before "for", the benefit after it.
      if (exchange.concept === 'forWord') {
        const before = [...opinions]
          .reverse()
          .find((opinion) => opinion.last < exchange.first && exchange.first - opinion.last <= 3);
        const benefit = liveBenefits.find(
          (item) => item.first > exchange.last && item.first - exchange.last <= 4,
        );
        if (before !== undefined && benefit !== undefined && acted(before))
          return span(before, exchange, benefit);
      }
    }

    // 2. A condition: "… if you delete your review", "Wenn Sie Ihre Rezension löschen, …", "qui publie un avis".
    const conditions = [
      ...tags.hitsIn('cond', first, end),
      ...tags.hitsIn('relative', first, end),
      ...relativeArticles(reading, first, end),
    ];
    for (const condition of conditions) {
      const politeBefore =
        wishIn(
          reading,
          Math.max(first, condition.first - W.politenessBeforeCondition),
          condition.first,
        ) ||
        anyIn(
          reading,
          'gratitude',
          Math.max(first, condition.first - W.politenessBeforeCondition),
          condition.first,
        );
      if (politeBefore) continue;
      const clauseEnd = Math.min(
        clauseStop(reading, condition.last),
        condition.last + 1 + W.conditionToOpinion,
      );
      const opinion = opinions.find(
        (item) => item.first > condition.last && item.first < clauseEnd,
      );
      if (opinion === undefined) continue;
      const verbZone = [
        Math.max(condition.first, opinion.first - 5),
        Math.min(end, opinion.last + 6),
      ] as const;
      const hasAction =
        anyIn(reading, 'post', ...verbZone) ||
        anyIn(reading, 'change', ...verbZone) ||
        anyIn(reading, 'delete', ...verbZone) ||
        anyIn(reading, 'positive', ...verbZone) ||
        opinion.first !== opinion.last;
      if (!hasAction && condition.concept !== 'cond') continue;
      if (!hasAction && !anyIn(reading, 'post', ...verbZone)) continue;
      const benefit = liveBenefits.find(
        (item) => item.last < condition.first || item.first > opinion.last,
      );
      if (benefit === undefined) continue;
      // "We refunded you, and if you update your feedback we would be grateful": a request, not a deal.
      if (
        benefit.last < condition.first &&
        (wishIn(reading, opinion.last + 1, end) ||
          anyIn(reading, 'gratitude', opinion.last + 1, end))
      )
        continue;
      return span(benefit, condition, opinion);
    }

    // 3. "Leave a review and get a free case", "Give us 5 stars and we'll send you a gift card".
    for (const opinion of opinions) {
      if (!acted(opinion)) continue;
      const and = tags.find('and', opinion.last + 1, Math.min(end, opinion.last + 8));
      if (and === -1) continue;
      const benefit = liveBenefits.find(
        (item) => item.first > and && item.first - and <= W.andToBenefit,
      );
      if (benefit === undefined) continue;
      const promised =
        anyIn(reading, 'receive', and + 1, benefit.first + 1) ||
        anyIn(reading, 'would', and + 1, benefit.first) ||
        anyIn(reading, 'we', and + 1, benefit.first);
      if (promised) {
        return span(opinion, benefit);
      }
    }
  }

  // 4. Across sentences: "A refund is on its way. We would appreciate a positive review in return."
  for (const back of tags.hitsIn('inReturn', first, end)) {
    if (
      tags.has(back.first, 'exchange') &&
      opinions.some((opinion) => opinion.first > back.last && opinion.first - back.last <= 3)
    )
      continue;
    if (opinions.length > 0 && opinions.some(acted)) {
      const benefit = liveBenefits[0] ?? previous?.benefits[0];
      if (benefit !== undefined) return span(opinions[0]!, back);
    }
    if (liveBenefits.length > 0 && previous !== null && previous.opinions.length > 0)
      return span(back, liveBenefits[0]!);
  }
  void next;
  void draft;
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

/** Asks for a positive rating only: a named high rating, a "good review", only happy buyers, or gating unhappy ones. */
function positiveOnly(
  reading: Reading,
  sentences: readonly Sentence[],
  index: number,
  opinions: readonly Opinion[],
  stars: readonly StarMention[],
  benefits: readonly Span[],
  nextOpinions: readonly Opinion[],
): Span | null {
  const { tags, draft } = reading;
  const sentence = sentences[index]!;
  const { first, end } = sentence;
  const wants =
    asksSomething(reading, sentence) ||
    anyIn(reading, 'post', first, end) ||
    anyIn(reading, 'change', first, end) ||
    anyIn(reading, 'cond', first, end) ||
    anyIn(reading, 'exchange', first, end) ||
    anyIn(reading, 'thanksAs', first, end) ||
    benefits.length > 0;
  // "Thank you for your 5-star rating" thanks for what exists; "as a thank you for…" does not.
  const thankedBefore = (at: number): boolean => {
    const thanks = tags
      .hits('thanksFor')
      .filter((hit) => hit.last < at && hit.last >= Math.max(first, at - 6));
    return thanks.some((hit) => !tags.has(hit.first, 'thanksAs'));
  };

  // 1. A named rating of 4 or 5 stars that the draft wants.
  for (const mention of stars) {
    if (mention.first < first || mention.first >= end || mention.stars < 4) continue;
    if (thankedBefore(mention.first) || isNegated(reading, mention.first, 6)) continue;
    const toward = tags.has(mention.first - 1, 'toward');
    const existing = tags.has(mention.first - 1, 'possessive') && !toward;
    if (existing) continue;
    if (wants || toward) return mention;
  }

  // 2. "A positive review", "eine gute Bewertung", "un avis positif".
  for (const opinion of opinions) {
    const before = tags.findLast('positive', Math.max(first, opinion.first - 3), opinion.last + 1);
    const after = tags.find('positive', opinion.last + 1, Math.min(end, opinion.last + 3));
    const positive = before !== -1 ? before : after;
    if (positive === -1 || !wants) continue;
    if (
      thankedBefore(Math.min(positive, opinion.first)) ||
      isNegated(reading, Math.min(positive, opinion.first), 6)
    )
      continue;
    return { first: Math.min(positive, opinion.first), last: Math.max(positive, opinion.last) };
  }

  // 3. Only happy buyers: "If you are happy…, please leave a review", "Happy with your order? Then…".
  const asksForOpinion = (
    from: number,
    to: number,
    list: readonly Opinion[],
  ): Opinion | undefined =>
    list.find((opinion) => opinion.first >= from && opinion.first < to) !== undefined &&
    (anyIn(reading, 'post', from, to) ||
      anyIn(reading, 'request', from, to) ||
      wishIn(reading, from, to))
      ? list.find((opinion) => opinion.first >= from && opinion.first < to)
      : undefined;
  const next = sentences[index + 1];
  for (const condition of tags.hitsIn('cond', first, end)) {
    const stop = Math.min(
      clauseStop(reading, condition.last),
      condition.last + 1 + W.conditionToSatisfied,
    );
    const satisfied = tags.find('satisfied', condition.last + 1, stop);
    if (satisfied === -1 || anyIn(reading, 'negation', condition.last + 1, satisfied)) continue;
    const here = asksForOpinion(first, end, opinions);
    const there =
      next === undefined ? undefined : asksForOpinion(next.first, next.end, nextOpinions);
    const opinion = here ?? there;
    if (opinion !== undefined)
      return {
        first: Math.min(condition.first, opinion.first),
        last: here !== undefined ? Math.max(satisfied, here.last) : satisfied,
      };
  }
  if (draft.tokens[end - 1]?.raw === '?' && next !== undefined) {
    const satisfied = tags.find('satisfied', first, end);
    if (
      satisfied !== -1 &&
      !isNegated(reading, satisfied, 3) &&
      asksForOpinion(next.first, next.end, nextOpinions) !== undefined
    ) {
      return { first, last: end - 1 };
    }
  }

  // 4. "Only happy customers should leave reviews", "nur zufriedene Kunden".
  for (const only of tags.hitsIn('only', first, end)) {
    const satisfied = tags.find('satisfied', only.last + 1, Math.min(end, only.last + 4));
    if (satisfied !== -1 && opinions.length > 0 && !isNegated(reading, only.first, 4)) {
      return { first: only.first, last: Math.max(satisfied, opinions[opinions.length - 1]!.last) };
    }
  }

  // 5. Gating unhappy buyers: "Before you leave negative feedback, contact us", "Please don't leave a bad review".
  for (const before of tags.hitsIn('before', first, end)) {
    const opinion = opinions.find(
      (item) => item.first > before.last && item.first - before.last <= 6,
    );
    if (opinion === undefined) continue;
    if (
      anyIn(reading, 'invite', first, end) ||
      anyIn(reading, 'request', first, end) ||
      anyIn(reading, 'negative', before.last, opinion.last + 3)
    ) {
      if (!isNegated(reading, before.first, 4)) return { first: before.first, last: opinion.last };
    }
  }
  for (const opinion of opinions) {
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
function changeRequest(
  reading: Reading,
  sentence: Sentence,
  opinions: readonly Opinion[],
  tied: boolean,
): Span | null {
  const { tags } = reading;
  const { first, end } = sentence;
  for (const opinion of opinions) {
    if (!opinion.product) continue;
    const from = Math.max(first, opinion.first - W.opinionToAction);
    const to = Math.min(end, opinion.last + 1 + W.opinionToAction);
    const actions = [...tags.hitsIn('change', from, to), ...tags.hitsIn('delete', from, to)].sort(
      (a, b) => Math.abs(a.first - opinion.first) - Math.abs(b.first - opinion.first),
    );
    const action = actions[0];
    if (action === undefined) continue;
    const at = Math.min(action.first, opinion.first);
    // "We will never ask you to change a review", "no need to change your review": crosses commas.
    let negated = false;
    for (let k = Math.max(first, at - W.negationBeforeRequest); k < at; k++) {
      if (tags.has(k, 'negation') && !(tags.has(k, 'invite') || tags.has(k, 'request')))
        negated = true;
    }
    if (negated) continue;
    const asked =
      tied ||
      asksSomething(reading, sentence) ||
      anyIn(reading, 'cond', first, end) ||
      anyIn(reading, 'gratitude', first, end) ||
      isImperative(reading, sentence, action.first);
    if (asked)
      return {
        first: Math.min(action.first, opinion.first),
        last: Math.max(action.last, opinion.last),
      };
  }
  return null;
}

/** Review and feedback findings, and the sentences holding an incentive (marketing skips them). */
export function reviewFindings(reading: Reading): {
  findings: Finding[];
  incentiveSentences: Set<number>;
} {
  const sentences = reading.draft.sentences;
  const stars = starMentions(reading);
  const money = amounts(reading);
  const findings: Finding[] = [];
  const incentiveSentences = new Set<number>();
  const perSentence = sentences.map((sentence) => ({
    opinions: opinionsIn(reading, stars, sentence.first, sentence.end),
    benefits: benefitsIn(reading, money, sentence.first, sentence.end),
  }));
  const publicReply = reading.kind === 'public-reply';
  sentences.forEach((sentence, index) => {
    const { opinions, benefits } = perSentence[index]!;
    const previous = perSentence[index - 1] ?? null;
    const next = perSentence[index + 1] ?? null;
    const tie = incentiveTie(reading, sentences, index, opinions, benefits, previous, next);
    if (tie !== null) {
      incentiveSentences.add(index);
      findings.push(
        publicReply
          ? findingOver(
              reading,
              tie.first,
              tie.last,
              'PR-RULES',
              'removal-incentive',
              REMOVAL_INCENTIVE_MESSAGE,
              REMOVAL_INCENTIVE_SUGGESTION[reading.tongue],
            )
          : findingOver(
              reading,
              tie.first,
              tie.last,
              'REV-BANNED',
              'incentive',
              INCENTIVE_MESSAGE,
              INCENTIVE_SUGGESTION[reading.tongue],
            ),
      );
    }
    const positive = positiveOnly(
      reading,
      sentences,
      index,
      opinions,
      stars,
      benefits,
      next?.opinions ?? [],
    );
    if (positive !== null) {
      findings.push(
        findingOver(
          reading,
          positive.first,
          positive.last,
          'REV-BANNED',
          'positive-only',
          POSITIVE_ONLY_MESSAGE,
          POSITIVE_ONLY_SUGGESTION[reading.tongue],
        ),
      );
    }
    const change = changeRequest(reading, sentence, opinions, tie !== null);
    if (change !== null) {
      findings.push(
        findingOver(
          reading,
          change.first,
          change.last,
          'REV-BANNED',
          'change-request',
          CHANGE_REQUEST_MESSAGE,
          CHANGE_REQUEST_SUGGESTION[reading.tongue],
        ),
      );
    }
  });
  return { findings, incentiveSentences };
}

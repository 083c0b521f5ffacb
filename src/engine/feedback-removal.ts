/**
 * The lesson's feedback removal checker: from a trainee's answers about one negative feedback,
 * whether the seller can ask Amazon to remove it and what will likely happen, per profile.
 */
import { profiles } from './profiles.ts';
import type { FeedbackRemovalRules } from './profiles.ts';
import type { FactId, ProfileName } from './types.ts';

/** The checker's questions about one negative feedback. */
export interface FeedbackRemovalAnswers {
  fulfillment: 'FBA' | 'FBM';
  /** The comment is entirely about the product. */
  aboutProductOnly: boolean;
  /** The comment is entirely about fulfilment (delivery, packaging by Amazon). */
  aboutFulfilmentOnly: boolean;
  offensiveLanguage: boolean;
  /** Personal information, such as the seller's phone number or e-mail address. */
  personalInformation: boolean;
  daysSincePosting: number;
}

/** What will likely happen to the feedback. */
export type RemovalOutcome = 'removed' | 'struck-through' | 'stays';

/** One reason of a verdict, with its fact. */
export interface RemovalReason {
  fact: FactId;
  text: string;
}

/** The checker's answer under one profile. */
export interface FeedbackRemovalVerdict {
  profile: ProfileName;
  canReport: boolean;
  likelyOutcome: RemovalOutcome;
  reasons: RemovalReason[];
}

/** The verdict under one set of removal rules. @see FB-REPORT @see FB-DELETE @see REV-REMOVAL */
export function feedbackRemovalVerdict(
  answers: FeedbackRemovalAnswers,
  rules: FeedbackRemovalRules,
  profile: ProfileName,
): FeedbackRemovalVerdict {
  const reasons: RemovalReason[] = [];
  if (answers.daysSincePosting > rules.windowDays) {
    reasons.push({
      fact: 'FB-DELETE',
      text: `Posted ${answers.daysSincePosting} days ago: after ${rules.windowDays} days negative feedback stays.`,
    });
    return { profile, canReport: false, likelyOutcome: 'stays', reasons };
  }
  let outcome: RemovalOutcome = 'stays';
  if (answers.offensiveLanguage) {
    reasons.push({
      fact: 'FB-REPORT',
      text: 'Offensive language: the seller may ask Amazon to remove it.',
    });
    outcome = 'removed';
  }
  if (answers.personalInformation) {
    reasons.push({
      fact: 'FB-REPORT',
      text: "Personal information (such as the seller's phone or e-mail): the seller may ask Amazon to remove it.",
    });
    outcome = 'removed';
  }
  if (answers.aboutProductOnly) {
    reasons.push({
      fact: 'FB-REPORT',
      text: 'Entirely about the product: seller feedback rates the seller, so it can be removed.',
    });
    reasons.push({
      fact: 'REV-REMOVAL',
      text: 'The same words in a product review would almost never be removed.',
    });
    outcome = 'removed';
  }
  if (answers.fulfillment === 'FBA') {
    const qualifies = rules.fbaGround === 'any' || answers.aboutFulfilmentOnly;
    if (qualifies) {
      reasons.push({
        fact: 'FB-REPORT',
        text:
          rules.fbaOutcome === 'struck-through'
            ? 'FBA order and the whole comment is about fulfilment: Amazon strikes it through; it stays visible but no longer counts.'
            : 'FBA order: Amazon handled fulfilment, so the seller may ask for removal.',
      });
      if (outcome === 'stays') outcome = rules.fbaOutcome;
    } else {
      reasons.push({
        fact: 'FB-REPORT',
        text: 'FBA order, but the comment is not entirely about fulfilment: FBA alone is no ground.',
      });
    }
  }
  if (outcome === 'stays')
    reasons.push({
      fact: 'FB-REPORT',
      text: 'None of the grounds for removal applies: answer it with a public reply instead (PR-RULES).',
    });
  else reasons.push({ fact: 'FB-REPORT', text: 'Removed or struck-through feedback leaves ODR.' });
  return { profile, canReport: outcome !== 'stays', likelyOutcome: outcome, reasons };
}

/** The verdict under every profile, side by side. */
export function feedbackRemovalVerdicts(answers: FeedbackRemovalAnswers): FeedbackRemovalVerdict[] {
  return Object.values(profiles).map((profile) =>
    feedbackRemovalVerdict(answers, profile.feedbackRemoval, profile.name),
  );
}

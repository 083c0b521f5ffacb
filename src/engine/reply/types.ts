/**
 * The reply-check contract (`../shared/formats/reply-check.md`): a draft in, the policy rules
 * it breaks out, with the words that break them.
 */

/** What the trainee is writing: a Buyer-Seller message, or a public reply under feedback. */
export type ReplyKind = 'message' | 'public-reply';

/** The checker's input, as the contract defines it (defaults applied by the validator). */
export interface ReplyInput {
  /** A message to a buyer, or a public reply to feedback. */
  kind: ReplyKind;
  /** The draft, 1 to 10,000 UTF-16 characters. */
  text: string;
  /** The Amazon marketplace (`amazon.de` when absent); it picks the home region of phone numbers. */
  marketplace?: string;
  /** ISO 639-1 code of the buyer's language, when the desk knows it. */
  buyerLanguage?: string;
  /** The buyer's message, to detect their language when `buyerLanguage` is absent. */
  buyerMessage?: string;
}

/** The rule IDs the checker cites (fact IDs from the policy facts). */
export type ReplyRule =
  'PR-RULES' | 'REV-BANNED' | 'TIP-8' | 'MSG-CONTACT' | 'MSG-PERMITTED' | 'FBM-LOCAL';

/** The contract's finding kinds. */
export type FindingKind =
  | 'removal-incentive'
  | 'private-data'
  | 'question'
  | 'incentive'
  | 'positive-only'
  | 'change-request'
  | 'off-platform-payment'
  | 'contact-details'
  | 'marketing'
  | 'language';

/** One broken rule at one place in the draft. The first five fields and their order are the contract's. */
export interface ReplyFinding {
  /** The fact ID of the broken rule. */
  rule: ReplyRule;
  /** What kind of break it is. */
  kind: FindingKind;
  /** UTF-16 offset of the first character of the offending words. */
  start: number;
  /** UTF-16 offset just after them (exclusive); the whole draft when no words can be pointed at. */
  end: number;
  /** The problem, in plain words for a trainee. */
  message: string;
  /** A better wording or what to do instead, in the draft's language where that helps. */
  suggestion?: string;
}

/** The checker's output, in the contract's field order. */
export interface ReplyCheck {
  /** The draft's language (ISO 639-1), or null when it is too short to tell. */
  language: string | null;
  /** The buyer's language, as given or detected, or null. */
  buyerLanguage: string | null;
  /** Every broken rule and place, in text order. */
  findings: ReplyFinding[];
}

/** What a phone-number reader says about a digit run: a possible length, a valid number. */
export interface PhoneReading {
  possible: boolean;
  valid: boolean;
}

/**
 * What the checker needs besides the draft: the data-heavy helpers, which the browser loads
 * lazily (`loadReplyCheckerData`).
 */
export interface ReplyCheckerData {
  /** Tells the language of a text. */
  detectLanguage: LanguageDetector;
  /** Reads a phone number, international (`+…`) or national in a region (`DE`); null if none. */
  readPhone: (text: string, region?: string) => PhoneReading | null;
  /** True if a compact IBAN (`DE89370400440532013000`) has a valid length and checksum. */
  isValidIban: (compact: string) => boolean;
}

/**
 * Tells the language of a text: an ISO 639-1 code, or null when unsure. `candidates` lists the
 * codes worth considering (the checker passes the course's languages and the buyer's).
 */
export type LanguageDetector = (text: string, candidates: readonly string[]) => string | null;

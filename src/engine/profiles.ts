/**
 * Policy profiles and marketplaces as data. Every rule the engine applies reads one of these
 * parameters; no code branches on a profile's name. Each field cites the fact it comes from
 * (../shared/policy/facts.md); `~` marks a figure facts.md calls unconfirmed.
 */
import type {
  ChargebackReason,
  ClaimFunder,
  ClaimOutcome,
  MarketplaceName,
  ProfileName,
} from './types.ts';

/**
 * A window of local calendar days: the `days` days that end `endDaysBefore` days before
 * asOf's local date (0: the window ends with asOf's date), both ends included.
 */
export interface DayWindow {
  days: number;
  endDaysBefore: number;
}

/** A rate target: `lessThan` is met when rate < value, `greaterThan` when rate > value, `atLeast` when rate ≥ value. */
export interface RateTarget {
  value: number;
  condition: 'lessThan' | 'greaterThan' | 'atLeast';
  /**
   * The "at risk" level, as a share of the room the target allows: a `lessThan` rate is at risk
   * from `atRiskShare × value` (0.8 of a 1% ODR target: 0.8%); a `greaterThan`/`atLeast` rate
   * when its shortfall from 100% reaches `atRiskShare × (1 − value)` (0.8 of VTR's 5%: at 96%).
   * The facts set the targets; the share is the course's warning, like AHR's "at risk" band.
   * Absent: a rate is never reported at risk. @see levelOf
   */
  atRiskShare?: number;
}

/** How a negative feedback can be taken out of ODR, as the feedback-removal checker reads it. */
export interface FeedbackRemovalRules {
  /** Days after posting during which feedback can still be removed. @see FB-DELETE */
  windowDays: number;
  /** `any`: every FBA order qualifies; `fulfilment-only`: only a comment wholly about fulfilment. @see FB-REPORT */
  fbaGround: 'any' | 'fulfilment-only';
  /** What happens to FBA feedback Amazon takes over. @see FB-REPORT */
  fbaOutcome: 'removed' | 'struck-through';
}

/** What happens when a deadline passes (derived events). @see A2Z-AUTO @see RET-48H */
export interface ConsequenceRules {
  /** Return request unanswered after `returns.answerHours`: claim filed and granted. @see RET-48H */
  returnUnanswered: boolean;
  /** Return answered without a label within the hours: claim filed and granted. @see A2Z-AUTO */
  returnWithoutLabel: boolean;
  /** Shipped without tracking and not delivered `notDeliveredGraceDays` after deliverBy (when a claim can first be filed, A2Z-REASONS): claim filed and granted. @see A2Z-AUTO */
  noTracking: boolean;
  /** Not delivered `notDeliveredGraceDays` after deliverBy: claim filed, and granted when `grant`. @see A2Z-REASONS @see A2Z-AUTO */
  notDelivered: 'grant' | 'file' | 'none';
  /** Days after the latest estimated delivery date. @see A2Z-REASONS */
  notDeliveredGraceDays: number;
}

/** One reading of the policy: every window, target, deadline and counting rule. */
export interface Profile {
  name: ProfileName;
  odr: {
    /** @see ODR-WINDOW */
    window: DayWindow;
    /** @see ODR-TARGET */
    target: RateTarget;
    /** Claim outcomes (once decided) that take a claim out of ODR. @see A2Z-COUNTS */
    claimExcludedOutcomes: readonly ClaimOutcome[];
    /** Who, when paying a decided claim, takes it out of ODR. @see A2Z-COUNTS */
    claimExcludedFunders: readonly ClaimFunder[];
    /** Highest rating that is negative feedback. @see FB-NEGATIVE */
    negativeFeedbackMaxRating: number;
    /** Chargeback reasons the seller answers for. @see CB-WHO */
    chargebackReasons: readonly ChargebackReason[];
  };
  idr: {
    /** Orders by placement date. @see IDR-WINDOW */
    window: DayWindow;
    /** @see IDR-TARGET */
    target: RateTarget;
    /** ISO weekdays (1 = Monday … 7 = Sunday) that are business days; holidays included. @see IDR-BDAYS */
    businessWeekdays: readonly number[];
  };
  lateResponse: {
    /** Messages by receipt date. @see RESP-METRIC */
    window: DayWindow;
    /** Hours to reply, on every day of the week. @see RESP-24H @see RESP-ALLDAYS */
    replyHours: number;
    /** ~ older Amazon figure. @see RESP-METRIC */
    target: RateTarget;
  };
  returns: {
    /** @see RET-48H */
    answerHours: number;
  };
  notify: {
    /** Calendar days to answer an A-to-Z claim notification (~ in help). @see NOTIFY-DAYS */
    claimDays: number;
    /** Calendar days to answer a chargeback notification. @see NOTIFY-DAYS */
    chargebackDays: number;
  };
  consequences: ConsequenceRules;
  shipping: {
    /** Shipments by confirmation date; 30 of the "10 and 30 days" of LSR. @see LSR */
    lateShipment: { window: DayWindow; target: RateTarget };
    /** Orders by placement date. @see PCR */
    preFulfillmentCancel: { window: DayWindow; target: RateTarget };
    /** Shipments by confirmation date. @see VTR */
    validTracking: { window: DayWindow; target: RateTarget };
  };
  feedbackRemoval: FeedbackRemovalRules;
  /** What the SP-API account health export needs beyond the metrics. @see AHR */
  accountHealth: {
    /** The window of the metrics the history cannot measure (listing violations...): AHR covers 180 days. @see AHR */
    window: DayWindow;
    /** The target exported for on-time delivery, which the history cannot measure (the SP-API schema's example figure; no fact gives one). */
    onTimeDeliveryTarget: RateTarget;
  };
}

/** The share of each target's room from which a rate is "at risk" (see RateTarget.atRiskShare). */
const AT_RISK = 0.8;

const shippingRules: Profile['shipping'] = {
  lateShipment: {
    window: { days: 30, endDaysBefore: 0 },
    target: { value: 0.04, condition: 'lessThan', atRiskShare: AT_RISK }, // LSR: at risk from 3.2%
  },
  preFulfillmentCancel: {
    window: { days: 7, endDaysBefore: 0 },
    target: { value: 0.025, condition: 'lessThan', atRiskShare: AT_RISK }, // PCR: from 2%
  },
  validTracking: {
    window: { days: 30, endDaysBefore: 0 },
    target: { value: 0.95, condition: 'greaterThan', atRiskShare: AT_RISK }, // VTR: at 96% or less
  },
};

const accountHealthRules: Profile['accountHealth'] = {
  window: { days: 180, endDaysBefore: 0 }, // AHR: 180 days
  onTimeDeliveryTarget: { value: 0.95, condition: 'greaterThan' }, // SP-API schema example; unmeasured
};

/** The course's reading of the policy (the engine's default). */
export const courseProfile: Profile = {
  name: 'course',
  odr: {
    window: { days: 60, endDaysBefore: 0 }, // ODR-WINDOW (course): the 60 days ending today
    target: { value: 0.01, condition: 'lessThan', atRiskShare: AT_RISK }, // ODR-TARGET: at risk from 0.8%
    claimExcludedOutcomes: [], // A2Z-COUNTS (course): opening a claim counts whatever the outcome
    claimExcludedFunders: [], // A2Z-COUNTS (course)
    negativeFeedbackMaxRating: 2, // FB-NEGATIVE
    chargebackReasons: ['service'], // CB-WHO
  },
  idr: {
    window: { days: 60, endDaysBefore: 0 }, // IDR-WINDOW (course): the ODR window
    target: { value: 0.05, condition: 'lessThan', atRiskShare: AT_RISK }, // IDR-TARGET: from 4%
    businessWeekdays: [1, 2, 3, 4, 5], // IDR-BDAYS
  },
  lateResponse: {
    window: { days: 30, endDaysBefore: 0 }, // RESP-METRIC: 30 days
    replyHours: 24, // RESP-24H
    target: { value: 0.1, condition: 'lessThan', atRiskShare: AT_RISK }, // RESP-METRIC (~): from 8%
  },
  returns: { answerHours: 48 }, // RET-48H
  notify: { claimDays: 3, chargebackDays: 3 }, // NOTIFY-DAYS (course): 3 days
  consequences: {
    returnUnanswered: true, // RET-48H
    returnWithoutLabel: true, // A2Z-AUTO (course)
    noTracking: true, // A2Z-AUTO (course)
    notDelivered: 'grant', // A2Z-AUTO (course): delivery not completed in the expected time
    notDeliveredGraceDays: 3, // A2Z-REASONS
  },
  shipping: shippingRules,
  feedbackRemoval: { windowDays: 90, fbaGround: 'any', fbaOutcome: 'removed' }, // FB-DELETE, FB-REPORT (course)
  accountHealth: accountHealthRules,
};

/** Amazon's help pages as checked in 2026-11, where they differ from the course. */
export const amazon2026Profile: Profile = {
  name: 'amazon-2026',
  odr: {
    window: { days: 60, endDaysBefore: 14 }, // ODR-WINDOW (help): 60 days ending 14 days before today
    target: { value: 0.01, condition: 'lessThan', atRiskShare: AT_RISK }, // ODR-TARGET: at risk from 0.8%
    claimExcludedOutcomes: ['denied', 'withdrawn'], // A2Z-COUNTS (help): a denied claim does not count
    claimExcludedFunders: ['amazon'], // A2Z-COUNTS (help): claims Amazon funds do not count
    negativeFeedbackMaxRating: 2, // FB-NEGATIVE
    chargebackReasons: ['service'], // CB-WHO
  },
  idr: {
    // IDR-WINDOW (help): the 7 days that began 14 days before asOf's date: asOf−14 … asOf−8
    window: { days: 7, endDaysBefore: 8 },
    target: { value: 0.05, condition: 'lessThan', atRiskShare: AT_RISK }, // IDR-TARGET: from 4%
    businessWeekdays: [1, 2, 3, 4, 5], // IDR-BDAYS
  },
  lateResponse: {
    window: { days: 30, endDaysBefore: 0 }, // RESP-METRIC
    replyHours: 24, // RESP-24H
    target: { value: 0.1, condition: 'lessThan', atRiskShare: AT_RISK }, // RESP-METRIC (~): from 8%
  },
  returns: { answerHours: 48 }, // RET-48H
  notify: { claimDays: 3, chargebackDays: 7 }, // NOTIFY-DAYS (help): A-to-Z 3 (~), chargebacks 7
  consequences: {
    returnUnanswered: true, // RET-48H (course, help)
    returnWithoutLabel: false, // A2Z-AUTO is the course's only
    noTracking: false, // A2Z-AUTO is the course's only
    notDelivered: 'file', // A2Z-REASONS: a valid reason to file; no automatic decision in help
    notDeliveredGraceDays: 3, // A2Z-REASONS
  },
  shipping: shippingRules,
  // FB-DELETE (90 days); FB-REPORT (help): FBA feedback is struck through only when wholly about fulfilment
  feedbackRemoval: { windowDays: 90, fbaGround: 'fulfilment-only', fbaOutcome: 'struck-through' },
  accountHealth: accountHealthRules,
};

/** Every profile by name. */
export const profiles: Readonly<Record<ProfileName, Profile>> = {
  course: courseProfile,
  'amazon-2026': amazon2026Profile,
};

/** A marketplace: its time zone, whether IDR applies there, and its SP-API marketplace ID. */
export interface Marketplace {
  name: MarketplaceName;
  timeZone: string;
  /** @see IDR-WINDOW: EU marketplaces only (UK, DE, FR, IT, ES). */
  invoiceRequired: boolean;
  /** Amazon's marketplace ID, used by the account health export. */
  marketplaceId: string;
  /** The country it sells in, as a trainee reads it. */
  country: string;
}

/** Every marketplace by name. */
export const marketplaces: Readonly<Record<MarketplaceName, Marketplace>> = {
  'amazon.de': {
    name: 'amazon.de',
    timeZone: 'Europe/Berlin',
    invoiceRequired: true,
    marketplaceId: 'A1PA6795UKMFR9',
    country: 'Germany',
  },
  'amazon.fr': {
    name: 'amazon.fr',
    timeZone: 'Europe/Paris',
    invoiceRequired: true,
    marketplaceId: 'A13V1IB3VIYZZH',
    country: 'France',
  },
  'amazon.it': {
    name: 'amazon.it',
    timeZone: 'Europe/Rome',
    invoiceRequired: true,
    marketplaceId: 'APJ6JRA9NG5V4',
    country: 'Italy',
  },
  'amazon.es': {
    name: 'amazon.es',
    timeZone: 'Europe/Madrid',
    invoiceRequired: true,
    marketplaceId: 'A1RKKUPIHCS9HS',
    country: 'Spain',
  },
  'amazon.co.uk': {
    name: 'amazon.co.uk',
    timeZone: 'Europe/London',
    invoiceRequired: true,
    marketplaceId: 'A1F83G8C2ARO7P',
    country: 'United Kingdom',
  },
  'amazon.com': {
    name: 'amazon.com',
    timeZone: 'America/Los_Angeles',
    invoiceRequired: false,
    marketplaceId: 'ATVPDKIKX0DER',
    country: 'United States',
  },
};

/** The profile used when a history names none. */
export const defaultProfile: ProfileName = 'course';

/** The marketplace used when a history names none. */
export const defaultMarketplace: MarketplaceName = 'amazon.de';

/** True if `name` is a known profile. */
export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && Object.hasOwn(profiles, name);
}

/** True if `name` is a known marketplace. */
export function isMarketplaceName(name: unknown): name is MarketplaceName {
  return typeof name === 'string' && Object.hasOwn(marketplaces, name);
}

/**
 * How the debrief and the "why" view word what happened: each rubric goal's outcome, each defect,
 * and what the rules did. Plain sentences from the engine's facts: every time through the one
 * formatter (`when`), in the marketplace's zone, and no internal id (messages, returns and claims
 * are named by their order).
 */
import type { ClaimState, DefectLine, EbayBand, ReplyVerdict } from '../engine/index.ts';
import { percent, when } from '../lib/format.ts';
import { FINDING_KIND_LABELS } from '../lib/reply-marks.ts';
import type { RubricEvidence } from './debrief.ts';
import { metricNames } from './desk-words.ts';

const defectNames: Record<DefectLine['kind'], string> = {
  claim: 'an A-to-Z claim',
  negativeFeedback: 'negative feedback',
  chargeback: 'a chargeback',
};

/** One defect that counts: "an A-to-Z claim (Wed 11 Mar, 09:00)". */
export function defectText(defect: DefectLine, timeZone: string): string {
  return `${defectNames[defect.kind]} (${when(defect.at, timeZone)})`;
}

/** "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The outcome of a rubric goal in one sentence, from its evidence. */
export function outcomeText(evidence: RubricEvidence, timeZone: string): string {
  const at = (instant: string) => when(instant, timeZone);
  switch (evidence.kind) {
    case 'on-time':
      return evidence.doneAt === null
        ? 'No deadline passed by the end of the shift.'
        : `Done in time: ${at(evidence.doneAt)}.`;
    case 'none-late':
      return 'No deadline was missed.';
    case 'late': {
      const passed =
        evidence.count > 1
          ? `${evidence.count} deadlines passed, the first on ${at(evidence.deadline)}`
          : `The deadline passed on ${at(evidence.deadline)}`;
      return `${passed}; ${evidence.doneAt === null ? 'not done' : `done late, ${at(evidence.doneAt)}`}.`;
    }
    case 'chose':
      return evidence.label === null
        ? 'You did not act on this.'
        : evidence.broken.length === 0
          ? `You chose: “${evidence.label}”`
          : `You chose: “${evidence.label}”, but the reply you sent breaks the rule: ${evidence.broken.map((finding) => FINDING_KIND_LABELS[finding.kind]).join('; ')}.`;
    case 'held':
      return evidence.highest === null
        ? 'Nothing was counted during the shift.'
        : `${metricNames[evidence.metric]} within its target all shift; the highest was ${percent(evidence.highest)}${evidence.level === 'at-risk' ? ', at risk' : ''}.`;
    case 'breached':
      return `${metricNames[evidence.metric]} reached ${percent(evidence.rate)} on ${at(evidence.at)}: a breach.`;
    case 'ended':
      return `${metricNames[evidence.metric]} was ${percent(evidence.rate)} at the end of the shift.`;
    case 'defects':
      return evidence.defects.length === 0
        ? `Order ${evidence.orderId} has no defect that counts at the end.`
        : `Order ${evidence.orderId} counts as defective: ${listed(evidence.defects.map((defect) => defectText(defect, timeZone)))}.`;
    case 'acted':
      return evidence.at === null ? 'Not done.' : `Done: ${at(evidence.at)}.`;
    case 'written':
      return !evidence.sent
        ? 'Not sent.'
        : evidence.findings === null
          ? 'Sent, but the reply coach could not check it.'
          : evidence.findings.length === 0
            ? 'Sent; the reply coach found no problem in it.'
            : `Sent, with ${evidence.findings.length === 1 ? '1 problem' : `${evidence.findings.length} problems`}: ${evidence.findings.map((finding) => FINDING_KIND_LABELS[finding.kind]).join('; ')}.`;
  }
}

/** Why the rules let the buyer claim, by the derived claim's reason. */
const claimCauses: Record<string, (orderId: string) => string> = {
  'return-not-answered': (orderId) =>
    `The return request on order ${orderId} was not answered by its deadline.`,
  'return-without-label': (orderId) =>
    `The return request on order ${orderId} was answered without a return label.`,
  'no-tracking': (orderId) =>
    `Order ${orderId} was shipped without tracking and was not delivered in time.`,
  'not-delivered': (orderId) => `Order ${orderId} was not delivered in time.`,
};

/**
 * What the rules did with a claim the engine derived: the cause, then that the buyer MAY file an
 * A-to-Z claim and that the desk assumes they do, when, and the decision if the rules give one.
 */
export function consequenceText(claim: ClaimState, timeZone: string): string {
  const cause =
    claimCauses[claim.reason ?? '']?.(claim.orderId) ??
    `A deadline on order ${claim.orderId} passed.`;
  const decided =
    claim.decision?.outcome === 'granted'
      ? ` It is decided in the buyer's favour (${when(claim.decision.at, timeZone)}), and the order counts as defective.`
      : '';
  return `${cause} The buyer may then file an A-to-Z claim; the desk assumes they do: filed ${when(claim.filedAt, timeZone)}.${decided}`;
}

/** How a reply stood against one marketplace's deadline, in words. */
export const replyVerdictWords: Record<ReplyVerdict, string> = {
  'on-time': 'on time',
  late: 'late',
  'no-reply-needed': 'marked "No response required"',
  open: 'not answered yet, still in time',
};

/** eBay's seller levels, as eBay names them. */
export const ebayBandWords: Record<EbayBand, string> = {
  'top-rated': 'Top Rated',
  'above-standard': 'Above Standard',
  'below-standard': 'Below Standard',
};

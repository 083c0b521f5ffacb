/**
 * The rules engine's public API: order events in, account-health metrics out, live (an
 * incremental account) and in batch (a whole history). Pure TypeScript; time is always an
 * argument.
 */
export type * from './types.ts';
export {
  profiles,
  courseProfile,
  amazon2026Profile,
  marketplaces,
  defaultProfile,
  defaultMarketplace,
} from './profiles.ts';
export type {
  Profile,
  Marketplace,
  DayWindow,
  RateTarget,
  ConsequenceRules,
  FeedbackRemovalRules,
} from './profiles.ts';
export {
  validateHistory,
  validateEvent,
  parseHistory,
  formatValidationError,
  EVENT_TYPES,
} from './validate.ts';
export type { ValidationError, ValidationResult } from './validate.ts';
export { problemLines, MAX_LISTED_PROBLEMS } from './problem-lines.ts';
export { computeReport, historyView, reportOf, odrOf, idrOf, lateResponseOf } from './report.ts';
export type { AccountView } from './report.ts';
export { createAccount, InvalidEventError } from './account.ts';
export type { Account } from './account.ts';
export { readHistory, StaleReadingError } from './read-model.ts';
export type {
  AccountReading,
  OrderState,
  OrderQuery,
  InvoiceState,
  MessageState,
  ReturnState,
  ClaimState,
  ClaimDecisionState,
  FeedbackState,
  ChargebackState,
  MetricHealth,
  MetricId,
  ExtraFields,
  DerivedMark,
} from './read-model.ts';
export { levelOf } from './rules.ts';
export {
  generateHistory,
  checkGeneratorSpec,
  mulberry32,
  MAX_GENERATED_ORDERS,
} from './history-generator.ts';
export type { GeneratorSpec } from './history-generator.ts';
export { parseInstant, parseCalendarDay, formatCalendarDay } from './iso.ts';
export { localDateTimeToInstant } from './local-time.ts';
export { compareText } from './text-order.ts';
export { DuplicateIdError } from './records.ts';
export { openTasks, consequencesBetween } from './tasks.ts';
export type { Task, TaskKind, DerivedEvent } from './tasks.ts';
export { explain } from './explain.ts';
export type { Explanation, OrderLine, DefectLine, InvoiceLine, MessageLine } from './explain.ts';
export { whatIfOf, odrHeadroom } from './what-if.ts';
export type { WhatIf, LeavingDefect } from './what-if.ts';
export { shippingOf } from './shipping.ts';
export {
  kauflandPack,
  ebayPack,
  ebayBand,
  kauflandOf,
  judgeSideBySide,
  replyClocksOf,
} from './marketplace-packs.ts';
export type {
  KauflandPack,
  EbayPack,
  EbayBand,
  KauflandJudgement,
  SideBySide,
  ReplyClocks,
  ReplyVerdict,
} from './marketplace-packs.ts';
export { feedbackRemovalVerdict, feedbackRemovalVerdicts } from './feedback-removal.ts';
export type {
  FeedbackRemovalAnswers,
  FeedbackRemovalVerdict,
  RemovalOutcome,
  RemovalReason,
} from './feedback-removal.ts';
export { odrCalculator, odrFigures, invoiceDeadlineCalculator } from './calculators.ts';
export { odrTimelineCalculator, timelineMaxDaysAgo } from './timeline-calculator.ts';
export type {
  TimelineDefect,
  TimelinePoint,
  TimelineOrder,
  TimelineResult,
} from './timeline-calculator.ts';
export type {
  OdrFigures,
  OdrCalculatorInput,
  OdrCalculatorResult,
  OrderDefects,
  InvoiceDeadlineResult,
} from './calculators.ts';
export { accountHealthExport } from './account-health-export.ts';
export { dailySeries, MAX_SERIES_DAYS } from './daily-series.ts';
export { sideBySideOf, accountHealthOf } from './reading-reports.ts';
export type { DailySeries } from './daily-series.ts';
export {
  convertAllOrdersReport,
  looksLikeAllOrdersReport,
  ALL_ORDERS_COLUMNS,
} from './all-orders-report.ts';
export type {
  AllOrdersOptions,
  AllOrdersConversion,
  AllOrdersResult,
} from './all-orders-report.ts';
export type { AccountHealthExport } from './account-health-export.ts';
export { zoneClock, isKnownTimeZone } from './time.ts';
// The reply checker (reply-check contract): drafts to buyers and public replies, judged by rule.
export * from './reply/index.ts';

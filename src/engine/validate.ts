/**
 * Input validation of the order-history contract: turns unknown JSON into a History, or into a
 * list of errors each naming its place (`events[12].at: not an ISO-8601 date-time with offset`).
 * Unknown extra fields are allowed: the project may add fields.
 */
import { engineContext } from './context.ts';
import { DuplicateIdError, Ledger } from './records.ts';
import type { LedgerIdKind } from './records.ts';
import { parseCalendarDay, parseInstant } from './iso.ts';
import { isMarketplaceName, isProfileName, marketplaces, profiles } from './profiles.ts';
import { isKnownTimeZone } from './time.ts';
import type { EventType, History, OrderEvent } from './types.ts';

/** One problem in the input, with its place (`events[3].rating`, `asOf`, `(root)`). */
export interface ValidationError {
  path: string;
  message: string;
}

/**
 * A valid history with its ledger (its events folded into records while they were checked,
 * which computeReport reuses), or every problem found.
 */
export type ValidationResult =
  { ok: true; history: History; ledger: Ledger } | { ok: false; errors: ValidationError[] };

/** Kinds of ids events define and reference. */
type IdKind = LedgerIdKind;

/** How one field of an event is checked; `optional: true` when the event may leave it out. */
type FieldRule = { optional?: boolean } & (
  | { name: string; kind: 'defines' | 'references'; ids: IdKind }
  | { name: string; kind: 'string' | 'boolean' | 'date' }
  | { name: string; kind: 'enum'; values: readonly string[] }
  | { name: string; kind: 'rating' }
);

/** The fields of every event type, as the contract's table lists them. */
const EVENT_FIELDS: Readonly<Record<EventType, readonly FieldRule[]>> = {
  'order.placed': [
    { name: 'orderId', kind: 'defines', ids: 'order' },
    { name: 'fulfillment', kind: 'enum', values: ['FBA', 'FBM'] },
    { name: 'business', kind: 'boolean', optional: true },
    { name: 'shipBy', kind: 'date', optional: true },
    { name: 'deliverBy', kind: 'date', optional: true },
  ],
  'order.shipped': [
    { name: 'orderId', kind: 'references', ids: 'order' },
    { name: 'trackingId', kind: 'string', optional: true },
  ],
  'order.delivered': [{ name: 'orderId', kind: 'references', ids: 'order' }],
  'order.cancelled': [
    { name: 'orderId', kind: 'references', ids: 'order' },
    { name: 'by', kind: 'enum', values: ['seller', 'buyer'] },
  ],
  'invoice.uploaded': [{ name: 'orderId', kind: 'references', ids: 'order' }],
  'message.received': [
    { name: 'messageId', kind: 'defines', ids: 'message' },
    { name: 'orderId', kind: 'references', ids: 'order', optional: true },
    { name: 'needsReply', kind: 'boolean', optional: true },
  ],
  'message.replied': [
    { name: 'messageId', kind: 'references', ids: 'message' },
    { name: 'automated', kind: 'boolean', optional: true },
  ],
  'message.noReplyNeeded': [{ name: 'messageId', kind: 'references', ids: 'message' }],
  'return.requested': [
    { name: 'returnId', kind: 'defines', ids: 'return' },
    { name: 'orderId', kind: 'references', ids: 'order' },
  ],
  'return.answered': [
    { name: 'returnId', kind: 'references', ids: 'return' },
    { name: 'labelSent', kind: 'boolean', optional: true },
  ],
  'claim.filed': [
    { name: 'claimId', kind: 'defines', ids: 'claim' },
    { name: 'orderId', kind: 'references', ids: 'order' },
    { name: 'reason', kind: 'string', optional: true },
  ],
  'claim.answered': [{ name: 'claimId', kind: 'references', ids: 'claim' }],
  'claim.decided': [
    { name: 'claimId', kind: 'references', ids: 'claim' },
    { name: 'outcome', kind: 'enum', values: ['granted', 'denied', 'withdrawn'] },
    { name: 'fundedBy', kind: 'enum', values: ['seller', 'amazon'], optional: true },
  ],
  'feedback.posted': [
    { name: 'feedbackId', kind: 'defines', ids: 'feedback' },
    { name: 'orderId', kind: 'references', ids: 'order' },
    { name: 'rating', kind: 'rating' },
    { name: 'comment', kind: 'string', optional: true },
  ],
  'feedback.removed': [{ name: 'feedbackId', kind: 'references', ids: 'feedback' }],
  'chargeback.filed': [
    { name: 'chargebackId', kind: 'defines', ids: 'chargeback' },
    { name: 'orderId', kind: 'references', ids: 'order' },
    { name: 'reason', kind: 'enum', values: ['service', 'fraud'] },
  ],
  'chargeback.answered': [{ name: 'chargebackId', kind: 'references', ids: 'chargeback' }],
};

/** The event type that defines each kind of id, for messages. */
const DEFINED_BY: Readonly<Record<IdKind, EventType>> = {
  order: 'order.placed',
  message: 'message.received',
  return: 'return.requested',
  claim: 'claim.filed',
  feedback: 'feedback.posted',
  chargeback: 'chargeback.filed',
};

/** The fields the contract defines for each event type (`type`, `at` and its table's); others are the project's extras. */
export const CONTRACT_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(EVENT_FIELDS).map(([type, rules]) => [
    type,
    new Set(['type', 'at', ...rules.map((rule) => rule.name)]),
  ]),
);

/** Every event type of the contract. */
export const EVENT_TYPES = Object.keys(EVENT_FIELDS) as readonly EventType[];

/** The field rules by type, as a Map (one look-up per event on the batch path). */
const RULES_BY_TYPE: ReadonlyMap<string, readonly FieldRule[]> = new Map(
  Object.entries(EVENT_FIELDS),
);

/** `path: message`, the form the CLI prints. */
export function formatValidationError(error: ValidationError): string {
  return `${error.path}: ${error.message}`;
}

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Why a text is not an ISO-8601 date-time with offset. */
function badInstantMessage(text: string): string {
  const base = 'not an ISO-8601 date-time with offset';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text))
    return `${base} (the offset is missing): ${quote(text)}`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text))
    return `${base} (no such date or time): ${quote(text)}`;
  return `${base}: ${quote(text)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The place of a field: `events[3].at` (or under a given path). */
function fieldPath(path: string, index: number, field: string): string {
  return `${path === '' ? `events[${index}]` : path}${field}`;
}

/** The parsed `at` of the event checkEventShape last checked (NaN if bad). */
let checkedInstant = NaN;

/**
 * Checks one event's shape (type, `at`, fields, ranges), not its ids' existence; pushes the
 * problems into `errors` under `path` (null: `events[index]`, built only for an error).
 * Returns its field rules when its type is known; its parsed `at` is left in checkedInstant.
 */
function checkEventShape(
  event: unknown,
  path: string | null,
  errors: ValidationError[],
  index: number,
): readonly FieldRule[] | null {
  // No closure here: this runs a million times on the batch path; paths are built on error only.
  const base = path ?? '';
  if (!isRecord(event)) {
    errors.push({ path: fieldPath(base, index, ''), message: 'not an object (an event)' });
    return null;
  }
  const type = event['type'];
  let rules: readonly FieldRule[] | null = null;
  if (typeof type === 'string') {
    rules = RULES_BY_TYPE.get(type) ?? null;
    if (rules === null)
      errors.push({
        path: fieldPath(base, index, '.type'),
        message: `unknown event type ${quote(type)}`,
      });
  } else if (type === undefined)
    errors.push({ path: fieldPath(base, index, '.type'), message: 'missing (required)' });
  else
    errors.push({
      path: fieldPath(base, index, '.type'),
      message: `must be a string, got ${quote(type)}`,
    });
  const at = event['at'];
  let instant = NaN;
  if (typeof at === 'string') {
    instant = parseInstant(at);
    if (instant !== instant)
      errors.push({ path: fieldPath(base, index, '.at'), message: badInstantMessage(at) });
  } else if (at === undefined)
    errors.push({ path: fieldPath(base, index, '.at'), message: 'missing (required)' });
  else
    errors.push({
      path: fieldPath(base, index, '.at'),
      message: `not an ISO-8601 date-time with offset: ${quote(at)}`,
    });
  checkedInstant = instant;
  if (rules === null) return null;
  for (const rule of rules) {
    const value = event[rule.name];
    if (value === undefined) {
      if (rule.optional !== true)
        errors.push({
          path: fieldPath(base, index, `.${rule.name}`),
          message: 'missing (required)',
        });
      continue;
    }
    switch (rule.kind) {
      case 'defines':
      case 'references':
        if (typeof value !== 'string' || value === '')
          errors.push({
            path: fieldPath(base, index, `.${rule.name}`),
            message: `must be a non-empty string (an id), got ${quote(value)}`,
          });
        break;
      case 'string':
        if (typeof value !== 'string')
          errors.push({
            path: fieldPath(base, index, `.${rule.name}`),
            message: `must be a string, got ${quote(value)}`,
          });
        break;
      case 'boolean':
        if (typeof value !== 'boolean')
          errors.push({
            path: fieldPath(base, index, `.${rule.name}`),
            message: `must be true or false, got ${quote(value)}`,
          });
        break;
      case 'date':
        if (typeof value !== 'string' || Number.isNaN(parseCalendarDay(value))) {
          errors.push({
            path: fieldPath(base, index, `.${rule.name}`),
            message: `not a calendar date (YYYY-MM-DD): ${quote(value)}`,
          });
        }
        break;
      case 'enum':
        if (typeof value !== 'string' || !rule.values.includes(value)) {
          errors.push({
            path: fieldPath(base, index, `.${rule.name}`),
            message: `out of range: must be one of ${rule.values.join(', ')}, got ${quote(value)}`,
          });
        }
        break;
      case 'rating':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
          errors.push({
            path: fieldPath(base, index, `.${rule.name}`),
            message: `out of range: must be an integer from 1 to 5, got ${quote(value)}`,
          });
        }
        break;
    }
  }
  return rules;
}

/** Checks one event on its own (shape and ranges; not whether its ids exist), for the live path. */
export function validateEvent(event: unknown, path = 'event'): ValidationError[] {
  const errors: ValidationError[] = [];
  checkEventShape(event, path, errors, 0);
  return errors;
}

/**
 * Checks one event against an account's ledger, as validateHistory would within a history: its
 * shape, an id it defines not yet defined, ids it refers to defined, and not dated before them.
 */
export function validateEventFor(ledger: Ledger, event: unknown, path: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const rules = checkEventShape(event, path, errors, 0);
  if (rules === null || errors.length > 0) return errors;
  const fields = event as Record<string, unknown>;
  const at = checkedInstant;
  for (const rule of rules) {
    if (rule.kind !== 'defines' && rule.kind !== 'references') continue;
    const id = fields[rule.name];
    if (typeof id !== 'string') continue;
    const created = createdAt(ledger, rule.ids, id);
    if (rule.kind === 'defines') {
      if (created === created)
        errors.push({
          path: `${path}.${rule.name}`,
          message: `duplicate ${rule.ids} id ${quote(id)}`,
        });
    } else if (created !== created) {
      errors.push({
        path: `${path}.${rule.name}`,
        message: `unknown ${rule.ids} id ${quote(id)} (no ${DEFINED_BY[rule.ids]} event defines it)`,
      });
    } else if (at < created) {
      errors.push({
        path: `${path}.at`,
        message: `before ${rule.ids} ${quote(id)} was ${CREATED[rule.ids]}`,
      });
    }
  }
  return errors;
}

/** Checks the top-level fields; returns the resolved settings pieces. */
function checkTopLevel(input: Record<string, unknown>, errors: ValidationError[]): void {
  const profile = input['profile'];
  if (profile !== undefined && !isProfileName(profile)) {
    errors.push({
      path: 'profile',
      message: `unknown profile ${quote(profile)} (expected one of ${Object.keys(profiles).join(', ')})`,
    });
  }
  const marketplace = input['marketplace'];
  if (marketplace !== undefined && !isMarketplaceName(marketplace)) {
    errors.push({
      path: 'marketplace',
      message: `unknown marketplace ${quote(marketplace)} (expected one of ${Object.keys(marketplaces).join(', ')})`,
    });
  }
  const timeZone = input['timeZone'];
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone))) {
    errors.push({
      path: 'timeZone',
      message: `unknown time zone ${quote(timeZone)} (expected an IANA zone such as "Europe/Berlin")`,
    });
  }
  const asOf = input['asOf'];
  if (asOf === undefined)
    errors.push({ path: 'asOf', message: 'missing (required: the moment the report describes)' });
  else if (typeof asOf !== 'string')
    errors.push({ path: 'asOf', message: `not an ISO-8601 date-time with offset: ${quote(asOf)}` });
  else if (Number.isNaN(parseInstant(asOf)))
    errors.push({ path: 'asOf', message: badInstantMessage(asOf) });
}

/**
 * Validates parsed JSON against the contract: top-level fields, every event's shape, ids
 * defined once, and every referenced id defined by some event anywhere in the history. One
 * pass: each valid event is folded into the ledger as it is checked (the ledger's records are
 * what tells a defined id from a referenced-only one).
 */
export function validateHistory(input: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  if (!isRecord(input))
    return { ok: false, errors: [{ path: '(root)', message: 'not an object (an order history)' }] };
  checkTopLevel(input, errors);
  const timeZone = input['timeZone'];
  const context = engineContext({
    profile: isProfileName(input['profile']) ? input['profile'] : undefined,
    marketplace: isMarketplaceName(input['marketplace']) ? input['marketplace'] : undefined,
    timeZone: typeof timeZone === 'string' && isKnownTimeZone(timeZone) ? timeZone : undefined,
  });
  const ledger = new Ledger(context.clock, context.profile);
  const events = input['events'];
  if (events === undefined) errors.push({ path: 'events', message: 'missing (required)' });
  else if (!Array.isArray(events))
    errors.push({ path: 'events', message: 'must be an array of events' });
  else checkEvents(events, errors, ledger);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    history: { ...context.settings, asOf: input['asOf'] as string, events: events as OrderEvent[] },
    ledger,
  };
}

/** Every event's shape, folded into the ledger when valid; then ids referenced but never defined. */
function checkEvents(events: unknown[], errors: ValidationError[], ledger: Ledger): void {
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const before = errors.length;
    const rules = checkEventShape(event, null, errors, index);
    if (rules === null) continue;
    const fields = event as Record<string, unknown>;
    const first = rules[0]!; // the id field comes first
    if (errors.length === before) {
      try {
        ledger.apply(event as OrderEvent, checkedInstant);
      } catch (error) {
        if (!(error instanceof DuplicateIdError)) throw error;
        errors.push(duplicateError(events, index, first));
      }
      // An event refused as a duplicate was not folded: note the order it names here, so an
      // unknown order is named for it too.
      const orderId = fields['orderId'];
      if (typeof orderId === 'string') ledger.order(orderId);
    } else if (first.kind === 'defines') {
      // An event with a bad field still defines its id: references to it are not unknown.
      const id = fields[first.name];
      if (typeof id === 'string' && id !== '' && !ledger.define(first.ids, id))
        errors.push(duplicateError(events, index, first));
    }
  }
  if (ledger.eventBeforeSubject) checkTiming(events, ledger, errors);
  const unknown = ledger.undefinedIds();
  if (Object.values(unknown).every((ids) => ids.size === 0)) return;
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const rules = isRecord(event) ? RULES_BY_TYPE.get(String(event['type'])) : undefined;
    if (rules === undefined || !isRecord(event)) continue;
    for (const rule of rules) {
      if (rule.kind !== 'references') continue;
      const id = event[rule.name];
      if (typeof id === 'string' && unknown[rule.ids].has(id)) {
        errors.push({
          path: `events[${index}].${rule.name}`,
          message: `unknown ${rule.ids} id ${quote(id)} (no ${DEFINED_BY[rule.ids]} event defines it)`,
        });
      }
    }
  }
}

/** What happens to each kind of id when it comes to exist, for messages. */
const CREATED: Readonly<Record<IdKind, string>> = {
  order: 'placed',
  message: 'received',
  return: 'requested',
  claim: 'filed',
  feedback: 'posted',
  chargeback: 'filed',
};

/** The instant a record came to exist (NaN if no event defines it). */
function createdAt(ledger: Ledger, kind: IdKind, id: string): number {
  switch (kind) {
    case 'order':
      return ledger.orders.get(id)?.placedAt ?? NaN;
    case 'message':
      return ledger.messages.get(id)?.receivedAt ?? NaN;
    case 'return':
      return ledger.returns.get(id)?.requestedAt ?? NaN;
    case 'claim':
      return ledger.claims.get(id)?.filedAt ?? NaN;
    case 'feedback':
      return ledger.feedback.get(id)?.postedAt ?? NaN;
    case 'chargeback':
      return ledger.chargebacks.get(id)?.filedAt ?? NaN;
  }
}

/**
 * Names every event dated before an id it refers to came to exist (a shipment before its order
 * was placed); the same instant is fine. Runs only when the ledger's fold saw one.
 */
function checkTiming(events: unknown[], ledger: Ledger, errors: ValidationError[]): void {
  const definedBy = new Map<string, number>();
  events.forEach((event, index) => {
    if (!isRecord(event)) return;
    const first = RULES_BY_TYPE.get(String(event['type']))?.[0];
    if (first === undefined || first.kind !== 'defines') return;
    const key = `${first.ids}\u0000${String(event[first.name])}`;
    if (!definedBy.has(key)) definedBy.set(key, index);
  });
  events.forEach((event, index) => {
    if (!isRecord(event) || typeof event['at'] !== 'string') return;
    const rules = RULES_BY_TYPE.get(String(event['type']));
    const at = parseInstant(event['at']);
    if (rules === undefined || at !== at) return;
    for (const rule of rules) {
      if (rule.kind !== 'references') continue;
      const id = event[rule.name];
      if (typeof id !== 'string') continue;
      if (at < createdAt(ledger, rule.ids, id)) {
        // The subject has a creation time, so an event in the list defined it and was folded.
        const source = definedBy.get(`${rule.ids}\u0000${id}`)!;
        errors.push({
          path: `events[${index}].at`,
          message: `before ${rule.ids} ${quote(id)} was ${CREATED[rule.ids]} (events[${source}])`,
        });
        break;
      }
    }
  });
}

/** For duplicate errors: the first event defining each id, built once on the first duplicate. */
const firstDefinitions = new WeakMap<unknown[], Map<string, number>>();

/** The error of an event that defines an id an earlier event already defined. */
function duplicateError(events: unknown[], index: number, rule: FieldRule): ValidationError {
  const id = (events[index] as Record<string, unknown>)[rule.name];
  const kind = 'ids' in rule ? rule.ids : '';
  let firsts = firstDefinitions.get(events);
  if (firsts === undefined) {
    firsts = new Map();
    for (let k = 0; k < events.length; k++) {
      const event = events[k];
      if (!isRecord(event)) continue;
      const first = RULES_BY_TYPE.get(String(event['type']))?.[0];
      if (first === undefined || first.kind !== 'defines') continue;
      const key = `${first.ids}\u0000${String(event[first.name])}`;
      if (!firsts.has(key)) firsts.set(key, k);
    }
    firstDefinitions.set(events, firsts);
  }
  const first = firsts.get(`${kind}\u0000${String(id)}`) ?? 0;
  return {
    path: `events[${index}].${rule.name}`,
    message: `duplicate ${kind} id ${quote(id)} (already defined by events[${first}])`,
  };
}

/** Parses JSON text and validates it; a syntax error is reported at `(root)`. */
export function parseHistory(text: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(root)', message: `not JSON: ${(error as Error).message}` }],
    };
  }
  return validateHistory(input);
}

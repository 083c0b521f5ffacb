/**
 * Amazon's "All Orders" report (`GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL`, a
 * tab-separated flat file with one row per ITEM, columns as the Selling Partner API's order
 * tracking reports list them) into an order history of the contract.
 *
 * What the report tells, and what becomes of it:
 * - each order (rows grouped by `amazon-order-id`): `order.placed` at its `purchase-date`, FBA for
 *   `fulfillment-channel` AFN and FBM for MFN, a business order when `is-business-order` is true;
 *   the first item's `product-name` as the extra field `item`, the quantities as `itemCount`, the
 *   report's `order-status` as `reportStatus`;
 * - a `Cancelled` (or `Canceled`) order: `order.cancelled` at its `last-updated-date`. The report
 *   does not say who cancelled: the event says `buyer` (which no metric holds against the seller)
 *   with the extra field `byAssumed: true`, and the conversion counts them so a screen can say so.
 *
 * What it cannot tell, and so is left out rather than guessed: A-to-Z claims, feedback,
 * chargebacks, buyer messages, returns, invoice uploads, when an order shipped and with which
 * tracking, and its delivery. A `Shipped` order therefore has no `order.shipped` event (its
 * time and tracking are unknown); until the user adds them, IDR and the shipping rates count
 * nothing rather than something invented.
 *
 * One history holds one marketplace: rows of the most frequent Amazon sales channel the engine
 * knows are kept (or the one asked for), others are counted as left out (`Non-Amazon` rows are
 * multi-channel fulfilment orders, not the marketplace's). `asOf` is the latest date the report
 * holds. Problems name their line and column: `line 4, purchase-date: ...`.
 * @see ODR-DEF (every order placed in the window counts) @see PCR (only seller cancellations count)
 */
import { isMarketplaceName, isProfileName, marketplaces } from './profiles.ts';
import { parseInstant } from './iso.ts';
import { zoneClock } from './time.ts';
import type { History, MarketplaceName, OrderEvent, ProfileName } from './types.ts';
import type { ValidationError } from './validate.ts';

/** The report's columns this converter reads; the first four must be there. */
export const ALL_ORDERS_COLUMNS = [
  'amazon-order-id',
  'purchase-date',
  'order-status',
  'fulfillment-channel',
  'last-updated-date',
  'sales-channel',
  'product-name',
  'quantity',
  'is-business-order',
] as const;

const REQUIRED = ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'];

/** Choices the report leaves open. */
export interface AllOrdersOptions {
  /** Keep the orders of this marketplace (default: the report's most frequent one). */
  marketplace?: MarketplaceName | undefined;
  /** The policy reading of the history (default `course`). */
  profile?: ProfileName | undefined;
  /** The moment the history describes (default: the latest date in the report). */
  asOf?: string | undefined;
}

/** A converted report: the history and what a screen should say about it. */
export interface AllOrdersConversion {
  ok: true;
  history: History;
  /** Data rows read (one per item). */
  rows: number;
  /** Orders in the history. */
  orders: number;
  /** Cancelled orders, entered as cancelled by the buyer since the report does not say who. */
  cancelledWhoUnknown: number;
  /** Orders left out because they belong to another sales channel, by channel. */
  leftOut: { channel: string; orders: number }[];
}

/** The result of a conversion: the history, or every problem with its line and column. */
export type AllOrdersResult = AllOrdersConversion | { ok: false; errors: ValidationError[] };

/** One order as its rows give it. */
interface ReportOrder {
  orderId: string;
  line: number;
  purchasedAt: number;
  updatedAt: number;
  status: string;
  fulfillment: 'FBA' | 'FBM';
  business: boolean;
  channel: string;
  item: string;
  itemCount: number;
}

const quote = (value: string): string => JSON.stringify(value);

/** The marketplace a sales channel names (`Amazon.de` → amazon.de), or null. */
function marketplaceOf(channel: string): MarketplaceName | null {
  const name = channel.trim().toLowerCase();
  return isMarketplaceName(name) ? name : null;
}

/** True if the text looks like the report (its header names `amazon-order-id` among tabs). */
export function looksLikeAllOrdersReport(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') && /(^|\t)amazon-order-id(\t|$)/i.test(firstLine.trim());
}

/** Converts the report's text into an order history (see the module comment). */
export function convertAllOrdersReport(
  text: string,
  options: AllOrdersOptions = {},
): AllOrdersResult {
  const errors: ValidationError[] = [];
  if (options.marketplace !== undefined && !isMarketplaceName(options.marketplace))
    errors.push({
      path: 'marketplace',
      message: `unknown marketplace ${quote(options.marketplace)}`,
    });
  if (options.profile !== undefined && !isProfileName(options.profile))
    errors.push({ path: 'profile', message: `unknown profile ${quote(options.profile)}` });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim().toLowerCase());
  for (const name of REQUIRED)
    if (!header.includes(name))
      errors.push({
        path: 'line 1',
        message: `not an All Orders report: the header has no ${name} column (a tab-separated file whose first line names the columns)`,
      });
  if (errors.length > 0) return { ok: false, errors };
  const column = (name: string): number => header.indexOf(name);
  const at = {
    id: column('amazon-order-id'),
    purchased: column('purchase-date'),
    updated: column('last-updated-date'),
    status: column('order-status'),
    fulfillment: column('fulfillment-channel'),
    channel: column('sales-channel'),
    product: column('product-name'),
    quantity: column('quantity'),
    business: column('is-business-order'),
  };

  const orders = new Map<string, ReportOrder>();
  let rows = 0;
  for (let index = 1; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    rows++;
    const line = index + 1;
    const cells = raw.split('\t');
    const cell = (position: number): string => (position < 0 ? '' : (cells[position] ?? '').trim());
    const problem = (name: string, message: string): void => {
      errors.push({ path: `line ${line}, ${name}`, message });
    };
    const orderId = cell(at.id);
    if (orderId === '') {
      problem('amazon-order-id', 'missing (every row names its order)');
      continue;
    }
    const purchasedText = cell(at.purchased);
    const purchasedAt = parseInstant(purchasedText);
    if (purchasedAt !== purchasedAt)
      problem('purchase-date', `not an ISO-8601 date-time with offset: ${quote(purchasedText)}`);
    const updatedText = cell(at.updated);
    const updatedAt = updatedText === '' ? purchasedAt : parseInstant(updatedText);
    if (updatedAt !== updatedAt)
      problem('last-updated-date', `not an ISO-8601 date-time with offset: ${quote(updatedText)}`);
    const channelText = cell(at.fulfillment).toUpperCase();
    const fulfillment = channelText === 'AFN' ? 'FBA' : channelText === 'MFN' ? 'FBM' : null;
    if (fulfillment === null)
      problem(
        'fulfillment-channel',
        `out of range: must be AFN (Amazon) or MFN (the seller), got ${quote(cell(at.fulfillment))}`,
      );
    const status = cell(at.status);
    if (status === '') problem('order-status', 'missing (required)');
    const businessText = cell(at.business).toLowerCase();
    if (businessText !== '' && businessText !== 'true' && businessText !== 'false')
      problem('is-business-order', `must be true or false, got ${quote(cell(at.business))}`);
    const quantityText = cell(at.quantity);
    const quantity = quantityText === '' ? 1 : Number(quantityText);
    if (!Number.isInteger(quantity) || quantity < 0)
      problem('quantity', `must be a whole number, got ${quote(quantityText)}`);
    if (purchasedAt !== purchasedAt || updatedAt !== updatedAt || fulfillment === null) continue;
    if (updatedAt < purchasedAt)
      problem('last-updated-date', `before the purchase-date (${purchasedText})`);
    const known = orders.get(orderId);
    if (known === undefined) {
      orders.set(orderId, {
        orderId,
        line,
        purchasedAt,
        updatedAt,
        status,
        fulfillment,
        business: businessText === 'true',
        channel: cell(at.channel),
        item: cell(at.product),
        itemCount: Number.isInteger(quantity) ? quantity : 0,
      });
      continue;
    }
    // The rows of one order repeat its order-level fields: they must agree.
    if (purchasedAt !== known.purchasedAt)
      problem(
        'purchase-date',
        `differs from line ${known.line} of the same order ${quote(orderId)}`,
      );
    if (fulfillment !== known.fulfillment)
      problem(
        'fulfillment-channel',
        `differs from line ${known.line} of the same order ${quote(orderId)}`,
      );
    if (status !== known.status)
      problem(
        'order-status',
        `differs from line ${known.line} of the same order ${quote(orderId)}`,
      );
    known.updatedAt = Math.max(known.updatedAt, updatedAt);
    known.business ||= businessText === 'true';
    if (Number.isInteger(quantity)) known.itemCount += quantity;
  }
  if (errors.length > 0) return { ok: false, errors };
  if (orders.size === 0)
    return { ok: false, errors: [{ path: 'line 2', message: 'no order rows under the header' }] };

  // One marketplace: the one asked for, or the report's most frequent Amazon channel.
  const perChannel = new Map<string, number>();
  for (const order of orders.values())
    perChannel.set(order.channel, (perChannel.get(order.channel) ?? 0) + 1);
  let marketplace = options.marketplace ?? null;
  if (marketplace === null) {
    let best = 0;
    for (const [channel, count] of perChannel) {
      const name = marketplaceOf(channel);
      if (name !== null && count > best) [marketplace, best] = [name, count];
    }
  }
  if (marketplace === null) {
    // A report without a sales-channel column (or with blank cells) is taken as amazon.de's.
    if (perChannel.has('')) marketplace = 'amazon.de';
    else
      return {
        ok: false,
        errors: [
          {
            path: 'sales-channel',
            message: `no marketplace the course covers (found ${[...perChannel.keys()].map(quote).join(', ')}; expected e.g. "Amazon.de")`,
          },
        ],
      };
  }
  const kept = [...orders.values()].filter(
    (order) => order.channel === '' || marketplaceOf(order.channel) === marketplace,
  );
  const leftOut = [...perChannel]
    .filter(([channel]) => channel !== '' && marketplaceOf(channel) !== marketplace)
    .map(([channel, count]) => ({ channel, orders: count }))
    .sort((a, b) => b.orders - a.orders || (a.channel < b.channel ? -1 : 1));
  if (kept.length === 0)
    return {
      ok: false,
      errors: [{ path: 'sales-channel', message: `no order of ${marketplace} in the report` }],
    };

  const clock = zoneClock(marketplaces[marketplace].timeZone);
  const timeText = (ms: number): string => clock.formatInstant(ms);
  let latest = -Infinity;
  const events: { ms: number; event: OrderEvent }[] = [];
  let cancelled = 0;
  kept.sort((a, b) => a.purchasedAt - b.purchasedAt || (a.orderId < b.orderId ? -1 : 1));
  for (const order of kept) {
    latest = Math.max(latest, order.updatedAt, order.purchasedAt);
    events.push({
      ms: order.purchasedAt,
      event: {
        type: 'order.placed',
        at: timeText(order.purchasedAt),
        orderId: order.orderId,
        fulfillment: order.fulfillment,
        business: order.business,
        ...(order.item === '' ? {} : { item: order.item }),
        itemCount: order.itemCount,
        reportStatus: order.status,
      } as OrderEvent,
    });
    if (/^cancell?ed$/i.test(order.status)) {
      cancelled++;
      events.push({
        ms: order.updatedAt,
        event: {
          type: 'order.cancelled',
          at: timeText(order.updatedAt),
          orderId: order.orderId,
          by: 'buyer',
          byAssumed: true,
        } as OrderEvent,
      });
    }
  }
  let asOf = timeText(latest);
  if (options.asOf !== undefined) {
    if (parseInstant(options.asOf) !== parseInstant(options.asOf))
      return {
        ok: false,
        errors: [
          {
            path: 'asOf',
            message: `not an ISO-8601 date-time with offset: ${quote(options.asOf)}`,
          },
        ],
      };
    asOf = options.asOf;
  }
  events.sort((a, b) => a.ms - b.ms);
  return {
    ok: true,
    history: {
      profile: options.profile ?? 'course',
      marketplace,
      timeZone: clock.timeZone,
      asOf,
      events: events.map((entry) => entry.event),
    },
    rows,
    orders: kept.length,
    cancelledWhoUnknown: cancelled,
    leftOut,
  };
}

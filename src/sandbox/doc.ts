/**
 * A sandbox as a document: what it started from, what was added, the clock. Small by design: a
 * generated account is kept as its generator's figures and a scenario as its starting state
 * (both expand to the same events every time), so only imported histories carry their events.
 * Saved in the browser, carried in share links and restored after a reload, it is versioned
 * and validated like progress (`stores/progress-codec.ts`): a document is migrated to the
 * current version, and one that cannot be read is refused with a reason, never half-used.
 * Its events are checked by the engine when the sandbox opens it (see session.ts).
 */
import * as v from 'valibot';
import { migrate, type Migration, type ReadFailure } from '../stores/progress-codec.ts';
import { deflateText, inflateText } from '../lib/deflate.ts';
import type { GeneratorSpec, MarketplaceName, OrderEvent, ProfileName } from '../engine/index.ts';
import { marketplaces, profiles } from '../engine/index.ts';

/** The version this build writes. */
export const SANDBOX_VERSION = 1;

/** The profile, marketplace and zone the sandbox's account is judged on. */
export interface SandboxSettings {
  profile: ProfileName;
  marketplace: MarketplaceName;
  timeZone: string;
}

/** Where the sandbox started. */
export type SandboxBase =
  | { kind: 'empty' }
  | { kind: 'generated'; spec: GeneratorSpec }
  | {
      kind: 'scenario';
      slug: string;
      title: string;
      /** The moment the scenario's shift starts. */
      startAt: string;
      /** The scenario's listed starting events. */
      history: Record<string, unknown>[];
      /** Its generated background, as figures (the scenario's marketplace and profile apply). */
      background: GeneratorSpec | null;
    }
  | {
      kind: 'imported';
      fileName: string;
      /** An order-history file, or Amazon's All Orders report converted. */
      format: 'order-history' | 'all-orders';
      events: Record<string, unknown>[];
      /** For a report: what the conversion counted (a screen says what the report cannot tell). */
      report?:
        | {
            rows: number;
            orders: number;
            cancelledWhoUnknown: number;
            leftOut: { channel: string; orders: number }[];
          }
        | undefined;
    };

/** A whole sandbox. */
export interface SandboxDoc {
  version: typeof SANDBOX_VERSION;
  settings: SandboxSettings;
  base: SandboxBase;
  /** Events added in the sandbox, in the order added: acts, injected events, derived consequences. */
  added: OrderEvent[];
  /** The clock (ISO-8601 with offset). */
  now: string;
  /** The engine's consequences of passing deadlines are in `added` up to this moment. */
  reached: string;
}

const record = v.record(v.string(), v.unknown());
const share = v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

/** The generator's figures (their ranges are the engine's to check: checkGeneratorSpec). */
const specSchema = v.object({
  seed: v.pipe(v.number(), v.integer()),
  from: v.string(),
  to: v.string(),
  orders: v.optional(v.number()),
  ordersPerDay: v.optional(v.number()),
  fbaShare: share,
  businessShare: share,
  claimRate: share,
  negativeFeedbackRate: share,
  chargebackRate: share,
  messageRate: share,
  lateMessageRate: share,
  lateInvoiceRate: share,
  asOf: v.optional(v.string()),
  marketplace: v.optional(v.picklist(Object.keys(marketplaces) as MarketplaceName[])),
  profile: v.optional(v.picklist(Object.keys(profiles) as ProfileName[])),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A sandbox document, version 1. */
const docSchema = v.object({
  version: v.literal(SANDBOX_VERSION),
  settings: v.object({
    profile: v.picklist(Object.keys(profiles) as ProfileName[]),
    marketplace: v.picklist(Object.keys(marketplaces) as MarketplaceName[]),
    timeZone: v.string(),
  }),
  base: v.variant('kind', [
    v.object({ kind: v.literal('empty') }),
    v.object({ kind: v.literal('generated'), spec: specSchema }),
    v.object({
      kind: v.literal('scenario'),
      slug: v.string(),
      title: v.string(),
      startAt: v.string(),
      history: v.array(record),
      background: v.nullable(specSchema),
    }),
    v.object({
      kind: v.literal('imported'),
      fileName: v.string(),
      format: v.picklist(['order-history', 'all-orders']),
      events: v.array(record),
      report: v.optional(
        v.object({
          rows: count,
          orders: count,
          cancelledWhoUnknown: count,
          leftOut: v.array(v.object({ channel: v.string(), orders: count })),
        }),
      ),
    }),
  ]),
  added: v.array(record),
  now: v.string(),
  reached: v.string(),
});

/**
 * Upgrades by the version they start from. Version 1 is the first; when the shape changes,
 * bump SANDBOX_VERSION and add `1: (old) => ({ ...old, version: 2, ... })`.
 */
const sandboxMigrations: Readonly<Record<number, Migration>> = {};

/** A document read, or why it could not be. */
export type DocRead = { ok: true; doc: SandboxDoc; migratedFrom: number | null } | ReadFailure;

/** Migrates and validates a parsed document (its events are the engine's to check). */
function readSandboxDoc(value: unknown): DocRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'it is not a sandbox' };
  const migrated = migrate(value as Record<string, unknown>, sandboxMigrations, SANDBOX_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = v.safeParse(docSchema, migrated.record);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.') || 'the sandbox';
    return { ok: false, reason: `${path}: ${issue?.message ?? 'does not match'}` };
  }
  return {
    ok: true,
    doc: parsed.output as unknown as SandboxDoc,
    migratedFrom: migrated.from === SANDBOX_VERSION ? null : migrated.from,
  };
}

/**
 * A document as two compact texts (JSON, deflate-raw, base64url): its starting point, which
 * can be large (an imported history) and rarely changes, and the rest, which changes with every
 * act and move of the clock. Kept apart, the large part is packed and stored once.
 */
export interface PackedSandbox {
  state: string;
  base: string;
}

/** Packs the starting point of a document (see PackedSandbox). */
export function packBase(base: SandboxBase): Promise<string> {
  return deflateText(JSON.stringify(base));
}

/** Packs a document; `base`: its starting point already packed. */
export async function packSandbox(doc: SandboxDoc, base?: string): Promise<PackedSandbox> {
  const { base: _base, ...state } = doc;
  return {
    state: await deflateText(JSON.stringify(state)),
    base: base ?? (await packBase(doc.base)),
  };
}

/** The document of two packed texts, or why it cannot be read. */
export async function unpackSandbox(packed: PackedSandbox): Promise<DocRead> {
  let state: unknown;
  let base: unknown;
  try {
    [state, base] = await Promise.all([
      inflateText(packed.state).then(JSON.parse),
      inflateText(packed.base).then(JSON.parse),
    ]);
  } catch {
    return { ok: false, reason: 'it is not a sandbox link or save (it cannot be unpacked)' };
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state))
    return { ok: false, reason: 'it is not a sandbox' };
  return readSandboxDoc({ ...state, base });
}

/** A document as one text (`state.base`): a share link's or a named save's payload. */
export async function encodeSandbox(doc: SandboxDoc, base?: string): Promise<string> {
  const packed = await packSandbox(doc, base);
  return `${packed.state}.${packed.base}`;
}

/** The document of `encodeSandbox`'s text, or why it cannot be read. */
export function decodeSandbox(text: string): Promise<DocRead> {
  const [state = '', base = '', ...rest] = text.trim().split('.');
  if (rest.length > 0 || state === '' || base === '')
    return Promise.resolve({
      ok: false,
      reason: 'it is not a sandbox link or save (it cannot be unpacked)',
    });
  return unpackSandbox({ state, base });
}

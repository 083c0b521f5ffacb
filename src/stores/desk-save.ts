/**
 * A desk run as saved in the browser: the trainee's acts with their simulated times, the clock,
 * and whether the result was recorded. Versioned and validated like progress
 * (`progress-codec.ts`): a saved run is migrated to the current version, and one that cannot be
 * read is kept aside by the caller, never dropped.
 */
import * as v from 'valibot';
import type { FindingKind } from '../engine/index.ts';
import { FINDING_KIND_LABELS } from '../lib/reply-marks.ts';
import { deskActions } from '../sim/desk-actions.ts';
import { migrate, type Migration, type ReadFailure } from './progress-codec.ts';

/** The version this build writes. */
export const DESK_SAVE_VERSION = 1;

const instantMs = v.pipe(v.number(), v.finite());

/** One act as saved. */
const savedActSchema = v.object({
  action: v.picklist(deskActions),
  subject: v.string(),
  at: instantMs,
  choice: v.optional(v.string()),
  trackingId: v.optional(v.string()),
  /** What the trainee wrote, and what the reply coach found in it when it was sent. */
  text: v.optional(v.string()),
  findings: v.optional(
    v.array(
      v.object({
        rule: v.string(),
        kind: v.picklist(Object.keys(FINDING_KIND_LABELS) as FindingKind[]),
        start: v.number(),
        end: v.number(),
        message: v.string(),
      }),
    ),
  ),
});

/** A saved run, version 1. */
const deskSaveSchema = v.object({
  version: v.literal(DESK_SAVE_VERSION),
  acts: v.array(savedActSchema),
  /** The simulated clock, epoch ms. */
  clock: instantMs,
  /** True once the shift's result went into progress (so a reload does not count it twice). */
  recorded: v.boolean(),
});

/** A saved run. */
export type DeskSave = v.InferOutput<typeof deskSaveSchema>;

/**
 * Upgrades by the version they start from. Runs saved before saves had a version (the first
 * desk, `{ acts, clock, recorded }`) are read as version 0.
 */
const deskMigrations: Readonly<Record<number, Migration>> = {
  0: (old) => ({ ...old, version: 1 }),
};

/** Parses, migrates and validates a saved run. */
export function readDeskSave(
  text: string,
): { ok: true; save: DeskSave; migratedFrom: number | null } | ReadFailure {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'it is not a saved run' };
  const record = value as Record<string, unknown>;
  // Version 0 had no version field: lift it to 1 by its migration, then go on as usual.
  const versioned = 'version' in record ? record : deskMigrations[0]!(record);
  const migrated = migrate(versioned, deskMigrations, DESK_SAVE_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = v.safeParse(deskSaveSchema, migrated.record);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.') || 'the run';
    return { ok: false, reason: `${path}: ${issue?.message ?? 'does not match'}` };
  }
  const from = 'version' in record ? migrated.from : 0;
  return { ok: true, save: parsed.output, migratedFrom: from === DESK_SAVE_VERSION ? null : from };
}

/** The text saved for a run. */
export function writeDeskSave(save: Omit<DeskSave, 'version'>): string {
  return JSON.stringify({ version: DESK_SAVE_VERSION, ...save } satisfies DeskSave);
}

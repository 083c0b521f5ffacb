/**
 * Reading and writing saved progress: parse, migrate to the current version, validate. A value
 * that cannot be read is never dropped: the caller keeps it under a backup key and tells the
 * trainee (see `progress.ts`).
 */
import * as v from 'valibot';
import { PROGRESS_VERSION, progressSchema, type Progress } from './progress-schema.ts';

/** Turns progress saved by version N into version N + 1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. When the shape changes, bump PROGRESS_VERSION and
 * add `N: (old) => ({ ...old, version: N + 1, ... })`.
 *
 * - 1 → 2: writing practice. Adds `writing` (results per situation, with a review card for a
 *   situation written with findings) and `writingDrafts` (drafts under way), both empty.
 */
const migrations: Readonly<Record<number, Migration>> = {
  1: (old) => ({ ...old, version: 2, writing: {}, writingDrafts: {} }),
};

/** Why a saved value could not be used. */
export type ReadFailure = { ok: false; reason: string };
/** A saved value, read. */
export type ReadResult =
  { ok: true; progress: Progress; migratedFrom: number | null } | ReadFailure;

/** Runs the migrations from a record's version up to `current`, or says why it cannot. */
export function migrate(
  record: Record<string, unknown>,
  steps: Readonly<Record<number, Migration>> = migrations,
  current = PROGRESS_VERSION,
): { ok: true; record: Record<string, unknown>; from: number } | ReadFailure {
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'it has no version number' };
  }
  if (version > current)
    return {
      ok: false,
      reason: `it was saved by a newer version of the site (format ${version}; this site reads up to ${current})`,
    };
  let upgraded = record;
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    if (!step) return { ok: false, reason: `there is no way to upgrade format ${from}` };
    upgraded = step(upgraded);
  }
  return { ok: true, record: upgraded, from: version };
}

/** Parses, migrates and validates a saved or imported progress text. */
export function readProgress(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'it is not a progress record' };
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = v.safeParse(progressSchema, migrated.record);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.') || 'the record';
    return { ok: false, reason: `${path}: ${issue?.message ?? 'does not match'}` };
  }
  return {
    ok: true,
    progress: parsed.output,
    migratedFrom: migrated.from === PROGRESS_VERSION ? null : migrated.from,
  };
}

/** The text saved for a progress record. */
export function writeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

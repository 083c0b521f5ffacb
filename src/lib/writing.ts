/** Writing practice at build time: the situations in order, and the names of the rules the coach cites. */
import type { CollectionEntry } from 'astro:content';
import { REPLY_TARGETS } from '../content/writing-schema.ts';
import { factNames, optionalCollection } from './course.ts';
import { compareByFile } from './display-order.ts';

/** A writing situation from the `writing` collection. */
export type WritingEntry = CollectionEntry<'writing'>;

/** The writing situations, ordered by their file names' numeric prefixes. */
export async function writingSituations(): Promise<WritingEntry[]> {
  return (await optionalCollection('writing')).sort(compareByFile);
}

/** The URL of a writing situation. */
export function writingHref(situationId: string): string {
  return `/practise/writing/${situationId}/`;
}

/**
 * Plain names of the rules the reply coach can cite, plus `extra` fact IDs (a situation's own),
 * for the coach islands: a few names, not the whole registry.
 */
export async function coachRuleNames(
  extra: readonly string[] = [],
): Promise<Record<string, string>> {
  const names = await factNames();
  const ids = new Set([...Object.values(REPLY_TARGETS).map((target) => target.rule), ...extra]);
  return Object.fromEntries([...ids].sort().map((id) => [id, names[id] ?? id]));
}

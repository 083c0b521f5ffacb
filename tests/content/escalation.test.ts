/**
 * The escalation guide is content a trainer edits (content/escalation.yaml), and the lessons send
 * trainees to it: every "your team lead" in a lesson is a link to a case of the guide that exists.
 * Thresholds on a metric are a share of that metric's target in every policy profile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { profiles } from '../../src/engine/index.ts';

const root = resolve(import.meta.dirname, '../..');
const rules = parse(readFileSync(join(root, 'content/escalation.yaml'), 'utf8')) as {
  id: string;
  urgency: string;
  threshold?: { kind: string; metric?: 'odr' | 'idr'; share?: number; value?: number };
}[];
const ruleIds = new Set(rules.map((rule) => rule.id));
const lessonsDir = join(root, 'content/lessons');
const lessons = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    name,
    body: readFileSync(join(lessonsDir, name), 'utf8').split(/^---$/m)[2] ?? '',
  }));

describe('the escalation guide', () => {
  it('covers the cases the onboarding team asked for', () => {
    expect([...ruleIds]).toEqual(
      expect.arrayContaining([
        'odr-near-target',
        'ahr-at-risk',
        'suspension-notice',
        'legal',
        'safety',
        'personal-data',
      ]),
    );
  });

  it('has unique case ids, so every anchor leads to one case', () => {
    expect(ruleIds.size).toBe(rules.length);
  });

  it.each(rules.filter((rule) => rule.threshold?.kind === 'share-of-target'))(
    '$id sets its threshold below the target of every policy profile',
    ({ threshold }) => {
      for (const profile of Object.values(profiles)) {
        const target = profile[threshold?.metric ?? 'odr'].target.value;
        expect((threshold?.share ?? 0) * target).toBeGreaterThan(0);
        expect((threshold?.share ?? 1) * target).toBeLessThan(target);
      }
    },
  );

  it.each(lessons.map((lesson) => [lesson.name, lesson.body] as const))(
    '%s links every "your team lead" to a case of the guide',
    (_name, body) => {
      const mentions = [...body.matchAll(/your team lead/gi)].length;
      const links = [
        ...body.matchAll(/\[[^\]]*your team lead[^\]]*\]\(\/escalation\/#([a-z0-9-]+)\)/gi),
      ];
      expect(links.length).toBe(mentions);
      expect(links.map((link) => link[1]).filter((id) => !ruleIds.has(id ?? ''))).toEqual([]);
    },
  );
});

/** Zod field builders for links between content files, checked against the content index. */
import { z } from 'astro/zod';
import { brokenLessonLink, brokenObjectiveLink, type ContentIndex } from './registry.ts';
import { didYouMean, nearest } from './checks/suggest.ts';

/**
 * A policy fact ID that must exist in `content/facts/facts.yaml`. An unconfirmed clause
 * (`CB-WHO~odr-scope`) is refused with its own reason: what cites facts here is taught or graded
 * as confirmed, and a clause may only be taught with its caveat (a lesson's `caveats`).
 */
export function factId(index: ContentIndex) {
  return z
    .string()
    .describe('A fact ID from content/facts/facts.yaml, e.g. ODR-DEDUP')
    .superRefine((id, ctx) => {
      const problem = factIdProblem(index, id);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** Why `id` cannot be cited as a fact (unknown, or an unconfirmed clause), or null when it can. */
export function factIdProblem(index: ContentIndex, id: string): string | null {
  if (index.factIds.has(id)) return null;
  return index.clauseIds.has(id)
    ? `"${id}" is an unconfirmed clause (~ in the policy facts): a lesson may teach it with its caveat, but no quiz question or rubric item may rest on it`
    : `unknown fact ID "${id}" (not in content/facts/facts.yaml).${didYouMean(id, index.factIds)}`;
}

/** An unconfirmed clause of the registry, cited as `FACT-ID~clause-id` (e.g. CB-WHO~odr-scope). */
export function clauseId(index: ContentIndex) {
  return z
    .string()
    .describe('An unconfirmed clause from content/facts/facts.yaml, as FACT-ID~clause-id')
    .refine((id) => index.clauseIds.has(id), {
      error: (issue) =>
        `unknown unconfirmed clause "${String(issue.input)}" (not in the unconfirmed list of a fact in content/facts/facts.yaml).${didYouMean(String(issue.input), index.clauseIds)}`,
    });
}

/** A glossary id that must exist in `content/glossary.yaml`. */
export function glossaryId(index: ContentIndex) {
  return z
    .string()
    .describe('A glossary id from content/glossary.yaml, e.g. odr')
    .refine((id) => index.glossaryIds.has(id), {
      error: (issue) =>
        `unknown glossary term "${String(issue.input)}" (not in content/glossary.yaml).${didYouMean(String(issue.input), index.glossaryIds)}`,
    });
}

/** A module id that must exist in `content/modules.yaml`. */
export function moduleId(index: ContentIndex) {
  return z
    .string()
    .describe('A module id from content/modules.yaml')
    .refine((id) => index.moduleIds.has(id), {
      error: (issue) =>
        `unknown module "${String(issue.input)}" (not in content/modules.yaml).${didYouMean(String(issue.input), index.moduleIds)}`,
    });
}

/** A link to a lesson, optionally to one of its sections: `order-defect-rate/window#example`. */
export function lessonLink(index: ContentIndex) {
  return z
    .string()
    .describe('A lesson id, optionally with #section-id, e.g. order-defect-rate/the-window#example')
    .superRefine((link, ctx) => {
      const problem = brokenLessonLink(index, link);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `broken lesson link "${link}": ${problem}.${suggestLink(link, index.lessons)}`,
        });
    });
}

/** A lesson objective a quiz question assesses: `order-defect-rate/what-is-odr#calculate`. */
export function objectiveLink(index: ContentIndex) {
  return z
    .string()
    .describe(
      'A lesson id and one of its objective ids, e.g. order-defect-rate/what-is-odr#calculate',
    )
    .superRefine((link, ctx) => {
      const problem = brokenObjectiveLink(index, link);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `broken objective link "${link}": ${problem}.${suggestLink(link, index.objectives)}`,
        });
    });
}

/**
 * " Did you mean …?" for a broken `lesson#anchor` link: the nearest anchor of that lesson when the
 * lesson exists, else the nearest lesson (with the anchor, if it has one).
 */
function suggestLink(link: string, anchors: ReadonlyMap<string, ReadonlySet<string>>): string {
  const [lessonId = '', anchor] = link.split('#');
  const known = anchors.get(lessonId);
  if (known) {
    const near = anchor === undefined ? '' : didYouMean(anchor, known);
    return near.replace(/Did you mean (.*)\?$/, `Did you mean ${lessonId}#$1?`);
  }
  const lesson = nearest(lessonId, anchors.keys());
  if (lesson === undefined) return '';
  return ` Did you mean ${lesson}${anchor === undefined ? '' : `#${anchor}`}?`;
}

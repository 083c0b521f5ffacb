/**
 * Checks of a lesson's MDX text, which no schema sees: every `<Section>` has an id, a title and
 * known facts; `<PolicyCheck>` facts and `<Term>` ids exist; links to other pages of the site
 * lead somewhere; the front matter's `facts` and `terms` are exactly what the text teaches and
 * uses; each caveat has a Policy check that says "not confirmed"; every "your team lead" is a link
 * to a case of the escalation guide. Run by the build (the lessons' loader) and by
 * `npm run check-content`.
 */
import { factIdProblem } from '../links.ts';
import type { ContentIndex } from '../registry.ts';
import { listOf } from './issues.ts';
import type { Problem } from './problem.ts';
import { lineOf, type SourceFile } from './source.ts';
import { didYouMean, nearest } from './suggest.ts';
import { factsAttribute, lineAt, stringAttribute, tagsIn, type Tag } from './mdx-tags.ts';

/** What the text checks read of the front matter (as written; it may be invalid). */
interface LessonFrontMatter {
  facts?: unknown;
  terms?: unknown;
  caveats?: unknown;
}

/** A caveat in a Policy check: the words trainees read as "this is not confirmed". */
export const CAVEAT = /not confirmed|unconfirmed/i;

const KEBAB = /^[a-z0-9-]+$/;

/** Every `<Name …>` tag of `names` in a lesson's text after the front matter. */
function tagsOf(source: SourceFile, names: readonly string[]): Tag[] {
  return tagsIn(
    source.text,
    names,
    source.text.length - (source.body?.text.length ?? source.text.length),
  );
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The facts each `<Section>` of a lesson teaches, by section id (sections without readable facts left out). */
export function sectionFacts(
  source: SourceFile,
): { id: string; facts: string[]; offset: number }[] {
  return tagsOf(source, ['Section']).flatMap((tag) => {
    const facts = factsAttribute(tag.attributes);
    return Array.isArray(facts)
      ? [{ id: stringAttribute(tag.attributes, 'id') ?? '', facts, offset: tag.offset }]
      : [];
  });
}

/**
 * Problems in one lesson's text. The front matter's facts and terms are compared with the text
 * only when both are otherwise sound (`frontMatterValid`, no unknown id in the text), so one
 * mistake gives one message.
 */
export function lessonTextProblems(
  source: SourceFile,
  frontMatter: unknown,
  index: ContentIndex,
  frontMatterValid = true,
): Problem[] {
  const problems: Problem[] = [];
  let unknownFact = false;
  let unknownTerm = false;
  const at = (offset: number, where: string, message: string) =>
    problems.push({
      file: source.file,
      line: lineAt(source.text, offset),
      where,
      message,
      check: 'lesson text',
    });
  const front = (
    frontMatter && typeof frontMatter === 'object' ? frontMatter : {}
  ) as LessonFrontMatter;

  const taught = new Set<string>();
  const sectionIds = new Map<string, number>();
  const tags = tagsOf(source, ['Section', 'PolicyCheck', 'Term']);
  for (const tag of tags) {
    const id = stringAttribute(tag.attributes, 'id');
    const label = tag.name === 'Section' && id ? `<Section id="${id}">` : `<${tag.name}>`;
    if (tag.name === 'Term') {
      if (id === undefined)
        at(tag.offset, label, 'no id: write <Term id="glossary-id">words</Term>');
      else if (!index.glossaryIds.has(id)) {
        unknownTerm = true;
        at(
          tag.offset,
          `<Term id="${id}">`,
          `unknown glossary term "${id}" (not in content/glossary.yaml).${didYouMean(id, index.glossaryIds)}`,
        );
      }
      continue;
    }
    if (tag.name === 'Section') {
      if (id === undefined)
        at(
          tag.offset,
          label,
          'no id: add id="kebab-case-anchor"; quizzes and scenarios link to it',
        );
      else if (!KEBAB.test(id))
        at(
          tag.offset,
          label,
          `id "${id}" is not kebab-case: use lower-case letters, digits and hyphens`,
        );
      else if (sectionIds.has(id))
        at(
          tag.offset,
          label,
          `another section (line ${lineAt(source.text, sectionIds.get(id) ?? 0)}) has the same id: each section needs its own anchor`,
        );
      else sectionIds.set(id, tag.offset);
      if (!stringAttribute(tag.attributes, 'title'))
        at(tag.offset, label, 'no title: add title="…", the heading trainees see');
    }
    const facts = factsAttribute(tag.attributes);
    if (!Array.isArray(facts)) unknownFact = true; // its facts cannot be compared with the front matter
    if (facts === null)
      at(
        tag.offset,
        label,
        `no facts: add facts={["FACT-ID"]} with the facts it ${tag.name === 'Section' ? 'teaches' : 'compares'}`,
      );
    else if (facts === 'malformed')
      at(
        tag.offset,
        label,
        'cannot read its facts: write them as facts={["ODR-DEF", "ODR-DEDUP"]}',
      );
    else {
      if (facts.length === 0)
        at(tag.offset, label, 'facts={[]} is empty: list the facts it rests on');
      for (const fact of facts) {
        const problem = factIdProblem(index, fact);
        if (problem) {
          unknownFact = true;
          at(tag.offset, `${label} → facts`, problem);
        } else if (tag.name === 'Section') taught.add(fact);
      }
    }
  }

  // The front matter lists exactly what the text teaches and uses.
  const fmLine = (field: string) => lineOf(source, [field]);
  const listedFacts = asList(front.facts).filter((fact) => index.factIds.has(fact));
  const unlisted = [...taught].filter((fact) => !listedFacts.includes(fact));
  const untaught = listedFacts.filter((fact) => !taught.has(fact));
  const compareFacts = frontMatterValid && !unknownFact;
  const compareTerms = frontMatterValid && !unknownTerm;
  if (compareFacts && unlisted.length > 0)
    problems.push({
      file: source.file,
      line: fmLine('facts'),
      where: 'facts',
      message: `a <Section> teaches ${listOf(unlisted)}, which the front matter's facts do not list: add ${unlisted.length === 1 ? 'it' : 'them'} to facts`,
      check: 'lesson text',
    });
  if (compareFacts && untaught.length > 0)
    problems.push({
      file: source.file,
      line: fmLine('facts'),
      where: 'facts',
      message: `lists ${listOf(untaught)}, which no <Section> teaches: add ${untaught.length === 1 ? 'it' : 'them'} to the facts={[…]} of the section that teaches ${untaught.length === 1 ? 'it' : 'them'}, or remove ${untaught.length === 1 ? 'it' : 'them'} here`,
      check: 'lesson text',
    });
  const used = new Set(
    tags
      .filter((tag) => tag.name === 'Term')
      .flatMap((tag) => stringAttribute(tag.attributes, 'id') ?? [])
      .filter((id) => index.glossaryIds.has(id)),
  );
  const listedTerms = asList(front.terms).filter((term) => index.glossaryIds.has(term));
  const unlistedTerms = [...used].filter((term) => !listedTerms.includes(term));
  const unusedTerms = listedTerms.filter((term) => !used.has(term));
  if (compareTerms && unlistedTerms.length > 0)
    problems.push({
      file: source.file,
      line: fmLine('terms'),
      where: 'terms',
      message: `the text uses <Term id> ${listOf(unlistedTerms)}, which terms does not list: add ${unlistedTerms.length === 1 ? 'it' : 'them'}`,
      check: 'lesson text',
    });
  if (compareTerms && unusedTerms.length > 0)
    problems.push({
      file: source.file,
      line: fmLine('terms'),
      where: 'terms',
      message: `lists ${listOf(unusedTerms)}, which the text never marks with <Term id="…">: link the first use, or remove ${unusedTerms.length === 1 ? 'it' : 'them'} here`,
      check: 'lesson text',
    });

  // A caveat is taught with a Policy check on its fact that says it is not confirmed.
  asList(front.caveats).forEach((clause, position) => {
    if (!index.clauseIds.has(clause)) return; // the schema reports it
    const fact = clause.split('~')[0] ?? '';
    const checks = tags.filter((tag) => {
      const facts = factsAttribute(tag.attributes);
      return tag.name === 'PolicyCheck' && Array.isArray(facts) && facts.includes(fact);
    });
    if (!checks.some((tag) => CAVEAT.test(tag.inner)))
      problems.push({
        file: source.file,
        line: lineOf(source, ['caveats', position]),
        where: `caveats → entry ${position + 1}`,
        message: `teaches ${clause} but no <PolicyCheck facts={["${fact}"]}> in the text says "not confirmed": add the caveat there`,
        check: 'lesson text',
      });
  });

  problems.push(...linkProblems(source, index));
  return problems;
}

/** Links in the text to pages of the site (Markdown `[text](/path/#anchor)` or `href="/path/"`). */
function linkProblems(source: SourceFile, index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const start = source.text.length - (source.body?.text.length ?? source.text.length);
  const body = source.text.slice(start);
  const links = [
    ...[...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => ({
      href: match[1] ?? '',
      offset: start + match.index,
    })),
    ...[...body.matchAll(/\bhref=["'](\/[^"']*)["']/g)].map((match) => ({
      href: match[1] ?? '',
      offset: start + match.index,
    })),
  ];
  for (const { href, offset } of links) {
    const problem = brokenSiteLink(href, index);
    if (problem)
      problems.push({
        file: source.file,
        line: lineAt(source.text, offset),
        where: `link ${href}`,
        message: problem,
        check: 'lesson text',
      });
  }
  // Every "your team lead" leads to a case of the escalation guide.
  for (const match of body.matchAll(/your team lead/gi)) {
    const before = body.slice(Math.max(0, match.index - 80), match.index);
    const after = body.slice(match.index, match.index + 120);
    const linked =
      /\[[^\]]*$/.test(before) && /^[^\]]*\]\(\/escalation\/#[a-z0-9-]+\)/i.test(after);
    if (!linked)
      problems.push({
        file: source.file,
        line: lineAt(source.text, start + match.index),
        where: '"your team lead"',
        message:
          'not a link to the escalation guide: write [your team lead](/escalation/#case-id) with the case that applies',
        check: 'lesson text',
      });
  }
  return problems;
}

/** Why a link to a page of the site leads nowhere, or null when it leads to a page and anchor that exist. */
function brokenSiteLink(href: string, index: ContentIndex): string | null {
  const [path = '', anchor] = href.split('#');
  const clean = path.replace(/\/?$/, '/');
  const lesson = /^\/learn\/(.+)\/$/.exec(clean)?.[1];
  if (lesson !== undefined) {
    const sections = index.lessons.get(lesson);
    if (!sections) {
      const near = nearest(lesson, index.lessons.keys());
      return `no lesson "${lesson}": lesson pages are /learn/<module>/<lesson>/.${near ? ` Did you mean /learn/${near}/${anchor ? `#${anchor}` : ''}?` : ''}`;
    }
    if (anchor && !sections.has(anchor) && !anchor.startsWith('objective-')) {
      const near = nearest(anchor, sections);
      return `lesson "${lesson}" has no section "${anchor}".${near ? ` Did you mean /learn/${lesson}/#${near}?` : ''}`;
    }
    return null;
  }
  const anchored: Record<string, [Set<string>, string]> = {
    '/escalation/': [index.escalationIds, 'case of the escalation guide (content/escalation.yaml)'],
    '/facts/': [index.factIds, 'fact (content/facts/facts.yaml)'],
    '/glossary/': [index.glossaryIds, 'glossary term (content/glossary.yaml)'],
  };
  const page = anchored[clean];
  if (page) {
    const [ids, what] = page;
    const near = anchor ? nearest(anchor, ids) : undefined;
    if (anchor && !ids.has(anchor))
      return `no ${what} "${anchor}".${near ? ` Did you mean ${clean}#${near}?` : ''}`;
    return null;
  }
  const quiz = /^\/practise\/([^/]+)\/$/.exec(clean)?.[1];
  if (quiz !== undefined && quiz !== 'review' && !index.quizIds.has(quiz))
    return `no quiz "${quiz}" in content/quizzes.${didYouMean(quiz, index.quizIds)}`;
  const desk = /^\/simulate\/([^/]+)\/$/.exec(clean)?.[1];
  if (desk !== undefined && !index.scenarioIds.has(desk))
    return `no scenario "${desk}" in content/scenarios.${didYouMean(desk, index.scenarioIds)}`;
  return null;
}

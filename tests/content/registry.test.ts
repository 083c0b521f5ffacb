/** The project's fact registry and the link index that content validation rests on. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  brokenLessonLink,
  brokenObjectiveLink,
  objectiveIdsOf,
  lessonIdFromPath,
  readContentIndex,
  sectionIdsOf,
  type ContentIndex,
} from '../../src/content/registry.ts';

const root = resolve(import.meta.dirname, '../..');
const registry = parse(readFileSync(resolve(root, 'content/facts/facts.yaml'), 'utf8')) as {
  id: string;
  name?: string;
  text: string;
  help?: string;
  sources: string[];
  unconfirmed?: { id: string }[];
}[];
const sharedFacts = resolve(root, '../shared/policy/facts.md');

describe('fact registry', () => {
  it('holds exactly the fact IDs of the shared policy facts (no fact lost, none invented)', () => {
    // The product never reads ../shared; this test does, to catch the registry drifting from it.
    expect(
      existsSync(sharedFacts),
      `${sharedFacts} is missing: clone the project with shared/ beside it`,
    ).toBe(true);
    const upstream = [...readFileSync(sharedFacts, 'utf8').matchAll(/^\| ([A-Z][A-Z0-9-]*) \|/gm)]
      .map((match) => match[1])
      .filter((id) => id !== 'ID');
    expect(registry.map((fact) => fact.id).sort()).toEqual([...new Set(upstream)].sort());
  });

  it('holds one unconfirmed clause for every ~ of each shared fact, and none where there is no ~', () => {
    const upstream = readFileSync(sharedFacts, 'utf8');
    const marks = new Map(
      [...upstream.matchAll(/^\| ([A-Z][A-Z0-9-]*) \|(.*)$/gm)].map((match) => [
        match[1],
        (match[2]?.match(/~/g) ?? []).length,
      ]),
    );
    const counted = registry.map((fact) => [fact.id, fact.unconfirmed?.length ?? 0]);
    expect(counted).toEqual(registry.map((fact) => [fact.id, marks.get(fact.id) ?? 0]));
  });

  it('has no duplicate IDs', () => {
    const ids = registry.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every fact a plain name of its own, shown to trainees before the ID', () => {
    const unnamed = registry.filter((fact) => !fact.name?.trim()).map((fact) => fact.id);
    expect(unnamed, 'facts without a name in content/facts/facts.yaml').toEqual([]);
    const names = registry.map((fact) => fact.name?.toLowerCase());
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    // A name is a plain label, not the code again.
    expect(registry.filter((fact) => fact.name?.includes(fact.id)).map((fact) => fact.id)).toEqual(
      [],
    );
  });

  it.each([
    ['ODR-WINDOW', /14 days before/],
    ['A2Z-COUNTS', /unless it is denied/],
    ['NOTIFY-DAYS', /7 calendar days/],
  ])('keeps the help-page reading of %s apart from the course reading', (id, helpReading) => {
    const fact = registry.find((candidate) => candidate.id === id);
    expect(fact?.help).toMatch(helpReading);
    expect(fact?.text).not.toMatch(helpReading);
  });
});

describe('lesson ids and links', () => {
  it.each([
    ['01-service-standards/02-response-times.mdx', 'service-standards/response-times'],
    ['03-order-defect-rate/10-the-window.md', 'order-defect-rate/the-window'],
    ['intro.mdx', 'intro'],
    ['2024-plan/01-x.mdx', '2024-plan/x'],
  ])('derives the lesson id of %s as %s', (path, id) => {
    expect(lessonIdFromPath(path)).toBe(id);
  });

  it('finds the section anchors declared in a lesson body', () => {
    const body = `<Section id="a" title="A" facts={["X"]}>\n\n</Section>\n<Section title='B' id='b-2' facts={[]}>`;
    expect(sectionIdsOf(body)).toEqual(['a', 'b-2']);
  });

  const index: ContentIndex = {
    factIds: new Set(),
    clauseIds: new Set(),
    glossaryIds: new Set(),
    moduleIds: new Set(),
    contactIds: new Set(),
    escalationIds: new Set(),
    quizIds: new Set(),
    scenarioIds: new Set(),
    lessons: new Map([['odr/window', new Set(['example'])]]),
    objectives: new Map([['odr/window', new Set(['dates'])]]),
  };
  it.each([
    ['odr/window#dates', null],
    ['odr/window', 'name the objective after #, e.g. lesson-id#objective-id'],
    ['odr/window#example', 'lesson "odr/window" has no objective "example"'],
    ['odr/missing#dates', 'no lesson "odr/missing" in content/lessons'],
  ])('judges the objective link %s', (link, problem) => {
    expect(brokenObjectiveLink(index, link)).toBe(problem);
  });

  it('reads the objective ids of a lesson front matter, and none from a broken one', () => {
    expect(
      objectiveIdsOf('---\nobjectives:\n  - { id: a, text: A }\n  - { id: b-2, text: B }\n---\n'),
    ).toEqual(['a', 'b-2']);
    expect(objectiveIdsOf('---\nobjectives: [unclosed\n---\n')).toEqual([]);
  });

  it.each([
    ['odr/window', null],
    ['odr/window#example', null],
    ['odr/missing', 'no lesson "odr/missing" in content/lessons'],
    ['odr/window#nowhere', 'lesson "odr/window" has no section "nowhere"'],
  ])('judges the link %s', (link, problem) => {
    expect(brokenLessonLink(index, link)).toBe(problem);
  });

  it('indexes the real content folder', () => {
    const real = readContentIndex(root);
    expect(real.factIds.size).toBe(registry.length);
    expect(real.factIds.has('ODR-DEDUP')).toBe(true);
    expect(real.clauseIds.has('CB-WHO~odr-scope')).toBe(true);
    expect(real.factIds.has('CB-WHO~odr-scope')).toBe(false);
  });
});

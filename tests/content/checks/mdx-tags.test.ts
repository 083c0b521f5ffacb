/** Lesson components read from MDX text: attributes in either quote, facts lists, lines. */
import { describe, expect, it } from 'vitest';
import {
  factsAttribute,
  lineAt,
  stringAttribute,
  tagsIn,
} from '../../../src/content/checks/mdx-tags.ts';

describe('lesson tags', () => {
  it.each([
    [
      'a title with an apostrophe in double quotes',
      `id="a" title="Answer in the buyer's language"`,
      "Answer in the buyer's language",
    ],
    ['a title in single quotes', `title='A "quoted" word' id="b"`, 'A "quoted" word'],
    ['a title as an expression', `id="c" title={"From code"}`, 'From code'],
    ['no title', 'id="d"', undefined],
  ])('reads %s whole', (_case, attributes, title) => {
    expect(stringAttribute(attributes, 'title')).toBe(title);
  });

  it('does not take an attribute whose name ends with the one asked for', () => {
    expect(stringAttribute('subtitle="x"', 'title')).toBeUndefined();
  });

  it.each([
    ['double quotes', 'facts={["ODR-DEF", "ODR-DEDUP"]}', ['ODR-DEF', 'ODR-DEDUP']],
    ['single quotes', "facts={['A2Z-COUNTS']}", ['A2Z-COUNTS']],
    ['an empty list', 'facts={[]}', []],
    ['no facts', 'id="x"', null],
    ['a string instead of a list', 'facts="ODR-DEF"', 'malformed'],
    ['a bare word in the list', 'facts={[ODR-DEF]}', 'malformed'],
  ])('reads facts written with %s', (_case, attributes, facts) => {
    expect(factsAttribute(attributes)).toEqual(facts);
  });

  it('finds tags with their text, skipping > inside attribute values', () => {
    const text = `Intro\n<Section id="a" title="If x > y" facts={["X"]}>\n\nBody\n\n</Section>\n<Term id="odr">ODR</Term>`;
    const tags = tagsIn(text, ['Section', 'Term']);
    expect(
      tags.map((tag) => [
        tag.name,
        stringAttribute(tag.attributes, 'title') ?? '',
        tag.inner.trim(),
        lineAt(text, tag.offset),
      ]),
    ).toEqual([
      ['Section', 'If x > y', 'Body', 2],
      ['Term', '', 'ODR', 7],
    ]);
  });
});

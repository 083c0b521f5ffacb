/**
 * The authoring guide (content/README.md) cannot drift: its field tables are the schemas'
 * descriptions as generated now, every field has one, and every lesson component and widget a
 * lesson can use is in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldBlocks, GUIDE, UNDOCUMENTED, updateGuide } from '../../scripts/content-guide.ts';

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(join(root, GUIDE), 'utf8');

describe('the authoring guide', () => {
  const blocks = fieldBlocks();

  it('has the field tables the schemas give now (run npm run content-guide when this fails)', () => {
    expect(updateGuide(guide, blocks)).toBe(guide);
  });

  it('has a place for every generated block, and every block it marks is generated', () => {
    const marked = [...guide.matchAll(/<!-- fields:([a-z]+) -->/g)].map((match) => match[1]);
    expect(marked.sort()).toEqual(Object.keys(blocks).sort());
  });

  it('documents every field: each has a .describe() in its schema', () => {
    const undocumented = Object.entries(blocks).flatMap(([name, text]) =>
      text
        .split('\n')
        .filter((line) => line.includes(UNDOCUMENTED))
        .map((line) => `${name}: ${line.split('|')[1]?.trim()}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('detects a stale table (a test of the check itself)', () => {
    const stale = guide.replace(
      '| `title` | text | required | Lesson title |',
      '| `title` | text | required | Old words |',
    );
    expect(stale).not.toBe(guide);
    expect(updateGuide(stale, blocks)).toBe(guide);
  });

  it('explains every widget a lesson embeds and every component lessons use', () => {
    const lessonsDir = join(root, 'content/lessons');
    const widgets = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) =>
        [
          ...readFileSync(join(lessonsDir, name), 'utf8').matchAll(
            /^import (\w+) from '[^']*components\/\w+\.svelte';$/gm,
          ),
        ].map((match) => match[1] ?? ''),
      );
    const page = readFileSync(join(root, 'src/pages/learn/[...lesson].astro'), 'utf8');
    const components = [
      ...(/components=\{\{([\s\S]*?)\}\}/.exec(page)?.[1] ?? '').matchAll(/^\s*([A-Z]\w*),?$/gm),
    ].map((match) => match[1] ?? '');
    expect(widgets.length).toBeGreaterThan(0);
    expect(components).toEqual(expect.arrayContaining(['Section', 'Term', 'PolicyCheck']));
    for (const name of [...new Set([...widgets, ...components])])
      expect(guide, name).toMatch(new RegExp(`\`<?${name}\\b`));
  });
});

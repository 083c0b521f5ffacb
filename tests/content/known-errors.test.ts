/**
 * Rules the content once taught wrongly (issue 10), each with the fact it contradicted and a
 * pattern that finds the wrong wording again (KNOWN_ERRORS, which check-content also runs). Every
 * pattern is first checked against the sentence it was written for, so a pattern that can no
 * longer fail is caught too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_ERRORS } from '../../src/content/checks/plain-english.ts';

const root = resolve(import.meta.dirname, '../..');

/** Every file a trainee reads text from: lessons, quizzes, scenarios, glossary, modules, escalation guide. */
const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(mdx|ya?ml)$/.test(name) && !name.startsWith('facts'))
  .map((name) => ({
    path: `content/${name}`,
    text: readFileSync(join(root, 'content', name), 'utf8'),
  }));

describe.each(KNOWN_ERRORS)('the content no longer teaches $error ($fact)', ({ pattern, was }) => {
  it('has a pattern that finds the wrong wording it was written for', () => {
    expect(was).toMatch(pattern);
  });

  it('finds it nowhere in content/', () => {
    const found = files.flatMap(({ path, text }) =>
      text
        .split('\n')
        .map((line, index) => ({ line, number: index + 1 }))
        .filter(({ line }) => pattern.test(line))
        .map(({ line, number }) => `${path}:${number}: ${line.trim().slice(0, 120)}`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * Rules the content once taught wrongly (issue 10), each with the fact it contradicted and a
 * pattern that finds the wrong wording again. Every pattern is first checked against the sentence
 * it was written for, so a pattern that can no longer fail is caught too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every file a trainee reads text from: lessons, quizzes, scenarios, glossary, modules, escalation guide. */
const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(mdx|ya?ml)$/.test(name) && !name.startsWith('facts'))
  .map((name) => ({
    path: `content/${name}`,
    text: readFileSync(join(root, 'content', name), 'utf8'),
  }));

const knownErrors = [
  {
    error: 'a claim on an untracked order granted when the delivery date passes',
    fact: 'A2Z-REASONS',
    pattern: /delivery date\)?\s+(passes|ends|is over)|cannot stop the claim/i,
    was: 'It cannot stop the claim: without a tracking ID the A-to-Z claim is granted automatically when the latest delivery date passes.',
  },
  {
    error: 'a shift worked from the oldest deadline',
    fact: 'TIP-1',
    pattern: /oldest deadline/i,
    was: 'Open Seller Central and work from the oldest deadline to the newest.',
  },
  {
    error: 'a fixed order of work by type (notifications, then returns, then messages)',
    fact: 'TIP-1',
    pattern:
      /notifications?\b[^.\n]{0,80}\bthen\b[^.\n]{0,20}return requests?\b[^.\n]{0,40}\bthen\b[^.\n]{0,20}(buyer )?messages/i,
    was: 'First Amazon’s notifications about A-to-Z claims and chargebacks, then return requests, then buyer messages.',
  },
  {
    error: 'every marketplace watching the same four things (the brief says "usually")',
    fact: 'STD-FOUR',
    pattern: /\b(every|each|all four) marketplaces? watch/i,
    was: 'Every marketplace watches the same four things about customer service:',
  },
  {
    error: 'a claim that Amazon’s help pages do not publish the automatic-acceptance list',
    fact: 'A2Z-AUTO',
    pattern: /help pages[^.\n]{0,40}do not publish this list/i,
    was: 'Amazon’s help pages (checked November 2026) do not publish this list as rules of automatic acceptance.',
  },
  {
    error: 'Amazon’s account classification said of Kaufland and Cdiscount',
    fact: 'CLASSIFY',
    pattern: /account classified regularly[^|\n]*\|[^\n]*account classified regularly/i,
    was: '| Classification | Account classified regularly from these numbers | Account classified regularly from these numbers | Top Rated |',
  },
];

describe.each(knownErrors)('the content no longer teaches $error ($fact)', ({ pattern, was }) => {
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

/**
 * Writing situations (`content/writing/*.yaml`): the schema refuses what a trainer can get wrong,
 * the set covers every rule of the reply-check contract and the tips it practises, and the reply
 * checker agrees with each situation: the typical wrong draft breaks the target rule, the model
 * answer breaks none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadReplyChecker, type ReplyCheck, type ReplyInput } from '../../src/engine/index.ts';
import { readContentIndex, type ContentIndex } from '../../src/content/registry.ts';
import {
  REPLY_TARGETS,
  WRITING_LANGUAGES,
  writingSituationSchema,
  type WritingSituation,
} from '../../src/content/writing-schema.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/writing');
const index: ContentIndex = readContentIndex(root);
const schema = writingSituationSchema(index);

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const situations = files.map((name) => {
  const parsed = schema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
  return { name, parsed, data: parsed.success ? parsed.data : (null as never as WritingSituation) };
});

/** A valid situation to break one field at a time. */
const valid = {
  title: 'Where is my parcel?',
  kind: 'message',
  language: 'en',
  buyer: { name: 'Tom H.', text: 'Where is my parcel?' },
  order: {
    number: '204-3816402-5519321',
    item: 'Desk lamp',
    fulfilment: 'FBM',
    history: ['Dispatched on Tuesday.'],
  },
  task: 'Answer Tom.',
  facts: ['MSG-CONTACT'],
  target: { rule: 'MSG-CONTACT', kind: 'contact-details' },
  trap: { text: 'Follow it on https://example.com', why: 'A link to another site.' },
  model: { text: 'It left us on Tuesday.', why: ['It answers.'] },
};

/** Every problem the schema reports, as `path: message`. */
function problems(value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the writing situation schema', () => {
  it('accepts a valid situation and fills in the marketplace', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.marketplace).toBe('amazon.de');
  });

  it.each([
    [
      'an unknown fact ID',
      { ...valid, facts: ['MSG-CONTACT', 'NOT-A-FACT'] },
      'facts.1: unknown fact ID "NOT-A-FACT"',
    ],
    [
      'a finding kind paired with the wrong rule',
      { ...valid, facts: ['TIP-8'], target: { rule: 'TIP-8', kind: 'contact-details' } },
      'target.rule: the finding kind "contact-details" belongs to MSG-CONTACT, not TIP-8',
    ],
    [
      'a question target in a message (questions are fine there)',
      {
        ...valid,
        facts: ['PR-RULES'],
        target: { rule: 'PR-RULES', kind: 'question' },
      },
      'target.kind: "question" is never found in a message',
    ],
    [
      "a target whose rule the facts don't list",
      { ...valid, facts: ['TIP-3'] },
      "facts: facts must include the target's rule MSG-CONTACT",
    ],
    [
      'a public reply without the stars of the feedback',
      {
        ...valid,
        kind: 'public-reply',
        facts: ['PR-RULES'],
        target: { rule: 'PR-RULES', kind: 'question' },
      },
      'buyer.rating: a public reply answers feedback',
    ],
    [
      'a message with a rating',
      { ...valid, buyer: { ...valid.buyer, rating: 2 } },
      'buyer.rating: only feedback has a rating',
    ],
    [
      'an order number in the wrong shape',
      { ...valid, order: { ...valid.order, number: '12345' } },
      'order.number: expected an Amazon order number',
    ],
    ['a language the checker does not read', { ...valid, language: 'it' }, 'language'],
    [
      'a model answer without reasons',
      { ...valid, model: { text: 'Fine.', why: [] } },
      'model.why',
    ],
    ['an unknown marketplace', { ...valid, marketplace: 'ebay.de' }, 'marketplace'],
  ])('refuses %s, naming the field', (_case, value, expected) => {
    expect(problems(value).join('\n')).toContain(expected);
  });
});

describe('the writing situations', () => {
  it.each(situations.map((situation) => [situation.name, situation] as const))(
    '%s matches the schema',
    (_name, situation) => {
      expect(situation.parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('number at least 30', () => {
    expect(situations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(WRITING_LANGUAGES)('include at least 8 situations in %s', (language) => {
    expect(situations.filter((s) => s.data.language === language).length).toBeGreaterThanOrEqual(8);
  });

  it.each(['message', 'public-reply'] as const)(
    'include at least 10 situations of kind %s',
    (kind) => {
      expect(situations.filter((s) => s.data.kind === kind).length).toBeGreaterThanOrEqual(10);
    },
  );

  it.each(Object.entries(REPLY_TARGETS).map(([kind, { rule }]) => [rule, kind]))(
    'practise %s %s in at least two situations',
    (rule, kind) => {
      const targeting = situations.filter(
        (s) => s.data.target.rule === rule && s.data.target.kind === kind,
      );
      expect(targeting.length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(['TIP-1', 'TIP-3', 'TIP-5', 'TIP-8', 'TIP-10'])('practise %s', (tip) => {
    expect(situations.filter((s) => s.data.facts.includes(tip)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the reply checker on every situation', () => {
  let check: (input: ReplyInput) => ReplyCheck;
  beforeAll(async () => {
    check = await loadReplyChecker();
  });
  const inputOf = (situation: WritingSituation, text: string): ReplyInput => ({
    kind: situation.kind,
    marketplace: situation.marketplace,
    buyerLanguage: situation.language,
    buyerMessage: situation.buyer.text,
    text,
  });

  it.each(situations.map((situation) => [situation.name, situation.data] as const))(
    '%s: the model answer breaks no rule and is in the buyer’s language',
    (_name, situation) => {
      const result = check(inputOf(situation, situation.model.text));
      expect(
        result.findings.map(
          (f) => `${f.rule} ${f.kind}: ${situation.model.text.slice(f.start, f.end)}`,
        ),
      ).toEqual([]);
      expect(result.language).toBe(situation.language);
    },
  );

  it.each(situations.map((situation) => [situation.name, situation.data] as const))(
    '%s: the typical wrong draft breaks the target rule',
    (_name, situation) => {
      const result = check(inputOf(situation, situation.trap.text));
      expect(result.findings.map((f) => `${f.rule} ${f.kind}`)).toContain(
        `${situation.target.rule} ${situation.target.kind}`,
      );
      // The page marks the draft with its language for screen readers.
      expect(result.language).toBe(situation.trap.language ?? situation.language);
    },
  );
});

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const node = resolve(root, 'node_modules/.bin/node');
const cli = resolve(root, 'src/engine/cli/check-reply.ts');

/** Runs the real command, as `npm run check-reply` does. */
function checkReply(args: string[], stdin?: string) {
  const result = spawnSync(node, [cli, ...args], {
    cwd: root,
    input: stdin ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command on a draft given as JSON on standard input. */
function checkDraft(draft: unknown) {
  return checkReply(['-'], JSON.stringify(draft));
}

const pairs = (stdout: string): string[] =>
  (JSON.parse(stdout) as { findings: { rule: string; kind: string }[] }).findings.map(
    (finding) => `${finding.rule} ${finding.kind}`,
  );

describe('the check-reply command', () => {
  // The contract's examples table, row by row.
  it.each([
    [
      'We are sorry the lamp broke. We will send you a 20% voucher if you remove your 1-star rating.',
      'public-reply',
      {},
      ['PR-RULES removal-incentive'],
    ],
    [
      'Thank you for your feedback. The delay came from the carrier; we have changed carriers since.',
      'public-reply',
      {},
      [],
    ],
    [
      'Für eine schnellere Abwicklung überweisen Sie den Restbetrag bitte an uns statt über Amazon.',
      'message',
      {},
      ['TIP-8 off-platform-payment'],
    ],
    [
      'Call us on +49 30 1234567 and we will sort it out.',
      'message',
      {},
      ['MSG-CONTACT contact-details'],
    ],
    [
      'Welche Größe haben Sie bestellt? Dann tauschen wir den Artikel sofort um.',
      'message',
      { buyerLanguage: 'de' },
      [],
    ],
    [
      'Welche Größe haben Sie bestellt? Dann tauschen wir den Artikel sofort um.',
      'message',
      { buyerMessage: 'Hallo, die Hose ist zu klein. Kann ich sie umtauschen?' },
      [],
    ],
    [
      'Dommage que la couleur ne vous plaise pas. Quelle teinte préférez-vous ?',
      'public-reply',
      {},
      ['PR-RULES question'],
    ],
  ])('contract example: "%s" (%s)', (text, kind, extra, expected) => {
    const { code, stdout, stderr } = checkDraft({ kind, text, ...extra });
    expect([code, stderr]).toEqual([0, '']);
    expect(pairs(stdout)).toEqual(expected);
  });

  it('prints the contract input example as the contract output, fields in order', () => {
    const text = 'Hello, your parcel left our warehouse on Monday. Tracking: 1Z999AA10123456784.';
    const { code, stdout } = checkDraft({
      kind: 'message',
      marketplace: 'amazon.de',
      buyerMessage: 'Hallo, wo bleibt meine Bestellung? Sie sollte gestern ankommen.',
      text,
    });
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['language', 'buyerLanguage', 'findings']);
    expect([result.language, result.buyerLanguage]).toEqual(['en', 'de']);
    expect(result.findings).toHaveLength(1);
    expect(Object.keys(result.findings[0]).slice(0, 5)).toEqual([
      'rule',
      'kind',
      'start',
      'end',
      'message',
    ]);
    expect(result.findings[0]).toMatchObject({
      rule: 'FBM-LOCAL',
      kind: 'language',
      start: 0,
      end: text.length,
    });
    expect(result.findings[0].message).toMatch(/^The buyer wrote in German; answer in German\./);
  });

  it('reads a file as well as standard input', () => {
    const { code, stdout } = checkReply([
      resolve(root, 'tests/fixtures/reply/contract-input.json'),
    ]);
    expect(code).toBe(0);
    expect(pairs(stdout)).toEqual(['FBM-LOCAL language']);
  });

  it('gives a clean draft "findings": [] and exit 0', () => {
    const { code, stdout } = checkDraft({ kind: 'message', text: 'Thanks!' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ language: null, buyerLanguage: null, findings: [] });
  });

  it.each([
    ['not JSON', 'nope', /^\(root\): not JSON/m],
    ['not an object', '[]', /^\(root\): expected an object$/m],
    ['no kind', '{"text":"Hi"}', /^kind: expected "message" or "public-reply"$/m],
    [
      'an unknown kind',
      '{"kind":"email","text":"Hi"}',
      /^kind: expected "message" or "public-reply"$/m,
    ],
    ['no text', '{"kind":"message"}', /^text: missing/m],
    ['an empty text', '{"kind":"message","text":""}', /^text: empty/m],
    ['a text that is not a string', '{"kind":"message","text":42}', /^text: expected a string/m],
    [
      'a text over 10,000 characters',
      JSON.stringify({ kind: 'message', text: 'a'.repeat(10_001) }),
      /^text: too long: 10,001 characters \(at most 10,000\)/m,
    ],
    [
      'a marketplace that is not Amazon',
      '{"kind":"message","text":"Hi","marketplace":"ebay.de"}',
      /^marketplace: expected an Amazon marketplace/m,
    ],
    [
      'a buyer language that is not a code',
      '{"kind":"message","text":"Hi","buyerLanguage":"German"}',
      /^buyerLanguage: expected an ISO 639-1 code/m,
    ],
    [
      'a buyer message that is not a string',
      '{"kind":"message","text":"Hi","buyerMessage":["Hallo"]}',
      /^buyerMessage: expected a string/m,
    ],
  ])('rejects %s: exit 2, nothing on stdout, the place on stderr', (_name, stdin, message) => {
    const { code, stdout, stderr } = checkReply(['-'], stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('names every problem of an input at once', () => {
    const { stderr } = checkReply(['-'], '{"kind":"x","text":""}');
    expect(stderr).toMatch(/^kind: /m);
    expect(stderr).toMatch(/^text: /m);
  });

  it('accepts a text of exactly 10,000 characters', () => {
    const { code } = checkDraft({ kind: 'message', text: 'a'.repeat(10_000) });
    expect(code).toBe(0);
  });

  it('exits 2 with a clear message for a missing file', () => {
    const { code, stdout, stderr } = checkReply([resolve(root, 'no-such-draft.json')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/no-such-draft\.json: no such file/);
  });

  it.each([[[]], [['a.json', 'b.json']], [['--help']]])(
    'exits 64 (usage) for arguments %j',
    (args) => {
      const { code, stdout, stderr } = checkReply(args);
      expect([code, stdout]).toEqual([64, '']);
      expect(stderr).toMatch(/^usage:/);
    },
  );
});

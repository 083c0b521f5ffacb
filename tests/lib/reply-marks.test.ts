import { describe, expect, it } from 'vitest';
import type { ReplyFinding } from '../../src/engine/index.ts';
import { coversWholeDraft, excerptOf, markedPieces } from '../../src/lib/reply-marks.ts';

const finding = (
  start: number,
  end: number,
  kind: ReplyFinding['kind'] = 'question',
): ReplyFinding => ({
  rule: 'PR-RULES',
  kind,
  start,
  end,
  message: 'm',
});

describe('marks in the draft, built from offsets', () => {
  it('cuts the draft into plain pieces that put it back together exactly', () => {
    const text = 'Sorry. <b>Call</b> 030 1234567? Thanks';
    const pieces = markedPieces(text, [finding(19, 30, 'private-data'), finding(19, 31)]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(
      pieces.filter((piece) => piece.findings.length > 0).map((p) => [p.text, p.findings]),
    ).toEqual([
      ['030 1234567', [1, 2]],
      ['?', [2]],
    ]);
    expect(pieces.find((piece) => piece.text === '030 1234567')?.ending).toEqual([1]);
    expect(pieces.find((piece) => piece.text === '?')?.ending).toEqual([2]);
  });

  it('keeps markup as text: a piece is the characters of the draft, never parsed', () => {
    const text = '<img src=x onerror=alert(1)> please';
    const pieces = markedPieces(text, [finding(0, 28)]);
    expect(pieces[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('lists a finding over the whole draft without marking every word', () => {
    const text = 'Hallo, wir schicken es morgen.';
    const whole = { ...finding(0, text.length, 'language'), rule: 'FBM-LOCAL' as const };
    expect(coversWholeDraft(whole, text)).toBe(true);
    expect(markedPieces(text, [whole])).toEqual([{ text, findings: [], ending: [] }]);
  });

  it('numbers findings in list order, so a mark and its list entry match', () => {
    const text = 'one two three';
    const pieces = markedPieces(text, [finding(8, 13), finding(0, 3)]);
    expect(
      pieces.filter((piece) => piece.findings.length > 0).map((p) => [p.text, p.findings]),
    ).toEqual([
      ['one', [2]],
      ['three', [1]],
    ]);
  });
});

describe('quoted words', () => {
  it('quotes short spans whole', () => {
    expect(excerptOf(finding(6, 17), 'Call: 030 1234567.')).toBe('030 1234567');
  });

  it('shortens long spans, keeping their start and end', () => {
    const text = `${'a'.repeat(100)} end`;
    const quoted = excerptOf(finding(0, text.length), text, 21);
    expect(quoted).toBe(`${'a'.repeat(10)}…${'a'.repeat(6)} end`);
  });
});

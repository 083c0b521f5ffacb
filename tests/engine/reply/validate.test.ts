import { describe, expect, it } from 'vitest';
import { parseReplyInput, validateReplyInput } from '../../../src/engine/reply/validate.ts';

describe('validateReplyInput', () => {
  it('fills the default marketplace and keeps the given fields', () => {
    expect(validateReplyInput({ kind: 'public-reply', text: 'Hi', buyerLanguage: 'FR' })).toEqual({
      ok: true,
      input: { kind: 'public-reply', text: 'Hi', marketplace: 'amazon.de', buyerLanguage: 'fr' },
    });
  });

  it('allows unknown extra fields and null optional fields', () => {
    const result = validateReplyInput({
      kind: 'message',
      text: 'Hi',
      draftId: 7,
      buyerMessage: null,
    });
    expect(result).toEqual({
      ok: true,
      input: { kind: 'message', text: 'Hi', marketplace: 'amazon.de' },
    });
  });

  it.each(['amazon.fr', 'amazon.co.uk', 'amazon.com', 'amazon.com.be'])(
    'accepts the marketplace %s',
    (marketplace) => {
      expect(validateReplyInput({ kind: 'message', text: 'Hi', marketplace }).ok).toBe(true);
    },
  );

  it.each([
    [null, '(root)'],
    ['text', '(root)'],
    [{ kind: 'message' }, 'text'],
    [{ text: 'Hi' }, 'kind'],
    [{ kind: 'message', text: 'Hi', marketplace: 'amazon' }, 'marketplace'],
    [{ kind: 'message', text: 'Hi', buyerLanguage: 'de-DE' }, 'buyerLanguage'],
  ])('rejects %j naming %s', (value, path) => {
    const result = validateReplyInput(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(path);
  });

  it('ignores a byte-order mark before the JSON', () => {
    expect(parseReplyInput('\ufeff{"kind":"message","text":"Hi"}').ok).toBe(true);
  });
});

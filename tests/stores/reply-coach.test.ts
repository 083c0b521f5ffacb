import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyCheck, ReplyInput } from '../../src/engine/index.ts';
import {
  CHECK_DELAY_MS,
  createReplyCoach,
  findingKey,
  type ReplyChecker,
} from '../../src/stores/reply-coach.ts';

/** A stand-in checker that records what it was asked and flags every "PayPal" (TIP-8). */
function recordingChecker(): { checker: ReplyChecker; asked: ReplyInput[] } {
  const asked: ReplyInput[] = [];
  const checker = (input: ReplyInput): ReplyCheck => {
    asked.push(input);
    const at = input.text.indexOf('PayPal');
    return {
      language: 'en',
      buyerLanguage: input.buyerLanguage ?? null,
      findings:
        at < 0
          ? []
          : [
              {
                rule: 'TIP-8',
                kind: 'off-platform-payment',
                start: at,
                end: at + 6,
                message: 'Payment outside Amazon.',
              },
            ],
    };
  };
  return { checker, asked };
}

describe('the reply coach store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once the trainee pauses, not on every keystroke', async () => {
    const { checker, asked } = recordingChecker();
    const coach = createReplyCoach({ kind: 'message' }, '', { load: async () => checker });
    await coach.prepare();
    for (const text of ['W', 'We', 'We p', 'We pay']) {
      coach.write(text);
      vi.advanceTimersByTime(CHECK_DELAY_MS - 10);
    }
    expect(asked).toEqual([]);
    expect(coach.$upToDate.get()).toBe(false);
    vi.advanceTimersByTime(10);
    expect(asked.map((input) => input.text)).toEqual(['We pay']);
    expect(coach.$check.get()?.text).toBe('We pay');
    expect(coach.$upToDate.get()).toBe(true);
  });

  it('passes the situation to the checker with the draft', async () => {
    const { checker, asked } = recordingChecker();
    const coach = createReplyCoach(
      { kind: 'public-reply', marketplace: 'amazon.fr', buyerLanguage: 'fr', buyerMessage: 'Nul.' },
      'Merci.',
      { load: async () => checker },
    );
    await coach.prepare();
    expect(asked).toEqual([
      {
        kind: 'public-reply',
        marketplace: 'amazon.fr',
        buyerLanguage: 'fr',
        buyerMessage: 'Nul.',
        text: 'Merci.',
      },
    ]);
  });

  it('shows no check before the checker is loaded, then checks the draft as it stands', async () => {
    const { checker, asked } = recordingChecker();
    let release: (value: ReplyChecker) => void = () => undefined;
    const loading = new Promise<ReplyChecker>((resolve) => (release = resolve));
    const coach = createReplyCoach({ kind: 'message' }, '', { load: () => loading });
    coach.write('Pay by PayPal');
    expect(coach.$status.get()).toBe('loading');
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(coach.checkNow()).toBeNull();
    expect(coach.$check.get()).toBeNull();
    release(checker);
    await vi.waitFor(() => expect(coach.$status.get()).toBe('ready'));
    expect(asked.map((input) => input.text)).toEqual(['Pay by PayPal']);
    expect(coach.$check.get()?.findings.map(findingKey)).toEqual(['TIP-8 off-platform-payment']);
  });

  it('checks at once when asked (on leaving the box, before sending), and only once per text', async () => {
    const { checker, asked } = recordingChecker();
    const coach = createReplyCoach({ kind: 'message' }, '', { load: async () => checker });
    await coach.prepare();
    coach.write('Thanks');
    expect(coach.checkNow()?.text).toBe('Thanks');
    expect(coach.checkNow()?.text).toBe('Thanks');
    vi.advanceTimersByTime(CHECK_DELAY_MS * 2);
    expect(asked).toHaveLength(1);
  });

  it('has no check for an empty draft', async () => {
    const { checker, asked } = recordingChecker();
    const coach = createReplyCoach({ kind: 'message' }, 'Hello', { load: async () => checker });
    await coach.prepare();
    coach.write('   ');
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(coach.$check.get()).toBeNull();
    expect(coach.checkNow()).toBeNull();
    expect(asked.map((input) => input.text)).toEqual(['Hello']);
  });

  it('remembers every rule caught in a draft after it is fixed, until a new draft starts', async () => {
    const { checker } = recordingChecker();
    const coach = createReplyCoach({ kind: 'message' }, '', { load: async () => checker });
    await coach.prepare();
    coach.write('Pay by PayPal');
    coach.checkNow();
    coach.write('Pay through Amazon');
    coach.checkNow();
    expect(coach.$check.get()?.findings).toEqual([]);
    expect(coach.$caught.get()).toEqual(['TIP-8 off-platform-payment']);
    coach.restart('');
    expect(coach.$caught.get()).toEqual([]);
    coach.restart('Resumed', ['PR-RULES question']);
    expect(coach.$caught.get()).toEqual(['PR-RULES question']);
    expect(coach.$draft.get()).toBe('Resumed');
  });

  it('says when the checker cannot be loaded, and loads it on a second try', async () => {
    const { checker } = recordingChecker();
    const load = vi
      .fn<() => Promise<ReplyChecker>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(checker);
    const coach = createReplyCoach({ kind: 'message' }, 'PayPal?', { load });
    await coach.prepare();
    expect(coach.$status.get()).toBe('failed');
    await coach.prepare();
    expect(coach.$status.get()).toBe('ready');
    expect(coach.$check.get()?.findings).toHaveLength(1);
  });
});

describe('the reply coach with the real checker', () => {
  it('loads the engine’s checker lazily and points at the words that break the rule', async () => {
    const coach = createReplyCoach({ kind: 'public-reply', buyerLanguage: 'en' });
    await coach.prepare();
    const draft = 'We are sorry for the delay. Could you tell us when you noticed it?';
    coach.write(draft);
    const check = coach.checkNow();
    expect(check?.findings.map(findingKey)).toEqual(['PR-RULES question']);
    const [finding] = check?.findings ?? [];
    expect(draft.slice(finding?.start, finding?.end)).toContain('Could you tell us');
    coach.stop();
  });

  it('reads markup as plain words: offsets count its characters like any others', async () => {
    const coach = createReplyCoach({ kind: 'message', buyerLanguage: 'en' });
    await coach.prepare();
    const draft = '<img src=x onerror=alert(1)> Write to shop@example.com';
    coach.write(draft);
    const check = coach.checkNow();
    const finding = check?.findings.find((f) => f.kind === 'contact-details');
    expect(draft.slice(finding?.start, finding?.end)).toBe('shop@example.com');
    coach.stop();
  });
});

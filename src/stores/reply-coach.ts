/**
 * The reply coach's state: one draft, checked by the engine's reply checker as the trainee writes
 * (debounced), on blur and before sending. The checker is loaded on first need (`prepare`, when
 * the writing box gets focus or comes near the screen), not with the page: its rules and data are
 * chunks of their own. The coach never renders anything; islands read its stores.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { ReplyCheck, ReplyFinding, ReplyInput, ReplyKind } from '../engine/index.ts';

/** A ready checker: `(input) => ReplyCheck`, synchronous. */
export type ReplyChecker = (input: ReplyInput) => ReplyCheck;

/** Where the coach stands: nothing asked yet, loading the checker, ready, or the load failed. */
type CoachStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What the draft answers: the contract's input without the text. */
export interface CoachSettings {
  /** A message to the buyer, or a public reply under feedback. */
  kind: ReplyKind;
  /** The Amazon marketplace (`amazon.de` when absent). */
  marketplace?: string | undefined;
  /** ISO 639-1 code of the buyer's language, when known. */
  buyerLanguage?: string | undefined;
  /** The buyer's message or feedback, to detect their language when it is not given. */
  buyerMessage?: string | undefined;
}

/** A check of one exact text: the findings' offsets are into `text`. */
export interface CoachCheck extends ReplyCheck {
  /** The draft as it was checked. */
  text: string;
}

/** One coach's stores and intents. */
export interface ReplyCoachStore {
  /** The draft as the trainee has written it so far. */
  $draft: ReadableAtom<string>;
  $status: ReadableAtom<CoachStatus>;
  /** The last check, or null before the first (and while the draft is empty). */
  $check: ReadableAtom<CoachCheck | null>;
  /** True when the last check is of the draft as it is now (no edit waiting to be checked). */
  $upToDate: ReadableAtom<boolean>;
  /** `rule kind` of every finding made since the draft was started, fixed or not. */
  $caught: ReadableAtom<readonly string[]>;
  /** Loads the checker if it is not loaded yet and checks the draft once it is; resolves then (also when the load fails). */
  prepare(): Promise<void>;
  /** Sets the draft and checks it once the trainee pauses. */
  write(text: string): void;
  /** Checks the draft now (on blur, before sending); null if the checker is not ready or the draft is empty. */
  checkNow(): CoachCheck | null;
  /** Starts a new draft (a new attempt): `text`, nothing caught yet. */
  restart(text?: string, caught?: readonly string[]): void;
  /** Cancels a pending check (when the island goes away). */
  stop(): void;
}

/** How long the coach waits after the last keystroke before it checks, in milliseconds. */
export const CHECK_DELAY_MS = 250;

/** A finding as a key for progress and review: `PR-RULES question`. */
export function findingKey(finding: Pick<ReplyFinding, 'rule' | 'kind'>): string {
  return `${finding.rule} ${finding.kind}`;
}

let sharedChecker: Promise<ReplyChecker> | null = null;

/** Loads the engine's reply checker once per page (its rules and data are lazy chunks). */
function loadSharedChecker(): Promise<ReplyChecker> {
  sharedChecker ??= import('./reply-checker.ts')
    .then((module) => module.loadReplyChecker())
    .catch((error: unknown) => {
      // A failed load (offline, a new deployment) may be retried.
      sharedChecker = null;
      throw error;
    });
  return sharedChecker;
}

/** Options for tests and special pages. */
export interface CoachOptions {
  /** Where the checker comes from (the engine's, loaded lazily, by default). */
  load?: () => Promise<ReplyChecker>;
  /** The pause before a check, in milliseconds. */
  delayMs?: number;
}

/** Creates the state of one coach for a draft of `settings.kind`, starting from `text`. */
export function createReplyCoach(
  settings: CoachSettings,
  text = '',
  { load = loadSharedChecker, delayMs = CHECK_DELAY_MS }: CoachOptions = {},
): ReplyCoachStore {
  const $draft = atom(text);
  const $status = atom<CoachStatus>('idle');
  const $check = atom<CoachCheck | null>(null);
  const $caught = atom<readonly string[]>([]);
  const $upToDate = computed(
    [$draft, $check],
    (draft, check) => (check?.text ?? '') === draft || draft.trim() === '',
  );
  let checker: ReplyChecker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = (draft: string): ReplyInput => ({
    kind: settings.kind,
    text: draft,
    ...(settings.marketplace ? { marketplace: settings.marketplace } : {}),
    ...(settings.buyerLanguage ? { buyerLanguage: settings.buyerLanguage } : {}),
    ...(settings.buyerMessage ? { buyerMessage: settings.buyerMessage } : {}),
  });

  function checkNow(): CoachCheck | null {
    clearTimeout(timer);
    timer = undefined;
    const draft = $draft.get();
    if (draft.trim() === '') {
      $check.set(null);
      return null;
    }
    if (!checker) return null;
    const last = $check.get();
    if (last?.text === draft) return last;
    const result: CoachCheck = { ...checker(input(draft)), text: draft };
    const caught = new Set([...$caught.get(), ...result.findings.map(findingKey)]);
    if (caught.size !== $caught.get().length) $caught.set([...caught].sort());
    $check.set(result);
    return result;
  }

  let preparing: Promise<void> | null = null;

  function prepare(): Promise<void> {
    if ($status.get() === 'ready') return Promise.resolve();
    preparing ??= load().then(
      (loaded) => {
        checker = loaded;
        $status.set('ready');
        checkNow();
      },
      () => {
        preparing = null;
        $status.set('failed');
      },
    );
    $status.set('loading');
    return preparing;
  }

  return {
    $draft,
    $status,
    $check,
    $upToDate,
    $caught,
    prepare,
    write(next) {
      $draft.set(next);
      clearTimeout(timer);
      if (next.trim() === '') {
        timer = undefined;
        $check.set(null);
        return;
      }
      if ($status.get() === 'idle') void prepare();
      timer = setTimeout(checkNow, delayMs);
    },
    checkNow,
    restart(next = '', caught = []) {
      clearTimeout(timer);
      timer = undefined;
      $caught.set([...new Set(caught)].sort());
      $check.set(null);
      $draft.set(next);
      checkNow();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

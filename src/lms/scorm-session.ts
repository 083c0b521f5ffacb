/**
 * The content side of a SCORM session: find the LMS's API object (SCORM 1.2 `API`, SCORM 2004
 * `API_1484_11`) in the frames above the course or the window that opened it, start, set values,
 * commit, finish. A commit the LMS refuses or cannot answer is retried with growing pauses; the
 * progress itself never depends on it (it stays in the browser, and the next commit sends the
 * latest state).
 *
 * Written here rather than taken from a wrapper library: the wrapper the ecosystem used
 * (pipwerks) depends on a git URL that cannot be installed here, and the content side of the
 * protocol is these six calls. The runtime the tests host it in is scorm-again.
 */
import type { CmiValue, ScormVersion } from './scorm-values.ts';

interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string | number;
}

interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string | number;
}

/** An LMS's API object, with the version it speaks. */
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How many frames up the search goes (the ADL discovery algorithm uses 7; some LMSs nest more). */
const MAX_DEPTH = 10;

function apiIn(win: Window): FoundApi | null {
  try {
    const holder = win as unknown as { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
    if (holder.API_1484_11 && typeof holder.API_1484_11.Initialize === 'function')
      return { version: '2004', api: holder.API_1484_11 };
    if (holder.API && typeof holder.API.LMSInitialize === 'function')
      return { version: '1.2', api: holder.API };
  } catch {
    // A frame of another origin: no API there for us.
  }
  return null;
}

/** The LMS's API in this window's frame ancestors or its opener's, or null outside an LMS. */
export function findScormApi(start: Window): FoundApi | null {
  for (const origin of [start, start.opener as Window | null]) {
    let win: Window | null = origin;
    for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
      const found = apiIn(win);
      if (found) return found;
      if (win.parent === win) break;
      win = win.parent;
    }
  }
  return null;
}

/** Whether the LMS is taking what the course sends. */
export type SessionState = 'connected' | 'retrying' | 'finished';

/** One launch's session with the LMS. */
export class ScormSession {
  readonly version: ScormVersion;
  #found: FoundApi;
  #retryDelays: readonly number[];
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest: () => CmiValue[] = () => [];
  #onState: (state: SessionState) => void;
  #onSent: () => void = () => undefined;
  #finished = false;

  constructor(
    found: FoundApi,
    onState: (state: SessionState) => void,
    retryDelays: readonly number[] = [2_000, 5_000, 15_000, 30_000, 60_000],
  ) {
    this.#found = found;
    this.version = found.version;
    this.#onState = onState;
    this.#retryDelays = retryDelays;
  }

  #call(name: 'initialize' | 'finish' | 'commit'): boolean {
    const { version, api } = this.#found;
    try {
      const result =
        version === '1.2'
          ? name === 'initialize'
            ? api.LMSInitialize('')
            : name === 'finish'
              ? api.LMSFinish('')
              : api.LMSCommit('')
          : name === 'initialize'
            ? api.Initialize('')
            : name === 'finish'
              ? api.Terminate('')
              : api.Commit('');
      return String(result) === 'true';
    } catch {
      return false;
    }
  }

  /** Starts the session; false if the LMS refuses. */
  initialize(): boolean {
    const ok = this.#call('initialize');
    if (ok) this.#onState('connected');
    return ok;
  }

  /** A data-model value ('' when the LMS has none or cannot answer). */
  get(element: string): string {
    const { version, api } = this.#found;
    try {
      return String((version === '1.2' ? api.LMSGetValue(element) : api.GetValue(element)) ?? '');
    } catch {
      return '';
    }
  }

  #set([element, value]: CmiValue): boolean {
    const { version, api } = this.#found;
    try {
      return (
        String(
          version === '1.2' ? api.LMSSetValue(element, value) : api.SetValue(element, value),
        ) === 'true'
      );
    } catch {
      return false;
    }
  }

  /**
   * Sends the latest values and commits. On a refusal the same provider is asked again after a
   * pause (2 s, 5 s, 15 s, 30 s, then every minute), so what is sent is always the current state.
   * `onSent` runs after a commit the LMS accepted.
   */
  sync(latest: () => CmiValue[], onSent: () => void = () => undefined): boolean {
    this.#latest = latest;
    this.#onSent = onSent;
    if (this.#finished) return false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const values = latest();
    // Every value is offered even after one is refused: the others still reach the LMS.
    const allSet = values.map((value) => this.#set(value)).every(Boolean);
    const committed = this.#call('commit');
    if (allSet && committed) {
      this.#failures = 0;
      this.#onSent();
      this.#onState('connected');
      return true;
    }
    const delay =
      this.#retryDelays[Math.min(this.#failures, this.#retryDelays.length - 1)] ?? 60_000;
    this.#failures += 1;
    this.#onState('retrying');
    this.#timer = setTimeout(() => this.sync(this.#latest, this.#onSent), delay);
    return false;
  }

  /** Sends the final values, commits and ends the session (the LMS keeps the last committed state if it cannot). */
  finish(finalValues: CmiValue[]): void {
    if (this.#finished) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    for (const value of [...this.#latest(), ...finalValues]) this.#set(value);
    this.#call('commit');
    this.#call('finish');
    this.#finished = true;
    this.#onState('finished');
  }
}

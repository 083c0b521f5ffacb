/**
 * The sandbox's engine host: runs one SandboxSession and answers the page's requests with what
 * to show (the view, the daily series when it changed) and what to keep (the packed document).
 * It runs in a Web Worker (worker.ts), so reading a 100,000-event file, rebuilding an account
 * and scrubbing through time never hold the page's main thread; the tests run it in-process.
 */
import type { DailySeries, GeneratorSpec, MarketplaceName, ProfileName } from '../engine/index.ts';
import { localDateTimeToInstant, zoneClock } from '../engine/index.ts';
import { packBase, packSandbox, unpackSandbox, type SandboxBase } from './doc.ts';
import { seriesCsv } from './series-csv.ts';
import { SandboxError, SandboxSession, type SandboxAct, type SandboxView } from './session.ts';
import { emptyDoc, generatedDoc, importedDoc, scenarioDoc, type ScenarioStart } from './start.ts';

/** Which costly parts of the view the page shows (the "why" and the comparison). */
export interface ViewParts {
  why: boolean;
  compare: boolean;
}

/** What the page asks of the host. */
export type SandboxRequest =
  | { type: 'empty'; marketplace: MarketplaceName; profile: ProfileName; nowMs: number }
  | { type: 'generate'; spec: GeneratorSpec }
  | { type: 'scenario'; scenario: ScenarioStart }
  | { type: 'import'; file: Blob; fileName: string }
  | { type: 'unpack'; state: string; base: string; label: string }
  | { type: 'setNow'; ms: number }
  | { type: 'setLocal'; local: string }
  | { type: 'act'; act: SandboxAct }
  | { type: 'add'; event: Record<string, unknown>; local: string | null }
  | { type: 'undo' }
  | { type: 'view' }
  | { type: 'export'; what: 'history' | 'health' | 'series' };

/** A file for the page to download. */
export interface SandboxFile {
  name: string;
  blob: Blob;
}

/** The host's answer. */
export type SandboxResponse =
  | {
      ok: true;
      view: SandboxView | null;
      /** Sent when the events changed since the last series sent. */
      series: DailySeries | null;
      /** The document packed, after a change (`base` only when the starting point changed). */
      persist: { state: string; base: string | null } | null;
      file: SandboxFile | null;
    }
  | { ok: false; title: string; lines: readonly string[] };

/** Requests that change nothing to keep. */
const READ_ONLY: ReadonlySet<SandboxRequest['type']> = new Set(['view', 'export']);

/** A file name's day, from the sandbox clock (`2026-03-02`). */
const dayOf = (iso: string): string => iso.slice(0, 10);

/** One sandbox and its last answers (see the module comment). */
export class SandboxHost {
  #session: SandboxSession | null = null;
  #parts: ViewParts = { why: false, compare: false };
  #seriesSent = -1;
  /** The starting point last packed, its text, and whether the page has had that text. */
  #packedBase: { base: SandboxBase; text: string; sent: boolean } | null = null;

  /** Answers one request; a refusal changes nothing. */
  async handle(request: SandboxRequest, parts: ViewParts): Promise<SandboxResponse> {
    this.#parts = parts;
    try {
      const file = await this.#apply(request);
      return await this.#answer(!READ_ONLY.has(request.type), file);
    } catch (error) {
      if (error instanceof SandboxError) {
        const [title = 'refused'] = error.message.split('\n');
        return { ok: false, title, lines: error.lines };
      }
      return {
        ok: false,
        title: error instanceof Error ? error.message : String(error),
        lines: [],
      };
    }
  }

  /** Does what a request asks; returns a file to download, if it asks for one. */
  async #apply(request: SandboxRequest): Promise<SandboxFile | null> {
    switch (request.type) {
      case 'empty':
        this.#open(
          emptyDoc(request.marketplace, request.profile, request.nowMs),
          'the empty account',
        );
        return null;
      case 'generate':
        this.#open(generatedDoc(request.spec), 'the generated account');
        return null;
      case 'scenario':
        this.#open(scenarioDoc(request.scenario), 'the scenario’s start');
        return null;
      case 'import': {
        const doc = importedDoc(await request.file.text(), request.fileName);
        this.#open(doc, `the import of ${request.fileName}`, true);
        return null;
      }
      case 'unpack': {
        const read = await unpackSandbox({ state: request.state, base: request.base });
        if (!read.ok) throw new SandboxError(`${request.label} cannot be opened`, [read.reason]);
        this.#open(read.doc, request.label);
        // The page keeps the text it sent; it is told again below, as for any new starting point.
        this.#packedBase = { base: read.doc.base, text: request.base, sent: false };
        return null;
      }
      case 'setNow':
        this.#session_().setNow(request.ms);
        return null;
      case 'setLocal': {
        const session = this.#session_();
        const ms = localDateTimeToInstant(request.local, session.doc.settings.timeZone);
        if (ms !== ms) throw new SandboxError('the clock needs a date and a time');
        session.setNow(ms);
        return null;
      }
      case 'act':
        this.#session_().act(request.act);
        return null;
      case 'add': {
        const session = this.#session_();
        const zone = session.doc.settings.timeZone;
        const ms =
          request.local === null ? session.now : localDateTimeToInstant(request.local, zone);
        if (ms !== ms) throw new SandboxError('the event needs a date and a time');
        session.add({ ...request.event, at: zoneClock(zone).formatInstant(ms) });
        return null;
      }
      case 'undo':
        this.#session_().undo();
        return null;
      case 'view':
        return null;
      case 'export':
        return this.#export(request.what);
    }
  }

  #open(doc: Parameters<typeof SandboxSession.open>[0], label: string, checked = false): void {
    if (this.#session === null) this.#session = SandboxSession.open(doc, checked);
    else this.#session.replace(doc, label, checked);
  }

  #session_(): SandboxSession {
    if (this.#session === null) throw new SandboxError('there is no sandbox yet: start one first');
    return this.#session;
  }

  #export(what: 'history' | 'health' | 'series'): SandboxFile {
    const session = this.#session_();
    const day = dayOf(session.doc.now);
    switch (what) {
      case 'history':
        return {
          name: `order-history-${day}.json`,
          blob: new Blob([`${JSON.stringify(session.exportHistory(), null, 2)}\n`], {
            type: 'application/json',
          }),
        };
      case 'health':
        return {
          name: `account-health-${day}.json`,
          blob: new Blob([`${JSON.stringify(session.accountHealth(), null, 2)}\n`], {
            type: 'application/json',
          }),
        };
      case 'series':
        return {
          name: `daily-rates-${day}.csv`,
          blob: new Blob([seriesCsv(session.series())], { type: 'text/csv' }),
        };
    }
  }

  async #answer(changed: boolean, file: SandboxFile | null): Promise<SandboxResponse> {
    const session = this.#session;
    if (session === null) return { ok: true, view: null, series: null, persist: null, file };
    const view = session.view(this.#parts);
    let series: DailySeries | null = null;
    if (view.revision !== this.#seriesSent) {
      series = session.series();
      this.#seriesSent = view.revision;
    }
    let persist: { state: string; base: string | null } | null = null;
    if (changed) {
      const doc = session.doc;
      if (this.#packedBase?.base !== doc.base)
        this.#packedBase = { base: doc.base, text: await packBase(doc.base), sent: false };
      const packedBase = this.#packedBase;
      const packed = await packSandbox(doc, packedBase.text);
      persist = { state: packed.state, base: packedBase.sent ? null : packedBase.text };
      packedBase.sent = true;
    }
    return { ok: true, view, series, persist, file };
  }
}

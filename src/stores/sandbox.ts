/**
 * The sandbox's state and intents. The engine runs in a Web Worker (src/sandbox/worker.ts);
 * this store sends it the user's intents, one at a time, and keeps what it answers: the view
 * at the clock, the daily series, and a refusal when an intent was refused (with the engine's
 * or the `metrics` command's message; nothing changed then).
 *
 * Kept in the browser, through the storage guard: the current sandbox (a reload restores it
 * exactly: the same events, the same clock) and named saves, as the packed, versioned document
 * of src/sandbox/doc.ts. A sandbox that cannot be restored is kept aside under a backup key
 * and the user is told; one too big for the browser's storage is not kept, and the user is
 * told to export it. Scrubbing asks only for the latest moment: moves made while the worker
 * is busy replace each other.
 *
 * Each situation the user opens to try (a scenario's start, a generated account, an imported
 * file, a shared link, a named save) goes in the activity record as a sandbox try; an empty
 * account and the restore of the last sandbox on reload are not tries.
 */
import { atom } from 'nanostores';
import type { DailySeries, GeneratorSpec, MarketplaceName, ProfileName } from '../engine/index.ts';
import type { SandboxRequest, SandboxResponse, ViewParts } from '../sandbox/host.ts';
import type { SandboxAct, SandboxView, SourceView } from '../sandbox/session.ts';
import type { ScenarioStart } from '../sandbox/start.ts';
import { downloadBlob } from '../lib/download-blob.ts';
import { recordSandboxTry } from './activity.ts';
import { removeItem, saveItem, storage } from './storage.ts';

/** Where in the page a refusal belongs (the control that asked). */
export type RefusalPlace = 'start' | 'import' | 'act' | 'event' | 'clock' | 'link' | 'save';

/** An intent the sandbox refused, with the engine's words. */
export interface Refusal {
  place: RefusalPlace;
  title: string;
  lines: readonly string[];
}

/** A named save, as listed. */
export interface SavedSandbox {
  name: string;
  savedAt: string;
}

/** What the share link control shows. */
export type ShareState = { url: string } | { tooLong: number } | null;

/** Talks to the engine host (a worker in the browser). */
export interface SandboxTransport {
  request(request: SandboxRequest, parts: ViewParts): Promise<SandboxResponse>;
}

/** The view at the clock (null until the first sandbox opens). */
export const $sandbox = atom<SandboxView | null>(null);
/** The daily series of ODR, IDR and late response over the history. */
export const $series = atom<DailySeries | null>(null);
/** What the sandbox is busy with ("Importing the file…"), or null. */
export const $busy = atom<string | null>(null);
/** The last refusal, shown beside the control that asked. */
export const $refusal = atom<Refusal | null>(null);
/** Something the user must know (a sandbox not restored, too big to keep), shown until replaced. */
export const $notice = atom<string | null>(null);
/** What just happened, announced politely ("The generated account is open."). */
export const $announce = atom<string>('');
/** Named saves in this browser, newest first. */
export const $saves = atom<SavedSandbox[]>([]);
/** The share link, or how long it would be when it is too long. */
export const $share = atom<ShareState>(null);
/** Which costly views are open. */
const $parts = atom<ViewParts>({ why: false, compare: false });
/** Simulated milliseconds per real second while the clock plays; 0 when paused. */
export const $playing = atom(0);

/** Storage keys: the current sandbox (its state and its starting point) and named saves. */
const CURRENT_KEY = 'sda:sandbox:current';
const CURRENT_BASE_KEY = 'sda:sandbox:current:base';
const SAVE_PREFIX = 'sda:sandbox:save:';

/**
 * Longest link offered (characters). RFC 9110 §4.1 recommends that senders and recipients
 * support URIs of at least 8,000 octets; longer links are cut by some mail and chat tools.
 */
export const MAX_LINK_LENGTH = 8000;
/** Largest packed text kept in the browser's storage (characters; localStorage allows ~5 M). */
const MAX_STORED_LENGTH = 3_000_000;

let transport: SandboxTransport | null = null;
/** The packed document last kept: its state and its starting point. */
let packed: { state: string; base: string } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setInterval> | undefined;
let pendingNow: number | null = null;
let scrubbing = false;
/** The moment last asked for by scrubbing (steps add to it, not to a view still on its way). */
let requestedNow: number | null = null;

/** A worker-backed transport (browser only). */
function workerTransport(): SandboxTransport {
  const worker = new Worker(new URL('../sandbox/worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (response: SandboxResponse) => void>();
  let next = 0;
  worker.addEventListener(
    'message',
    (event: MessageEvent<{ id: number; response: SandboxResponse }>) => {
      waiting.get(event.data.id)?.(event.data.response);
      waiting.delete(event.data.id);
    },
  );
  worker.addEventListener('error', (event) => {
    for (const resolve of waiting.values())
      resolve({ ok: false, title: `the sandbox stopped (${event.message})`, lines: [] });
    waiting.clear();
  });
  return {
    request(request, parts) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, request, parts });
      });
    },
  };
}

/** Reads a stored value; null where storage is missing, blocked or throws. */
function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** What a starting point's success is announced as. */
const OPENED: Partial<Record<SandboxRequest['type'], string>> = {
  empty: 'An empty account is open.',
  generate: 'The generated account is open.',
  scenario: "The scenario's start is open.",
  import: 'The file is imported.',
  unpack: 'The sandbox is open.',
  undo: 'The last change is undone.',
};

/** Sends a request (after those before it) and takes in the answer; true if it was done. */
function send(
  request: SandboxRequest,
  place: RefusalPlace,
  busy: string | null = null,
): Promise<boolean> {
  const run = async (): Promise<boolean> => {
    if (transport === null) return false;
    if (busy !== null) $busy.set(busy);
    try {
      const response = await transport.request(request, $parts.get());
      if (!response.ok) {
        $refusal.set({ place, title: response.title, lines: response.lines });
        return false;
      }
      if ($refusal.get()?.place === place) $refusal.set(null);
      // Any other intent may move the clock (a new sandbox, undo, a typed moment).
      if (request.type !== 'setNow') requestedNow = null;
      if (response.series !== null) $series.set(response.series);
      if (response.view !== null) $sandbox.set(response.view);
      if (response.persist !== null) keep(response.persist);
      if (response.file !== null) downloadBlob(response.file.name, response.file.blob);
      const opened = OPENED[request.type];
      if (opened !== undefined) $announce.set(opened);
      return true;
    } finally {
      if (busy !== null) $busy.set(null);
    }
  };
  const result = queue.then(run, run);
  queue = result;
  return result;
}

/**
 * The situation a sandbox starts from, as the activity record names it: the id is stable for the
 * same starting point (a scenario's slug, a generator's seed, an imported file's format), the
 * title is what a trainer reading the record sees.
 */
function situationOf(base: SourceView): { situationId: string; title: string } {
  switch (base.kind) {
    case 'empty':
      return { situationId: 'empty', title: 'An empty account' };
    case 'generated':
      return {
        situationId: `generated/${base.seed}`,
        title: `A generated account (seed ${base.seed})`,
      };
    case 'scenario':
      return { situationId: `scenario/${base.slug}`, title: base.title };
    case 'imported':
      return base.format === 'all-orders'
        ? { situationId: 'imported/all-orders', title: 'An imported Amazon All Orders report' }
        : { situationId: 'imported/order-history', title: 'An imported order history' };
  }
}

/** Records the situation now open as tried, when the intent that opened it was done. */
function recordTry(opened: boolean): boolean {
  const view = $sandbox.get();
  if (opened && view !== null) recordSandboxTry(situationOf(view.base));
  return opened;
}

/** Keeps the current sandbox in the browser (its starting point only when it changed). */
function keep(persist: { state: string; base: string | null }): void {
  const base = persist.base ?? packed?.base ?? null;
  if (base === null) return;
  packed = { state: persist.state, base };
  $share.set(null);
  if (base.length + persist.state.length > MAX_STORED_LENGTH) {
    // Too big to keep: forget the older one too, so a reload cannot mix two sandboxes.
    removeItem(CURRENT_KEY);
    removeItem(CURRENT_BASE_KEY);
    $notice.set(
      'This sandbox is too big to keep in this browser, so a reload will not bring it back. Export the order history to keep it.',
    );
    return;
  }
  if (persist.base !== null && !saveItem(CURRENT_BASE_KEY, persist.base)) {
    removeItem(CURRENT_KEY);
    return;
  }
  saveItem(CURRENT_KEY, persist.state);
}

/** The named saves in this browser, newest first. */
function listSaves(): SavedSandbox[] {
  const store = storage();
  const saves: SavedSandbox[] = [];
  try {
    for (let index = 0; store !== null && index < store.length; index++) {
      const key = store.key(index);
      if (key === null || !key.startsWith(SAVE_PREFIX)) continue;
      let savedAt = '';
      try {
        savedAt = String(
          (JSON.parse(store.getItem(key) ?? '{}') as { savedAt?: unknown }).savedAt ?? '',
        );
      } catch {
        // An unreadable save is still listed: opening it tells why.
      }
      saves.push({ name: key.slice(SAVE_PREFIX.length), savedAt });
    }
  } catch {
    return saves;
  }
  return saves.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** How the page was opened: a scenario's start, a share link's payload, the user's present. */
export interface SandboxStart {
  scenario: { slug: string; url: string } | null;
  link: string | null;
  nowMs: number;
}

/**
 * Starts the sandbox: restores the current one (an unreadable one is kept aside, and the user
 * told), then opens the shared link or the scenario asked for (undo goes back), or an empty
 * account when there is nothing else.
 */
export async function startSandbox(
  start: SandboxStart,
  via: SandboxTransport = workerTransport(),
): Promise<void> {
  transport = via;
  $saves.set(listSaves());
  const state = readStored(CURRENT_KEY);
  const base = readStored(CURRENT_BASE_KEY);
  if (state !== null && base !== null) {
    const restored = await send(
      { type: 'unpack', state, base, label: 'your last sandbox' },
      'start',
      'Restoring your last sandbox…',
    );
    if (restored) packed = { state, base };
    else {
      const reason = $refusal.get()?.lines.join(' ') ?? '';
      const key = `${CURRENT_KEY}:backup:${new Date(start.nowMs).toISOString()}`;
      const kept = saveItem(key, `${state}.${base}`);
      removeItem(CURRENT_KEY);
      removeItem(CURRENT_BASE_KEY);
      $refusal.set(null);
      $notice.set(
        `Your last sandbox could not be restored (${reason || 'it could not be read'}). ${
          kept
            ? `Nothing was deleted: it is kept in this browser under ${key}.`
            : 'This browser did not let us keep a copy.'
        }`,
      );
    }
  }
  if (start.link !== null) {
    const [linkState = '', linkBase = ''] = start.link.split('.');
    recordTry(
      await send(
        { type: 'unpack', state: linkState, base: linkBase, label: 'the shared sandbox' },
        'link',
        'Opening the shared sandbox…',
      ),
    );
  } else if (start.scenario !== null) await openScenario(start.scenario.slug, start.scenario.url);
  if ($sandbox.get() === null)
    await send(
      { type: 'empty', marketplace: 'amazon.de', profile: 'course', nowMs: start.nowMs },
      'start',
    );
  // Not even an empty account: the engine's worker is not running.
  if ($sandbox.get() === null) throw new Error($refusal.get()?.title ?? 'the engine did not start');
}

/** Opens a scenario's starting state (its data is a static file of the site). */
export async function openScenario(
  slug: string,
  url = `/sandbox/scenarios/${slug}.json`,
): Promise<boolean> {
  let scenario: ScenarioStart;
  try {
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(`no scenario "${slug}" (the file answered ${response.status})`);
    scenario = (await response.json()) as ScenarioStart;
  } catch (error) {
    $refusal.set({
      place: 'start',
      title: 'the scenario cannot be opened',
      lines: [(error as Error).message],
    });
    return false;
  }
  return recordTry(await send({ type: 'scenario', scenario }, 'start', 'Opening the scenario…'));
}

/** Starts an empty account. */
export function startEmpty(marketplace: MarketplaceName, profile: ProfileName): Promise<boolean> {
  return send({ type: 'empty', marketplace, profile, nowMs: Date.now() }, 'start');
}

/** Generates an account from figures and a seed. */
export async function generate(spec: GeneratorSpec): Promise<boolean> {
  return recordTry(await send({ type: 'generate', spec }, 'start', 'Generating the account…'));
}

/** Imports an order-history file or Amazon's All Orders report; a bad file changes nothing. */
export async function importFile(file: File): Promise<boolean> {
  return recordTry(
    await send({ type: 'import', file, fileName: file.name }, 'import', `Importing ${file.name}…`),
  );
}

/** Scrubs to a moment (epoch ms); only the latest of quick moves is computed. */
export function scrubTo(ms: number): void {
  pendingNow = ms;
  requestedNow = ms;
  if (scrubbing) return;
  scrubbing = true;
  void (async () => {
    while (pendingNow !== null) {
      const target = pendingNow;
      pendingNow = null;
      await send({ type: 'setNow', ms: target }, 'clock');
    }
    scrubbing = false;
  })();
}

/** Moves the clock by a signed duration. */
export function stepBy(ms: number): void {
  const view = $sandbox.get();
  if (view !== null) scrubTo((requestedNow ?? view.nowMs) + ms);
}

/** Sets the clock to a local wall time (`2026-03-30T23:59`) in the marketplace's zone. */
export function setClock(local: string): Promise<boolean> {
  return send({ type: 'setLocal', local }, 'clock');
}

/** Plays the clock at `speed` simulated ms per real second. */
export function play(speed: number): void {
  pause();
  $playing.set(speed);
  const TICK = 250;
  timer = setInterval(() => {
    if (!scrubbing) stepBy((speed * TICK) / 1000);
  }, TICK);
}

/** Stops the clock. */
export function pause(): void {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
  $playing.set(0);
}

/** Performs an act at the clock's time. */
export function act(action: SandboxAct): Promise<boolean> {
  return send({ type: 'act', act: action }, 'act');
}

/** Adds an event at a local wall time (null: the clock's time), checked by the engine. */
export function addEvent(event: Record<string, unknown>, local: string | null): Promise<boolean> {
  return send({ type: 'add', event, local }, 'event');
}

/** Takes back the last change. */
export function undo(): Promise<boolean> {
  return send({ type: 'undo' }, 'act');
}

/** Shows or hides the costly views (the "why" lists, the comparison). */
export function showParts(parts: Partial<ViewParts>): void {
  $parts.set({ ...$parts.get(), ...parts });
  if (parts.why === true || parts.compare === true) void send({ type: 'view' }, 'act');
}

/** Downloads the order history (what `metrics` reads), the SP-API report or the daily CSV. */
export function exportFile(what: 'history' | 'health' | 'series'): Promise<boolean> {
  return send({ type: 'export', what }, 'save');
}

/** Makes the share link of the sandbox as it is, or says how long it would be. */
export async function makeShareLink(origin: string): Promise<ShareState> {
  await queue.catch(() => undefined);
  if (packed === null) return null;
  const url = `${origin}/sandbox/#s=${packed.state}.${packed.base}`;
  const share: ShareState = url.length > MAX_LINK_LENGTH ? { tooLong: url.length } : { url };
  $share.set(share);
  return share;
}

/** Saves the sandbox under a name in this browser (replacing a save of that name). */
export async function saveAs(name: string, savedAt: Date = new Date()): Promise<boolean> {
  await queue.catch(() => undefined);
  const trimmed = name.trim();
  if (trimmed === '' || packed === null) {
    $refusal.set({ place: 'save', title: 'a save needs a name', lines: [] });
    return false;
  }
  const text = JSON.stringify({
    savedAt: savedAt.toISOString(),
    state: packed.state,
    base: packed.base,
  });
  if (text.length > MAX_STORED_LENGTH) {
    $refusal.set({
      place: 'save',
      title: 'this sandbox is too big to save in the browser',
      lines: ['Export the order history instead: the file keeps everything.'],
    });
    return false;
  }
  if (!saveItem(SAVE_PREFIX + trimmed, text)) {
    $refusal.set({ place: 'save', title: 'this browser refused to save it', lines: [] });
    return false;
  }
  if ($refusal.get()?.place === 'save') $refusal.set(null);
  $saves.set(listSaves());
  $announce.set(`Saved as “${trimmed}”.`);
  return true;
}

/** Opens a named save (undo goes back to the sandbox before it). */
export async function openSave(name: string): Promise<boolean> {
  const raw = readStored(SAVE_PREFIX + name);
  let saved: { state?: unknown; base?: unknown } = {};
  try {
    saved = JSON.parse(raw ?? '') as typeof saved;
  } catch {
    // Told below, and kept as it is.
  }
  if (typeof saved.state !== 'string' || typeof saved.base !== 'string') {
    $refusal.set({
      place: 'save',
      title: `the save “${name}” cannot be opened`,
      lines: ['it is not a sandbox save; it is kept as it is'],
    });
    return false;
  }
  return recordTry(
    await send(
      { type: 'unpack', state: saved.state, base: saved.base, label: `the save “${name}”` },
      'save',
      'Opening the save…',
    ),
  );
}

/** Deletes a named save. */
export function deleteSave(name: string): void {
  removeItem(SAVE_PREFIX + name);
  $saves.set(listSaves());
  $announce.set(`Deleted the save “${name}”.`);
}

/**
 * The sandbox's tries in the activity record: a situation opened to try (a generated account, a
 * scenario's start, an imported file, a named save) is one `sandbox-try`; the empty account the
 * page opens with, a refused start, and acts inside a situation are not. In Node, not jsdom: the
 * host packs documents with Blob streams and CompressionStream, which jsdom lacks; the browser's
 * storage is a Map behind the Storage interface.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityEvent } from '../../src/lib/xapi/activity-events.ts';
import { SandboxHost } from '../../src/sandbox/host.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures/engine');
const SPEC = { seed: 7, from: '2026-01-01', to: '2026-03-01', ordersPerDay: 5 };

/** A fresh store on an in-process engine host (no worker), and the record's sandbox tries. */
async function freshSandbox() {
  vi.resetModules();
  const store = await import('../../src/stores/sandbox.ts');
  const { readActivityLog } = await import('../../src/stores/activity-log.ts');
  const host = new SandboxHost();
  await store.startSandbox(
    { scenario: null, link: null, nowMs: Date.parse('2026-03-02T10:00:00Z') },
    { request: (request, parts) => host.handle(request, parts) },
  );
  const tries = () =>
    readActivityLog().events.filter(
      (event): event is Extract<ActivityEvent, { kind: 'sandbox-try' }> =>
        event.kind === 'sandbox-try',
    );
  return { store, tries };
}

/** An in-memory Storage, as the browser's localStorage behaves for these intents. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
  return () => vi.unstubAllGlobals();
});

describe('sandbox tries in the activity record', () => {
  it('does not count the empty account the page opens with', async () => {
    const { tries } = await freshSandbox();
    expect(tries()).toEqual([]);
  });

  it('records a generated account once, by its seed, and not the acts after it', async () => {
    const { store, tries } = await freshSandbox();
    expect(await store.generate(SPEC)).toBe(true);
    const orderId = store.$sandbox.get()?.suggestions.order[0] ?? '';
    await store.addEvent({ type: 'message.received', messageId: 'M-1', orderId }, null);
    store.stepBy(86_400_000);
    await store.undo();
    expect(tries()).toEqual([
      expect.objectContaining({
        situationId: 'generated/7',
        title: 'A generated account (seed 7)',
      }),
    ]);
  });

  it('records nothing when the figures are refused', async () => {
    const { store, tries } = await freshSandbox();
    expect(await store.generate({ ...SPEC, to: '2025-12-01' })).toBe(false);
    expect(tries()).toEqual([]);
  });

  it('records an imported history and an All Orders report by their format', async () => {
    const { store, tries } = await freshSandbox();
    const history = readFileSync(resolve(fixtures, 'contract-example.json'), 'utf8');
    const report = readFileSync(resolve(fixtures, 'all-orders-report.txt'), 'utf8');
    expect(await store.importFile(new File([history], 'history.json'))).toBe(true);
    expect(await store.importFile(new File([report], 'orders.txt'))).toBe(true);
    expect(await store.importFile(new File(['{'], 'broken.json'))).toBe(false);
    expect(tries().map((event) => event.situationId)).toEqual([
      'imported/order-history',
      'imported/all-orders',
    ]);
  });

  it('records a named save opened again under its starting point', async () => {
    const { store, tries } = await freshSandbox();
    await store.generate(SPEC);
    expect(await store.saveAs('Before Christmas')).toBe(true);
    expect(await store.openSave('Before Christmas')).toBe(true);
    expect(tries().map((event) => event.situationId)).toEqual(['generated/7', 'generated/7']);
  });

  it("records a scenario's start by its slug and title, and not a scenario that cannot be opened", async () => {
    const { store, tries } = await freshSandbox();
    const scenario = {
      slug: 'example',
      title: 'A return left late',
      marketplace: 'amazon.de',
      profile: 'course',
      start: { at: '2026-03-09T08:00:00+01:00', history: [] },
    };
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('/example.json')
        ? new Response(JSON.stringify(scenario))
        : new Response('', { status: 404 }),
    );
    expect(await store.openScenario('example')).toBe(true);
    expect(await store.openScenario('no-such-scenario')).toBe(false);
    expect(tries()).toEqual([
      expect.objectContaining({ situationId: 'scenario/example', title: 'A return left late' }),
    ]);
  });
});

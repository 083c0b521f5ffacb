// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'sda:progress';

/** A fresh copy of the store module, as a page load would get. */
async function loadStore() {
  vi.resetModules();
  return import('../../src/stores/progress.ts');
}

beforeEach(() => localStorage.clear());

describe('progress store', () => {
  it('keeps an unreadable saved value under a backup key and raises a notice, without crashing', async () => {
    localStorage.setItem(KEY, '{"version":1, "lessons": oops');
    const store = await loadStore();
    const notice = store.$recovery.get();
    expect(notice?.reason).toBe('it is not valid JSON');
    expect(notice?.backupKey.startsWith(store.BACKUP_PREFIX)).toBe(true);
    expect(localStorage.getItem(notice?.backupKey ?? '')).toBe('{"version":1, "lessons": oops');
    expect(store.$progress.get().lessons).toEqual({});
  });

  it('keeps one backup however often the same bad value is read', async () => {
    localStorage.setItem(KEY, 'garbage');
    await loadStore();
    await loadStore();
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('sda:progress-backup:')),
    ).toHaveLength(1);
  });

  it('does not lose what another tab saved in the meantime', async () => {
    const store = await loadStore();
    store.$progress.listen(() => undefined);
    store.completeLesson('odr/what-is-odr', new Date('2026-11-20T10:00:00Z'));
    // Another tab writes straight to storage; this tab has not heard of it yet.
    const other = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    other.lessons['odr/window'] = { completedAt: '2026-11-20T11:00:00.000Z' };
    localStorage.setItem(KEY, JSON.stringify(other));
    store.completeLesson('idr/deadline', new Date('2026-11-20T12:00:00Z'));
    expect(Object.keys(JSON.parse(localStorage.getItem(KEY) ?? '{}').lessons).sort()).toEqual([
      'idr/deadline',
      'odr/what-is-odr',
      'odr/window',
    ]);
  });

  it('rejects a bad import and changes nothing', async () => {
    const store = await loadStore();
    store.completeLesson('odr/what-is-odr');
    const before = localStorage.getItem(KEY);
    expect(store.importProgress('{"version":1,"lessons":[]}')).toEqual({
      ok: false,
      message: expect.stringContaining('This file cannot be imported'),
    });
    expect(localStorage.getItem(KEY)).toBe(before);
  });

  it('round-trips an export through an import into an empty browser', async () => {
    const store = await loadStore();
    const quiz = await import('../../src/stores/quiz-progress.ts');
    store.completeLesson('odr/what-is-odr', new Date('2026-11-20T10:00:00Z'));
    quiz.recordAnswer('odr/q1', false, new Date('2026-11-20T10:05:00Z'));
    store.recordScenarioResult('late-return', 0.75, new Date('2026-11-20T11:00:00Z'));
    const file = store.exportProgress();
    localStorage.clear();
    const fresh = await loadStore();
    expect(fresh.importProgress(file)).toEqual({ ok: true });
    expect(fresh.$progress.get()).toEqual(JSON.parse(file));
  });

  it('records a missed question for review and counts it against its facts', async () => {
    const store = await loadStore();
    const quiz = await import('../../src/stores/quiz-progress.ts');
    quiz.recordAnswer('odr/q1', false, new Date('2026-11-20T10:00:00Z'));
    quiz.recordAnswer('odr/q2', true, new Date('2026-11-20T10:01:00Z'));
    const progress = store.$progress.get();
    expect(Object.keys(progress.review)).toEqual(['odr/q1']);
    expect(progress.answers).toEqual({
      'odr/q1': { right: 0, wrong: 1, lastAt: '2026-11-20T10:00:00.000Z' },
      'odr/q2': { right: 1, wrong: 0, lastAt: '2026-11-20T10:01:00.000Z' },
    });
  });

  it('keeps working in memory when the browser refuses to store, and says so once', async () => {
    const store = await loadStore();
    const { $storageRefused } = await import('../../src/stores/storage.ts');
    store.completeLesson('odr/what-is-odr', new Date('2026-11-20T10:00:00Z'));
    const saved = localStorage.getItem(KEY);
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const raised = vi.fn();
      $storageRefused.listen(raised);
      store.completeLesson('odr/window', new Date('2026-11-20T11:00:00Z'));
      store.completeLesson('idr/deadline', new Date('2026-11-20T12:00:00Z'));
      // Nothing is lost: each change builds on the last one, held in memory.
      expect(Object.keys(store.$progress.get().lessons).sort()).toEqual([
        'idr/deadline',
        'odr/what-is-odr',
        'odr/window',
      ]);
      expect($storageRefused.get()).toBe(true);
      expect(raised).toHaveBeenCalledTimes(1);
      expect(localStorage.getItem(KEY)).toBe(saved);
      // The export still holds everything, for the trainee to keep.
      expect(Object.keys(JSON.parse(store.exportProgress()).lessons)).toHaveLength(3);
    } finally {
      refuse.mockRestore();
    }
  });
});

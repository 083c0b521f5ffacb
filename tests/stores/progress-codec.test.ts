import { describe, expect, it } from 'vitest';
import {
  migrate,
  readProgress,
  writeProgress,
  type Migration,
} from '../../src/stores/progress-codec.ts';
import { emptyProgress, PROGRESS_VERSION } from '../../src/stores/progress-schema.ts';

describe('reading saved progress', () => {
  it('round-trips the current version unchanged', () => {
    const progress = {
      ...emptyProgress(),
      lessons: { 'odr/what-is-odr': { completedAt: '2026-11-20T10:00:00.000Z' } },
    };
    expect(readProgress(writeProgress(progress))).toEqual({
      ok: true,
      progress,
      migratedFrom: null,
    });
  });

  it.each([
    ['{not json', 'it is not valid JSON'],
    ['[]', 'it is not a progress record'],
    ['"text"', 'it is not a progress record'],
    ['{"lessons":{}}', 'it has no version number'],
    [
      '{"version":99}',
      'it was saved by a newer version of the site (format 99; this site reads up to 2)',
    ],
    [
      JSON.stringify({ ...emptyProgress(), lessons: { x: { completedAt: 'yesterday' } } }),
      'lessons.x.completedAt: not a date',
    ],
    [
      // Date.parse would read this in the machine's zone; the engine's reader wants an offset.
      JSON.stringify({
        ...emptyProgress(),
        lessons: { x: { completedAt: '2026-03-01T10:00:00' } },
      }),
      'lessons.x.completedAt: not a date',
    ],
    [
      JSON.stringify({
        ...emptyProgress(),
        scenarios: { s: { best: 1.5, attempts: 1, lastAt: '2026-01-01T00:00:00Z' } },
      }),
      'scenarios.s.best',
    ],
  ])('rejects %s, saying why', (text, reason) => {
    const result = readProgress(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('migrating saved progress', () => {
  // A made-up history of formats: version 1 kept lessons as a list of ids, version 2 as a record
  // of completion dates, version 3 added a trainee name.
  const steps: Record<number, Migration> = {
    1: (old) => ({
      ...old,
      version: 2,
      lessons: Object.fromEntries(
        (old['lessons'] as string[]).map((id) => [id, { completedAt: '2026-01-01T00:00:00.000Z' }]),
      ),
    }),
    2: (old) => ({ ...old, version: 3, trainee: { name: '' } }),
  };

  it('upgrades an old format step by step, keeping its data', () => {
    expect(migrate({ version: 1, lessons: ['odr/window'] }, steps, 3)).toEqual({
      ok: true,
      from: 1,
      record: {
        version: 3,
        lessons: { 'odr/window': { completedAt: '2026-01-01T00:00:00.000Z' } },
        trainee: { name: '' },
      },
    });
  });

  it('runs only the steps a record still needs', () => {
    const record = { version: 2, lessons: {}, extra: true };
    expect(migrate(record, steps, 3)).toEqual({
      ok: true,
      from: 2,
      record: { version: 3, lessons: {}, extra: true, trainee: { name: '' } },
    });
  });

  it('reports a format it has no migration for', () => {
    expect(migrate({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      reason: 'there is no way to upgrade format 1',
    });
  });

  it('leaves a record of the current version as it is', () => {
    const record = { ...emptyProgress() };
    expect(migrate(record)).toEqual({ ok: true, from: PROGRESS_VERSION, record });
  });
});

describe('the progress formats this site has had', () => {
  /** Progress as version 1 saved it: everything but writing practice. */
  const version1 = {
    version: 1,
    trainee: { name: 'Ana' },
    lessons: { 'odr/what-is-odr': { completedAt: '2026-11-20T10:00:00.000Z' } },
    quizzes: {},
    answers: { 'odr/q1': { right: 1, wrong: 0, lastAt: '2026-11-20T10:00:00.000Z' } },
    review: {},
    scenarios: {},
    inProgress: {},
  };

  it('reads version 1 as version 2 with no writing practice yet, keeping everything else', () => {
    expect(readProgress(JSON.stringify(version1))).toEqual({
      ok: true,
      migratedFrom: 1,
      progress: { ...version1, version: 2, writing: {}, writingDrafts: {} },
    });
  });

  it('round-trips writing results, their review card and a draft under way', () => {
    const progress = {
      ...emptyProgress(),
      writing: {
        'where-is-my-parcel': {
          attempts: 2,
          clean: 1,
          lastAt: '2026-11-20T10:00:00.000Z',
          lastFindings: [],
          lastCaught: ['MSG-CONTACT contact-details'],
          review: {
            due: '2026-11-21T00:00:00.000Z',
            stability: 1,
            difficulty: 5,
            elapsed_days: 0,
            scheduled_days: 1,
            learning_steps: 0,
            reps: 1,
            lapses: 0,
            state: 1,
            last_review: '2026-11-20T10:00:00.000Z',
          },
        },
      },
      writingDrafts: {
        'charged-twice': {
          text: 'We are sorry',
          caught: [],
          savedAt: '2026-11-20T10:05:00.000Z',
        },
      },
    };
    expect(readProgress(writeProgress(progress))).toEqual({
      ok: true,
      progress,
      migratedFrom: null,
    });
  });

  it.each([
    [{ lastFindings: ['contact details'] }, 'writing.s.lastFindings.0: not a rule and kind'],
    [{ attempts: -1 }, 'writing.s.attempts'],
  ])('rejects a writing result with %j', (change, reason) => {
    const result = readProgress(
      JSON.stringify({
        ...emptyProgress(),
        writing: {
          s: {
            attempts: 1,
            clean: 0,
            lastAt: '2026-11-20T10:00:00.000Z',
            lastFindings: [],
            lastCaught: [],
            ...change,
          },
        },
      }),
    );
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

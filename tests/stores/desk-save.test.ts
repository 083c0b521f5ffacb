// @vitest-environment jsdom
/**
 * Saved desk runs: versioned and migrated like progress. A run saved in the first desk's format
 * (no version) still resumes; an unreadable one is kept aside and the shift starts again.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema } from '../../src/content/scenario-schema.ts';
import { parseInstant } from '../../src/engine/index.ts';
import { deskScenarioOf } from '../../src/sim/desk-run.ts';
import { readActivityLog } from '../../src/stores/activity-log.ts';
import { createDesk } from '../../src/stores/desk.ts';
import { DESK_SAVE_VERSION, readDeskSave, writeDeskSave } from '../../src/stores/desk-save.ts';

const root = resolve(import.meta.dirname, '../..');
const scenario = deskScenarioOf(
  scenarioSchema(readContentIndex(root)).parse(
    parse(
      readFileSync(join(root, 'content/scenarios/first-shift-return-and-question.yaml'), 'utf8'),
    ),
  ),
);
const KEY = 'sda:desk:first-shift-return-and-question';
const at = parseInstant('2026-03-09T10:30:00+01:00');
/** A run as the first desk saved it: acts, clock, recorded, and no version. */
const todaysFormat = JSON.stringify({
  acts: [{ action: 'reply', subject: 'MSG-88121', at, choice: 'label-and-steps' }],
  clock: at + 3_600_000,
  recorded: false,
});

afterEach(() => localStorage.clear());

describe('saved desk runs', () => {
  it('reads a run saved before saves had a version, as version 0', () => {
    const read = readDeskSave(todaysFormat);
    expect(read).toMatchObject({ ok: true, migratedFrom: 0 });
    if (read.ok) expect(read.save.version).toBe(DESK_SAVE_VERSION);
  });

  it('round-trips the current format', () => {
    const save = { acts: [], clock: at, recorded: true };
    expect(readDeskSave(writeDeskSave(save))).toEqual({
      ok: true,
      save: { version: DESK_SAVE_VERSION, ...save },
      migratedFrom: null,
    });
  });

  it('keeps a written reply with what the coach found in it, and resumes the run with it', async () => {
    const written = {
      action: 'reply' as const,
      subject: 'MSG-88121',
      at,
      choice: 'label-and-steps',
      text: 'Call us on +49 30 1234567.',
      findings: [
        {
          rule: 'MSG-CONTACT',
          kind: 'contact-details' as const,
          start: 11,
          end: 25,
          message: 'A phone number.',
        },
      ],
    };
    const save = { acts: [written], clock: at + 60_000, recorded: false };
    expect(readDeskSave(writeDeskSave(save))).toMatchObject({ ok: true, save });
    localStorage.setItem(KEY, writeDeskSave(save));
    const desk = createDesk('first-shift-return-and-question', scenario);
    expect(desk.$snapshot.get().log).toMatchObject([
      { action: 'reply', choice: expect.any(String) },
    ]);
    desk.endShift();
    // The debrief (loaded when the shift ends) shows the sent draft with its finding.
    await vi.waitFor(() =>
      expect(desk.$snapshot.get().debrief?.drafts).toMatchObject([
        { text: written.text, findings: written.findings },
      ]),
    );
    desk.dispose();
  });

  it('refuses a finding of a kind the checker does not have', () => {
    const save = JSON.stringify({
      version: DESK_SAVE_VERSION,
      acts: [
        {
          action: 'reply',
          subject: 'MSG-88121',
          at,
          text: 'Hi',
          findings: [{ rule: 'X', kind: 'rudeness', start: 0, end: 2, message: 'm' }],
        },
      ],
      clock: at,
      recorded: false,
    });
    expect(readDeskSave(save)).toMatchObject({ ok: false });
  });

  it.each([
    ['not JSON', '{acts', 'it is not valid JSON'],
    [
      'a newer format',
      JSON.stringify({ version: 99, acts: [], clock: 0, recorded: false }),
      /newer version/,
    ],
    [
      'an unknown act',
      JSON.stringify({
        version: 1,
        acts: [{ action: 'fly', subject: 'x', at: 0 }],
        clock: 0,
        recorded: false,
      }),
      /^acts\.0\.action/,
    ],
  ])('refuses %s and says why', (_name, text, reason) => {
    const read = readDeskSave(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('the desk resumes a run saved in the first format where the trainee was', () => {
    localStorage.setItem(KEY, todaysFormat);
    const desk = createDesk('first-shift-return-and-question', scenario);
    const snapshot = desk.$snapshot.get();
    expect(snapshot.clock).toBe(at + 3_600_000);
    expect(snapshot.restartedBecause).toBeNull();
    expect(snapshot.items.map((item) => item.kind)).toEqual(['return']);
    desk.dispose();
  });

  it('keeps an unreadable run aside and starts the shift again, saying why', () => {
    localStorage.setItem(KEY, '{"version":1,"acts":"lost"}');
    const desk = createDesk('first-shift-return-and-question', scenario);
    expect(desk.$snapshot.get().restartedBecause).toMatch(/acts/);
    const backups = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0]!)).toBe('{"version":1,"acts":"lost"}');
    desk.dispose();
  });

  it('puts each act in the activity record, at its simulated time, without the text written', () => {
    localStorage.setItem(KEY, writeDeskSave({ acts: [], clock: at, recorded: false }));
    const desk = createDesk('first-shift-return-and-question', scenario);
    const when = desk.$snapshot.get().clock;
    expect(when).toBe(at);
    desk.act({ action: 'reply', subject: 'MSG-88121', choice: 'label-and-steps', text: 'Hallo' });
    const events = readActivityLog().events.filter((event) => event.kind === 'desk-act');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      scenarioId: 'first-shift-return-and-question',
      action: 'reply',
      subject: 'MSG-88121',
      choice: 'label-and-steps',
      simulatedAt: new Date(when).toISOString(),
    });
    expect(JSON.stringify(events[0])).not.toContain('Hallo');
    desk.dispose();
  });

  it('saves when the trainee jumps or pauses, not on every tick', () => {
    vi.useFakeTimers();
    try {
      const desk = createDesk('first-shift-return-and-question', scenario);
      desk.jumpToNext();
      const saved = localStorage.getItem(KEY);
      expect(saved).not.toBeNull();
      desk.setSpeed(60);
      desk.play();
      vi.advanceTimersByTime(2000);
      expect(desk.$snapshot.get().clock).toBeGreaterThan(JSON.parse(saved!).clock);
      expect(localStorage.getItem(KEY)).toBe(saved);
      desk.pause();
      expect(JSON.parse(localStorage.getItem(KEY)!).clock).toBe(desk.$snapshot.get().clock);
      desk.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});

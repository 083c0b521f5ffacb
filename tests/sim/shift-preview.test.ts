/**
 * The start-of-shift preview and the desk checks a scenario author gets: which events become
 * inbox tasks with their deadlines, and scripted events that would do the trainee's work (they
 * are forbidden, and named by place).
 */
import { describe, expect, it } from 'vitest';
import { loadReplyChecker } from '../../src/engine/index.ts';
import { checkScenarioOnDesk, shiftPreview } from '../../src/sim/shift-preview.ts';
import { loadScenario, scenarioIds } from './scenario-files.ts';

const checkReply = await loadReplyChecker();

describe('the start-of-shift preview', () => {
  it('lists the tasks that arrive, when, and by when they are due', () => {
    const preview = shiftPreview(loadScenario('first-shift-return-and-question'));
    expect(preview.atStart).toEqual([]);
    expect(
      preview.arriving.map(({ at, title, dueAt, rule }) => ({ at, title, dueAt, rule })),
    ).toEqual([
      {
        at: '2026-03-09T09:00:00+01:00',
        title: 'Return request',
        dueAt: '2026-03-11T09:00:00+01:00',
        rule: 'RET-48H',
      },
      {
        at: '2026-03-09T10:00:00+01:00',
        title: 'How do I send the kettle back?',
        dueAt: '2026-03-10T10:00:00+01:00',
        rule: 'RESP-24H',
      },
    ]);
    expect(preview.overrides).toEqual([]);
  });

  it('keeps a hidden deadline for the author, marked as hidden', () => {
    const scenario = loadScenario('friday-invoices-clock-change');
    const { atStart, arriving } = shiftPreview(scenario);
    const hidden = [...atStart, ...arriving].filter((task) => task.deadlineHidden);
    expect(hidden.map((task) => [task.title, task.dueAt])).toEqual([
      ['Invoice to upload', '2026-03-30T23:59:59+02:00'],
    ]);
  });
});

describe('scripted events may not do the trainee’s work', () => {
  it('names an arrival that answers a message waiting in the inbox, by its place', () => {
    const scenario = loadScenario('first-shift-return-and-question');
    const problems = checkScenarioOnDesk({
      ...scenario,
      arrivals: [
        ...scenario.arrivals,
        {
          at: '2026-03-09T12:00:00+01:00',
          events: [
            { type: 'message.replied', at: '2026-03-09T12:00:00+01:00', messageId: 'MSG-88121' },
          ],
        },
      ],
    });
    expect(problems[0]?.path).toEqual(['arrivals', 2, 'events', 0]);
    expect(problems[0]?.message).toMatch(
      /^this scripted message\.replied does the trainee's work on "How do I send the kettle back\?"/,
    );
  });

  it.each(scenarioIds)('%s passes every desk check', (id) => {
    expect(checkScenarioOnDesk(loadScenario(id), checkReply)).toEqual([]);
  });
});

/**
 * Each scenario played on the engine, through the adapter in scenario-play.ts: its events are
 * valid, its good play earns full marks choosing only good options, and doing nothing does not.
 * `npm run check-content` runs these; the build does not (they need the engine's whole run).
 */
import type { Scenario } from '../scenario-schema.ts';
import { listOf } from './issues.ts';
import type { Problem } from './problem.ts';
import { GOOD_PLAY_HOME, goodPlayOf, playScenario, type PlayAct } from './scenario-play.ts';
import { describePath, lineOf, type SourceFile } from './source.ts';

/** A scenario to play: its id, its file, and its data as the schema parsed it. */
export interface PlayableScenario {
  id: string;
  source: SourceFile;
  raw: unknown;
  scenario: Scenario;
}

/** `start.history[3].orderId` → ['start', 'history', 3, 'orderId']. */
function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : (match[1] ?? ''),
  );
}

/** A problem the engine raised, placed at the scenario field it names when it names one. */
function engineProblem(entry: PlayableScenario, error: unknown, doing: string): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const named =
    /^((?:start\.history|arrivals)(?:\[\d+\]|\.[A-Za-z]+)*)(?: \([^)]*\))?: (.*)$/s.exec(text);
  if (named) {
    const path = pathOf(named[1] ?? '');
    return {
      file: entry.source.file,
      line: lineOf(entry.source, path),
      where: describePath(entry.raw, path),
      message: `the engine rejects this event: ${named[2] ?? ''}`,
      check: 'plays',
    };
  }
  return {
    file: entry.source.file,
    line: lineOf(entry.source, ['start']),
    where: doing,
    message: `the engine stops: ${text}`,
    check: 'plays',
  };
}

const actName = (act: PlayAct, position: number) =>
  `act ${position + 1} (${act.action} ${act.subject}${act.choice ? `, option ${act.choice}` : ''})`;

/** Problems found by playing each scenario. */
export function playProblems(scenarios: readonly PlayableScenario[]): Problem[] {
  return scenarios.flatMap((entry) => {
    const { scenario, source } = entry;
    const problems: Problem[] = [];
    const at = (path: (string | number)[], where: string, message: string) =>
      problems.push({
        file: source.file,
        line: lineOf(source, path),
        where,
        message,
        check: 'plays',
      });
    let idle;
    try {
      idle = playScenario(scenario, []);
    } catch (error) {
      return [engineProblem(entry, error, 'playing the shift with no act')];
    }
    if (idle.earned >= idle.available)
      at(
        ['rubric'],
        'rubric',
        `a trainee who does nothing earns all ${idle.available} points: add a rubric item that only acting well passes`,
      );

    const play = goodPlayOf(entry.id, scenario);
    if (!play) {
      at(
        ['rubric'],
        'good play',
        `this scenario has no good play (the acts that earn full marks): add ${GOOD_PLAY_HOME}`,
      );
      return problems;
    }
    const where = 'good play';
    // Where a problem of the play (or of one of its acts) is shown: at its goodPlay lines.
    const playAt = (position?: number): (string | number)[] => [
      ...play.path,
      ...(position === undefined ? [] : [position]),
    ];
    play.acts.forEach((act, position) => {
      const decision = scenario.decisions.find(
        (candidate) => candidate.action === act.action && candidate.subject === act.subject,
      );
      // A written act is judged by the reply checker when the play runs, not by an option.
      if (!decision || (act.choice === undefined && act.text !== undefined)) return;
      const choice = decision.choices.find((option) => option.id === act.choice);
      const place = playAt(position);
      if (!choice)
        at(
          place,
          where,
          `${actName(act, position)} picks no option of decision "${decision.id}" (it has ${listOf(decision.choices.map((option) => option.id))}): name one with its id`,
        );
      else if (choice.verdict !== 'good')
        at(
          place,
          where,
          `${actName(act, position)} picks "${choice.id}", whose verdict is ${choice.verdict}: a good play picks good options`,
        );
    });
    scenario.decisions.forEach((decision, position) => {
      const played = play.acts.some(
        (act) => act.action === decision.action && act.subject === decision.subject,
      );
      if (!played && !decision.choices.some((choice) => choice.verdict === 'acceptable'))
        at(
          ['decisions', position],
          describePath(entry.raw, ['decisions', position]),
          `the good play does not take this act, so it is a trap; give its best option the verdict acceptable (or play it in the good play)`,
        );
    });
    let good;
    try {
      good = playScenario(scenario, play.acts);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      at(playAt(), where, `the engine cannot play it: ${text}`);
      return problems;
    }
    for (const problem of good.problems)
      at(problem.path, describePath(entry.raw, problem.path), problem.message);
    const failed = good.rubric.flatMap((item, position) =>
      item.passed ? [] : [`${position + 1} (id: ${item.id})`],
    );
    if (failed.length > 0)
      at(
        playAt(),
        where,
        `earns ${good.earned} of ${good.available} points: it fails rubric item${failed.length > 1 ? 's' : ''} ${listOf(failed)}. Fix the item's check, or the good play`,
      );
    return problems;
  });
}

/**
 * The good play of each scenario (the list the browser tests play), replayed on the desk run at
 * the acts' intended times: it earns full marks. A cheap guard before the browser plays it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema } from '../../src/content/scenario-schema.ts';
import { parseInstant } from '../../src/engine/index.ts';
import { debrief } from '../../src/sim/debrief.ts';
import { DeskRun, type DeskAction } from '../../src/sim/desk-run.ts';
import { GOOD_PLAYS } from '../e2e/desk-plays.ts';

const root = resolve(import.meta.dirname, '../..');
const schema = scenarioSchema(readContentIndex(root));

describe('good plays', () => {
  it.each(Object.entries(GOOD_PLAYS))('%s earns full marks', (id, acts) => {
    const scenario = schema.parse(
      parse(readFileSync(join(root, 'content/scenarios', `${id}.yaml`), 'utf8')),
    );
    const run = new DeskRun(scenario);
    for (const [at, action, subject, choice, trackingId] of acts) {
      run.advanceTo(parseInstant(at));
      run.act({
        action: action as DeskAction,
        subject,
        ...(choice ? { choice } : {}),
        ...(action === 'confirmShipment' ? { trackingId: trackingId ?? '' } : {}),
      });
    }
    run.advanceTo(run.end);
    const result = debrief(run);
    expect(result.rubric.filter((item) => !item.passed).map((item) => item.id)).toEqual([]);
  });
});

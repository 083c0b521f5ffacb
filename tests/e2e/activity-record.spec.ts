/**
 * The activity record a trainee downloads from the progress page (issue 15): after a lesson done
 * and an act at the desk, the file holds one xAPI statement for each, and every statement
 * validates against the xAPI 1.0.3 statement schema (tests/fixtures/xapi).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { statementErrors } from '../lib/xapi-schema.ts';
import { loadScenario } from '../sim/scenario-files.ts';
import { playAct } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';

interface Statement {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: { response?: string };
}

test('the activity record (xAPI) downloaded from the progress page holds each act, every statement valid', async ({
  page,
}, testInfo) => {
  // A lesson done, as a trainee marks it.
  await page.goto('/learn/service-standards/response-times/');
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeVisible();
  // One act at the desk: the return request authorised.
  const id = 'first-shift-return-and-question';
  const scenario = loadScenario(id);
  const act = scenario.goodPlay.find((planned) => planned.action === 'authoriseReturn');
  expect(act, 'the scenario authorises a return').toBeDefined();
  await page.goto(`/simulate/${id}/`);
  await hydrated(page);
  await playAct(page, scenario, act!);

  await page.getByRole('link', { name: 'Progress' }).click();
  await hydrated(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download activity record (xAPI)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/activity-xapi.*\.json$/);
  const file = testInfo.outputPath('activity.json');
  await download.saveAs(file);
  const statements = JSON.parse(readFileSync(file, 'utf8')) as Statement[];

  expect(Array.isArray(statements)).toBe(true);
  for (const statement of statements)
    expect(statementErrors(statement), JSON.stringify(statement)).toEqual([]);
  expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
  // The lesson: ADL's "completed" on the lesson's activity.
  expect(
    statements.filter(
      (statement) =>
        statement.verb.id === 'http://adlnet.gov/expapi/verbs/completed' &&
        statement.object.id.endsWith('/lessons/service-standards/response-times'),
    ),
  ).toHaveLength(1);
  // The desk act: ADL's "interacted" on that act of that scenario.
  const acts = statements.filter(
    (statement) => statement.verb.id === 'http://adlnet.gov/expapi/verbs/interacted',
  );
  expect(acts).toHaveLength(1);
  expect(acts[0]?.object.id).toContain(`/scenarios/${id}/`);
  expect(acts[0]?.object.id).toContain(encodeURIComponent(act!.subject));
});

/**
 * Where the real outcome is someone else's choice, the desk plays one case and says so. A buyer
 * *may* file an A-to-Z claim after a return request waits 48 hours (RET-48H), and a seller *may
 * ask* Amazon to remove feedback (FB-REPORT): the desk assumes the claim is filed and the request
 * is accepted when a ground applies. The trainee reads that on the desk page (the summary) and in
 * the debrief (the rubric item that rests on it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema, type Scenario } from '../../src/content/scenario-schema.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/scenarios');
const schema = scenarioSchema(readContentIndex(root));
const scenarios = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, scenario: schema.parse(parse(readFileSync(join(dir, name), 'utf8'))) }));

const eventsOf = (scenario: Scenario) => [
  ...scenario.start.history,
  ...scenario.arrivals.flatMap((arrival) => arrival.events),
];

const withReturns = scenarios.filter(({ scenario }) =>
  eventsOf(scenario).some((event) => event.type === 'return.requested'),
);
const withRemovals = scenarios.filter(({ scenario }) =>
  [
    ...scenario.decisions.map((decision) => decision.action),
    ...scenario.rubric.flatMap((item) => (item.check.kind === 'action' ? [item.check.action] : [])),
  ].includes('requestFeedbackRemoval'),
);

describe('the desk says what it assumes', () => {
  it('finds scenarios of both kinds', () => {
    expect(withReturns.length).toBeGreaterThan(0);
    expect(withRemovals.length).toBeGreaterThan(0);
  });

  it.each(withReturns.map(({ name, scenario }) => [name, scenario] as const))(
    '%s says on the desk page that the buyer may file a claim after 48 hours and that the desk assumes it',
    (_name, scenario) => {
      expect(scenario.summary).toMatch(/\bmay file an A-to-Z claim\b/);
      expect(scenario.summary).toMatch(/\bdesk assumes\b/);
    },
  );

  it.each(withRemovals.map(({ name, scenario }) => [name, scenario] as const))(
    '%s says that Amazon decides a removal request and what the desk assumes, on the page and in the debrief',
    (_name, scenario) => {
      expect(scenario.summary).toMatch(/\bAmazon decides\b/);
      expect(scenario.summary).toMatch(/\bdesk assumes\b/);
      const restingOnRemoval = scenario.rubric.filter(
        (item) => item.check.kind === 'not-defective' && /removed|struck/i.test(item.description),
      );
      for (const item of restingOnRemoval) expect(item.description).toMatch(/\bdesk assumes\b/);
    },
  );

  it('never says a removal request or a claim after a missed return is certain', () => {
    const certain =
      /\b(Amazon (always|will) remove|removal (always|will) succeed|buyer (always|will) file)/i;
    const texts = scenarios.flatMap(({ name, scenario }) =>
      [
        scenario.summary,
        ...scenario.rubric.map((item) => item.description),
        ...scenario.decisions.flatMap((decision) => [
          decision.prompt,
          ...decision.choices.map((choice) => choice.feedback),
        ]),
      ]
        .filter((text) => certain.test(text))
        .map((text) => `${name}: ${text}`),
    );
    expect(texts).toEqual([]);
  });
});

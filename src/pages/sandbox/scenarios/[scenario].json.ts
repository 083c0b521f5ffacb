/**
 * Each scenario's starting state as a static file (`/sandbox/scenarios/<id>.json`) for the
 * sandbox's `?scenario=<id>`: its marketplace, profile, start moment, listed starting events and
 * generated background as figures (the sandbox's worker expands them with the engine's
 * generator). The shift's arrivals, texts and rubric stay with the desk.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { optionalCollection } from '../../../lib/course.ts';
import type { ScenarioStart } from '../../../sandbox/start.ts';

export const getStaticPaths = (async () => {
  const scenarios = await optionalCollection('scenarios');
  return scenarios.map((scenario) => ({ params: { scenario: scenario.id }, props: { scenario } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: CollectionEntry<'scenarios'> }> = ({ props }) => {
  const { id, data } = props.scenario;
  const start: ScenarioStart = {
    slug: id,
    title: data.title,
    marketplace: data.marketplace,
    profile: data.profile,
    start: {
      at: data.start.at,
      history: data.start.history as Record<string, unknown>[],
      ...(data.start.background ? { background: data.start.background } : {}),
    },
  };
  return new Response(JSON.stringify(start), { headers: { 'Content-Type': 'application/json' } });
};

/**
 * The desk data of each scenario as a static file (`/simulate/<id>/desk.json`): what the desk
 * reads and nothing else, the background as its generator's figures, and the plain name of every
 * policy fact (the debrief and the "why" view cite facts the engine names, not only the
 * scenario's). Fetched by the desk island rather than shipped in the page, so a long starting
 * history does not weigh on the HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { factNames, optionalCollection } from '../../../lib/course.ts';
import { deskScenarioOf } from '../../../sim/desk-run.ts';
import type { DeskData } from '../../../stores/desk.ts';

export const getStaticPaths = (async () => {
  const scenarios = await optionalCollection('scenarios');
  return scenarios.map((scenario) => ({ params: { scenario: scenario.id }, props: { scenario } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: CollectionEntry<'scenarios'> }> = async ({ props }) =>
  new Response(
    JSON.stringify({
      scenario: deskScenarioOf(props.scenario.data),
      factNames: await factNames(),
    } satisfies DeskData),
    { headers: { 'Content-Type': 'application/json' } },
  );

/**
 * The desk data of each scenario as a static file (`/simulate/<id>/desk.json`): what the desk
 * reads and nothing else, the background as its generator's figures. Fetched by the desk island
 * rather than shipped in the page, so a long starting history does not weigh on the HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { optionalCollection } from '../../../lib/course.ts';
import { deskScenarioOf } from '../../../sim/desk-run.ts';

export const getStaticPaths = (async () => {
  const scenarios = await optionalCollection('scenarios');
  return scenarios.map((scenario) => ({ params: { scenario: scenario.id }, props: { scenario } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: CollectionEntry<'scenarios'> }> = ({ props }) =>
  new Response(JSON.stringify(deskScenarioOf(props.scenario.data)), {
    headers: { 'Content-Type': 'application/json' },
  });

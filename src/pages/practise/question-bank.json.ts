/** The question bank as a static file, fetched by the final assessment and the review. */
import type { APIRoute } from 'astro';
import { questionBank } from '../../lib/course.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await questionBank()), {
    headers: { 'Content-Type': 'application/json' },
  });

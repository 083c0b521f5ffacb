/** The question bank as a static file, fetched by the final assessment and the review. */
import type { APIRoute } from 'astro';
import { questionBank, questionSet } from '../../lib/course.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await questionSet(await questionBank())), {
    headers: { 'Content-Type': 'application/json' },
  });

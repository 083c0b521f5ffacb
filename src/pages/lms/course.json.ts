/** The course as an LMS sees it (`lms/lms-course.ts`), for the launch page and `npm run package`. */
import type { APIRoute } from 'astro';
import { lmsCourse } from '../../lib/lms-course-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await lmsCourse()), {
    headers: { 'Content-Type': 'application/json' },
  });

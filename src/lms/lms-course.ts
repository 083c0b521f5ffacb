/**
 * The course as an LMS sees it: one unit per module (its lessons, quiz and desk scenarios, with
 * the quiz's pass mark as the mastery score) and one for the final assessment. The site builds
 * it from the content (`pages/lms/course.json.ts`); the launch page reports against it and the
 * package script writes the manifests from it.
 */
import type { CourseShape } from '../lib/course-shape.ts';

/** A page of the course, by its site path (`/learn/module/lesson/`). */
interface CoursePage {
  id: string;
  title: string;
  path: string;
}

/** One module as an LMS unit. */
export interface LmsModule {
  id: string;
  number: number;
  title: string;
  /** The module quiz's pass mark (0..1): the unit's mastery score. */
  passMark: number | null;
  lessons: CoursePage[];
  quiz: CoursePage | null;
  scenarios: CoursePage[];
}

/** The whole course for the launch page and the packages. */
export interface LmsCourse {
  title: string;
  description: string;
  shape: CourseShape;
  modules: LmsModule[];
  /** The final assessment as a unit, with its pass mark. */
  final: (CoursePage & { passMark: number }) | null;
}

/** The unit an LMS launched: a module by id, or the final assessment. */
export type LmsUnit = { kind: 'module'; id: string } | { kind: 'final' };

/** The unit named by the launch URL's `module` parameter (`final` for the final), or null. */
export function unitOf(course: LmsCourse, name: string | null): LmsUnit | null {
  if (name === 'final') return course.final ? { kind: 'final' } : null;
  return course.modules.some((module) => module.id === name) && name
    ? { kind: 'module', id: name }
    : null;
}

/** The course as an LMS sees it (`lms/lms-course.ts`), read from the content at build time. */
import { courseOutline, courseShape, lessonHref, optionalCollection } from './course.ts';
import type { LmsCourse } from '../lms/lms-course.ts';

/** The course's units, from the same outline the course map uses. */
export async function lmsCourse(): Promise<LmsCourse> {
  const [outline, shape, quizzes] = await Promise.all([
    courseOutline(),
    courseShape(),
    optionalCollection('quizzes'),
  ]);
  const final = quizzes.find((quiz) => quiz.data.kind === 'final');
  return {
    title: 'Marketplace customer support',
    description:
      'Onboarding for customer-support staff of marketplace sellers: service standards, FBA and FBM, the Order Defect Rate, the other account-health metrics, feedback and reviews, and a daily routine, with quizzes and a simulated support desk.',
    shape,
    modules: outline.map(({ module, lessons, quiz, scenarios }) => ({
      id: module.id,
      number: module.data.number,
      title: module.data.title,
      passMark: quiz?.data.passMark ?? null,
      lessons: lessons.map((lesson) => ({
        id: lesson.id,
        title: lesson.data.title,
        path: lessonHref(lesson.id),
      })),
      quiz: quiz ? { id: quiz.id, title: quiz.data.title, path: `/practise/${quiz.id}/` } : null,
      scenarios: scenarios.map((scenario) => ({
        id: scenario.id,
        title: scenario.data.title,
        path: `/simulate/${scenario.id}/`,
      })),
    })),
    final: final
      ? {
          id: final.id,
          title: final.data.title,
          path: `/practise/${final.id}/`,
          passMark: final.data.passMark,
        }
      : null,
  };
}

/**
 * The xAPI vocabulary the site's statements use: ADL verbs and activity types (the ADL vocabulary,
 * `http://adlnet.gov/expapi/...`), the cmi5 profile's IRIs where cmi5 defines them, and the
 * course's own activity and extension IRIs under one base.
 * @see https://github.com/adlnet/xAPI-Spec (ADL vocabulary) and the cmi5 specification (Quartz)
 */

/** ADL verbs, each with its English display. */
export const verbs = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { en: 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { en: 'failed' } },
  interacted: { id: 'http://adlnet.gov/expapi/verbs/interacted', display: { en: 'interacted' } },
  attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { en: 'attempted' } },
  responded: { id: 'http://adlnet.gov/expapi/verbs/responded', display: { en: 'responded' } },
} as const;

/** ADL activity types. */
export const activityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/interaction',
  /** A question with an interaction type and correct-response pattern (cmi5 and SCORM use it too). */
  cmiInteraction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  performance: 'http://adlnet.gov/expapi/activities/performance',
} as const;

/**
 * The course's IRI. Every activity of the site is under it. There is no public host for the
 * course yet, so this is the name the packages and statements use everywhere; change it here only.
 */
export const COURSE_IRI = 'https://support-desk-academy.example/course';

/** The course's extension IRIs (result and context extensions the ADL vocabulary has no word for). */
export const extensions = {
  /** Fact IDs a statement rests on (array of strings). */
  facts: `${COURSE_IRI}/extensions/facts`,
  /** The reply checker's findings: `[{ rule, kind }]`. */
  findings: `${COURSE_IRI}/extensions/findings`,
  /** A desk act: `{ action, subject, choice?, at }` with `at` the simulated time. */
  deskAct: `${COURSE_IRI}/extensions/desk-act`,
  /** Whether the reply being checked is a message or a public reply. */
  replyKind: `${COURSE_IRI}/extensions/reply-kind`,
  /** The language the checker read the draft in (ISO 639-1), or null. */
  language: `${COURSE_IRI}/extensions/language`,
} as const;

/** The activity IRI of a lesson, quiz, question, scenario, sandbox situation or writing task. */
export const activityIri = {
  lesson: (lessonId: string) => `${COURSE_IRI}/lessons/${lessonId}`,
  module: (moduleId: string) => `${COURSE_IRI}/modules/${moduleId}`,
  quiz: (quizId: string) => `${COURSE_IRI}/quizzes/${quizId}`,
  /** A question by its key (`quiz-id/question-id`). */
  question: (questionKey: string) => `${COURSE_IRI}/questions/${questionKey}`,
  scenario: (scenarioId: string) => `${COURSE_IRI}/scenarios/${scenarioId}`,
  deskAct: (scenarioId: string, action: string, subject: string) =>
    `${COURSE_IRI}/scenarios/${scenarioId}/acts/${encodeURIComponent(action)}/${encodeURIComponent(subject)}`,
  sandbox: (situationId: string) => `${COURSE_IRI}/sandbox/${situationId}`,
  replyCheck: (taskId: string) => `${COURSE_IRI}/writing/${taskId}`,
} as const;

/** The reverse of `activityIri`: what kind of activity an IRI names and its id, or null for another IRI. */
export function parseActivityIri(iri: string): {
  kind: 'lesson' | 'module' | 'quiz' | 'question' | 'scenario' | 'sandbox' | 'writing';
  id: string;
} | null {
  if (!iri.startsWith(`${COURSE_IRI}/`)) return null;
  const rest = iri.slice(COURSE_IRI.length + 1);
  const slash = rest.indexOf('/');
  const head = rest.slice(0, slash);
  const id = rest.slice(slash + 1);
  const kinds = {
    lessons: 'lesson',
    modules: 'module',
    quizzes: 'quiz',
    questions: 'question',
    scenarios: 'scenario',
    sandbox: 'sandbox',
    writing: 'writing',
  } as const;
  const kind = kinds[head as keyof typeof kinds];
  if (slash < 0 || !kind || (kind === 'scenario' && id.includes('/'))) return null;
  return { kind, id };
}

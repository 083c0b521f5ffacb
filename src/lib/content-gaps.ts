/**
 * The trainers' view of the course (`/trainers/`): for each policy fact, the lesson sections that
 * teach it, the quiz questions that ask it and the scenarios that practise it (as a goal, in a
 * decision's options, in the rubric), and for each lesson objective the questions that assess
 * it. What is missing is a gap. Pure: the page hands it the collections' data.
 */
import { factsAttribute, stringAttribute, tagsIn } from '../content/checks/mdx-tags.ts';

/** What the gaps are worked out from, as plain data. */
export interface CourseContent {
  facts: readonly {
    id: string;
    name: string;
    section: string;
    unconfirmed: readonly { id: string; text: string }[];
  }[];
  lessons: readonly {
    id: string;
    title: string;
    body: string;
    objectives: readonly { id: string; text: string }[];
    caveats: readonly string[];
  }[];
  quizzes: readonly {
    id: string;
    title: string;
    questions: readonly { id: string; facts: readonly string[]; assesses: readonly string[] }[];
  }[];
  scenarios: readonly {
    id: string;
    title: string;
    goals: readonly string[];
    decisions: readonly { id: string; choices: readonly { facts: readonly string[] }[] }[];
    rubric: readonly { id: string; facts: readonly string[] }[];
  }[];
}

/** A lesson section that teaches a fact. */
interface SectionRef {
  lessonId: string;
  lessonTitle: string;
  sectionId: string;
  sectionTitle: string;
}

/** A quiz question, numbered from 1 in its quiz. */
export interface QuestionRef {
  quizId: string;
  quizTitle: string;
  number: number;
  questionId: string;
}

/** How a scenario practises a fact. */
export interface PractiseRef {
  scenarioId: string;
  scenarioTitle: string;
  /** A goal of the scenario. */
  goal: boolean;
  /** Decisions with an option that cites it. */
  decisions: string[];
  /** Rubric items that cite it. */
  rubric: string[];
}

/** An unconfirmed clause of a fact and the lessons that teach it with its caveat. */
interface ClauseCoverage {
  ref: string;
  text: string;
  taughtIn: { lessonId: string; lessonTitle: string }[];
}

/** One fact and where the course covers it. */
export interface FactCoverage {
  id: string;
  name: string;
  section: string;
  taught: SectionRef[];
  asked: QuestionRef[];
  practised: PractiseRef[];
  clauses: ClauseCoverage[];
}

/** One lesson objective and the questions that assess it. */
interface ObjectiveCoverage {
  lessonId: string;
  lessonTitle: string;
  id: string;
  text: string;
  questions: QuestionRef[];
}

/** The course's coverage: every fact and every objective, in course order. */
export interface ContentGaps {
  facts: FactCoverage[];
  objectives: ObjectiveCoverage[];
}

/** Works out where each fact and objective is covered. */
export function contentGaps(content: CourseContent): ContentGaps {
  const sections = content.lessons.flatMap((lesson) =>
    tagsIn(lesson.body, ['Section']).flatMap((tag) => {
      const facts = factsAttribute(tag.attributes);
      return Array.isArray(facts)
        ? [
            {
              facts,
              ref: {
                lessonId: lesson.id,
                lessonTitle: lesson.title,
                sectionId: stringAttribute(tag.attributes, 'id') ?? '',
                sectionTitle: stringAttribute(tag.attributes, 'title') ?? '',
              },
            },
          ]
        : [];
    }),
  );
  const questions = content.quizzes.flatMap((quiz) =>
    quiz.questions.map((question, position) => ({
      question,
      ref: {
        quizId: quiz.id,
        quizTitle: quiz.title,
        number: position + 1,
        questionId: question.id,
      },
    })),
  );
  const facts = content.facts.map((fact): FactCoverage => ({
    id: fact.id,
    name: fact.name,
    section: fact.section,
    taught: sections
      .filter((section) => section.facts.includes(fact.id))
      .map((section) => section.ref),
    asked: questions
      .filter(({ question }) => question.facts.includes(fact.id))
      .map(({ ref }) => ref),
    practised: content.scenarios.flatMap((scenario) => {
      const decisions = scenario.decisions
        .filter((decision) => decision.choices.some((choice) => choice.facts.includes(fact.id)))
        .map((decision) => decision.id);
      const rubric = scenario.rubric
        .filter((item) => item.facts.includes(fact.id))
        .map((item) => item.id);
      const goal = scenario.goals.includes(fact.id);
      return goal || decisions.length > 0 || rubric.length > 0
        ? [{ scenarioId: scenario.id, scenarioTitle: scenario.title, goal, decisions, rubric }]
        : [];
    }),
    clauses: fact.unconfirmed.map((clause) => {
      const ref = `${fact.id}~${clause.id}`;
      return {
        ref,
        text: clause.text,
        taughtIn: content.lessons
          .filter((lesson) => lesson.caveats.includes(ref))
          .map((lesson) => ({ lessonId: lesson.id, lessonTitle: lesson.title })),
      };
    }),
  }));
  const objectives = content.lessons.flatMap((lesson) =>
    lesson.objectives.map((objective) => ({
      lessonId: lesson.id,
      lessonTitle: lesson.title,
      id: objective.id,
      text: objective.text,
      questions: questions
        .filter(({ question }) => question.assesses.includes(`${lesson.id}#${objective.id}`))
        .map(({ ref }) => ref),
    })),
  );
  return { facts, objectives };
}

/** The gaps of a fact, in words for a badge ("not practised"); none when it is covered. */
export function factGaps(fact: FactCoverage): string[] {
  return [
    ...(fact.taught.length === 0 ? ['not taught'] : []),
    ...(fact.asked.length === 0 ? ['not asked'] : []),
    ...(fact.practised.length === 0 ? ['not practised'] : []),
    ...(fact.clauses.some((clause) => clause.taughtIn.length === 0) ? ['caveat not taught'] : []),
  ];
}

/**
 * xAPI statements of what a trainee does, one builder per kind of act (xAPI 1.0.3). Where the
 * site runs under a cmi5 launch, statements carry the launch's registration and context
 * template and are "cmi5 allowed" statements: they never carry the cmi5 category, which only the
 * launch's own initialized/completed/passed/failed/terminated statements may (`lms/cmi5.ts`).
 */
import type { ActivityEvent } from './activity-events.ts';
export { interactionOf } from './interaction.ts';
import { activityIri, activityTypes, COURSE_IRI, extensions, verbs } from './vocabulary.ts';

/** An xAPI agent identified by an account or an mbox. */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  account?: { homePage: string; name: string };
  mbox?: string;
}

/** A language map (`{ en: '...' }`). */
type LanguageMap = Record<string, string>;

/** An xAPI activity. */
interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    interactionType?: string;
    extensions?: Record<string, unknown>;
  };
}

/** The context of a statement: the cmi5 registration and template where there is a launch. */
export interface XapiContext {
  registration?: string;
  contextActivities?: Partial<Record<'parent' | 'grouping' | 'category' | 'other', XapiActivity[]>>;
  extensions?: Record<string, unknown>;
  platform?: string;
  language?: string;
}

/** An xAPI statement as the site sends or exports it. */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    score?: { scaled: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context: XapiContext;
  timestamp: string;
  version: '1.0.3';
}

/** Names for the activities, where the page knows them (titles shown in an LRS or LMS report). */
export type ActivityNames = Partial<Record<string, string>>;

/** Where statements are made: the actor, and under cmi5 the launch's registration and template. */
export interface StatementSetting {
  actor: XapiAgent;
  registration?: string;
  /** The cmi5 launch data's context template (its grouping names the AU). */
  contextTemplate?: XapiContext;
  /** Titles by activity IRI. */
  names?: ActivityNames;
}

function activity(id: string, type: string, names: ActivityNames = {}): XapiActivity {
  const name = names[id];
  return {
    objectType: 'Activity',
    id,
    definition: { type, ...(name ? { name: { en: name } } : {}) },
  };
}

const course = (): XapiActivity =>
  activity(COURSE_IRI, activityTypes.course, {
    [COURSE_IRI]: 'Marketplace customer support',
  });

/** The context: the launch's template merged with the statement's own parent and the course grouping. */
function contextFor(setting: StatementSetting, parent?: XapiActivity): XapiContext {
  const template = setting.contextTemplate ?? {};
  const activities = template.contextActivities ?? {};
  return {
    ...template,
    ...(setting.registration ? { registration: setting.registration } : {}),
    contextActivities: {
      ...activities,
      ...(parent ? { parent: [parent] } : {}),
      grouping: [...(activities.grouping ?? []), course()],
    },
    language: 'en',
    platform: 'Support Desk Academy',
  };
}

/** The statement for one recorded act. */
export function statementOf(event: ActivityEvent, setting: StatementSetting): XapiStatement {
  const names = setting.names ?? {};
  const common = {
    id: event.id,
    actor: setting.actor,
    timestamp: event.at,
    version: '1.0.3' as const,
  };
  switch (event.kind) {
    case 'lesson-done':
      return {
        ...common,
        verb: verbs.completed,
        object: activity(activityIri.lesson(event.lessonId), activityTypes.lesson, names),
        result: { completion: true },
        context: contextFor(setting),
      };
    case 'answered': {
      const [quizId = ''] = event.questionKey.split('/');
      return {
        ...common,
        verb: verbs.answered,
        object: {
          objectType: 'Activity',
          id: activityIri.question(event.questionKey),
          definition: {
            type: activityTypes.cmiInteraction,
            interactionType: event.interaction.type,
          },
        },
        result: { response: event.interaction.response, success: event.correct },
        context: contextFor(
          setting,
          activity(activityIri.quiz(quizId), activityTypes.assessment, names),
        ),
      };
    }
    case 'quiz-finished':
      return {
        ...common,
        verb: event.passed ? verbs.passed : event.full ? verbs.failed : verbs.completed,
        object: activity(activityIri.quiz(event.quizId), activityTypes.assessment, names),
        result: {
          score: { scaled: event.score },
          ...(event.full ? { success: event.passed } : {}),
          completion: true,
        },
        context: contextFor(setting),
      };
    case 'scenario-finished':
      return {
        ...common,
        verb: verbs.completed,
        object: activity(activityIri.scenario(event.scenarioId), activityTypes.simulation, names),
        result: { score: { scaled: event.score }, completion: true },
        context: contextFor(setting),
      };
    case 'desk-act':
      return {
        ...common,
        verb: verbs.interacted,
        object: activity(
          activityIri.deskAct(event.scenarioId, event.action, event.subject),
          activityTypes.interaction,
        ),
        result: {
          ...(event.choice ? { response: event.choice } : {}),
          extensions: {
            [extensions.deskAct]: {
              action: event.action,
              subject: event.subject,
              ...(event.choice ? { choice: event.choice } : {}),
              at: event.simulatedAt,
            },
          },
        },
        context: contextFor(
          setting,
          activity(activityIri.scenario(event.scenarioId), activityTypes.simulation, names),
        ),
      };
    case 'sandbox-try':
      return {
        ...common,
        verb: verbs.attempted,
        object: activity(activityIri.sandbox(event.situationId), activityTypes.simulation, {
          ...names,
          [activityIri.sandbox(event.situationId)]: event.title,
        }),
        ...(event.score === undefined ? {} : { result: { score: { scaled: event.score } } }),
        context: contextFor(setting),
      };
    case 'reply-check':
      return {
        ...common,
        verb: verbs.responded,
        object: activity(activityIri.replyCheck(event.taskId), activityTypes.performance, names),
        result: {
          success: event.findings.length === 0,
          extensions: {
            [extensions.findings]: event.findings,
            [extensions.replyKind]: event.replyKind,
            [extensions.language]: event.language,
          },
        },
        context: contextFor(setting),
      };
  }
}

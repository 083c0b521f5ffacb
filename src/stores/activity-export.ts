/**
 * The activity record as xAPI statements: for the file a trainee downloads from the progress
 * page, and for the cmi5 launch page that sends them. Each saved act is validated here; an act
 * that does not read (saved by another version of the site) is left out, never guessed at.
 */
import * as v from 'valibot';
import { activityEventSchema } from '../lib/xapi/activity-events.ts';
import {
  statementOf,
  type ActivityNames,
  type StatementSetting,
  type XapiStatement,
} from '../lib/xapi/statements.ts';
import { COURSE_IRI } from '../lib/xapi/vocabulary.ts';
import { readActivityLog } from './activity-log.ts';

/** The saved acts that read, oldest first. */
export function recordedEvents() {
  return readActivityLog().events.flatMap((event) => {
    const parsed = v.safeParse(activityEventSchema, event);
    return parsed.success ? [parsed.output] : [];
  });
}

/** The record as statements in a setting (the cmi5 launch's actor and registration). */
export function statementsIn(setting: StatementSetting): XapiStatement[] {
  return recordedEvents().map((event) => statementOf(event, setting));
}

/** The record as xAPI statements, the trainee named as typed for the certificate (or not at all). */
export function activityStatements(
  traineeName: string,
  names: ActivityNames = {},
): XapiStatement[] {
  const name = traineeName.trim();
  const actor = {
    objectType: 'Agent' as const,
    ...(name ? { name } : {}),
    account: { homePage: COURSE_IRI, name: readActivityLog().learner },
  };
  return statementsIn({ actor, names });
}

/** The record as an xAPI file's text (a JSON array of statements). */
export function exportActivity(traineeName: string, names: ActivityNames = {}): string {
  return JSON.stringify(activityStatements(traineeName, names), null, 2);
}

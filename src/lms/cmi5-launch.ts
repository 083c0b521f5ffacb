/**
 * The course under a cmi5 launch, through @xapi/cmi5 (loaded only here): the launch's
 * initialized statement, then for the launched unit `passed` or `failed` with the best quiz
 * score and `completed` once the module is complete (each once per registration), and every act
 * in the activity record since the launch as a "cmi5 allowed" statement with the launch's
 * registration and context template. A statement the LMS does not take is sent again later;
 * what was sent is remembered per registration so a reload does not send it twice.
 */
import Cmi5 from '@xapi/cmi5';
import type { Statement } from '@xapi/xapi';
import { recordedEvents } from '../stores/activity-export.ts';
import { saveItem, storage } from '../stores/storage.ts';
import { parseInstant } from '../engine/index.ts';
import { $progress } from '../stores/progress.ts';
import { statementOf, type XapiAgent, type XapiContext } from '../lib/xapi/statements.ts';
import type { LaunchView } from './launch.ts';
import { startPath, unitTitle } from './launch.ts';
import type { LmsCourse, LmsUnit } from './lms-course.ts';
import { unitReport } from './unit-report.ts';

interface Sent {
  /** When this registration was first launched here: acts from then on are sent. */
  since: string;
  /** Ids of the acts sent. */
  events: string[];
  passed: boolean;
  failed: boolean;
  completed: boolean;
}

const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000];

/** Starts the unit under a cmi5 launch; false if the launch cannot be started. */
export async function startCmi5(
  course: LmsCourse,
  unit: LmsUnit,
  view: LaunchView,
): Promise<boolean> {
  let cmi5: Cmi5;
  try {
    cmi5 = new Cmi5();
    await cmi5.initialize();
  } catch {
    view.open(startPath(course, unit), unitTitle(course, unit));
    view.status(
      'Your LMS did not start the session. Your progress is kept in this browser, but it is not reported.',
      true,
    );
    return true;
  }
  const parameters = cmi5.getLaunchParameters();
  const launchData = cmi5.getLaunchData();
  const key = `sda:cmi5:${parameters.registration}:${parameters.activityId}`;
  const sent: Sent = (() => {
    try {
      const saved = JSON.parse(storage()?.getItem(key) ?? 'null') as Sent | null;
      if (saved && Array.isArray(saved.events)) return saved;
    } catch {
      // A new record of what was sent.
    }
    return {
      since: new Date().toISOString(),
      events: [],
      passed: false,
      failed: false,
      completed: false,
    };
  })();
  const remember = () => saveItem(key, JSON.stringify(sent));
  remember();
  const setting = {
    actor: parameters.actor as XapiAgent,
    registration: parameters.registration,
    contextTemplate: launchData.contextTemplate as XapiContext,
  };

  let failures = 0;
  let busy = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Sends what is not sent yet, in order; stops at the first refusal and tries again later. */
  async function sync(): Promise<void> {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      const sentIds = new Set(sent.events);
      // An unreadable `since` (NaN) holds nothing back: every act not sent yet is sent.
      const since = parseInstant(sent.since);
      for (const event of recordedEvents()) {
        if (sentIds.has(event.id) || parseInstant(event.at) < since) continue;
        await cmi5.sendXapiStatement(statementOf(event, setting) as unknown as Statement);
        sent.events.push(event.id);
        remember();
      }
      const report = unitReport($progress.get(), course, unit);
      const normal = launchData.launchMode === 'Normal';
      if (normal && report.success === 'passed' && !sent.passed && report.score !== null) {
        try {
          await cmi5.pass(report.score);
        } catch (error) {
          // The LMS's mastery score can be above the course's pass mark: then it is a fail.
          if (!String(error).includes('Mastery Score')) throw error;
          if (!sent.failed) await cmi5.fail(report.score);
          sent.failed = true;
        }
        sent.passed = true;
        remember();
      }
      if (
        normal &&
        report.success === 'failed' &&
        !sent.failed &&
        !sent.passed &&
        report.score !== null
      ) {
        await cmi5.fail(report.score);
        sent.failed = true;
        remember();
      }
      if (normal && report.completion === 'completed' && !sent.completed) {
        await cmi5.complete();
        sent.completed = true;
        remember();
      }
      failures = 0;
      view.status('Your LMS records your results as you go.', false);
    } catch {
      const delay = RETRY_DELAYS[Math.min(failures, RETRY_DELAYS.length - 1)] ?? 60_000;
      failures += 1;
      view.status(
        'Your LMS is not answering. Your progress is kept in this browser and sent again as soon as it answers.',
        true,
      );
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void sync(), delay);
    } finally {
      busy = false;
      if (again) {
        again = false;
        void sync();
      }
    }
  }

  view.open(startPath(course, unit), unitTitle(course, unit));
  let pending: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => void sync(), 300);
  };
  $progress.listen(soon);
  window.addEventListener('storage', (event) => {
    if (event.key === 'sda:activity') soon();
  });
  void sync();
  window.addEventListener('pagehide', () => void cmi5.terminate().catch(() => undefined));
  return true;
}

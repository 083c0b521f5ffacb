/**
 * The course's launch page in an LMS (`/lms/`, and `lms/index.html` in a package): finds the
 * LMS (a cmi5 launch URL, or a SCORM API in the frames above), resumes the trainee's progress
 * from the LMS's suspend data, opens the course in a frame at the unit's page or where the
 * trainee left off, and reports the unit's completion, success, score and scenario results as
 * progress changes. Progress stays in the browser whatever the LMS does; outside an LMS the page
 * only explains itself.
 */
import { $progress, importProgress } from '../stores/progress.ts';
import { mergeProgress } from '../stores/progress-merge.ts';
import { emptyProgress, type Progress } from '../stores/progress-schema.ts';
import type { LmsCourse, LmsUnit } from './lms-course.ts';
import { unitOf } from './lms-course.ts';
import { findScormApi, ScormSession, type SessionState } from './scorm-session.ts';
import { interactionValues, reportValues, type CmiValue } from './scorm-values.ts';
import { progressFromSuspendData, suspendData } from './suspend-data.ts';
import { unitReport } from './unit-report.ts';

/** The parts of the launch page the launcher fills. */
export interface LaunchView {
  /** Hides the page's own text and shows the course frame at a site path. */
  open(path: string, heading: string): HTMLIFrameElement;
  /** Shows how the LMS connection is doing. */
  status(text: string, problem: boolean): void;
}

/** The site path the unit starts at: its first lesson not done, else its quiz, else a scenario. */
export function startPath(course: LmsCourse, unit: LmsUnit): string {
  const progress = $progress.get();
  if (unit.kind === 'final') return course.final?.path ?? '/';
  const module = course.modules.find((entry) => entry.id === unit.id);
  if (!module) return '/';
  const next = module.lessons.find((lesson) => !progress.lessons[lesson.id]);
  return next?.path ?? module.quiz?.path ?? module.scenarios[0]?.path ?? '/learn/';
}

/** The heading of a unit, as the LMS lists it. */
export function unitTitle(course: LmsCourse, unit: LmsUnit): string {
  if (unit.kind === 'final') return course.final?.title ?? 'Final assessment';
  const module = course.modules.find((entry) => entry.id === unit.id);
  return module ? `Module ${module.number}: ${module.title}` : course.title;
}

/** The site path of a page in the frame, from its URL under the launch page's parent folder. */
function sitePath(frameUrl: string, launchUrl: string): string | null {
  const root = new URL('../', launchUrl);
  const url = new URL(frameUrl);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  return `/${url.pathname.slice(root.pathname.length)}`.replace(/index\.html$/, '') + url.hash;
}

const STATE_TEXT: Record<SessionState, [string, boolean]> = {
  connected: ['Your LMS records your results as you go.', false],
  retrying: [
    'Your LMS is not answering. Your progress is kept in this browser and sent again as soon as it answers.',
    true,
  ],
  finished: ['The session with your LMS has ended. Your progress is kept in this browser.', false],
};

function sessionTime(ms: number, version: '1.2' | '2004'): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (version === '2004') return `PT${seconds}S`;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(seconds / 3600), 4)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

function startScorm(course: LmsCourse, unit: LmsUnit, view: LaunchView): boolean {
  const found = findScormApi(window);
  if (!found) return false;
  const session = new ScormSession(found, (state) => view.status(...STATE_TEXT[state]));
  if (!session.initialize()) {
    view.status(
      'Your LMS did not start the session. Your progress is kept in this browser, but it is not reported.',
      true,
    );
  }
  const v12 = session.version === '1.2';
  const started = Date.now();

  // Resume: what the LMS kept joins what this browser has, keeping the better result of each.
  const restored = progressFromSuspendData(
    session.get(v12 ? 'cmi.suspend_data' : 'cmi.suspend_data'),
  );
  if (restored) importProgress(JSON.stringify(restored));
  /** Scenario attempts the LMS already has as interactions (from its last committed state). */
  const reported = new Map(
    Object.entries(restored?.scenarios ?? {}).map(([id, result]) => [id, result.attempts]),
  );
  let location = session.get(v12 ? 'cmi.core.lesson_location' : 'cmi.location');
  if (!location.startsWith('/')) location = '';

  /**
   * What the LMS has been told, joined with the browser's progress at every report: what the LMS
   * reports never goes back, even if this browser's storage is cleared while the course is open.
   */
  let known: Progress = restored ?? emptyProgress();
  const current = () => (known = mergeProgress($progress.get(), known));

  const values = (): CmiValue[] => {
    const progress = current();
    const report = unitReport(progress, course, unit);
    const suspend = suspendData(progress);
    const count = Number.parseInt(session.get('cmi.interactions._count'), 10) || 0;
    const fresh = report.scenarios.filter(
      (scenario) => scenario.attempts > (reported.get(scenario.id) ?? 0),
    );
    return [
      ...reportValues(report, session.version),
      ...fresh.flatMap((scenario, index) =>
        interactionValues(scenario, count + index, new Date(), session.version),
      ),
      ...(suspend === null ? [] : ([['cmi.suspend_data', suspend]] satisfies CmiValue[])),
      ...(location
        ? ([[v12 ? 'cmi.core.lesson_location' : 'cmi.location', location]] satisfies CmiValue[])
        : []),
    ];
  };
  const sent = () => {
    for (const scenario of unitReport(known, course, unit).scenarios)
      reported.set(scenario.id, scenario.attempts);
  };

  const frame = view.open(location || startPath(course, unit), unitTitle(course, unit));
  frame.addEventListener('load', () => {
    try {
      const path = sitePath(frame.contentWindow?.location.href ?? '', window.location.href);
      if (path && path !== location) {
        location = path;
        session.sync(values, sent);
      }
    } catch {
      // A page of another origin in the frame (a link out): nothing to bookmark.
    }
  });
  let pending: ReturnType<typeof setTimeout> | undefined;
  $progress.listen(() => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => session.sync(values, sent), 300);
  });
  session.sync(values, sent);
  window.addEventListener('pagehide', () =>
    session.finish([
      [v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend'],
      [
        v12 ? 'cmi.core.session_time' : 'cmi.session_time',
        sessionTime(Date.now() - started, session.version),
      ],
    ]),
  );
  return true;
}

/** Starts the course under whatever launched it; false outside an LMS. */
export async function startLaunch(course: LmsCourse, view: LaunchView): Promise<boolean> {
  const params = new URLSearchParams(window.location.search);
  const unit = unitOf(course, params.get('module'));
  if (!unit) return false;
  if (
    ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((key) => params.has(key))
  ) {
    const { startCmi5 } = await import('./cmi5-launch.ts');
    return startCmi5(course, unit, view);
  }
  return startScorm(course, unit, view);
}

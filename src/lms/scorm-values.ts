/**
 * A unit's report as SCORM data-model values, for SCORM 1.2 (`cmi.core.*`) and SCORM 2004
 * (`cmi.*`), and each scenario result as an interaction. Pure: the session (`scorm-session.ts`)
 * sets them and commits.
 */
import type { UnitReport } from './unit-report.ts';

/** The SCORM version a package was launched with. */
export type ScormVersion = '1.2' | '2004';

/** One data-model element and its value. */
export type CmiValue = [element: string, value: string];

const raw = (share: number) => String(Math.round(share * 100));
const scaled = (share: number) => String(Math.round(share * 10_000) / 10_000);

/**
 * SCORM 1.2 has one status for completion and success: a module is `passed` once it is complete
 * (lessons, quiz at the mastery score, a scenario), `failed` while its best quiz attempt is below
 * the pass mark, `incomplete` otherwise. The parts are objectives, so an LMS report shows which
 * part is missing.
 */
function status12(report: UnitReport): string {
  if (report.completion === 'completed' && report.success !== 'failed')
    return report.success === 'passed' ? 'passed' : 'completed';
  if (report.success === 'failed') return 'failed';
  return 'incomplete';
}

/** The values that state a unit's report. */
export function reportValues(report: UnitReport, version: ScormVersion): CmiValue[] {
  if (version === '1.2') {
    return [
      ['cmi.core.lesson_status', status12(report)],
      ...(report.score === null
        ? []
        : ([
            ['cmi.core.score.raw', raw(report.score)],
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
          ] satisfies CmiValue[])),
      ...report.objectives.flatMap((objective, index): CmiValue[] => [
        [`cmi.objectives.${index}.id`, objective.id],
        [
          `cmi.objectives.${index}.status`,
          objective.success === 'unknown' ? objective.completion : objective.success,
        ],
        ...(objective.score === null
          ? []
          : ([
              [`cmi.objectives.${index}.score.raw`, raw(objective.score)],
              [`cmi.objectives.${index}.score.min`, '0'],
              [`cmi.objectives.${index}.score.max`, '100'],
            ] satisfies CmiValue[])),
      ]),
    ];
  }
  return [
    [
      'cmi.completion_status',
      report.completion === 'not attempted' ? 'incomplete' : report.completion,
    ],
    ['cmi.success_status', report.success],
    ['cmi.progress_measure', scaled(report.progress)],
    ...(report.score === null
      ? []
      : ([
          ['cmi.score.scaled', scaled(report.score)],
          ['cmi.score.raw', raw(report.score)],
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
        ] satisfies CmiValue[])),
    ...report.objectives.flatMap((objective, index): CmiValue[] => [
      [`cmi.objectives.${index}.id`, objective.id],
      [`cmi.objectives.${index}.completion_status`, objective.completion],
      [`cmi.objectives.${index}.success_status`, objective.success],
      ...(objective.score === null
        ? []
        : ([
            [`cmi.objectives.${index}.score.scaled`, scaled(objective.score)],
          ] satisfies CmiValue[])),
    ]),
  ];
}

/** A scenario result as the interaction at `index` (a `performance` with the score as its result). */
export function interactionValues(
  scenario: { id: string; best: number },
  index: number,
  at: Date,
  version: ScormVersion,
): CmiValue[] {
  const prefix = `cmi.interactions.${index}`;
  if (version === '1.2') {
    const time = at.toISOString().slice(11, 19);
    return [
      [`${prefix}.id`, `scenario-${scenario.id}`],
      [`${prefix}.type`, 'performance'],
      [`${prefix}.student_response`, `score ${raw(scenario.best)}`],
      [`${prefix}.result`, raw(scenario.best)],
      [`${prefix}.time`, time],
    ];
  }
  return [
    [`${prefix}.id`, `scenario-${scenario.id}`],
    [`${prefix}.type`, 'performance'],
    [`${prefix}.learner_response`, `score[.]${raw(scenario.best)}`],
    [`${prefix}.result`, raw(scenario.best)],
    [`${prefix}.timestamp`, at.toISOString().slice(0, 19)],
  ];
}

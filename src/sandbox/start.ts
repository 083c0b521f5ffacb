/**
 * The starting points of a sandbox as documents: an empty account, a generated one, a
 * scenario's starting state, an imported file (an order history, or Amazon's All Orders
 * report). A file that is not valid input is refused with the message the `metrics` (or
 * `import-orders`) command gives for it, so nothing half-read ever reaches the sandbox.
 */
import {
  checkGeneratorSpec,
  convertAllOrdersReport,
  looksLikeAllOrdersReport,
  marketplaces,
  parseCalendarDay,
  parseHistory,
  problemLines,
  zoneClock,
  type GeneratorSpec,
  type MarketplaceName,
  type ProfileName,
} from '../engine/index.ts';
import type { SandboxDoc } from './doc.ts';
import { newDoc, SandboxError } from './session.ts';

/** A scenario's starting state, as the sandbox's scenario files give it. */
export interface ScenarioStart {
  slug: string;
  title: string;
  marketplace: MarketplaceName;
  profile: ProfileName;
  start: {
    at: string;
    history: Record<string, unknown>[];
    background?: Omit<GeneratorSpec, 'marketplace' | 'profile' | 'asOf'> | undefined;
  };
}

/** The settings of a marketplace and profile, the zone being the marketplace's. */
function settingsOf(marketplace: MarketplaceName, profile: ProfileName) {
  return { profile, marketplace, timeZone: marketplaces[marketplace].timeZone };
}

/** An empty account, its clock at `nowMs` (the user's present). */
export function emptyDoc(
  marketplace: MarketplaceName,
  profile: ProfileName,
  nowMs: number,
): SandboxDoc {
  const settings = settingsOf(marketplace, profile);
  return newDoc({ kind: 'empty' }, settings, zoneClock(settings.timeZone).formatInstant(nowMs));
}

/** A generated account, its clock at the spec's asOf (default: the end of its last day). */
export function generatedDoc(spec: GeneratorSpec): SandboxDoc {
  const problems = checkGeneratorSpec(spec);
  if (problems.length > 0) throw new SandboxError('these figures cannot make an account', problems);
  const settings = settingsOf(spec.marketplace ?? 'amazon.de', spec.profile ?? 'course');
  const clock = zoneClock(settings.timeZone);
  const asOf = spec.asOf ?? clock.formatInstant(clock.dayEndSecond(parseCalendarDay(spec.to)));
  return newDoc({ kind: 'generated', spec: { ...spec, asOf } }, settings, asOf);
}

/** A scenario's starting state, its clock at the start of the shift. */
export function scenarioDoc(scenario: ScenarioStart): SandboxDoc {
  const settings = settingsOf(scenario.marketplace, scenario.profile);
  return newDoc(
    {
      kind: 'scenario',
      slug: scenario.slug,
      title: scenario.title,
      startAt: scenario.start.at,
      history: scenario.start.history,
      background: scenario.start.background ? { ...scenario.start.background } : null,
    },
    settings,
    scenario.start.at,
  );
}

/**
 * An imported file: Amazon's All Orders report (recognised by its header) or an order-history
 * file. Its events are valid when this returns (open the document with `checked`).
 */
export function importedDoc(text: string, fileName: string): SandboxDoc {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksLikeAllOrdersReport(content)) {
    const converted = convertAllOrdersReport(content);
    if (!converted.ok)
      throw new SandboxError('invalid All Orders report', problemLines(converted.errors));
    const { history, rows, orders, cancelledWhoUnknown, leftOut } = converted;
    return newDoc(
      {
        kind: 'imported',
        fileName,
        format: 'all-orders',
        events: history.events as unknown as Record<string, unknown>[],
        report: { rows, orders, cancelledWhoUnknown, leftOut },
      },
      { profile: history.profile, marketplace: history.marketplace, timeZone: history.timeZone },
      history.asOf,
    );
  }
  const parsed = parseHistory(content);
  if (!parsed.ok) throw new SandboxError('invalid order history', problemLines(parsed.errors));
  const { history } = parsed;
  return newDoc(
    {
      kind: 'imported',
      fileName,
      format: 'order-history',
      events: history.events as unknown as Record<string, unknown>[],
    },
    { profile: history.profile, marketplace: history.marketplace, timeZone: history.timeZone },
    history.asOf,
  );
}

/**
 * Development only (`npm run dev`): a desk page re-reads its scenario file from disk on every
 * request. A broken file throws, so the error shows in the browser like a lesson's, naming the
 * file and the field (the content layer would keep the last good version and report only in the
 * terminal). A good file gives the author's start-of-shift preview and the desk checks. Not
 * used by the build: the build validates through the content collection.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { readContentIndex } from '../../content/registry.ts';
import { loadReplyChecker } from '../../engine/index.ts';
import { scenarioSchema, type Scenario } from '../../content/scenario-schema.ts';
import { scenarioEvents } from '../../sim/desk-run.ts';
import type { PlayProblem } from '../../sim/play.ts';
import { checkScenarioPlays } from '../../sim/play.ts';
import { shiftPreview, type ShiftPreview } from '../../sim/shift-preview.ts';

/** What the author sees under the desk in development. */
export interface DevScenarioView {
  file: string;
  preview: ShiftPreview;
  /** Good play and "doing nothing" problems (the scripted ones are in `preview.overrides`). */
  plays: PlayProblem[];
}

/** A field path as the author reads it: `rubric.2.check.decision`. */
const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.') || '(top)';

/** An error the dev server shows in the browser, pointing its editor link at the file and line. */
function fileError(file: string, message: string, line?: number): Error {
  return Object.assign(new Error(message), {
    loc: { file: resolve(process.cwd(), file), line: line ?? 1, column: 1 },
  });
}

/**
 * Reads, validates and previews the scenario file at `filePath` (relative to the project root).
 * Throws an error naming the file and every broken field when it does not validate, or when the
 * engine refuses one of its events.
 */
export async function devScenarioView(filePath: string): Promise<DevScenarioView> {
  const text = readFileSync(resolve(process.cwd(), filePath), 'utf8');
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const [syntax] = document.errors;
  if (syntax)
    throw fileError(
      filePath,
      `${filePath}: not valid YAML: ${syntax.message}`,
      syntax.linePos?.[0].line,
    );
  /** The line of a field in the file, where the YAML has it. */
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node: unknown = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = scenarioSchema(readContentIndex()).safeParse(document.toJS());
  if (!parsed.success) {
    const { issues } = parsed.error;
    const at = (path: readonly PropertyKey[]) => {
      const line = lineOf(path);
      return line === undefined ? '' : ` (line ${line})`;
    };
    throw fileError(
      filePath,
      `${filePath} does not match the scenario schema:\n${issues
        .map((issue) => `- ${dotted(issue.path)}${at(issue.path)}: ${issue.message}`)
        .join('\n')}`,
      lineOf(issues[0]?.path ?? []),
    );
  }
  const scenario: Scenario = parsed.data;
  let events;
  try {
    events = scenarioEvents(scenario);
  } catch (error) {
    // The engine names the event's place: `arrivals[1].events[0].at: …`.
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(start\.history|arrivals)\[(\d+)\](?:\.events\[(\d+)\])?/.exec(message);
    const path = place
      ? [
          ...(place[1] ?? '').split('.'),
          Number(place[2]),
          ...(place[3] === undefined ? [] : ['events', Number(place[3])]),
        ]
      : [];
    throw fileError(filePath, `${filePath}: ${message}`, lineOf(path));
  }
  return {
    file: filePath,
    preview: shiftPreview(scenario, events),
    plays: checkScenarioPlays(scenario, await loadReplyChecker()),
  };
}

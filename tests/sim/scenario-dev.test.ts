/**
 * In development, a desk page re-reads its scenario file: a broken file throws an error naming
 * the file, the field and its line (the dev server shows it in the browser, pointing its editor
 * at that line); a good one gives the author's preview.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devScenarioView } from '../../src/pages/simulate/_scenario-dev.ts';

const source = readFileSync(
  resolve(import.meta.dirname, '../../content/scenarios/first-shift-return-and-question.yaml'),
  'utf8',
);
const dir = mkdtempSync(join(tmpdir(), 'scenario-dev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the first-shift scenario with one change, as a file. */
function fileWith(name: string, text: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** The line of the first line of `text` containing `needle` (from 1). */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('a scenario file read again in development', () => {
  it('gives the preview of a good file', async () => {
    const view = await devScenarioView(fileWith('good', source));
    expect(view.preview.arriving.map((task) => task.title)).toEqual([
      'Return request',
      'How do I send the kettle back?',
    ]);
    expect(view.plays).toEqual([]);
  });

  it('throws on a goal written as done, naming the file, the field and its line', async () => {
    const broken = source.replace(
      "description: 'Answer the return request within 48 hours.'",
      "description: 'You answered the return request within 48 hours.'",
    );
    const file = fileWith('goal', broken);
    const line = lineOf(broken, 'You answered');
    await expect(devScenarioView(file)).rejects.toThrow(
      `- rubric.0.description (line ${line}): write the goal as an instruction`,
    );
    try {
      await devScenarioView(file);
    } catch (error) {
      expect(error).toMatchObject({ loc: { file, line } });
      expect(
        (error as Error).message.startsWith(`${file} does not match the scenario schema`),
      ).toBe(true);
    }
  });

  it('throws on an event the engine refuses, at its line', async () => {
    // The return request dated before its order was placed.
    const broken = source.replace(
      "type: return.requested,\n          at: '2026-03-09T09:00:00+01:00',",
      "type: return.requested,\n          at: '2026-02-09T09:00:00+01:00',",
    );
    expect(broken).not.toBe(source);
    const file = fileWith('event', broken);
    await expect(devScenarioView(file)).rejects.toThrow(/arrivals\[0\]\.events\[0\]/);
    try {
      await devScenarioView(file);
    } catch (error) {
      expect(error).toMatchObject({ loc: { line: lineOf(broken, 'type: return.requested') - 1 } });
    }
  });
});

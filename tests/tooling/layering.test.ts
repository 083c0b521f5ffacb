/**
 * The layering rule bites: ESLint (the project's own config) refuses a deep import into the
 * engine, the engine importing the site, and src/lib importing a store, and lets the engine's
 * index through. So do the one-reader rules: no `Date.parse` and no ad-hoc `localeCompare`.
 * The fixtures are linted as if they sat where the test says (they are .txt so that type
 * checking leaves them alone).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for a fixture's text linted at `path`. */
async function rulesBroken(fixture: string, path: string): Promise<string[]> {
  const text = readFileSync(resolve(root, 'tests/fixtures/lint', `${fixture}.txt`), 'utf8');
  const [result] = await eslint.lintText(text, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the guarded engine surface', () => {
  it.each([
    [
      'a component deep-importing the engine',
      'deep-import.ts',
      'src/components/fixture.ts',
      /src\/engine\/index\.ts/,
    ],
    [
      'a store deep-importing the engine',
      'deep-import.ts',
      'src/stores/fixture.ts',
      /src\/engine\/index\.ts/,
    ],
    [
      'the engine importing a store',
      'engine-imports-store.ts',
      'src/engine/fixture.ts',
      /imports nothing of the site/,
    ],
    [
      'src/lib importing a store',
      'lib-imports-store.ts',
      'src/lib/fixture.ts',
      /must not import a store/,
    ],
  ])('fails lint for %s', async (_name, fixture, path, message) => {
    const broken = await rulesBroken(fixture, path);
    expect(broken).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    expect(broken[0]).toMatch(message);
  });

  it('lets a component in through the engine index', async () => {
    expect(await rulesBroken('through-the-door.ts', 'src/components/fixture.ts')).toEqual([]);
  });
});

describe('one ISO reader and one string order', () => {
  it.each([
    ['Date.parse in a store', 'date-parse.ts', 'src/stores/fixture.ts', /parseInstant/],
    ['Date.parse in a component', 'date-parse.ts', 'src/components/fixture.ts', /parseInstant/],
    ['Date.parse in an LMS adapter', 'date-parse.ts', 'src/lms/fixture.ts', /parseInstant/],
    ['Date.parse in the engine', 'date-parse.ts', 'src/engine/fixture.ts', /parseInstant/],
    ['localeCompare in src/lib', 'locale-compare.ts', 'src/lib/fixture.ts', /compareForDisplay/],
    ['localeCompare in a script', 'locale-compare.ts', 'scripts/fixture.ts', /compareText/],
  ])('fails lint for %s', async (_name, fixture, path, message) => {
    const broken = await rulesBroken(fixture, path);
    expect(broken).toEqual([expect.stringMatching(/^no-restricted-properties: /)]);
    expect(broken[0]).toMatch(message);
  });

  it("lets the engine's reader and comparator through", async () => {
    expect(await rulesBroken('one-reader.ts', 'src/stores/fixture.ts')).toEqual([]);
  });
});

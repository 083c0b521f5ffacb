/** The scenario files of `content/scenarios`, read and validated by the scenario schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema, type Scenario } from '../../src/content/scenario-schema.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/scenarios');
const schema = scenarioSchema(readContentIndex(root));

/** The ids of every scenario (file names without `.yaml`). */
export const scenarioIds: string[] = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => name.replace(/\.ya?ml$/, ''))
  .sort();

/** One scenario by id, validated. */
export function loadScenario(id: string): Scenario {
  return schema.parse(parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')));
}

/** The xAPI 1.0.3 statement schema (tests/fixtures/xapi) compiled with ajv, for unit and browser tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';

const schema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/xapi/statement.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);

/** The schema's complaints about a statement, one line each ([] when it is valid). */
export function statementErrors(statement: unknown): string[] {
  return check(statement)
    ? []
    : (check.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

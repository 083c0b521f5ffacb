/**
 * Writes `src/engine/reply/phone-metadata.ts`: libphonenumber-js's "min" metadata cut down to the
 * countries whose numbers a seller on Amazon's European and North American marketplaces meets
 * (about 4.5 kB gzipped instead of 19 kB for every country). Numbers with another country code
 * are still caught by their "+" prefix. Run after upgrading libphonenumber-js:
 * `node scripts/reply-phone-metadata.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const COUNTRIES = [
  ...['DE', 'AT', 'CH', 'LI', 'FR', 'BE', 'LU', 'MC', 'NL', 'IT', 'ES', 'PT', 'PL', 'CZ'],
  ...['SE', 'DK', 'NO', 'FI', 'IE', 'GB', 'GR', 'TR', 'US', 'CA'],
];

interface Metadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const source = require.resolve('libphonenumber-js/metadata.min.json');
const full = JSON.parse(readFileSync(source, 'utf8')) as Metadata;
const version = (
  JSON.parse(readFileSync(resolve(source, '../package.json'), 'utf8')) as { version: string }
).version;
const subset: Metadata = { version: full.version, country_calling_codes: {}, countries: {} };
for (const [code, countries] of Object.entries(full.country_calling_codes)) {
  const kept = countries.filter((country) => COUNTRIES.includes(country));
  if (kept.length > 0) subset.country_calling_codes[code] = kept;
}
for (const country of COUNTRIES) subset.countries[country] = full.countries[country];

const target = resolve(import.meta.dirname, '../src/engine/reply/phone-metadata.ts');
writeFileSync(
  target,
  `/**
 * Phone-number metadata for ${COUNTRIES.join(', ')}: libphonenumber-js ${version} "min" metadata,
 * cut down by scripts/reply-phone-metadata.ts. Generated: do not edit.
 */
import type { MetadataJson } from 'libphonenumber-js/core';

/** The countries whose national formats the checker knows. */
export const PHONE_COUNTRIES = ${JSON.stringify(COUNTRIES)} as const;

/** libphonenumber-js metadata for PHONE_COUNTRIES. */
export const phoneMetadata = ${JSON.stringify(subset)} as unknown as MetadataJson;
`,
);
console.log(`wrote ${target}`);

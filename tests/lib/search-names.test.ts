/** Other names of the course's words: the file is checked, and the search runs the course's word. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSearchNames, searchSynonyms } from '../../src/lib/search-names.ts';
import { rewriteQuery } from '../../src/lib/search-query.ts';

const glossaryIds = new Set(
  (parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  ),
);
const synonyms = searchSynonyms(readSearchNames(glossaryIds));

describe('search names', () => {
  it.each([
    ['Rechnung', 'invoice'],
    ['facture', 'invoice'],
    ['a to z', 'A-to-Z'],
    ['A TO Z claim', 'A-to-Z claim'],
    ['Rückbuchung Kunde', 'chargeback Kunde'],
    ['Versand durch Amazon', 'Fulfilment by Amazon'],
    ['invoice deadline', 'invoice deadline'],
    ['Rechnungsfrist', 'Rechnungsfrist'],
  ])('searches "%s" as "%s"', (query, searched) => {
    expect(rewriteQuery(query, synonyms)).toBe(searched);
  });

  it('names the file and the field of a broken entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-names-'));
    const file = join(dir, 'search-names.yaml');
    writeFileSync(file, '- search: invoice\n  glossary: no-such-term\n  de: [Rechnung]\n');
    expect(() => readSearchNames(glossaryIds, file)).toThrow(
      `${file}: 0.glossary: unknown glossary id "no-such-term"`,
    );
    writeFileSync(file, '- glossary: idr\n');
    expect(() => readSearchNames(glossaryIds, file)).toThrow(`${file}: 0.search:`);
  });
});

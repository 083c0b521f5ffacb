/**
 * Broken content must fail the build with the file, the item and the fix, in the same words as
 * `npm run check-content`. Each case copies the site with one broken file added (broken-cases.ts)
 * and runs Astro on it, as a trainer's build would.
 */
import { describe, expect, it } from 'vitest';
import { brokenFiles, brokenGlossaries } from './broken-cases.ts';
import { removeSite, runAstro, siteWith } from './site-fixture.ts';

describe('content validation in the build', () => {
  it('accepts the valid base fixture, so the failures below come from the broken file alone', () => {
    const site = siteWith({});
    try {
      const { code, output } = runAstro(site, 'sync');
      expect(output).not.toMatch(/ContentCheckError|does not match collection schema/);
      expect(code).toBe(0);
    } finally {
      removeSite(site);
    }
  });

  it.concurrent.each([...brokenFiles, ...brokenGlossaries])(
    'rejects $case, naming the file, the item and the fix',
    ({ file, text, says }) => {
      const site = siteWith({ [file]: text });
      try {
        const { code, output } = runAstro(site, 'sync');
        expect(code).not.toBe(0);
        expect(output).toContain(file);
        for (const words of says) expect(output).toContain(words);
      } finally {
        removeSite(site);
      }
    },
  );
});

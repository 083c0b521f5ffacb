/** Quiet builds: only the known upstream warnings are dropped, by code and message; nothing else is. */
import { describe, expect, it } from 'vitest';
import { isKnownUpstreamWarning, type BundlerWarning } from '../../scripts/known-warnings.ts';

/** What astro.config.mjs's `onwarn` does: print every warning but the known upstream ones. */
const passedOn = (warning: BundlerWarning) => !isKnownUpstreamWarning(warning);

describe('build warnings', () => {
  it.each([
    [
      "Astro's head-inject directive in a lesson",
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/lessons/01-a/01-b.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      },
      false,
    ],
    [
      'another module-level directive',
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use client" in "x.ts" may not be preserved.',
      },
      true,
    ],
    [
      'another warning that mentions the directive',
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency via "use astro:head-inject"' },
      true,
    ],
    ['a warning without a code', { message: 'Something went wrong' }, true],
  ])('%s: printed only when it is not a known upstream warning', (_case, warning, printed) => {
    expect(passedOn(warning)).toBe(printed);
  });
});

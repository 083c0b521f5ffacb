/**
 * Upstream warnings every build prints that say nothing about this project, filtered out so a
 * real warning or error stands out (about 110 lines per build before). Each entry names the exact
 * code and message it drops and why it is harmless; anything else, and every error, is printed.
 */

/** A bundler warning as Vite hands it to `rolldownOptions.onwarn`. */
export interface BundlerWarning {
  code?: string | undefined;
  message: string;
}

/** The warnings dropped: code, the text the message must contain, and why it is harmless. */
export const KNOWN_WARNINGS: readonly { code: string; contains: string; why: string }[] = [
  {
    code: 'MODULE_LEVEL_DIRECTIVE',
    contains: '"use astro:head-inject"',
    why: 'Astro marks each MDX lesson module with this directive for its own head handling; the bundler warns that it may drop it, which Astro expects (one warning and a code frame per lesson).',
  },
];

/** Whether a warning is one of the known upstream ones. */
export function isKnownUpstreamWarning(warning: BundlerWarning): boolean {
  return KNOWN_WARNINGS.some(
    (known) => warning.code === known.code && warning.message.includes(known.contains),
  );
}

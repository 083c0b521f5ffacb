/**
 * How invalid input is told: the first problems, each `place: why`, then how many more. The
 * `metrics` and `import-orders` commands print these lines, and the sandbox shows the same
 * lines when it refuses a file, so a user reads one message wherever they meet the file.
 */
import { formatValidationError } from './validate.ts';
import type { ValidationError } from './validate.ts';

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

/** The lines that tell the problems of an input: `events[3].at: ...`, then `… and 4 more problems`. */
export function problemLines(
  errors: readonly ValidationError[],
  max: number = MAX_LISTED_PROBLEMS,
): string[] {
  const lines = errors.slice(0, max).map(formatValidationError);
  const more = errors.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines;
}

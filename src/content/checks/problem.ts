/** One thing a trainer must fix, and how it is printed: `file:line: where: what and how to fix it`. */
import { compareForDisplay } from '../../lib/display-order.ts';

/** A problem in the content. */
export interface Problem {
  /** Path of the file from the project root (forward slashes). */
  file: string;
  /** Line in the file, counting from 1, where known. */
  line?: number | undefined;
  /** Which item and field, as a trainer counts: `question 19 (id: late-invoice-friday) → revisit`. */
  where?: string | undefined;
  /** What is wrong, and the fix (often "Did you mean …?"). */
  message: string;
  /** The check that found it (`schema`, `lesson text`, `plays`, …), for grouping. */
  check: string;
}

/** One line per problem, the way compilers print them, so editors can jump to the line. */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.where
    ? `${place}: ${problem.where}: ${problem.message}`
    : `${place}: ${problem.message}`;
}

/** Problems in file order, then line order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => compareForDisplay(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

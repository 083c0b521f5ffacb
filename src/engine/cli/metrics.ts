/**
 * The `metrics` command: `npm run --silent metrics -- path/to/history.json`, or `-` to read
 * standard input. Prints the report as JSON (2-space indent, final newline) and exits 0.
 * Exit codes: 2 for invalid input or a file that cannot be read (nothing on stdout, each
 * problem and its place on stderr); 64 for a usage error (EX_USAGE of sysexits.h: no argument
 * or too many), which the contract leaves open.
 */
import { readFileSync } from 'node:fs';
import { computeReport } from '../report.ts';
import { problemLines } from '../problem-lines.ts';
import { parseHistory } from '../validate.ts';

/** Exit code for invalid input (the contract's). */
const EXIT_INVALID_INPUT = 2;
/** Exit code for a usage error (sysexits EX_USAGE). */
const EXIT_USAGE = 64;

const USAGE = 'usage: npm run --silent metrics -- <history.json | ->   (- reads standard input)';

/** Reads the input text, or returns the problem. */
function readInput(argument: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(argument === '-' ? 0 : argument, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = argument === '-' ? 'standard input' : argument;
    if (code === 'ENOENT') return { problem: `${where}: no such file` };
    if (code === 'EISDIR') return { problem: `${where}: is a directory, not a history file` };
    return { problem: `${where}: cannot be read (${(error as Error).message})` };
  }
}

/** Runs the command; returns the exit code. */
export function main(args: readonly string[]): number {
  if (args.length !== 1 || args[0] === '' || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_USAGE;
  }
  const input = readInput(args[0]!);
  if ('problem' in input) {
    process.stderr.write(`metrics: ${input.problem}\n`);
    return EXIT_INVALID_INPUT;
  }
  // A byte-order mark is not JSON; editors on some systems add one.
  const result = parseHistory(
    input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text,
  );
  if (!result.ok) {
    process.stderr.write(
      `metrics: invalid order history\n${problemLines(result.errors).join('\n')}\n`,
    );
    return EXIT_INVALID_INPUT;
  }
  process.stdout.write(
    `${JSON.stringify(computeReport(result.history, result.ledger), null, 2)}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));

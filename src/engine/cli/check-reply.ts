/**
 * The `check-reply` command: `npm run --silent check-reply -- path/to/draft.json`, or `-` to
 * read standard input. Prints the findings as JSON (2-space indent, final newline) and exits 0,
 * also when the draft breaks rules. Exit codes as the `metrics` command: 2 for invalid input or
 * a file that cannot be read (nothing on stdout, each problem and its place on stderr); 64 for a
 * usage error (EX_USAGE of sysexits.h), which the contract leaves open.
 */
import { readFileSync } from 'node:fs';
import { checkReply } from '../reply/check.ts';
import { replyCheckerData } from '../reply/checker-data.ts';
import { formatReplyInputError, parseReplyInput } from '../reply/validate.ts';

/** Exit code for invalid input (the contract's). */
export const EXIT_INVALID_INPUT = 2;
/** Exit code for a usage error (sysexits EX_USAGE). */
export const EXIT_USAGE = 64;

const USAGE = 'usage: npm run --silent check-reply -- <draft.json | ->   (- reads standard input)';

/** Reads the input text, or returns the problem. */
function readInput(argument: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(argument === '-' ? 0 : argument, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = argument === '-' ? 'standard input' : argument;
    if (code === 'ENOENT') return { problem: `${where}: no such file` };
    if (code === 'EISDIR') return { problem: `${where}: is a directory, not a draft file` };
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
    process.stderr.write(`check-reply: ${input.problem}\n`);
    return EXIT_INVALID_INPUT;
  }
  const result = parseReplyInput(input.text);
  if (!result.ok) {
    const lines = result.errors.map(formatReplyInputError);
    process.stderr.write(`check-reply: invalid draft\n${lines.join('\n')}\n`);
    return EXIT_INVALID_INPUT;
  }
  process.stdout.write(`${JSON.stringify(checkReply(result.input, replyCheckerData), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

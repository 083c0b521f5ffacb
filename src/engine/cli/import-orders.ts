/**
 * The `import-orders` command: `npm run --silent import-orders -- report.txt > history.json`
 * turns Amazon's All Orders report (tab-separated, one row per item) into an order history that
 * `metrics` reads. Options: `--marketplace amazon.de`, `--profile course|amazon-2026`,
 * `--as-of <ISO-8601>`. `-` reads standard input.
 *
 * Exit codes as `metrics`: 0 with the history as JSON on stdout (and, on stderr, what the
 * report could not tell); 2 for invalid input or a file that cannot be read (nothing on stdout,
 * each problem and its place on stderr); 64 for a usage error.
 */
import { readFileSync } from 'node:fs';
import { convertAllOrdersReport } from '../all-orders-report.ts';
import type { AllOrdersOptions } from '../all-orders-report.ts';
import { problemLines } from '../problem-lines.ts';
import { validateHistory } from '../validate.ts';
import type { MarketplaceName, ProfileName } from '../types.ts';

const EXIT_INVALID_INPUT = 2;
const EXIT_USAGE = 64;

const USAGE =
  'usage: npm run --silent import-orders -- [--marketplace amazon.de] [--profile course] [--as-of 2026-03-02T12:00:00+01:00] <report.txt | ->';

/** The options and the file argument, or null for a usage error. */
function parseArguments(
  args: readonly string[],
): { file: string; options: AllOrdersOptions } | null {
  const options: AllOrdersOptions = {};
  let file: string | null = null;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    const value = args[index + 1];
    if (argument === '--marketplace' && value !== undefined) {
      options.marketplace = value as MarketplaceName;
      index++;
    } else if (argument === '--profile' && value !== undefined) {
      options.profile = value as ProfileName;
      index++;
    } else if (argument === '--as-of' && value !== undefined) {
      options.asOf = value;
      index++;
    } else if (
      file === null &&
      argument !== '' &&
      (argument === '-' || !argument.startsWith('-'))
    ) {
      file = argument;
    } else return null;
  }
  return file === null ? null : { file, options };
}

/** Runs the command; returns the exit code. */
export function main(args: readonly string[]): number {
  const parsed = parseArguments(args);
  if (parsed === null) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_USAGE;
  }
  const where = parsed.file === '-' ? 'standard input' : parsed.file;
  let text: string;
  try {
    text = readFileSync(parsed.file === '-' ? 0 : parsed.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a report file'
          : `cannot be read (${(error as Error).message})`;
    process.stderr.write(`import-orders: ${where}: ${problem}\n`);
    return EXIT_INVALID_INPUT;
  }
  const result = convertAllOrdersReport(text, parsed.options);
  const errors = result.ok
    ? (() => {
        // The converter writes the contract; check it as `metrics` would, so a bug cannot slip out.
        const checked = validateHistory(result.history);
        return checked.ok ? [] : checked.errors;
      })()
    : result.errors;
  if (!result.ok || errors.length > 0) {
    process.stderr.write(
      `import-orders: invalid All Orders report\n${problemLines(errors).join('\n')}\n`,
    );
    return EXIT_INVALID_INPUT;
  }
  process.stdout.write(`${JSON.stringify(result.history, null, 2)}\n`);
  /** "1 order", "2 orders". */
  const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const notes = [
    `${counted(result.orders, 'order')} from ${counted(result.rows, 'row')} (one row per item) on ${result.history.marketplace}.`,
    'Not in the report, so not in the history: A-to-Z claims, feedback, chargebacks, buyer messages, returns, invoice uploads, shipment times and tracking, deliveries.',
    ...(result.cancelledWhoUnknown > 0
      ? [
          `${counted(result.cancelledWhoUnknown, 'cancelled order')} ${result.cancelledWhoUnknown === 1 ? 'is' : 'are'} entered as cancelled by the buyer: the report does not say who cancelled.`,
        ]
      : []),
    ...result.leftOut.map(
      (entry) =>
        `${counted(entry.orders, 'order')} of the sales channel ${JSON.stringify(entry.channel)} left out.`,
    ),
  ];
  process.stderr.write(notes.map((note) => `import-orders: note: ${note}\n`).join(''));
  return 0;
}

process.exitCode = main(process.argv.slice(2));

/**
 * Lists the mutants the last `npm run mutation` left alive (survived or not covered), one line
 * each: `file:line:column  Mutator  original → replacement`, from Stryker's JSON report
 * (reports/mutation/mutation.json). `npm run mutation:survivors -- rules.ts` keeps the files whose
 * path contains the text. The engine README lists the equivalent ones and why.
 */
import { readFileSync } from 'node:fs';

/** The parts of Stryker's mutation-testing report this reads. */
interface MutationReport {
  files: Record<
    string,
    {
      source: string;
      mutants: {
        mutatorName: string;
        replacement?: string;
        status: string;
        location: {
          start: { line: number; column: number };
          end: { line: number; column: number };
        };
      }[];
    }
  >;
}

const REPORT = 'reports/mutation/mutation.json';
const ALIVE = new Set(['Survived', 'NoCoverage']);

let report: MutationReport;
try {
  report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
} catch {
  process.stderr.write(`${REPORT}: not found; run \`npm run mutation\` first\n`);
  process.exit(2);
}

const filter = process.argv[2] ?? '';
let count = 0;
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (!file.includes(filter)) continue;
  const lines = source.split('\n');
  const alive = mutants
    .filter((mutant) => ALIVE.has(mutant.status))
    .sort((a, b) => a.location.start.line - b.location.start.line);
  for (const { mutatorName, replacement, status, location } of alive) {
    const { start, end } = location;
    const original =
      start.line === end.line
        ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1]!.slice(start.column - 1)} …`;
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 90);
    const note = status === 'NoCoverage' ? '  (no test runs it)' : '';
    process.stdout.write(
      `${file}:${start.line}:${start.column}  ${mutatorName}  ${oneLine(original)} → ${oneLine(replacement ?? '')}${note}\n`,
    );
    count++;
  }
}
process.stdout.write(`${count} mutant${count === 1 ? '' : 's'} alive\n`);

/**
 * `npm run check-content [-- --fix] [-- --root DIR]`: checks everything a trainer can break in
 * content/ (see src/content/checks/run.ts), in a few seconds and without a browser, and prints one
 * line per problem: `file:line: where: what is wrong and the fix`. Exits 1 on any problem.
 *
 * It loads src/content.config.ts itself, so the collections and schemas are the build's own: the
 * `astro:content` and `astro/loaders` imports are answered by stand-ins that record what each
 * collection's loader reads (Astro's real ones need a running Astro).
 */
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const STAND_INS: Record<string, string> = {
  'astro:content': 'export const defineCollection = (collection) => collection;',
  'astro/loaders': [
    "export const file = (path, options) => ({ kind: 'file', path, ...options });",
    "export const glob = (options) => ({ kind: 'glob', ...options });",
  ].join('\n'),
};
registerHooks({
  resolve(specifier, context, nextResolve) {
    const source = STAND_INS[specifier];
    if (source !== undefined)
      return { url: `data:text/javascript,${encodeURIComponent(source)}`, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

const started = performance.now();
const args = process.argv.slice(2);
const fix = args.includes('--fix');
const rootArg = args.indexOf('--root');
const root = resolve(rootArg >= 0 ? (args[rootArg + 1] ?? '.') : '.');
const json = args.includes('--json');
// The content index in content.config.ts reads the working directory, as Astro runs it.
process.chdir(root);

const { collectionSpecs } = await import('../src/content/checks/collections.ts');
const { checkContent } = await import('../src/content/checks/run.ts');
const { formatProblem } = await import('../src/content/checks/problem.ts');

let config: { collections: Record<string, { loader?: unknown; schema?: unknown }> };
try {
  config = await import(pathToFileURL(resolve(root, 'src/content.config.ts')).href);
} catch (error) {
  // A file the content index reads (facts, glossary, …) is not valid YAML: it says which.
  const text = error instanceof Error ? error.message : String(error);
  const [, file = 'src/content.config.ts', line, message = text] =
    /^(\S+?)(?::(\d+))?: (.*)$/s.exec(text) ?? [];
  const problem = { file, line: line ? Number(line) : undefined, message, check: 'schema' };
  if (json) console.log(JSON.stringify({ problems: [problem], skipped: ['every other check'] }));
  else
    console.log(
      `${formatProblem(problem)}\ncheck-content: 1 problem; nothing else is checked until it is fixed`,
    );
  process.exit(1);
}

const report = await checkContent({ root, collections: collectionSpecs(config.collections), fix });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (json) {
  console.log(JSON.stringify({ ...report, seconds: Number(seconds) }));
  process.exit(report.problems.length > 0 ? 1 : 0);
}
for (const problem of report.problems) console.log(formatProblem(problem));
for (const file of report.fixed) console.log(`formatted ${file}`);
const stages = Object.entries(report.timings)
  .map(([stage, ms]) => `${stage} ${ms} ms`)
  .join(', ');
const checked = Object.entries(report.counts)
  .map(([name, count]) => `${count} ${name}`)
  .join(', ');
console.log(
  report.problems.length === 0
    ? `check-content: no problems in ${checked} (${seconds} s: ${stages})`
    : `check-content: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} (${seconds} s: ${stages})`,
);
if (report.skipped.length > 0)
  console.log(`Not checked until the problems above are fixed: ${report.skipped.join('; ')}.`);
process.exit(report.problems.length > 0 ? 1 : 0);

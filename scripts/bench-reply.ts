/**
 * Reply checker speed and size (`npm run bench:reply`; `-- --no-browser` skips Chromium):
 * - time to check a 1,000-character draft, first call and after it (median and 95th percentile
 *   over drafts in English, German and French), in Node and in Chromium (Debian's, as the browser
 *   tests use);
 * - what the checker adds to a page, gzipped: the browser bundle esbuild makes of the checker's
 *   API, split into what a page loads up front and the language detector it loads lazily.
 * Figures are printed, never asserted. Targets: under 5 ms per draft after the first, at most
 * 40 kB gzipped up front.
 */
import { chromium } from '@playwright/test';
import { build, type Metafile, type OutputFile } from 'esbuild';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkReply, loadReplyCheckerData } from '../src/engine/index.ts';
import type { ReplyCheck, ReplyCheckerData, ReplyInput } from '../src/engine/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REPLY = resolve(ROOT, 'src/engine/reply');
const DRAFT_LENGTH = 1000;
const RUNS = 300;
/** Checks right after the first, while the JIT compiles the rules: timed apart from the steady state. */
const WARM_UP = 30;
const KB = 1024;

/** Sentences a trainee writes, some breaking rules, per language. */
const SENTENCES: Record<string, string[]> = {
  en: [
    'Hello Anna, thank you for your message and sorry for the trouble with the kettle.',
    'Your parcel left our warehouse on Monday with DHL, tracking 00340434161094042557.',
    'If it has not arrived by Friday, we will refund you in full or send a replacement.',
    'Could you tell us whether the lid is cracked or only scratched?',
    'Call us on +49 30 1234567 if that is easier for you.',
    'We would appreciate a 5-star review once everything is fine.',
    'Order 302-1234567-1234567 is marked as shipped in your account.',
  ],
  de: [
    'Guten Tag Frau Schmidt, vielen Dank für Ihre Nachricht und entschuldigen Sie die Umstände.',
    'Ihr Paket hat unser Lager am Montag mit DHL verlassen, Sendungsnummer 00340434161094042557.',
    'Falls es bis Freitag nicht ankommt, erstatten wir Ihnen den vollen Betrag.',
    'Können Sie uns sagen, ob der Deckel gesprungen oder nur zerkratzt ist?',
    'Für eine schnellere Abwicklung überweisen Sie den Restbetrag bitte an uns statt über Amazon.',
    'Wenn Sie Ihre Rezension löschen, schicken wir Ihnen einen Gutschein.',
    'Die Bestellung 302-1234567-1234567 ist in Ihrem Konto als versandt markiert.',
  ],
  fr: [
    'Bonjour Madame, merci pour votre message et désolés pour la bouilloire.',
    'Votre colis a quitté notre entrepôt lundi avec Colissimo, numéro de suivi 6A12345678901.',
    "S'il n'est pas arrivé vendredi, nous vous rembourserons intégralement.",
    'Pouvez-vous nous dire si le couvercle est fêlé ou seulement rayé ?',
    'Écrivez-nous à contact@maboutique.fr pour aller plus vite.',
    'Inscrivez-vous à notre newsletter et recevez 10 % sur votre prochaine commande.',
    'La commande 171-1234567-1234567 est indiquée comme expédiée dans votre compte.',
  ],
};

/** A draft of exactly DRAFT_LENGTH characters from a language's sentences. */
function draftOf(language: string): string {
  const sentences = SENTENCES[language]!;
  let text = '';
  for (let i = 0; text.length < DRAFT_LENGTH; i++) text += `${sentences[i % sentences.length]} `;
  return text.slice(0, DRAFT_LENGTH);
}

const DRAFTS: ReplyInput[] = ['en', 'de', 'fr'].flatMap((language) => [
  { kind: 'message', text: draftOf(language), buyerLanguage: 'de' },
  { kind: 'public-reply', text: draftOf(language) },
]);

interface Timing {
  firstMs: number;
  /** The slowest of the WARM_UP checks after the first. */
  warmUpMaxMs: number;
  medianMs: number;
  p95Ms: number;
  findings: number;
}

/** Times the first check and RUNS later checks (the same code runs in Node and in the page). */
function timeChecks(
  check: (input: ReplyInput, data: ReplyCheckerData) => ReplyCheck,
  data: ReplyCheckerData,
  drafts: readonly ReplyInput[],
  runs: number,
  warmUp: number,
): Timing {
  let started = performance.now();
  const first = check(drafts[0]!, data);
  const firstMs = performance.now() - started;
  let warmUpMaxMs = 0;
  for (let i = 0; i < warmUp; i++) {
    started = performance.now();
    check(drafts[i % drafts.length]!, data);
    warmUpMaxMs = Math.max(warmUpMaxMs, performance.now() - started);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    check(drafts[i % drafts.length]!, data);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    firstMs,
    warmUpMaxMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    findings: first.findings.length,
  };
}

/** The browser bundle of the checker's API, split as a page would load it. */
async function bundleSizes(): Promise<{
  upFront: number;
  lazy: number;
  parts: [string, number][];
}> {
  const result = await build({
    stdin: {
      contents: `export { checkReply, loadReplyChecker, loadReplyCheckerData, validateReplyInput } from './index.ts';`,
      resolveDir: REPLY,
      sourcefile: 'reply-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outdir: resolve(ROOT, 'bench-data/reply-bundle'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const files = new Map<string, OutputFile>(result.outputFiles.map((file) => [file.path, file]));
  const gz = (path: string): number => gzipSync(files.get(resolve(ROOT, path))!.contents).length;
  const entry = Object.entries(metafile.outputs).find(
    ([, output]) => output.entryPoint !== undefined,
  )!;
  const upFrontFiles = new Set<string>([entry[0]]);
  const follow = (path: string): void => {
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !upFrontFiles.has(imported.path)) {
        upFrontFiles.add(imported.path);
        follow(imported.path);
      }
    }
  };
  follow(entry[0]);
  const outputs = Object.keys(metafile.outputs).filter((path) => path.endsWith('.js'));
  const upFront = [...upFrontFiles].reduce((sum, path) => sum + gz(path), 0);
  const lazy = outputs
    .filter((path) => !upFrontFiles.has(path))
    .reduce((sum, path) => sum + gz(path), 0);
  // Minified bytes per package in the up-front files (before gzip), to see what weighs.
  const byPackage = new Map<string, number>();
  for (const path of upFrontFiles) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[path]!.inputs)) {
      const name =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'checker (src/engine/reply)';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return { upFront, lazy, parts: [...byPackage].sort((a, b) => b[1] - a[1]) };
}

/** Times the checker in Chromium: one IIFE bundle with the detector, the same timing loop. */
async function browserTiming(): Promise<Timing | string> {
  const bundle = await build({
    stdin: {
      contents: `import { checkReply } from './check.ts'; import { replyCheckerData } from './checker-data.ts';
        globalThis.replyBench = { checkReply, replyCheckerData };`,
      resolveDir: REPLY,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
      ],
    })
    .catch((error: Error) => error);
  if (browser instanceof Error) return `not measured (${browser.message.split('\n')[0]})`;
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>reply bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await page.evaluate(
      ({ drafts, runs, warmUp, timer }) => {
        const { checkReply: check, replyCheckerData: data } = (
          globalThis as unknown as {
            replyBench: { checkReply: typeof checkReply; replyCheckerData: ReplyCheckerData };
          }
        ).replyBench;
        const time = new Function(`return (${timer})`)() as typeof timeChecks;
        return time(check, data, drafts, runs, warmUp);
      },
      { drafts: DRAFTS, runs: RUNS, warmUp: WARM_UP, timer: timeChecks.toString() },
    );
  } finally {
    await browser.close();
  }
}

const node = timeChecks(checkReply, await loadReplyCheckerData(), DRAFTS, RUNS, WARM_UP);
const sizes = await bundleSizes();
const browser = process.argv.includes('--no-browser')
  ? 'skipped (--no-browser)'
  : await browserTiming();

const row = (label: string, value: string, target = '', ok: boolean | null = null): string =>
  `| ${label.padEnd(66)} | ${value.padStart(12)} | ${target.padEnd(9)} | ${ok === null ? '   ' : ok ? 'ok ' : 'NO '} |`;
const ms = (value: number): string => `${value.toFixed(2)} ms`;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`;
const timingRows = (where: string, timing: Timing): string[] => [
  row(
    `${where}: first check of a ${DRAFT_LENGTH}-char draft (builds the tables)`,
    ms(timing.firstMs),
  ),
  row(`${where}: slowest of the next ${WARM_UP} (JIT warming up)`, ms(timing.warmUpMaxMs)),
  row(
    `${where}: then, median of ${RUNS} (EN/DE/FR, both kinds)`,
    ms(timing.medianMs),
    '< 5 ms',
    timing.medianMs < 5,
  ),
  row(`${where}: then, 95th percentile`, ms(timing.p95Ms), '< 5 ms', timing.p95Ms < 5),
];
const rows = [
  `| ${'figure'.padEnd(66)} | ${'value'.padStart(12)} | ${'target'.padEnd(9)} | met |`,
  `|${'-'.repeat(68)}|${'-'.repeat(14)}|${'-'.repeat(11)}|-----|`,
  ...timingRows('Node', node),
  ...(typeof browser === 'string' ? [row('Chromium', browser)] : timingRows('Chromium', browser)),
  row(
    'bundle: what a page loads up front (gzipped)',
    kb(sizes.upFront),
    '≤ 40 kB',
    sizes.upFront <= 40 * KB,
  ),
  row('bundle: data helpers, loaded lazily (gzipped)', kb(sizes.lazy)),
  row('bundle: both together (gzipped)', kb(sizes.upFront + sizes.lazy)),
];
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');
console.log(
  `\nReply checker bench (Node ${process.version}, load average ${load} on ${cpus().length} cores: timings vary with it)\n\n${rows.join('\n')}\n`,
);
console.log('Up-front bundle by package (minified bytes, before gzip):');
for (const [name, bytes] of sizes.parts)
  console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(9)}`);
console.log('');

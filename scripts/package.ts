/**
 * `npm run package`: the course as SCORM 1.2, SCORM 2004 (4th edition) and cmi5 packages, from
 * the built site in dist/ (run `npm run build` first), into dist-packages/: a folder per package
 * and its ZIP to upload. Prints each package's size and file count.
 *
 * Every package holds the whole site, made to run from the LMS's folder (`lms/relative-paths.ts`),
 * without the offline worker (the LMS serves the files), and its manifest (`lms/manifests.ts`).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { LmsCourse } from '../src/lms/lms-course.ts';
import { compareText } from '../src/engine/index.ts';
import {
  cmi5Structure,
  scorm12Manifest,
  scorm2004Manifest,
  scormLaunchFile,
  scormLaunchHtml,
  units,
} from './lms/manifests.ts';
import { packagedHtml, packagedScript } from './lms/relative-paths.ts';
import { writeZip } from './lms/zip.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? 'dist-packages');
const courseFile = join(dist, 'lms/course.json');
if (!existsSync(courseFile)) {
  console.error(`No ${relative(process.cwd(), courseFile)}: run npm run build first.`);
  process.exit(1);
}
const course = JSON.parse(readFileSync(courseFile, 'utf8')) as LmsCourse;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The site's files as they go into a package, by package path. */
const site = new Map<string, Buffer>();
for (const path of walk(dist)) {
  const name = relative(dist, path).split('\\').join('/');
  // The offline worker is left out: the LMS serves the files, and a worker would outlive the launch.
  if (name === 'sw.js' || /^workbox-[^/]*\.js$/.test(name)) continue;
  const depth = name.split('/').length - 1;
  const data = readFileSync(path);
  if (name.endsWith('.html'))
    site.set(name, Buffer.from(packagedHtml(data.toString('utf8'), depth)));
  else if (name.startsWith('_astro/') && name.endsWith('.js'))
    site.set(name, Buffer.from(packagedScript(data.toString('utf8'))));
  else site.set(name, data);
}

/** Writes a package's folder and ZIP; returns its size. */
function writePackage(kind: string, files: Map<string, Buffer>): void {
  const folder = join(out, kind);
  rmSync(folder, { recursive: true, force: true });
  const entries = [...files].sort(([a], [b]) => {
    // The manifest first, as some LMSs look for it at the start of the archive.
    const first = (name: string) => (/^(imsmanifest|cmi5)\.xml$/.test(name) ? 0 : 1);
    return first(a) - first(b) || compareText(a, b);
  });
  for (const [name, data] of entries) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  const zip = writeZip(entries.map(([name, data]) => ({ name, data })));
  const zipPath = join(out, `support-desk-academy-${kind}.zip`);
  writeFileSync(zipPath, zip);
  const unpacked = entries.reduce((sum, [, data]) => sum + data.length, 0);
  console.log(
    `${relative(process.cwd(), zipPath)}: ${(zip.length / 1024 / 1024).toFixed(2)} MB zipped, ${(unpacked / 1024 / 1024).toFixed(2)} MB in ${entries.length} files`,
  );
}

mkdirSync(out, { recursive: true });
const launchFiles = new Map(
  units(course).map((unit) => [
    scormLaunchFile(unit.id),
    Buffer.from(scormLaunchHtml(unit.id, unit.title)),
  ]),
);
const siteFiles = [...site.keys()].sort();
writePackage(
  'scorm12',
  new Map([
    ...site,
    ...launchFiles,
    ['imsmanifest.xml', Buffer.from(scorm12Manifest(course, siteFiles))],
  ]),
);
writePackage(
  'scorm2004',
  new Map([
    ...site,
    ...launchFiles,
    ['imsmanifest.xml', Buffer.from(scorm2004Manifest(course, siteFiles))],
  ]),
);
writePackage('cmi5', new Map([...site, ['cmi5.xml', Buffer.from(cmi5Structure(course))]]));

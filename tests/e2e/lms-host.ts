/**
 * A test LMS: a local server that serves the packages from their ZIP files under a path of their
 * own (`/pkg/scorm12/…`, as an LMS does), and a host page that holds scorm-again's runtime as
 * `window.API` (SCORM 1.2) or `window.API_1484_11` (SCORM 2004) with the package's launch file in
 * a frame. The host keeps each unit's data model in its localStorage on every commit and loads
 * it again on the next launch, as an LMS keeps a learner's attempt. For cmi5, a test LRS in the
 * browser's routes records every statement it takes, and can refuse the ones a test names.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readZip } from '../../scripts/lms/zip.ts';

const root = resolve(import.meta.dirname, '../..');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** The host page for a SCORM package and unit. */
function hostPage(kind: 'scorm12' | 'scorm2004', unit: string): string {
  const v12 = kind === 'scorm12';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${v12 ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script>
  const key = 'test-lms:${kind}:${unit}';
  const api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const saved = localStorage.getItem(key);
  if (saved) api.loadFromFlattenedJSON(JSON.parse(saved));
  const keep = () => localStorage.setItem(key, JSON.stringify(api.getFlattenedCMI()));
  api.on('${v12 ? 'LMSCommit' : 'Commit'}', keep);
  api.on('${v12 ? 'LMSFinish' : 'Terminate'}', keep);
  window.${v12 ? 'API' : 'API_1484_11'} = api;
  /** What the LMS holds, for the test to read. */
  window.lmsValue = (element) => element.split('.').slice(1).reduce((node, part) => node?.[part], api.cmi);
</script></head>
<body><h1>Test LMS</h1>
<iframe title="Course in the LMS" src="/pkg/${kind}/lms/unit-${unit}.html" style="width:100%;height:85vh;border:0"></iframe>
</body></html>`;
}

/** A running test LMS. */
export interface TestLms {
  url: string;
  close(): Promise<void>;
}

/** Starts the test LMS on a free port of this machine. */
export async function startTestLms(): Promise<TestLms> {
  const zips = new Map<string, Map<string, Buffer>>();
  const packageFiles = (kind: string) => {
    let files = zips.get(kind);
    if (!files) {
      files = readZip(
        readFileSync(resolve(root, `dist-packages/support-desk-academy-${kind}.zip`)),
      );
      zips.set(kind, files);
    }
    return files;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: Buffer | string, type = 'text/plain') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    const host = url.pathname.match(/^\/lms-host\/(scorm12|scorm2004)\.html$/);
    if (host)
      return send(
        200,
        hostPage(host[1] as 'scorm12', url.searchParams.get('unit') ?? ''),
        types['.html'],
      );
    const runtime = url.pathname.match(/^\/scorm-again\/(scorm12|scorm2004)\.min\.js$/);
    if (runtime)
      return send(
        200,
        readFileSync(resolve(root, `node_modules/scorm-again/dist/${runtime[1]}.min.js`)),
        types['.js'],
      );
    const packaged = url.pathname.match(/^\/pkg\/(scorm12|scorm2004|cmi5)\/(.+)$/);
    if (packaged) {
      const file = packageFiles(packaged[1] ?? '').get(decodeURIComponent(packaged[2] ?? ''));
      // Like many LMS file servers: a folder is not served as its index.html.
      if (file)
        return send(200, file, types[extname(packaged[2] ?? '')] ?? 'application/octet-stream');
    }
    return send(404, 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A test LRS (with the cmi5 fetch URL and launch data) answering a page's requests. */
export interface TestLrs {
  /** Every statement the LRS took, in the order it took them. */
  statements: unknown[];
  /** Every statement it refused (answered "503 Service Unavailable"), in order. */
  refused: unknown[];
}

/**
 * Serves a test LRS under `${lmsUrl}/lrs/` for the page: the fetch URL gives a token, the state
 * API gives `launchData` as LMS.LaunchData, and the statements API records each statement, or
 * refuses it when `refuse(statement)` says so (as an LMS does when it is down for a moment).
 */
export async function routeTestLrs(
  page: Page,
  lmsUrl: string,
  launchData: object,
  refuse: (statement: unknown) => boolean = () => false,
): Promise<TestLrs> {
  const lrs: TestLrs = { statements: [], refused: [] };
  await page.route(`${lmsUrl}/lrs/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.pathname === '/lrs/fetch')
      return route.fulfill({ json: { 'auth-token': 'dGVzdDp0ZXN0' } });
    if (
      url.pathname.endsWith('/activities/state') &&
      url.searchParams.get('stateId') === 'LMS.LaunchData'
    )
      return route.fulfill({ json: launchData });
    if (url.pathname.endsWith('/agents/profile')) return route.fulfill({ status: 404, body: '' });
    if (url.pathname.endsWith('/statements')) {
      const body = request.postDataJSON() as unknown;
      const batch = Array.isArray(body) ? body : [body];
      if (batch.some(refuse)) {
        lrs.refused.push(...batch);
        return route.fulfill({ status: 503, body: 'The LRS is not available.' });
      }
      lrs.statements.push(...batch);
      return route.fulfill({ json: batch.map((entry) => (entry as { id: string }).id) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  return lrs;
}

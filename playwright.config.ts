import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site in Debian's Chromium (never a downloaded browser).
 * `scripts/ensure-chromium.sh` installs or locates it before this runs.
 */
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The offline worker would serve pages from its cache and outlive a test's routes; only the
    // offline tests (offline.spec.ts) let it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The site is built once by the test script (npm run build); this only serves dist/.
    // The binary itself, not npx: stopping npx can leave the server running.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

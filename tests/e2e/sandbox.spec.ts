/**
 * The sandbox, used as a trainee, trainer or team lead would (roles and labels only). Every
 * figure expected on screen is computed here by the `metrics` command on the file the page
 * exports, never copied: the page and the command must measure the same history alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Report } from '../../src/engine/index.ts';
import { fixedPercent } from '../../src/components/sandbox/figures.ts';
import { endShift } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';
import { isBuiltPage } from './site-pages.ts';

const root = resolve(import.meta.dirname, '../..');
const node = resolve(root, 'node_modules/.bin/node');

/** The `metrics` command on a file: exit code, report, stderr. */
function metrics(file: string): { code: number | null; report: Report | null; stderr: string } {
  const result = spawnSync(node, [resolve(root, 'src/engine/cli/metrics.ts'), file], {
    encoding: 'utf8',
  });
  return {
    code: result.status,
    report: result.status === 0 ? (JSON.parse(result.stdout) as Report) : null,
    stderr: result.stderr,
  };
}

/** Opens the sandbox and waits for its first account. */
async function openSandbox(page: Page, path = '/sandbox/'): Promise<Locator> {
  await page.goto(path);
  await hydrated(page);
  const health = page.getByRole('region', { name: 'Account health' });
  await expect(health).toBeVisible();
  return health;
}

/** Generates an account from the form: 90 days of 20 orders a day, seed 42. */
async function generate(page: Page, seed = 42): Promise<void> {
  await openStart(page);
  await page.getByLabel('Orders per day').fill('20');
  await page.getByLabel('Seed').fill(String(seed));
  await page.getByText('Dates and rates').click();
  await page.getByLabel('First day').fill('2026-01-01');
  await page.getByLabel('Last day').fill('2026-03-31');
  await page.getByRole('button', { name: 'Generate the account' }).click();
  await expect(page.getByText(`A generated account (seed ${seed}`)).toBeVisible();
}

/** One metric's figures in the Account health region (its definition, by its term). */
function metricLine(health: Locator, term: string): Locator {
  return health
    .locator('div')
    .filter({ has: health.page().getByRole('term').filter({ hasText: term }) })
    .getByRole('definition');
}

/** Every figure of the Account health region, as shown. */
function figuresOf(health: Locator): Promise<string[]> {
  return health.getByRole('definition').allTextContents();
}

/** Opens the "Start from…" section if it is closed. */
async function openStart(page: Page): Promise<void> {
  if (!(await page.getByRole('button', { name: 'Generate the account' }).isVisible()))
    await page.getByText('Start from…').click();
}

/** Exports the order history and returns the downloaded file's path (under its own name). */
function exportHistory(page: Page): Promise<string> {
  return download(page, 'Export order history');
}

/** Clicks a download button and returns the file's path (under its own name). */
async function download(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Checks every figure of the Account health region against a report of the metrics command. */
async function expectFiguresOf(health: Locator, report: Report): Promise<void> {
  const line = (term: string) => metricLine(health, term);
  await expect(line('Order Defect Rate')).toContainText(fixedPercent(report.odr.rate));
  await expect(line('Order Defect Rate')).toContainText(
    `${report.odr.defective} of ${report.odr.orders} orders defective`,
  );
  await expect(line('Invoice Defect Rate')).toContainText(fixedPercent(report.idr.rate));
  await expect(line('Invoice Defect Rate')).toContainText(
    `${report.idr.defective} of ${report.idr.orders} invoices`,
  );
  await expect(line('Late response rate')).toContainText(fixedPercent(report.lateResponse.rate));
  await expect(line('Late response rate')).toContainText(
    `${report.lateResponse.late} of ${report.lateResponse.messages} messages`,
  );
}

test.describe('the sandbox', () => {
  test('a return request left 49 hours: the derived claim, the ODR moves, and the figures are what metrics measures', async ({
    page,
  }) => {
    const health = await openSandbox(page);
    await generate(page);
    const odr = metricLine(health, 'Order Defect Rate');
    const before = await odr.textContent();

    await page.getByLabel('What happens').selectOption({ label: 'A return request' });
    await page.getByRole('button', { name: 'Add the event' }).click();
    const happened = page.getByRole('region', { name: 'What happened' });
    await expect(happened.getByText(/Return request RET-1001 on order/)).toBeVisible();
    await page.getByRole('button', { name: 'Forward 1 day' }).click();
    await page.getByRole('button', { name: 'Forward 1 day' }).click();
    await page.getByRole('button', { name: 'Forward 1 hour' }).click();

    const consequence = happened.getByRole('listitem').filter({ hasText: 'RET-48H' }).first();
    await expect(consequence).toContainText('Derived');
    await expect(consequence).toContainText('an A-to-Z claim on order');
    await expect(consequence.getByRole('link', { name: 'RET-48H' })).toHaveAttribute(
      'href',
      '/facts/#RET-48H',
    );
    await expect(odr).not.toHaveText(before ?? '');

    const exported = metrics(await exportHistory(page));
    expect(exported.code).toBe(0);
    await expectFiguresOf(health, exported.report!);
    // The derived claim is in the exported history, marked with its rule.
    const history = JSON.parse(readFileSync(await exportHistory(page), 'utf8')) as {
      events: Record<string, unknown>[];
    };
    expect(history.events).toContainEqual(
      expect.objectContaining({ type: 'claim.filed', derived: true, rule: 'RET-48H' }),
    );
  });

  test('scrubbing back hides the claim and forward shows it again; the slider and chart work by keyboard', async ({
    page,
  }) => {
    await openSandbox(page);
    await generate(page, 7);
    await page.getByLabel('What happens').selectOption({ label: 'A return request' });
    await page.getByRole('button', { name: 'Add the event' }).click();
    await page.getByRole('button', { name: 'Forward 1 week' }).click();
    const consequences = page
      .getByRole('region', { name: 'What happened' })
      .getByRole('listitem')
      .filter({ hasText: 'RET-48H' })
      .filter({ hasText: 'Derived' });
    await expect(consequences).toHaveCount(1);
    const clock = page.getByRole('region', { name: 'Time' }).locator('strong').first();
    const late = await clock.textContent();

    const slider = page.getByRole('slider', { name: 'Move through the history' });
    await slider.focus();
    for (let day = 0; day < 7; day += 1) await page.keyboard.press('PageDown');
    await expect(clock).not.toHaveText(late ?? '');
    await expect(consequences).toHaveCount(0);
    for (let day = 0; day < 7; day += 1) await page.keyboard.press('PageUp');
    await expect(clock).toHaveText(late ?? '');
    await expect(consequences).toHaveCount(1);

    // The chart: a slider over its days; the arrow keys read a day, Enter moves the clock there.
    const chart = page.getByRole('slider', { name: /Day on the chart/ });
    await chart.focus();
    await page.keyboard.press('Home');
    await expect(chart).toHaveAttribute('aria-valuetext', /^Thursday 1 January 2026: ODR/);
    await page.keyboard.press('ArrowRight');
    await expect(chart).toHaveAttribute('aria-valuetext', /^Friday 2 January 2026: ODR/);
    await page.keyboard.press('Enter');
    await expect(clock).toHaveText('Friday 2 January 2026, 23:59');
  });

  test('the chart has its table: one row per day', async ({ page }) => {
    await openSandbox(page);
    await generate(page, 3);
    await page.getByText('The rates as a table').click();
    const table = page.getByRole('table', { name: /day by day/ });
    await expect(table.getByRole('row')).toHaveCount(1 + (await countDays(page)));
    await expect(table.getByRole('rowheader').first()).toHaveText('Thursday 1 January 2026');
  });

  test('compares both readings, marks the differences and links each to its Policy check; Kaufland and eBay too', async ({
    page,
  }) => {
    await openSandbox(page);
    await generate(page, 5);
    await page.getByText('Show the account under both readings').click();
    const table = page.getByRole('table', { name: /both readings/ });
    await expect(table.getByRole('columnheader', { name: 'The course (assessed)' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Help pages (to verify)' })).toBeVisible();
    // The ODR windows of the two readings differ by 14 days, always.
    const windowRow = table.getByRole('row').filter({ hasText: 'Orders in the ODR window' });
    await expect(windowRow).toContainText('Differs');
    const check = windowRow.getByRole('link', { name: /^Policy check/ });
    const href = await check.getAttribute('href');
    expect(href).toMatch(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    expect(isBuiltPage(href!)).toBe(true);
    const others = page.getByRole('region', { name: 'Compare readings and marketplaces' });
    await expect(others.getByText(/^Kaufland/)).toBeVisible();
    await expect(others.getByRole('listitem').filter({ hasText: /^eBay/ })).toContainText(
      /Top Rated|Above Standard|Below Standard/,
    );
    await check.click();
    await expect(page).toHaveURL(/\/learn\/.+#.+/);
  });

  test('export, then import the file: the same figures; a broken file is refused with the metrics message and nothing is lost', async ({
    page,
  }) => {
    const health = await openSandbox(page);
    await generate(page, 11);
    await page.getByRole('button', { name: 'Forward 1 day' }).click();
    const file = await exportHistory(page);
    const report = metrics(file).report!;
    await openStart(page);
    await page.getByRole('button', { name: 'Start an empty account' }).click();
    await expect(
      page.getByRole('region', { name: 'This sandbox' }).getByText('An empty account'),
    ).toBeVisible();
    await openStart(page);
    await page.getByLabel('Import order history').setInputFiles(file);
    const status = page.getByRole('region', { name: 'This sandbox' });
    await expect(
      status.getByText(/^The order history order-history-2026-04-01\.json$/),
    ).toBeVisible();
    await expectFiguresOf(health, report);

    const figures = await figuresOf(health);
    const broken = resolve(root, 'tests/fixtures/engine/unknown-id.json');
    const refused = metrics(broken);
    expect(refused.code).toBe(2);
    await openStart(page);
    await page.getByLabel('Import order history').setInputFiles(broken);
    const alert = page.getByRole('alert').filter({ hasText: 'This file was not imported' });
    await expect(alert).toBeVisible();
    await expect(alert.locator('pre')).toHaveText(refused.stderr.trimEnd());
    expect(await figuresOf(health)).toEqual(figures);
    await expect(status.getByText(/^The order history order-history/)).toBeVisible();

    // An imported history travels whole: too big for a link, and the page says so.
    await page.getByRole('button', { name: 'Make a share link' }).click();
    await expect(page.getByText(/This sandbox is too big for a link/)).toContainText(
      'Use “Export order history” instead',
    );
  });

  test('exports the account health report valid against the SP-API schema, and the daily rates as CSV', async ({
    page,
  }) => {
    const health = await openSandbox(page);
    await generate(page, 23);
    const report = JSON.parse(
      readFileSync(await download(page, 'Export the account health report'), 'utf8'),
    );
    const schema = JSON.parse(
      readFileSync(
        resolve(root, 'tests/fixtures/engine/accountHealthReport-2020-11-18.schema.json'),
        'utf8',
      ),
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const odr = report.performanceMetrics[0].orderDefectRate;
    const orders = odr.afn.orderCount + odr.mfn.orderCount;
    await expect(metricLine(health, 'Order Defect Rate')).toContainText(`of ${orders} orders`);

    const csv = readFileSync(await download(page, 'Export the daily rates (CSV)'), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe(
      'day,odr_rate,odr_orders,odr_defective,idr_rate,idr_orders,idr_defective,late_response_rate,messages,late_messages',
    );
    expect(csv[1]).toMatch(/^2026-01-01,/);
    expect(csv).toHaveLength(1 + (await countDays(page)));
  });

  test('plays the clock and pauses it; every control answers the keyboard', async ({ page }) => {
    await openSandbox(page);
    await openStart(page);
    // Generate with the keyboard only: Enter in a field submits its form.
    await page.getByLabel('Seed').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('29');
    await page.keyboard.press('Enter');
    await expect(page.getByText('A generated account (seed 29')).toBeVisible();

    const clock = page.getByRole('region', { name: 'Time' }).locator('strong').first();
    const start = await clock.textContent();
    await page.getByRole('button', { name: 'Forward 1 day' }).focus();
    await page.keyboard.press('Enter');
    await expect(clock).not.toHaveText(start ?? '');

    // An event by keyboard: choose the kind, then Enter in its first field.
    await page.getByLabel('What happens').focus();
    await page.getByLabel('What happens').selectOption({ label: 'A buyer message' });
    await page.getByLabel('Message id').focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'What happened' }).getByText(/Buyer message MSG-1001/),
    ).toBeVisible();
    const task = page.getByRole('button', { name: 'Reply (MSG-1001)', exact: true });
    // Older open tasks come first (the earliest deadline first): show more until it is there.
    for (let more = 0; more < 3 && !(await task.isVisible()); more += 1) {
      await page.getByRole('button', { name: /^Show more tasks/ }).focus();
      await page.keyboard.press('Enter');
    }
    await task.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'What happened' }).getByText('Reply to message MSG-1001'),
    ).toBeVisible();

    // Play moves the clock on; Pause stops it.
    const before = await clock.textContent();
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('Enter');
    await expect(clock).not.toHaveText(before ?? '', { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await clock.textContent();
    await page.waitForTimeout(800);
    await expect(clock).toHaveText(paused ?? '');

    // The clock set by typing a moment.
    await page.getByLabel('Set the clock').fill('2026-02-14T09:30');
    await page.getByLabel('Set the clock').press('Enter');
    await expect(clock).toHaveText('Saturday 14 February 2026, 09:30');
  });

  test('a share link opens the same sandbox in a fresh browser', async ({ page, browser }) => {
    const health = await openSandbox(page);
    await generate(page, 13);
    await page.getByLabel('What happens').selectOption({ label: 'Seller feedback' });
    await page.getByLabel('Rating (stars)').selectOption('1');
    await page.getByRole('button', { name: 'Add the event' }).click();
    await page.getByRole('button', { name: 'Forward 1 hour' }).click();
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.getByLabel(/Share link/).inputValue();
    expect(link).toMatch(/\/sandbox\/#s=/);
    const clock = await page
      .getByRole('region', { name: 'Time' })
      .locator('strong')
      .first()
      .textContent();
    const figures = await figuresOf(health);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    const otherHealth = other.getByRole('region', { name: 'Account health' });
    await expect(otherHealth.getByRole('definition')).toHaveText(figures);
    await expect(other.getByRole('region', { name: 'Time' }).locator('strong').first()).toHaveText(
      clock ?? '',
    );
    await expect(other.getByText(/1-star feedback FB-1001 on order/)).toBeVisible();
    await fresh.close();
  });

  test('a reload restores the sandbox exactly; named saves open again; undo takes back the last change', async ({
    page,
  }) => {
    const health = await openSandbox(page);
    await generate(page, 17);
    await page.getByLabel('What happens').selectOption({ label: 'A chargeback' });
    await page.getByRole('button', { name: 'Add the event' }).click();
    await page.getByRole('button', { name: 'Forward 1 day' }).click();
    await page.getByLabel('Name of the save').fill('Chargeback case');
    await page.getByRole('button', { name: 'Save in this browser' }).click();
    const clock = page.getByRole('region', { name: 'Time' }).locator('strong').first();
    const saved = { clock: await clock.textContent(), figures: await figuresOf(health) };
    // The chargeback is the one event added here.
    const chargeback = page
      .getByRole('region', { name: 'This sandbox' })
      .getByText(/1 of them added here/);

    await page.getByRole('button', { name: 'Undo the added event' }).click();
    await expect(chargeback).toHaveCount(0);
    await page.getByRole('button', { name: 'Open the save Chargeback case' }).click();
    await expect(chargeback).toBeVisible();
    await expect(health.getByRole('definition')).toHaveText(saved.figures);

    await page.reload();
    await hydrated(page);
    await expect(clock).toHaveText(saved.clock ?? '');
    await expect(health.getByRole('definition')).toHaveText(saved.figures);
    await expect(chargeback).toBeVisible();
  });

  test("opens a scenario's starting state from its address, and from the desk's debrief", async ({
    page,
  }) => {
    await openSandbox(page, '/sandbox/?scenario=first-shift-return-and-question');
    await expect(
      page.getByText('The start of the scenario “First shift: a return request and a question”'),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Time' }).locator('strong').first()).toHaveText(
      'Monday 9 March 2026, 08:00',
    );
    await expect(page).toHaveURL(/\/sandbox\/$/);
    // The try is in the trainee's activity record (what the team's LMS gets under cmi5).
    const tries = await page.evaluate(() =>
      (
        JSON.parse(localStorage.getItem('sda:activity') ?? '{"events":[]}') as {
          events: { kind: string; situationId?: string; title?: string }[];
        }
      ).events.filter((event) => event.kind === 'sandbox-try'),
    );
    expect(tries).toEqual([
      expect.objectContaining({
        situationId: 'scenario/first-shift-return-and-question',
        title: 'First shift: a return request and a question',
      }),
    ]);

    await page.goto('/simulate/first-shift-return-and-question/');
    await hydrated(page);
    await endShift(page);
    await page.getByRole('link', { name: 'Try this situation freely' }).click();
    await expect(
      page.getByText('The start of the scenario “First shift: a return request and a question”'),
    ).toBeVisible();
  });

  test("imports Amazon's All Orders report and says what it cannot tell", async ({ page }) => {
    const health = await openSandbox(page);
    await page
      .getByLabel('Import order history')
      .setInputFiles(resolve(root, 'tests/fixtures/engine/all-orders-report.txt'));
    await expect(page.getByText("Amazon's All Orders report all-orders-report.txt")).toBeVisible();
    const note = page.getByText('What the All Orders report cannot tell.').locator('xpath=../..');
    await expect(note).toContainText('A-to-Z claims, feedback, chargebacks, buyer messages');
    await expect(note).toContainText('its cancelled order is entered as cancelled by the buyer');
    await expect(note).toContainText('1 order of Amazon.fr, 1 order of Non-Amazon');
    await expect(
      page
        .getByRole('region', { name: 'Act on the account' })
        .getByText(/The All Orders report says “Shipped”/),
    ).toBeVisible();
    await expect(metricLine(health, 'Invoice Defect Rate')).toContainText('—');
  });

  test('a sandbox that cannot be restored is kept aside and the user is told', async ({ page }) => {
    // Another page of the site, so no sandbox is running while its storage is spoiled.
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem('sda:sandbox:current', 'not-a-sandbox');
      localStorage.setItem('sda:sandbox:current:base', 'nor-this');
    });
    await openSandbox(page);
    await expect(page.getByText(/Your last sandbox could not be restored/)).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('sda:sandbox:current:backup:')),
    );
    expect(kept).toHaveLength(1);
  });

  for (const [scheme, width] of [
    ['light', 1280],
    ['dark', 360],
  ] as const)
    test(`has no WCAG 2.2 A/AA violations with an account, its comparison, its "why" and its table open (${scheme}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openSandbox(page);
      await generate(page, 19);
      await page.getByText('Show the account under both readings').click();
      await expect(page.getByRole('table', { name: /both readings/ })).toBeVisible();
      await page.getByText('Why these figures?').click();
      await expect(page.getByRole('heading', { name: 'Orders with defects (ODR)' })).toBeVisible();
      await page.getByText('The rates as a table').click();
      await page.getByRole('button', { name: 'Make a share link' }).click();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
    });

  test('is linked from the home page and the simulate page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Sandbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
    await page.goto('/simulate/');
    await page.getByRole('link', { name: 'sandbox', exact: true }).click();
    await expect(page).toHaveURL(/\/sandbox\/$/);
  });
});

/** Days in the chart's series (from its slider's range). */
async function countDays(page: Page): Promise<number> {
  const max = await page
    .getByRole('slider', { name: /Day on the chart/ })
    .getAttribute('aria-valuemax');
  return Number(max) + 1;
}

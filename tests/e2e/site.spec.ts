/** Site-wide promises: links resolve, unknown addresses get the 404 page, search finds lessons. */
import { expect, test, type Page } from '@playwright/test';
import { isBuiltPage, sitePages } from './site-pages.ts';

/** A walk over every page takes about a second a page on a busy CI machine. */
const WALK_TIMEOUT = Math.max(30_000, sitePages.length * 1_000);

test('every internal link on every page leads to a built page', async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  const broken: string[] = [];
  for (const path of sitePages) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      if (!href.startsWith('/pagefind/') && !isBuiltPage(href)) broken.push(`${path} → ${href}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page is reachable from the home page by its links, and none says a part is unfinished', async ({
  request,
}) => {
  const unfinished =
    /being built|until it opens|coming soon|coming with the|under construction|work in progress|not (?:yet )?built|\bTODO\b|\bTBD\b|lorem ipsum|engine rule|free of scripts/i;
  const found = new Set<string>(['/']);
  const queue = ['/'];
  const claims: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '/';
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const text = html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    const said = unfinished.exec(text);
    if (said) claims.push(`${path}: “${said[0]}”`);
    for (const [, href = ''] of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)) {
      const target = new URL(href, `http://site${path}`);
      if (target.host !== 'site' || target.pathname.startsWith('/pagefind/')) continue;
      const page = target.pathname;
      if (!found.has(page)) {
        found.add(page);
        queue.push(page);
      }
    }
  }
  // The not-found page is reached by mistyped addresses only, as it should be.
  expect([...found].sort()).toEqual(sitePages.filter((page) => page !== '/404.html'));
  expect(claims).toEqual([]);
});

test('every fact link points at an anchor on the facts page', async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  await page.goto('/facts/');
  const anchors = new Set(
    await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id)),
  );
  const missing: string[] = [];
  for (const path of sitePages) {
    await page.goto(path);
    const targets = await page
      .locator('a[href^="/facts/#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const target of targets)
      if (!anchors.has(target.slice('/facts/#'.length))) missing.push(`${path} → ${target}`);
  }
  expect(missing).toEqual([]);
});

test('an unknown address shows the not-found page with ways back', async ({ page }) => {
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Course map' })).toBeVisible();
});

test('the home page says what this is and offers the three ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('support desk');
  for (const way of ['Learn', 'Practise', 'Simulate']) {
    await expect(
      page.getByRole('main').getByRole('link', { name: way, exact: true }),
    ).toBeVisible();
  }
});

test('the course map lists every module with its lessons', async ({ page }) => {
  await page.goto('/learn/');
  const modules = page.getByRole('main').getByRole('heading', { level: 2, name: /^Module \d+:/ });
  expect(await modules.count()).toBeGreaterThanOrEqual(1);
  const lessonLinks = page.getByRole('main').locator('a[href^="/learn/"]');
  expect(await lessonLinks.count()).toBeGreaterThanOrEqual(await modules.count());
});

test.describe('search', () => {
  for (const term of ['chargeback', 'invoice', 'A-to-Z']) {
    test(`finds lessons about “${term}”`, async ({ page }) => {
      await page.goto('/search/');
      await page.getByRole('searchbox', { name: /search lessons/i }).fill(term);
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
      const results = page.getByRole('main').getByRole('listitem').getByRole('link');
      await expect(results.first()).toBeVisible();
      expect(await results.count()).toBeGreaterThan(0);
      await expect(page).toHaveURL(
        new RegExp(`\\?q=${encodeURIComponent(term).replace(/[-]/g, '\\-')}`),
      );
    });
  }

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzqxjv');
    await expect(page.getByRole('status')).toHaveText('Nothing matches “zzqxjv”.');
  });

  /** The results for a query: link text and address, and the excerpts. */
  async function search(page: Page, query: string) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/results? for|Nothing matches/);
    const results = page.getByRole('main').getByRole('listitem');
    return {
      links: await results
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((link) => `${link.textContent ?? ''} ${link.getAttribute('href') ?? ''}`),
        ),
      excerpts: await results.locator('p').allTextContents(),
    };
  }

  test('a fact and a glossary entry are results of their own, opening at the entry', async ({
    page,
  }) => {
    const fact = await search(page, 'RESP-24H');
    expect(fact.links[0]).toBe('Reply within 24 hours /facts/#RESP-24H');
    const term = await search(page, 'Rückbuchung');
    expect(term.links).toContain('Chargeback /glossary/#chargeback');
    await page.getByRole('link', { name: 'Chargeback', exact: true }).click();
    await expect(page).toHaveURL(/\/glossary\/#chargeback$/);
    await expect(page.getByRole('heading', { name: 'Chargeback', exact: true })).toBeInViewport();
  });

  for (const [query, lesson] of [
    ['a to z', /A-to-Z Guarantee \/learn\/order-defect-rate\/a-to-z-guarantee\/$/],
    ['Rechnung', /Invoice Defect Rate \/learn\/beyond-odr\/invoice-defect-rate\/$/],
    ['facture', /Invoice Defect Rate \/learn\/beyond-odr\/invoice-defect-rate\/$/],
  ] as const) {
    test(`“${query}” finds the lesson by its other name`, async ({ page }) => {
      const { links } = await search(page, query);
      expect(
        links.slice(0, 3).some((link) => lesson.test(link)),
        links.join('\n'),
      ).toBe(true);
      await expect(page.getByRole('status')).toContainText('searched as');
    });
  }

  test('excerpts hold the course text, not interface text', async ({ page }) => {
    for (const query of ['section', 'lesson done', 'policy fact', 'minutes']) {
      const { excerpts } = await search(page, query);
      for (const excerpt of excerpts)
        expect(excerpt).not.toMatch(
          /Link to this section|marked this lesson|Based on:|About \d+ minutes/,
        );
    }
  });
});

import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { csvHref } from '@/lib/outcomes/href';
import { readListingParams } from '@/lib/outcomes/params';
import { accessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';
import { waitForTotal } from './support';

const text = messages.outcomes;
const FILTERED = `/outcomes?section=documents&place=shenyang&q=${encodeURIComponent('协议')}`;
const HOSTILE = `/outcomes?place=atlantis&place=shenyang&foo=${encodeURIComponent('<script>alert(1)</script>')}&page=-1`;

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in the %s colour scheme', (scheme) => {
  test.for(['/outcomes', FILTERED, HOSTILE, '/outcomes?q=zzzz'])(
    '%s has no axe violations',
    async (path, { page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});

describe('the list page', () => {
  test.for(['/outcomes', FILTERED, HOSTILE])(
    '%s fits 360 px without horizontal scrolling',
    async (path, { page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );

  test('names the filters in its title and links its canonical address', async ({ page }) => {
    await page.goto(
      `/outcomes?q=${encodeURIComponent('协议')}&place=shenyang&section=documents&sort=section&page=1`,
    );
    expect(await page.title()).toBe(
      `${text.filteredTitle('成果文件、沈阳市、“协议”')} · ${messages.site.shortName}`,
    );
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`http://localhost:3000${FILTERED}`);
  });

  test('drops bad parameters with a notice, shows their text and never their markup', async ({
    page,
  }) => {
    const response = await page.goto(HOSTILE);
    expect(response?.status()).toBe(200);
    await page.getByText(text.notices.heading).waitFor();
    await page
      .getByText(text.notices.item('place', 'atlantis', text.notices.reasons.invalid))
      .waitFor();
    await page
      .getByText(
        text.notices.item('foo', '<script>alert(1)</script>', text.notices.reasons.unknown),
      )
      .waitFor();
    await page.getByText(text.notices.item('page', '-1', text.notices.reasons.invalid)).waitFor();
    await waitForTotal(page, 5);
    const html = await (await request(HOSTILE)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await page.goto('/outcomes?section=initiatives&q=zzzz');
    await waitForTotal(page, 0);
    await page.getByText(text.results.empty).waitFor();
    await page.getByRole('link', { name: text.results.clear }).click();
    await waitForTotal(page, 223);
    expect(new URL(page.url()).search).toBe('');
  });

  test('the export link says how many rows it holds and carries the filters', async ({ page }) => {
    await page.goto(`${FILTERED.replace(/&q=.*/, '')}&page=1`);
    await waitForTotal(page, 5);
    const link = page.getByRole('link', { name: text.export.link(5) });
    const { filters } = readListingParams(new URLSearchParams('section=documents&place=shenyang'));
    expect(await link.getAttribute('href')).toBe(csvHref(filters));
  });

  test('marks inferred values as inferred and says what that means', async ({ page }) => {
    await page.goto('/outcomes?section=documents&place=shenyang');
    await page.getByText(text.results.inferredNote).waitFor();
    const first = page
      .getByRole('list', { name: text.results.heading, exact: true })
      .getByRole('listitem')
      .first();
    const terms = await first.getByRole('term').allTextContents();
    expect(terms).toEqual([
      text.results.number,
      text.results.category,
      `${text.results.type}${messages.inferred.mark}`,
      `${text.results.topics}${messages.inferred.mark}`,
      `${text.results.places}${messages.inferred.mark}`,
      text.results.year,
    ]);
  });

  test('a page past the last one says so and links back', async ({ page }) => {
    await page.goto('/outcomes?section=documents&page=9');
    await page.getByText(text.results.pageOutOfRange(2)).waitFor();
    await page.getByRole('link', { name: text.results.firstPage }).click();
    await page.getByRole('status').filter({ hasText: '共 23 项成果，显示第 1–20 项' }).waitFor();
  });
});

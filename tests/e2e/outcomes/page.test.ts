import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { ORIGIN, sidewaysOverflow, withoutScripts } from '../pages/support';
import { accessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';
import {
  EXPECTED,
  expectedKeys,
  expectedMeta,
  itemOf,
  listedKeys,
  pathOf,
  resultsRegion,
  statusText,
  waitForTotal,
} from './support';

const text = messages.outcomes;
const FILTERED = `/outcomes?section=documents&place=shenyang&q=${encodeURIComponent('协议')}`;
const HOSTILE = `/outcomes?place=atlantis&place=shenyang&foo=${encodeURIComponent('<script>alert(1)</script>')}&page=-1`;
const EMPTY = `/outcomes?q=${encodeURIComponent('天津宣言')}`;

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in the %s colour scheme', (scheme) => {
  test.for(['/outcomes', FILTERED, HOSTILE, '/outcomes?q=zzzz', EMPTY, '/outcomes?more=place'])(
    '%s has no axe violations',
    async (path, { page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});

describe('the list page', () => {
  test.for(['/outcomes', FILTERED, HOSTILE, EMPTY])(
    '%s fits 360 px without horizontal scrolling',
    async (path, { page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    },
  );

  test('names the filters in its title and links its canonical address', async ({ page }) => {
    await page.goto(
      `/outcomes?q=${encodeURIComponent('协议')}&place=shenyang&section=documents&sort=relevance&page=1`,
    );
    expect(await page.title()).toBe(
      `${text.filteredTitle('成果文件；沈阳市；“协议”')} · ${messages.site.shortName}`,
    );
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${ORIGIN}${FILTERED}`);
  });

  test('says 或 between the values of one filter, and sets filters apart', async ({ page }) => {
    await page.goto('/outcomes?section=documents&place=qingdao&place=shenyang');
    expect(await page.title()).toBe(
      `${text.filteredTitle('成果文件；青岛市或沈阳市')} · ${messages.site.shortName}`,
    );
    await page.goto('/en/outcomes?section=documents&place=qingdao&place=shenyang');
    expect(await page.title()).toBe(
      `${en.outcomes.filteredTitle('Outcome documents; Qingdao or Shenyang')} · ${en.site.shortName}`,
    );
  });

  test('a later page says which page it is in its title', async ({ page }) => {
    await page.goto('/outcomes?section=meetings&page=2');
    expect(await page.title()).toBe(
      `${text.pagedTitle(text.filteredTitle('会议和活动'), 2)} · ${messages.site.shortName}`,
    );
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
    // What is kept is shown: Shenyang's items.
    await waitForTotal(page, expectedKeys({ place: ['shenyang'] }).length);
    expect(await listedKeys(page)).toEqual(expectedKeys({ place: ['shenyang'] }));
    const html = await (await request(HOSTILE)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  test('a mistyped value is noted beside the results, with the nearest valid one to follow', async ({
    page,
  }) => {
    await page.goto('/outcomes?section=meetings&topic=healht');
    const note = resultsRegion(page).getByRole('note');
    await note
      .getByText(text.notices.item('topic', 'healht', text.notices.reasons.invalid))
      .waitFor();
    // 卫生健康 is the topic "health" (data/topics.json).
    await note.getByRole('link', { name: '卫生健康', exact: true }).click();
    await page.waitForURL((url) => url.search === '?section=meetings&topic=health');
    await waitForTotal(page, expectedKeys({ section: ['meetings'], topic: ['health'] }).length);
  });

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await page.goto('/outcomes?section=initiatives&q=zzzz');
    await waitForTotal(page, 0);
    await page.getByText(text.empty.heading).waitFor();
    await page.getByRole('link', { name: text.empty.clear }).click();
    await waitForTotal(page, 223);
    expect(new URL(page.url()).search).toBe('');
  });

  test('the export link says how many rows it holds and carries the filters', async ({ page }) => {
    await page.goto('/outcomes?section=documents&place=shenyang&page=1');
    const keys = expectedKeys({ section: ['documents'], place: ['shenyang'] });
    await waitForTotal(page, keys.length);
    const downloads = page.getByRole('region', { name: text.export.heading });
    const link = downloads.getByRole('link', { name: text.export.csv(keys.length) });
    expect(await link.getAttribute('href')).toBe(
      '/api/outcomes.csv?section=documents&place=shenyang',
    );
    expect(await downloads.getByRole('link', { name: text.export.feed }).getAttribute('href')).toBe(
      '/api/outcomes.atom?section=documents&place=shenyang',
    );
    expect(
      await downloads
        .getByRole('link', { name: text.export.json, exact: true })
        .getAttribute('href'),
    ).toBe('/api/outcomes?section=documents&place=shenyang');
  });

  test('every row: its title as printed, one line of where it sits and what was inferred, one mark', async ({
    page,
  }) => {
    const seen: string[] = [];
    for (let number = 1; number <= 3; number += 1) {
      await page.goto(`/outcomes?pageSize=100&page=${number}`);
      await waitForTotal(page, 223, { pageSize: 100, page: number });
      await page.getByText(messages.inferred.legend).waitFor();
      const texts = await resultsRegion(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .allInnerTexts();
      const keys = await listedKeys(page);
      expect(texts).toHaveLength(keys.length);
      for (const [index, key] of keys.entries()) {
        const row = { text: texts[index] ?? '' };
        const item = itemOf(key);
        // Lines as laid out: the title, then the meta line with its mark (which may wrap).
        const [title, ...meta] = row.text
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '');
        expect(title, key).toBe(item.title);
        expect(meta.join(''), key).toBe(`${expectedMeta(item)}${messages.inferred.mark}`);
        seen.push(key);
      }
    }
    expect(seen).toEqual(EXPECTED.map((item) => item.key));
  });

  test('a page past the last one says so and links back', async ({ page }) => {
    await page.goto('/outcomes?section=documents&page=9');
    await page.getByText(text.results.pageOutOfRange(2)).waitFor();
    await page.getByRole('link', { name: text.results.firstPage }).click();
    await page
      .getByRole('status')
      .filter({ hasText: statusText(23) })
      .waitFor();
    expect(statusText(23)).toBe('共23项成果，显示第1—20项');
  });

  test('page size links (20, 50, 100) are kept in the address, also by paging and filtering', async ({
    page,
  }) => {
    await page.goto('/outcomes');
    const sizes = page.getByRole('navigation', { name: text.pageSize.label });
    expect(await sizes.getByText(text.pageSize.option(20)).getAttribute('aria-current')).toBe(
      'true',
    );
    await sizes.getByRole('link', { name: text.pageSize.option(50) }).click();
    await waitForTotal(page, 223, { pageSize: 50 });
    expect(pathOf(page)).toBe('/outcomes?pageSize=50');
    expect(await listedKeys(page)).toEqual(expectedKeys({}).slice(0, 50));

    await sizes.getByRole('link', { name: text.pageSize.option(100) }).click();
    await waitForTotal(page, 223, { pageSize: 100 });
    const pager = page.getByRole('navigation', { name: text.pagination.label });
    await pager.getByRole('link', { name: text.pagination.next }).click();
    await waitForTotal(page, 223, { pageSize: 100, page: 2 });
    expect(pathOf(page)).toBe('/outcomes?page=2&pageSize=100');
    expect(await listedKeys(page)).toEqual(expectedKeys({}).slice(100, 200));

    // A new filter starts again at page 1, at the same size.
    const section = page
      .getByRole('region', { name: text.facets.names.section, exact: true })
      .getByRole('link', { name: /^会议和活动/ });
    expect(await section.getAttribute('href')).toBe(
      '/outcomes?section=meetings&pageSize=100#results',
    );
  });

  test('offers its address to copy, the copy button once scripts run', async ({ page }) => {
    await page.goto('/outcomes?place=shenyang');
    const results = resultsRegion(page);
    await results.getByText(text.share.label).waitFor();
    await results.getByRole('button', { name: text.share.copy }).waitFor();
    // Once running, it shows the address in use, at the origin every absolute address uses.
    await results.getByText(`${ORIGIN}/outcomes?place=shenyang`, { exact: true }).waitFor();
  });

  test('without JavaScript the list is in the HTML, with no dead copy button', async () => {
    const html = withoutScripts(await (await request('/outcomes?place=shenyang')).text());
    for (const key of expectedKeys({ place: ['shenyang'] })) {
      const [section, number] = key.split('-');
      expect(html).toContain(`href="/outcomes/${section}/${number}"`);
    }
    expect(html).toContain(`<p role="status" aria-atomic="true">${statusText(6)}</p>`);
    expect(html).not.toContain(`>${text.share.copy}</button>`);
  });
});

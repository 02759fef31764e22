import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';
import { ITEM } from './support';

const text = messages.outcome;

describe('an item page', () => {
  test('opened from the list, it is the same page when its address is loaded afresh', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/outcomes?place=shenyang');
    await page.getByRole('link', { name: ITEM.title }).click();
    await page.waitForURL(ITEM.path);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toBe(ITEM.title);
    // The copy button appears once the page has hydrated and shows the address in use.
    await page.getByRole('button', { name: text.link.copy }).waitFor();
    const main = await page.getByRole('main').textContent();

    const fresh = await browser.newContext({ baseURL, locale: 'zh-CN' });
    try {
      const again = await fresh.newPage();
      const response = await again.goto(page.url());
      expect(response?.status()).toBe(200);
      await again.getByRole('button', { name: text.link.copy }).waitFor();
      expect(await again.getByRole('main').textContent()).toBe(main);
    } finally {
      await fresh.close();
    }
  });

  test('shows the exact title, where it sits, what was inferred, and its source line', async ({
    page,
  }) => {
    await page.goto(ITEM.path);
    expect(await page.title()).toBe(`${ITEM.title} · ${messages.site.shortName}`);
    const facts = page.getByRole('region', { name: text.facts });
    expect(
      await facts
        .getByRole('link', { name: /成果文件/ })
        .first()
        .getAttribute('href'),
    ).toBe('/outcomes?section=documents');
    // The copy lacks the heading of documents (二): it says so and marks it inferred.
    const category = facts.getByRole('link', { name: /（二）标题缺失/ });
    expect(await category.getAttribute('href')).toBe('/outcomes?category=documents.2');
    expect(await category.textContent()).toContain(messages.inferred.mark);
    expect(await facts.getByRole('link', { name: '备忘录' }).getAttribute('href')).toBe(
      '/outcomes?type=memorandum',
    );
    expect(await facts.getByRole('link', { name: '友好交往' }).getAttribute('href')).toBe(
      '/outcomes?topic=friendship',
    );
    for (const [name, slug] of [
      ['沈阳市', 'shenyang'],
      ['布哈拉市', 'bukhara'],
      ['乌兹别克斯坦共和国', 'uzbekistan'],
    ]) {
      expect(await facts.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(
        `/places/${slug}`,
      );
    }
    const source = page.getByRole('region', { name: text.source });
    const line = source.getByRole('link', {
      name: messages.numbering.lines(ITEM.line, ITEM.line),
      exact: true,
    });
    expect(await line.getAttribute('href')).toBe(`/source#L${ITEM.line}`);
    await source.getByText(`88.${ITEM.title}`).waitFor();
  });

  test('links related items and its neighbours in the list', async ({ page }) => {
    await page.goto(ITEM.path);
    const related = page.getByRole('region', { name: text.related.heading });
    await related.getByRole('heading', { name: text.related.samePlace }).waitFor();
    expect(
      await related.locator('a[href="/outcomes/documents/89"]').count(),
      'documents 89 also names Shenyang',
    ).toBeGreaterThan(0);
    const sequence = page.getByRole('navigation', { name: text.sequence });
    expect(await sequence.locator('a[rel="prev"]').getAttribute('href')).toBe(
      '/outcomes/documents/87',
    );
    await sequence.locator('a[rel="next"]').click();
    await page.waitForURL('/outcomes/documents/89');
  });

  test('a meeting links the initiative it produced, and the initiative links back', async ({
    page,
  }) => {
    await page.goto('/outcomes/documents/68');
    const related = page.getByRole('region', { name: text.related.heading });
    await related.getByRole('heading', { name: text.related.producedBy }).waitFor();
    const forum = related.locator('a[href="/outcomes/meetings/70"]');
    expect(await forum.count()).toBeGreaterThan(0);
    await forum.first().click();
    await page.waitForURL('/outcomes/meetings/70');
    await page
      .getByRole('region', { name: text.related.heading })
      .getByRole('heading', { name: text.related.produced })
      .waitFor();
  });

  test('the copy button puts the page’s address on the clipboard', async ({ page, baseURL }) => {
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(ITEM.path);
    await page.getByRole('button', { name: text.link.copy }).click();
    await page.getByRole('status').getByText(text.link.copied).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(ITEM.path, baseURL).href);
    await page.getByText(copied, { exact: true }).waitFor();
  });

  test('without JavaScript the address is there as text, and no dead button', async () => {
    const html = await (await request(ITEM.path)).text();
    expect(html).toContain(`http://localhost:3000${ITEM.path}`);
    expect(html).not.toContain(`>${text.link.copy}</button>`);
  });

  test('has a canonical address and Open Graph tags for link previews', async () => {
    const html = await (await request(ITEM.path)).text();
    const url = `http://localhost:3000${ITEM.path}`;
    expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
    expect(html).toContain(`<meta property="og:url" content="${url}"/>`);
    expect(html).toContain(`<meta property="og:title" content="${ITEM.title}"/>`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"\/>/);
  });
});

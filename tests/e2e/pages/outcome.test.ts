import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { itemOf, label } from '../outcomes/support';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';
import { ITEM, ORIGIN, withoutScripts } from './support';

const text = messages.outcome;
const share = messages.outcomes.share;

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
    await page.getByRole('button', { name: share.copy }).waitFor();
    const main = await page.getByRole('main').textContent();

    const fresh = await browser.newContext({ baseURL, locale: 'zh-CN' });
    try {
      const again = await fresh.newPage();
      const response = await again.goto(page.url());
      expect(response?.status()).toBe(200);
      await again.getByRole('button', { name: share.copy }).waitFor();
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
    const breadcrumb = page.getByRole('navigation', { name: text.breadcrumb });
    expect(
      await breadcrumb
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
    ).toEqual([
      [messages.nav.outcomes, '/outcomes'],
      ['成果文件', '/outcomes?section=documents'],
      ['（二）第25—90项', '/outcomes?category=documents.2'],
    ]);
    const facts = page.getByRole('region', { name: text.facts });
    expect(await facts.getByRole('link', { name: '二、成果文件' }).getAttribute('href')).toBe(
      '/outcomes?section=documents',
    );
    // The copy lacks the heading of documents (二): it is named by its numbers, marked inferred.
    const category = page.getByRole('link', { name: '（二）第25—90项', exact: true });
    expect(await facts.locator(category).getAttribute('href')).toBe(
      '/outcomes?category=documents.2',
    );
    const named = facts.getByRole('definition').filter({ has: category });
    await named.locator('summary', { hasText: messages.inferred.mark }).click();
    await named.getByText(messages.inferred.categoryHeading, { exact: true }).waitFor();
    expect(await facts.getByRole('link', { name: '备忘录' }).getAttribute('href')).toBe(
      '/outcomes?type=memorandum',
    );
    expect(await facts.getByRole('link', { name: '友好交往' }).getAttribute('href')).toBe(
      '/outcomes?topic=friendship',
    );
    // Every place of the hand table, each saying how it was reached.
    const places = itemOf('documents-88').places;
    expect(
      await facts
        .getByRole('listitem')
        .filter({ has: page.locator('a[href^="/places/"]') })
        .allTextContents(),
    ).toEqual(
      places.map(
        (place) =>
          `${label('place', place.slug)} ${
            place.via === 'named'
              ? messages.inferred.reasons.named
              : // Central Asia, the one container: the places of the title lying inside it.
                messages.inferred.reasons.parent('乌兹别克斯坦、布哈拉州、布哈拉市')
          }`,
      ),
    );
    expect(places.filter((place) => place.via === 'parent').map((place) => place.slug)).toEqual([
      'central-asia',
    ]);
    for (const [name, slug] of [
      ['沈阳市', 'shenyang'],
      ['布哈拉市', 'bukhara'],
      ['乌兹别克斯坦', 'uzbekistan'],
    ]) {
      expect(await facts.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(
        `/places/${slug}`,
      );
    }
    const source = page.getByRole('region', { name: text.source });
    const line = source.getByRole('link', {
      name: text.sourceLines(
        'xinhua-sco-outcomes-2025-09-02.txt',
        messages.numbering.lines(ITEM.line, ITEM.line),
      ),
      exact: true,
    });
    expect(await line.getAttribute('href')).toBe(`/source#L${ITEM.line}`);
    await source.getByText(`88.${ITEM.title}`).waitFor();
  });

  test('says why a meeting is tied to a city its title does not name', async ({ page }) => {
    await page.goto('/outcomes/meetings/70');
    const facts = page.getByRole('region', { name: text.facts });
    const shenyang = facts.getByRole('listitem').filter({ hasText: /^沈阳市/ });
    expect(await shenyang.textContent()).toContain(
      messages.inferred.reasons.linked('成果文件第68项', itemOf('documents-68').title),
    );
    expect(await shenyang.getByRole('link', { name: '→' }).getAttribute('href')).toBe(
      '/outcomes/documents/68',
    );
  });

  test('links related items and its neighbours in the list', async ({ page }) => {
    await page.goto(ITEM.path);
    const related = page.getByRole('region', { name: text.related.heading });
    await related.getByRole('heading', { name: text.related.samePlace }).waitFor();
    expect(
      await related
        .getByRole('link', { name: itemOf('documents-89').title })
        .first()
        .getAttribute('href'),
      'documents 89 also names Shenyang',
    ).toBe('/outcomes/documents/89');
    const sequence = page.getByRole('navigation', { name: text.sequence });
    expect(await sequence.getByRole('link', { name: /^上一条/ }).getAttribute('href')).toBe(
      '/outcomes/documents/87',
    );
    await sequence.getByRole('link', { name: /^下一条/ }).click();
    await page.waitForURL('/outcomes/documents/89');
  });

  test('a meeting links the initiative it produced, and the initiative links back', async ({
    page,
  }) => {
    await page.goto('/outcomes/documents/68');
    const related = page.getByRole('region', { name: text.related.heading });
    await related.getByRole('heading', { name: text.related.producedBy }).waitFor();
    const forum = related.getByRole('link', { name: itemOf('meetings-70').title }).first();
    expect(await forum.getAttribute('href')).toBe('/outcomes/meetings/70');
    await forum.click();
    await page.waitForURL('/outcomes/meetings/70');
    await page
      .getByRole('region', { name: text.related.heading })
      .getByRole('heading', { name: text.related.produced })
      .waitFor();
  });

  test('says how to cite it, and offers the citation as files', async ({ page }) => {
    await page.goto(ITEM.path);
    const cite = page.getByRole('region', { name: text.cite.heading });
    await cite.getByText(messages.citation.listTitle, { exact: false }).waitFor();
    // The list's dateline (line 101) and the page it was printed on (line 288).
    await cite
      .getByText('新华社天津2025年9月1日电；所据文本取自2025年9月2日报纸版面', { exact: false })
      .waitFor();
    await cite.getByText(`${ORIGIN}${ITEM.path}`, { exact: false }).waitFor();
    for (const [name, file] of [
      ['RIS', 'citation.ris'],
      ['BibTeX', 'citation.bib'],
      ['CSL-JSON', 'citation.csl.json'],
    ]) {
      expect(await cite.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(
        `/api${ITEM.path}/${file}`,
      );
    }
  });

  test('the copy button puts the page’s address on the clipboard', async ({ page, baseURL }) => {
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(ITEM.path);
    await page.getByRole('button', { name: share.copy }).click();
    await page.getByRole('status').getByText(share.copied).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The origin of every other absolute address on the page, not the one this browser used.
    expect(copied).toBe(`${ORIGIN}${ITEM.path}`);
    await page.getByText(copied, { exact: true }).waitFor();
  });

  test('without JavaScript the address is there as text, and no dead button', async () => {
    const html = withoutScripts(await (await request(ITEM.path)).text());
    expect(html).toContain(`<code>${ORIGIN}${ITEM.path}</code>`);
    expect(html).not.toContain(`>${share.copy}</button>`);
    expect(html).toContain(`<h1 class="item-title">${ITEM.title}</h1>`);
  });

  test('has a canonical address and Open Graph tags for link previews', async () => {
    const html = await (await request(ITEM.path)).text();
    const url = `${ORIGIN}${ITEM.path}`;
    expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
    expect(html).toContain(`<meta property="og:url" content="${url}"/>`);
    expect(html).toContain(`<meta property="og:title" content="${ITEM.title}"/>`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"\/>/);
  });
});

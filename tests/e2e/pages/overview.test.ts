import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { EXPECTED, expectedVenues } from '../../support/expected';
import { escapeRegExp, label, TOPICS, TYPES } from '../outcomes/support';
import { expect, test } from '../support/fixtures';
import { CATEGORIES, fixtureCount, SOURCE_SHA256 } from './support';

const text = messages.overview;

function count(predicate: (item: (typeof EXPECTED)[number]) => boolean): number {
  return EXPECTED.filter(predicate).length;
}

describe('the overview', () => {
  test('starts with the search box and the three parts with their counts; the copy follows', async ({
    page,
  }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    const search = main.getByRole('search');
    const box = search.getByRole('searchbox', { name: messages.search.label });
    const parts = [
      ['一、会议和活动', 'meetings'],
      ['二、成果文件', 'documents'],
      ['三、合作倡议', 'initiatives'],
    ] as const;
    const cards = [];
    for (const [name, section] of parts) {
      const card = page.getByRole('link', {
        name: new RegExp(`^${name}\\s*${text.sectionCount(count((i) => i.section === section))}$`),
      });
      expect(await card.getAttribute('href')).toBe(`/outcomes?section=${section}`);
      cards.push(card);
    }
    expect(count((item) => item.section === 'meetings')).toBe(164);
    const copy = page.getByRole('region', { name: text.copy.heading });
    expect(await copy.getAttribute('id')).toBe('copy');
    const top = async (locator: typeof box) => (await locator.boundingBox())?.y ?? Number.NaN;
    const order = [
      await top(main.getByRole('heading', { level: 1, name: messages.site.name })),
      await top(box),
      ...(await Promise.all(cards.map(top))),
      await top(copy),
    ];
    expect(
      order,
      'title, search, parts (side by side or one under another), then the copy',
    ).toEqual([...order].sort((a, b) => a - b));
    // The first part's heading is missing from the copy: its name is the catalogue's own.
    const first = main.getByRole('listitem').filter({ has: cards[0] ?? box });
    // What was inferred opens from its mark (a disclosure: readable by touch and keyboard).
    await first.locator('summary', { hasText: messages.inferred.mark }).click();
    await first.getByText(messages.inferred.sectionHeading, { exact: true }).waitFor();
  });

  test('shows each category’s counts as the source has them', async ({ page }) => {
    await page.goto('/');
    const copy = page.getByRole('region', { name: text.copy.heading });
    for (const category of CATEGORIES) {
      expect(fixtureCount(category.section, category.ordinal)).toBe(category.found);
      const name = `${messages.numbering.category(category.ordinal)}${
        category.heading ?? messages.numbering.items(category.first, category.last)
      }`;
      const row = copy
        .getByRole('listitem')
        .filter({ hasText: name })
        .filter({ hasText: text.copy.numbered(category.first, category.last) });
      await expect.poll(() => row.count()).toBe(1);
      const rowText = (await row.textContent()) ?? '';
      expect(rowText).toContain(`${category.found} / ${category.last - category.first + 1}`);
      expect(rowText).toContain(
        category.declared === null
          ? text.copy.undeclared
          : text.copy.declared(category.declared, category.measure ?? ''),
      );
      if (category.heading === null) expect(rowText).toContain(messages.inferred.mark);
      else expect(rowText).not.toContain(messages.inferred.mark);
      if (category.found === category.last - category.first + 1) {
        expect(rowText).toContain(text.copy.complete);
      }
    }
  });

  test('says plainly what the copy lacks', async ({ page }) => {
    await page.goto('/');
    const copy = page.getByRole('region', { name: text.copy.heading });
    const lacks = copy.getByRole('list').filter({ hasText: '所据文本缺少' });
    expect(await lacks.getByRole('listitem').allTextContents()).toEqual([
      '会议和活动（一）第1—110项：所据文本缺少第1—23项',
      '成果文件（一）峰会成果文件：所据文本缺少第1—24项',
      '成果文件（二）第25—90项：所据文本缺少第25—67项',
    ]);
    await copy.getByText(text.copy.totals(223, 313)).waitFor();
  });

  test('names its source: Xinhua’s dateline, the page’s date, the file and its digest', async ({
    page,
  }) => {
    await page.goto('/');
    const copy = page.getByRole('region', { name: text.copy.heading });
    const fact = (term: string) =>
      copy.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
    expect(await fact(text.source.dispatch).textContent()).toBe('新华社天津2025年9月1日电');
    expect(await fact(text.source.page).textContent()).toBe('2025年9月2日');
    await copy.getByText('xinhua-sco-outcomes-2025-09-02.txt').waitFor();
    await copy.getByText(SOURCE_SHA256.slice(0, 12)).waitFor();
    await copy.getByRole('link', { name: text.copy.details }).click();
    await page.waitForURL('/source');
  });

  test('category bars link to their filtered list; an empty one is no link', async ({ page }) => {
    await page.goto('/');
    const copy = page.getByRole('region', { name: text.copy.heading });
    const bar = copy.getByRole('link', { name: /中方举办的其他活动/ });
    expect(await bar.getAttribute('href')).toBe('/outcomes?category=meetings.2');
    // A category with nothing in this copy is not a link to an empty list.
    expect(await copy.getByRole('link', { name: /峰会成果文件/ }).count()).toBe(0);
  });

  test('type and topic bars count as the hand table does and link to the list', async ({
    page,
  }) => {
    await page.goto('/');
    const cases = [
      [
        'type',
        /^按类型/,
        TYPES,
        (key: string) => count((i) => [i.type, i.secondaryType].includes(key)),
      ],
      ['topic', /^按主题/, TOPICS, (key: string) => count((i) => i.topics.includes(key))],
    ] as const;
    for (const [facet, heading, terms, counted] of cases) {
      const region = page.getByRole('region', { name: heading });
      for (const term of terms) {
        const n = counted(term.key);
        const name = new RegExp(`^${escapeRegExp(label(facet, term.key))}\\s*${n}$`);
        if (n === 0) {
          // A type no item has (the fallback `other`) is not drawn as an empty bar.
          expect(await region.getByText(label(facet, term.key), { exact: true }).count()).toBe(0);
        } else {
          expect(await region.getByRole('link', { name }).getAttribute('href'), term.key).toBe(
            `/outcomes?${facet}=${term.key}`,
          );
        }
      }
    }
    const economy = page.getByRole('region', { name: /^按主题/ }).getByRole('link', {
      name: /^经贸\s*\d+$/,
    });
    const shown = Number((await economy.textContent())?.match(/\d+$/)?.[0]);
    await economy.click();
    await page.waitForURL('/outcomes?topic=economy-trade');
    await page.getByText(messages.outcomes.results.statusPaged(shown, 1, 20)).waitFor();
  });

  test('the map’s points link to their places, and the list beside it names the same', async ({
    page,
  }) => {
    await page.goto('/');
    const places = page.getByRole('region', { name: /^按地点/ });
    const points = places.locator('svg a');
    expect(await points.count()).toBeGreaterThanOrEqual(10);
    for (const href of await points.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )) {
      expect(href).toMatch(/^\/places\/[a-z0-9-]+$/);
      // Every point is also in the text list, for readers who cannot use the map.
      expect(
        await places
          .getByRole('list', { name: messages.map.list })
          .locator(`a[href="${href}"]`)
          .count(),
      ).toBe(1);
    }
    // Ringed: the points where items took place, as the hand-made table's venues give them
    // (Qingdao hosted; Bukhara is only a party).
    const tookPlace = (slug: string) => count((i) => expectedVenues(i).includes(slug));
    const drawn = await points.evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href') ?? '',
        ringed: link.classList.contains('venue'),
      })),
    );
    const hrefs = drawn.map(({ href }) => href);
    expect(drawn.filter(({ ringed }) => ringed).map(({ href }) => href)).toEqual(
      hrefs.filter((href) => tookPlace(href.replace('/places/', '')) > 0),
    );
    expect(hrefs).toContain('/places/qingdao');
    expect(hrefs).toContain('/places/bukhara');
    expect(tookPlace('qingdao')).toBe(8);
    expect(tookPlace('bukhara')).toBe(0);
    expect(tookPlace('shenyang')).toBe(2);
    const shenyang = places.getByRole('link', {
      name: messages.map.point(
        '沈阳市',
        count((i) => i.places.some((p) => p.slug === 'shenyang')),
        tookPlace('shenyang'),
      ),
    });
    await shenyang.click();
    await page.waitForURL('/places/shenyang');
    await page.getByRole('heading', { level: 1, name: /沈阳市/ }).waitFor();
  });

  test('searches the list with a plain GET form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: messages.search.label }).fill('青岛');
    await page.getByRole('button', { name: messages.search.submit }).click();
    await page.waitForURL(
      (url) => url.pathname === '/outcomes' && url.searchParams.get('q') === '青岛',
    );
  });
});

import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { EXPECTED } from '../../support/expected';
import { itemOf, PLACES } from '../outcomes/support';
import { expect, test } from '../support/fixtures';

const text = messages.places;

/** Items per place in the hand table (a place counts the items of the places inside it). */
const ITEMS_AT = new Map<string, number>();
for (const item of EXPECTED) {
  for (const place of item.places) ITEMS_AT.set(place.slug, (ITEMS_AT.get(place.slug) ?? 0) + 1);
}

describe('the places pages', () => {
  test('the index lists exactly the places with items, each with its count', async ({ page }) => {
    await page.goto('/places');
    const tree = page.getByRole('list', { name: text.title });
    const links = await tree
      .getByRole('link')
      .evaluateAll((all) => all.map((link) => [link.getAttribute('href'), link.textContent]));
    const listed = new Map(links.map(([href, name]) => [href?.replace('/places/', ''), name]));
    expect([...listed.keys()].sort()).toEqual([...ITEMS_AT.keys()].sort());
    for (const place of PLACES) {
      const n = ITEMS_AT.get(place.slug);
      if (n === undefined) continue;
      expect(listed.get(place.slug), place.slug).toBe(`${place.zh}${messages.numbering.count(n)}`);
    }
    // The gazetteer knows places no item is tied to; they are not offered.
    for (const slug of ['shanghai', 'tajikistan', 'turkmenistan', 'neimenggu']) {
      expect(ITEMS_AT.has(slug)).toBe(false);
      expect(await tree.locator(`a[href="/places/${slug}"]`).count(), slug).toBe(0);
    }
  });

  test('the index groups places under what contains them', async ({ page }) => {
    await page.goto('/places');
    const tree = page.getByRole('list', { name: text.title });
    const liaoning = tree
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^辽宁省/ }) })
      .last();
    await liaoning.getByRole('link', { name: /^沈阳市/ }).waitFor();
    const china = tree
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^中国/ }) });
    expect(await china.getByRole('link', { name: /^沈阳市/ }).count()).toBe(1);
    await tree.getByRole('link', { name: /^埃及/ }).click();
    await page.waitForURL('/places/egypt');
    // Lists use the short name; the place's own page heads with the official one.
    await page.getByRole('heading', { level: 1, name: /^阿拉伯埃及共和国/ }).waitFor();
    await page.goto('/en/places/china');
    await page.getByRole('heading', { level: 1, name: /^People’s Republic of China/ }).waitFor();
  });

  test('a city shows its region, its items by how they are tied to it, and the filtered list', async ({
    page,
  }) => {
    await page.goto('/places/shenyang');
    await page.getByRole('heading', { level: 1, name: /沈阳市/ }).waitFor();
    expect(await page.getByRole('link', { name: '辽宁省', exact: true }).getAttribute('href')).toBe(
      '/places/liaoning',
    );
    const named = EXPECTED.filter((item) =>
      item.places.some((place) => place.slug === 'shenyang' && place.via === 'named'),
    );
    const namedRegion = page.getByRole('region', { name: new RegExp(`^${text.named('沈阳市')}`) });
    expect(
      await namedRegion
        .getByRole('listitem')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(named.map((item) => `/outcomes/${item.section}/${item.number}`));
    // The forum that adopted documents 68 is tied to Shenyang through it, and says so.
    const inferred = page.getByRole('region', { name: new RegExp(`^${text.inferredGroup}`) });
    const forum = inferred.getByRole('listitem').filter({ hasText: itemOf('meetings-70').title });
    expect(await forum.textContent()).toContain(
      messages.inferred.reasons.linked('成果文件第68项', itemOf('documents-68').title),
    );
    const all = EXPECTED.filter((item) => item.places.some((place) => place.slug === 'shenyang'));
    expect(all).toHaveLength(named.length + 1);
    expect(
      await page.getByRole('link', { name: text.filtered(all.length) }).getAttribute('href'),
    ).toBe('/outcomes?place=shenyang');
  });

  test('a place page offers its address to copy and its downloads', async ({ page }) => {
    await page.goto('/places/shenyang');
    await page.getByText(messages.outcomes.share.label).waitFor();
    await page.getByRole('button', { name: messages.outcomes.share.copy }).waitFor();
    const downloads = page.getByRole('region', { name: messages.outcomes.export.heading });
    expect(
      await downloads
        .getByRole('link', { name: messages.outcomes.export.feed })
        .getAttribute('href'),
    ).toBe('/api/outcomes.atom?place=shenyang');
  });

  test('a region separates items naming it from those naming a place in it', async ({ page }) => {
    await page.goto('/places/liaoning');
    const named = page.getByRole('region', { name: new RegExp(`^${text.named('辽宁省')}`) });
    const inferred = page.getByRole('region', { name: new RegExp(`^${text.inferredGroup}`) });
    for (const item of EXPECTED) {
      const tag = item.places.find((place) => place.slug === 'liaoning');
      if (!tag) continue;
      const href = `/outcomes/${item.section}/${item.number}`;
      const where = tag.via === 'named' ? named : inferred;
      expect(await where.locator(`a[href="${href}"]`).count(), `${item.key} ${tag.via}`).toBe(1);
    }
    const via = inferred.getByRole('listitem').filter({
      has: page.locator('a[href="/outcomes/documents/89"]'),
    });
    expect(await via.textContent()).toContain(messages.inferred.reasons.parent('沈阳市'));
  });
});

import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { EXPECTED, expectedVenues } from '../../support/expected';
import {
  expectedKeys,
  facetLink,
  facetRegion,
  listedKeys,
  pathOf,
  squash,
  waitForTotal,
} from '../outcomes/support';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';

/**
 * "Took place in Qingdao" as one filter, as a reader meets it: the list narrowed to the items
 * held, adopted or put forward in Qingdao, and the place page saying how many those are beside
 * the items tied to Qingdao in any role. Expected items come from the hand-made table (every
 * tie with its role) and the gazetteer file's parents, and from reading the table by hand.
 */

const text = messages.outcomes;

/** By hand, in list order: the items the table ties to Qingdao as venue. */
const QINGDAO_VENUES = [
  'meetings-79',
  'meetings-119',
  'meetings-124',
  'meetings-126',
  'meetings-150',
  'meetings-151',
  'meetings-152',
  'documents-70',
];
const tiedTo = (slug: string) =>
  EXPECTED.filter((item) => item.places.some((place) => place.slug === slug));
const tookPlaceIn = (slug: string) =>
  EXPECTED.filter((item) => expectedVenues(item).includes(slug));

describe('took place in a place', () => {
  test('/outcomes?venue=qingdao lists exactly the items held, adopted or put forward there', async ({
    page,
  }) => {
    expect(tookPlaceIn('qingdao').map((item) => item.key)).toEqual(QINGDAO_VENUES);
    expect(expectedKeys({ venue: ['qingdao'] })).toEqual(QINGDAO_VENUES);
    const response = await page.goto('/outcomes?venue=qingdao');
    expect(response?.status()).toBe(200);
    await waitForTotal(page, QINGDAO_VENUES.length);
    expect(await listedKeys(page)).toEqual(QINGDAO_VENUES);
    // One filter, named as such: the chip, the page's title, the facet with its value chosen.
    const chips = page.getByRole('region', { name: text.chips.heading });
    await chips
      .getByRole('link', {
        name: new RegExp(`^${text.chips.remove}\\s*${text.chips.chip('举办地', '青岛市')}`),
      })
      .waitFor();
    expect(await page.title()).toBe(
      `${text.filteredTitle('在青岛市举办')} · ${messages.site.shortName}`,
    );
    expect(await facetLink(page, 'venue', 'qingdao').getAttribute('aria-current')).toBe('true');
  });

  test('each facet says what its counts count', async ({ page }) => {
    await page.goto('/outcomes');
    await waitForTotal(page, EXPECTED.length);
    expect(await facetRegion(page, 'place').getAttribute('aria-describedby')).not.toBeNull();
    const note = async (facet: 'place' | 'venue') => {
      const id = await facetRegion(page, facet).getAttribute('aria-describedby');
      return page.locator(`[id="${id}"]`).textContent();
    };
    expect(await note('place')).toBe(text.facets.notes.place);
    expect(await note('venue')).toBe(text.facets.notes.venue);
    // Qingdao: tied to 10 items, 8 of them held, adopted or put forward there, all 8 inferred.
    await page.goto('/outcomes?more=place');
    await waitForTotal(page, EXPECTED.length);
    const option = async (facet: 'place' | 'venue') =>
      squash((await facetLink(page, facet, 'qingdao').textContent()) ?? '');
    expect(await option('place')).toMatch(new RegExp(`^青岛市${squash(text.facets.count(10))}`));
    expect(await option('venue')).toBe(
      squash(`青岛市${text.facets.count(8)}${text.facets.inferredCount(8)}`),
    );
  });

  test('a place that is no place is dropped with a notice on the page, refused by the API', async ({
    page,
  }) => {
    const response = await page.goto('/outcomes?venue=nowhere&section=documents');
    expect(response?.status()).toBe(200);
    await page
      .getByText(text.notices.item('venue', 'nowhere', text.notices.reasons.invalid))
      .waitFor();
    await waitForTotal(page, expectedKeys({ section: ['documents'] }).length);

    const refused = await request('/api/outcomes?venue=nowhere');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      error: text.api.invalidParameters,
      issues: [
        {
          param: 'venue',
          value: 'nowhere',
          reason: 'invalid',
          message: text.notices.reasons.invalid,
        },
      ],
    });
    const answered = await request('/api/outcomes?venue=qingdao');
    expect(answered.status).toBe(200);
    const body = (await answered.json()) as {
      total: number;
      items: Array<{ key: string }>;
      facets: { venue: Array<{ value: string; count: number; inferred: number }> };
    };
    expect(body.total).toBe(QINGDAO_VENUES.length);
    expect(body.items.map((item) => item.key)).toEqual(QINGDAO_VENUES);
    expect(body.facets.venue.find((value) => value.value === 'qingdao')).toEqual(
      expect.objectContaining({ count: 8, inferred: 8 }),
    );
  });

  test('/places/qingdao says how many took place there beside those tied to it, each a link', async ({
    page,
  }) => {
    await page.goto('/places/qingdao');
    const any = page.getByRole('link', { name: messages.places.filtered(10) });
    expect(await any.getAttribute('href')).toBe('/outcomes?place=qingdao');
    const held = page.getByRole('link', { name: messages.places.venues(8) });
    expect(await held.getAttribute('href')).toBe('/outcomes?venue=qingdao');
    await held.click();
    await page.waitForURL('/outcomes?venue=qingdao');
    await waitForTotal(page, 8);
    expect(pathOf(page)).toBe('/outcomes?venue=qingdao');
  });

  test('/places/bukhara, only a party, says nothing took place there and links no empty list', async ({
    page,
  }) => {
    expect(tiedTo('bukhara')).toHaveLength(1);
    expect(tookPlaceIn('bukhara')).toHaveLength(0);
    await page.goto('/places/bukhara');
    await page.getByText(messages.places.noVenues).waitFor();
    expect(await page.locator('a[href^="/outcomes?venue="]').count()).toBe(0);
  });

  test('in English: /en/places/china counts the 43 items that took place in China of its 83', async ({
    page,
  }) => {
    expect(tiedTo('china')).toHaveLength(83);
    expect(tookPlaceIn('china')).toHaveLength(43);
    await page.goto('/en/places/china');
    expect(await page.getByRole('link', { name: en.places.venues(43) }).getAttribute('href')).toBe(
      '/en/outcomes?venue=china',
    );
    expect(
      await page.getByRole('link', { name: en.places.filtered(83) }).getAttribute('href'),
    ).toBe('/en/outcomes?place=china');
    await page.goto('/en/outcomes?venue=china');
    await waitForTotal(page, 43, { lang: 'en' });
    expect(await page.title()).toBe(
      `${en.outcomes.filteredTitle(en.outcomes.facets.phrases.venue?.('China') ?? '')} · ${en.site.shortName}`,
    );
  });
});

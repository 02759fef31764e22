import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { EXPECTED } from '../../support/expected';
import { listedKeys, waitForTotal } from '../outcomes/support';
import { expect, test } from '../support/fixtures';

/**
 * Places a category heading states, and the part each place plays, as a reader meets them: the
 * summit's 23 initiatives under /outcomes?place=tianjin and on /places/tianjin, each saying that
 * its heading puts it in Tianjin. Expected items come from the hand-made table.
 */

const TIANJIN = EXPECTED.filter((item) => item.places.some((place) => place.slug === 'tianjin'));
const BY_HEADING = TIANJIN.filter((item) =>
  item.places.some((place) => place.slug === 'tianjin' && place.via === 'heading'),
);
/** The heading as the list prints it, with its line in the source, read off by hand. */
const HEADING = '（一）中方在天津峰会上提出的倡议';
const HEADING_LINE = 54;

/** The item page's facts, by the name of their section. */
const facts = (page: Page, name: string = messages.outcome.facts) =>
  page.getByRole('region', { name, exact: true });

describe('places stated by a heading', () => {
  test('place=tianjin lists the summit’s initiatives beside the items naming Tianjin', async ({
    page,
  }) => {
    expect(TIANJIN).toHaveLength(28);
    expect(BY_HEADING.map((item) => item.key)).toEqual(
      Array.from({ length: 23 }, (_, index) => `initiatives-${index + 1}`),
    );
    await page.goto('/outcomes?place=tianjin&pageSize=50');
    await waitForTotal(page, 28, { pageSize: 50 });
    expect(await listedKeys(page)).toEqual(TIANJIN.map((item) => item.key));
  });

  test('an initiative says where it was put forward, by whom, and why', async ({ page }) => {
    await page.goto('/outcomes/initiatives/7');
    const text = (await facts(page).textContent()) ?? '';
    expect(text).toContain(messages.outcome.roles.actor('中国'));
    expect(text).toContain(messages.outcome.roles.venue.initiatives('天津市'));
    expect(text).toContain(
      messages.inferred.reasons.heading(
        HEADING,
        messages.numbering.lines(HEADING_LINE, HEADING_LINE),
      ),
    );
  });

  test('the API gives each place its role, and the heading it comes from', async ({ page }) => {
    const response = await page.request.get('/api/outcomes/initiatives/7');
    const body = (await response.json()) as {
      allPlaces: Array<{ slug: string; via: string; role: string; heading?: unknown }>;
    };
    expect(body.allPlaces).toEqual([
      expect.objectContaining({ slug: 'china', via: 'abbreviation', role: 'actor' }),
      expect.objectContaining({
        slug: 'tianjin',
        via: 'heading',
        role: 'venue',
        heading: { category: 'initiatives.1', text: HEADING.slice(3), line: HEADING_LINE },
      }),
    ]);
  });

  test('in English too: put forward in Tianjin, by China', async ({ page }) => {
    await page.goto('/en/outcomes/initiatives/7');
    const text = (await facts(page, en.outcome.facts).textContent()) ?? '';
    expect(text).toContain(en.outcome.roles.actor('China'));
    expect(text).toContain(en.outcome.roles.venue.initiatives('Tianjin'));
  });

  test('a memorandum names its parties, a forum where it was held', async ({ page }) => {
    await page.goto('/outcomes/documents/88');
    const parties = (await facts(page).textContent()) ?? '';
    expect(parties).toContain(
      messages.outcome.roles.party(
        ['中国', '辽宁省', '沈阳市', '乌兹别克斯坦', '布哈拉州', '布哈拉市'].join(
          messages.locale.listSeparator,
        ),
      ),
    );
    await page.goto('/outcomes/meetings/126');
    const held = (await facts(page).textContent()) ?? '';
    expect(held).toContain(messages.outcome.roles.venue.meetings('青岛市'));
  });

  test('/places/tianjin lists the summit’s initiatives among the inferred, by their heading', async ({
    page,
  }) => {
    await page.goto('/places/tianjin');
    const inferred = page.getByRole('region', {
      name: new RegExp(`^${messages.places.inferredGroup}`),
    });
    const first = inferred.getByRole('listitem').filter({
      has: page.locator('a[href="/outcomes/initiatives/1"]'),
    });
    expect(await first.textContent()).toContain(
      messages.inferred.reasons.heading(
        HEADING,
        messages.numbering.lines(HEADING_LINE, HEADING_LINE),
      ),
    );
    expect(
      await page
        .getByRole('link', { name: messages.places.filtered(TIANJIN.length) })
        .getAttribute('href'),
    ).toBe('/outcomes?place=tianjin');
  });
});

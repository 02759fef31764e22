import { describe, expect, it } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { englishTitle, expectedKeys, itemOf, label } from '../outcomes/support';
import { metaTags, ORIGIN } from '../pages/support';
import { test } from '../support/fixtures';
import { request } from '../support/http';

/** Issue 12: schema.org JSON-LD and Highwire citation tags, for search engines and Zotero. */

type Thing = Record<string, unknown>;
const LIST_TITLE = '中国担任上海合作组织2024—2025年轮值主席国工作成果清单';

/** Every JSON-LD block of a page, parsed; each must be JSON and must not close its script early. */
async function jsonLd(path: string): Promise<Thing[]> {
  const html = await (await request(path)).text();
  const blocks = [
    ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
  ].map(([, body = '']) => body);
  expect(blocks.length, `${path} has structured data`).toBeGreaterThan(0);
  return blocks.map((body) => {
    expect(body.toLowerCase()).not.toContain('</script');
    // Every `<` is escaped, so no title can ever open or close a tag here.
    expect(body).not.toContain('<');
    return JSON.parse(body) as Thing;
  });
}

function ofType(things: Thing[], type: string): Thing {
  const found = things.filter((thing) => thing['@type'] === type);
  expect(found, type).toHaveLength(1);
  return found[0] as Thing;
}

function places(item: string): Array<{ name: string; url: string }> {
  return itemOf(item)
    .places.filter((place) => place.via !== 'parent')
    .map((place) => ({ name: label('place', place.slug), url: `${ORIGIN}/places/${place.slug}` }));
}

describe('JSON-LD on item pages', () => {
  it.each([
    ['meetings-70', 'Event'],
    ['documents-88', 'DigitalDocument'],
    ['initiatives-36', 'CreativeWork'],
  ])('%s is a schema.org %s, part of the Xinhua list, covering its places', async (key, type) => {
    const item = itemOf(key);
    const path = `/outcomes/${item.section}/${item.number}`;
    const things = await jsonLd(path);
    const thing = ofType(things, type);
    expect(thing).toMatchObject({
      '@context': 'https://schema.org',
      name: item.title,
      url: `${ORIGIN}${path}`,
      inLanguage: 'zh-Hans',
      position: item.number,
      genre: label('type', item.type),
      isPartOf: {
        '@type': 'CreativeWork',
        name: LIST_TITLE,
        publisher: { '@type': 'Organization', name: messages.citation.publisher },
        // Filed in Tianjin on 1 September (the dateline, line 101), printed on the page of
        // 2 September (line 288).
        datePublished: '2025-09-01',
        locationCreated: { '@type': 'Place', name: '天津市', url: `${ORIGIN}/places/tianjin` },
        workExample: {
          '@type': 'PublicationIssue',
          name: '2025年9月2日报纸版面',
          datePublished: '2025-09-02',
        },
      },
    });
    const covered = (thing.spatialCoverage as Thing[] | undefined) ?? [];
    expect(covered.map((place) => ({ name: place.name, url: place.url }))).toEqual(places(key));
    for (const place of covered) expect(place['@type']).toBe('Place');
    if (type === 'Event') expect(thing.location).toEqual(thing.spatialCoverage);
  });

  it('an item’s places are covered even when its title names none of them directly', async () => {
    // meetings 70 is tied to Shenyang through the initiative it adopted.
    const thing = ofType(await jsonLd('/outcomes/meetings/70'), 'Event');
    expect((thing.spatialCoverage as Thing[]).map((place) => place.name)).toEqual(['沈阳市']);
  });

  it('sums of money an item commits are MonetaryAmounts, read from its title (20亿, 100亿)', async () => {
    const grant = ofType(await jsonLd('/outcomes/initiatives/8'), 'CreativeWork');
    expect(grant.mentions).toEqual([
      {
        '@type': 'MonetaryAmount',
        currency: 'CNY',
        value: 2_000_000_000,
        name: '20亿元 · 无偿援助 · 2025年',
        description: '20亿元人民币无偿援助',
      },
    ]);
    const loan = ofType(await jsonLd('/en/outcomes/initiatives/9'), 'CreativeWork');
    expect(loan.mentions).toMatchObject([
      { '@type': 'MonetaryAmount', currency: 'CNY', value: 10_000_000_000 },
    ]);
    // Patients are no money.
    expect(
      ofType(await jsonLd('/outcomes/initiatives/21'), 'CreativeWork').mentions,
    ).toBeUndefined();
  });

  it('in English: the translated name, the original as its alternate', async () => {
    const thing = ofType(await jsonLd('/en/outcomes/documents/68'), 'DigitalDocument');
    expect(thing).toMatchObject({
      name: englishTitle('documents-68'),
      alternateName: itemOf('documents-68').title,
      url: `${ORIGIN}/en/outcomes/documents/68`,
      inLanguage: 'en',
      isPartOf: { name: LIST_TITLE, inLanguage: 'zh-Hans' },
    });
  });

  it('carries the breadcrumb its page shows', async () => {
    const crumbs = ofType(await jsonLd('/outcomes/documents/88'), 'BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: messages.nav.outcomes, item: `${ORIGIN}/outcomes` },
      {
        '@type': 'ListItem',
        position: 2,
        name: messages.sections.documents,
        item: `${ORIGIN}/outcomes?section=documents`,
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: '（二）第25—90项',
        item: `${ORIGIN}/outcomes?category=documents.2`,
      },
      {
        '@type': 'ListItem',
        position: 4,
        name: messages.numbering.item(88),
        item: `${ORIGIN}/outcomes/documents/88`,
      },
    ]);
  });

  // Issue 19: the JSON-LD breadcrumb said it followed the visible one and lacked its category.
  test.for([
    ['/outcomes/documents/88', messages.outcome.breadcrumb],
    ['/en/outcomes/meetings/70', en.outcome.breadcrumb],
  ] as const)('names the steps of the visible breadcrumb on %s', async ([path, name], { page }) => {
    await page.goto(path);
    const visible = page.getByRole('navigation', { name });
    // The page's own step is not a link: its address is the page's.
    const steps = await visible.getByRole('listitem').evaluateAll(
      (items, origin) =>
        items.map((item) => ({
          name: item.textContent,
          item: `${origin}${item.querySelector('a')?.getAttribute('href') ?? document.location.pathname}`,
        })),
      ORIGIN,
    );
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const structured = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}')));
    const crumbs = structured.filter((thing) => thing['@type'] === 'BreadcrumbList');
    expect(crumbs).toHaveLength(1);
    expect(
      crumbs[0].itemListElement.map((step: Thing) => ({ name: step.name, item: step.item })),
    ).toEqual(steps);
  });
});

describe('JSON-LD on lists and the overview', () => {
  it('a list view is an ItemList of the items it shows, counting them all', async () => {
    const keys = expectedKeys({ section: ['meetings'] });
    const list = ofType(await jsonLd('/outcomes?section=meetings&page=2'), 'ItemList');
    expect(list.numberOfItems).toBe(keys.length);
    expect(list.url).toBe(`${ORIGIN}/outcomes?section=meetings&page=2`);
    const elements = list.itemListElement as Thing[];
    expect(elements.map((element) => element.position)).toEqual(
      Array.from({ length: 20 }, (_, index) => 21 + index),
    );
    expect(elements.map((element) => element.url)).toEqual(
      keys.slice(20, 40).map((key) => `${ORIGIN}/outcomes/${key.replace('-', '/')}`),
    );
    expect(elements.map((element) => element.name)).toEqual(
      keys.slice(20, 40).map((key) => itemOf(key).title),
    );
  });

  it('the overview describes the catalogue as a Dataset with its downloads', async () => {
    const dataset = ofType(await jsonLd('/'), 'Dataset');
    expect(dataset).toMatchObject({
      name: messages.site.name,
      url: `${ORIGIN}/`,
      isBasedOn: { name: LIST_TITLE },
    });
    const downloads = dataset.distribution as Thing[];
    expect(downloads.map((download) => [download.encodingFormat, download.contentUrl])).toEqual([
      ['text/csv', `${ORIGIN}/api/outcomes.csv`],
      ['application/json', `${ORIGIN}/data/items.json`],
      ['application/vnd.datapackage+json', `${ORIGIN}/datapackage.json`],
    ]);
    for (const download of downloads) {
      const response = await request(String(download.contentUrl).replace(ORIGIN, ''));
      expect(response.status, String(download.contentUrl)).toBe(200);
    }
    const english = ofType(await jsonLd('/en'), 'Dataset');
    expect(english.name).toBe(en.site.name);
    expect(english.isBasedOn).toMatchObject({
      datePublished: '2025-09-01',
      locationCreated: { name: 'Tianjin', url: `${ORIGIN}/en/places/tianjin` },
      workExample: { name: 'newspaper page of 2 September 2025', datePublished: '2025-09-02' },
    });
  });
});

describe('Highwire tags for citation managers', () => {
  it.each([
    ['/outcomes/documents/88', 'documents-88'],
    ['/en/outcomes/meetings/70', 'meetings-70'],
  ])(
    '%s: the title as printed, the list, the publisher, the date, the address',
    async (path, key) => {
      const tags = metaTags(await (await request(path)).text());
      expect(
        Object.fromEntries([...tags].filter(([name]) => name.startsWith('citation_'))),
      ).toEqual({
        citation_title: [itemOf(key).title],
        citation_publisher: [
          path.startsWith('/en') ? en.citation.publisher : messages.citation.publisher,
        ],
        citation_inbook_title: [LIST_TITLE],
        citation_publication_date: ['2025/09/01'],
        citation_language: ['zh-Hans'],
        citation_public_url: [`${ORIGIN}${path}`],
      });
    },
  );
});

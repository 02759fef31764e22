import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { englishTitle, expectedKeys, itemOf, keysWithTitle } from '../outcomes/support';
import { linkTags, ORIGIN, withoutScripts } from '../pages/support';
import { request } from '../support/http';

/** Issue 12: every list view and place can be followed as an Atom feed. */

async function feed(path: string) {
  const response = await request(path);
  const text = await response.text();
  return { response, text, parsed: parseFeed(text) };
}

function keyOf(url: string | null): string {
  const match = /\/outcomes\/([a-z]+)\/(\d+)$/.exec(url ?? '');
  return match ? `${match[1]}-${match[2]}` : `not an item: ${url}`;
}

/** List views, their feeds, and what they hold by the hand table. */
const VIEWS: Array<[list: string, feed: string, keys: string[]]> = [
  [
    '/outcomes?place=shenyang',
    '/api/outcomes.atom?place=shenyang',
    expectedKeys({ place: ['shenyang'] }),
  ],
  [
    '/outcomes?section=documents',
    '/api/outcomes.atom?section=documents',
    expectedKeys({ section: ['documents'] }),
  ],
  [
    '/outcomes?topic=health&year=2025',
    '/api/outcomes.atom?topic=health&year=2025',
    expectedKeys({ topic: ['health'], year: ['2025'] }),
  ],
  ['/outcomes', '/api/outcomes.atom', expectedKeys({})],
  [
    `/outcomes?q=${encodeURIComponent('论坛')}`,
    `/api/outcomes.atom?q=${encodeURIComponent('论坛')}`,
    keysWithTitle('论坛'),
  ],
  [
    '/en/outcomes?section=documents&place=uzbekistan',
    '/api/outcomes.atom?section=documents&place=uzbekistan&lang=en',
    expectedKeys({ section: ['documents'], place: ['uzbekistan'] }),
  ],
];

describe('Atom feeds', () => {
  it('/api/outcomes.atom?place=shenyang is Atom, Shenyang’s items, each linking its page', async () => {
    const { response, parsed } = await feed('/api/outcomes.atom?place=shenyang');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.language).toBe('zh-Hans');
    expect(parsed.title).toBe(messages.feed.title('沈阳市'));
    expect(parsed.url).toBe(`${ORIGIN}/outcomes?place=shenyang`);
    expect(parsed.self).toBe(`${ORIGIN}/api/outcomes.atom?place=shenyang`);
    expect(parsed.description).toBe(
      '资料来源：《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》，新华社天津2025年9月1日电；所据文本取自2025年9月2日报纸版面。',
    );
    const keys = expectedKeys({ place: ['shenyang'] });
    expect(parsed.items.map((item) => keyOf(item.url))).toEqual(keys);
    for (const item of parsed.items) {
      const expected = itemOf(keyOf(item.url));
      expect(item.title).toBe(expected.title);
      expect(item.url).toBe(`${ORIGIN}/outcomes/${expected.section}/${expected.number}`);
      // The day of the list's dateline (line 101), not the newspaper page's (line 288).
      expect(item.updated?.toISOString()).toBe('2025-09-01T00:00:00.000Z');
      expect(item.categories.map((category) => category.term)).toEqual([expected.type]);
    }
  });

  it('an English feed links the English pages and gives the English titles', async () => {
    const { parsed } = await feed('/api/outcomes.atom?place=shenyang&lang=en');
    expect(parsed.language).toBe('en');
    expect(parsed.title).toBe(en.feed.title('Shenyang'));
    expect(parsed.description).toContain(
      ', Xinhua, Tianjin, 1 September 2025 (newspaper page of 2 September 2025). ',
    );
    expect(parsed.items.map((item) => keyOf(item.url?.replace('/en/', '/') ?? null))).toEqual(
      expectedKeys({ place: ['shenyang'] }),
    );
    for (const item of parsed.items) {
      const key = keyOf(item.url?.replace('/en/', '/') ?? null);
      expect(item.url).toMatch(new RegExp(`^${ORIGIN}/en/outcomes/`));
      expect(item.title).toBe(englishTitle(key));
      // The original stays in reach.
      expect(item.description).toContain(itemOf(key).title);
    }
  });

  it.each(VIEWS)(
    '%s: the feed holds as many entries as the page says',
    async (list, path, keys) => {
      const { parsed } = await feed(path);
      expect(parsed.items).toHaveLength(keys.length);
      expect(
        parsed.items.map((item) => keyOf(item.url?.replace('/en/', '/') ?? null)).sort(),
      ).toEqual([...keys].sort());
      const html = await (await request(list)).text();
      const status = /<p role="status" aria-atomic="true">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
      expect(status).toMatch(new RegExp(`(^共${keys.length}项成果|^${keys.length} outcomes?)`));
    },
  );

  it('entry ids are stable from one request to the next, and unique', async () => {
    const first = (await feed('/api/outcomes.atom?section=meetings')).parsed.items;
    const second = (await feed('/api/outcomes.atom?section=meetings')).parsed.items;
    expect(first.map((item) => item.id)).toEqual(second.map((item) => item.id));
    const ids = first.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^tag:/);
    // The same item has the same id in every view it appears in.
    const shenyang = (await feed('/api/outcomes.atom?place=shenyang')).parsed.items;
    const forum = shenyang.find((item) => keyOf(item.url) === 'meetings-70');
    expect(first.find((item) => keyOf(item.url) === 'meetings-70')?.id).toBe(forum?.id);
  });

  it('refuses a view it cannot read with 400', async () => {
    expect((await request('/api/outcomes.atom?place=atlantis')).status).toBe(400);
  });
});

describe('feeds are offered where views are', () => {
  const PAGES: Array<[page: string, feed: string, label: string]> = [
    ['/outcomes', '/api/outcomes.atom', messages.outcomes.export.feed],
    [
      '/outcomes?place=shenyang&section=documents&page=1',
      '/api/outcomes.atom?section=documents&place=shenyang',
      messages.outcomes.export.feed,
    ],
    [
      `/outcomes?q=${encodeURIComponent('天津宣言')}`,
      `/api/outcomes.atom?q=${encodeURIComponent('天津宣言')}`,
      messages.outcomes.export.feed,
    ],
    ['/places/shenyang', '/api/outcomes.atom?place=shenyang', messages.outcomes.export.feed],
    [
      '/places/central-asia',
      '/api/outcomes.atom?place=central-asia',
      messages.outcomes.export.feed,
    ],
    [
      '/en/outcomes?place=shenyang',
      '/api/outcomes.atom?place=shenyang&lang=en',
      en.outcomes.export.feed,
    ],
    ['/en/places/shenyang', '/api/outcomes.atom?place=shenyang&lang=en', en.outcomes.export.feed],
  ];

  it.each(PAGES)('%s: a feed link in its head and a visible one', async (path, href, label) => {
    const html = await (await request(path)).text();
    const feeds = linkTags(html).filter(
      (link) => link.rel === 'alternate' && link.type === 'application/atom+xml',
    );
    expect(feeds.map((link) => link.href)).toEqual([`${ORIGIN}${href}`]);
    const visible = withoutScripts(html);
    expect(visible).toContain(
      `<a href="${href.replaceAll('&', '&amp;')}" type="application/atom+xml">${label}</a>`,
    );
    // And it is a feed.
    const { response } = await feed(href);
    expect(response.status).toBe(200);
  });
});

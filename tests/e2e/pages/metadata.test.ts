import { describe, expect, it } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { EXPECTED } from '../../support/expected';
import { request } from '../support/http';
import { expectSecurityHeaders } from '../support/security-headers';
import { fixtureCount, HTML_LANG, inLang, LANGS, metaTags, ORIGIN, unprefixed } from './support';

/** Every place some item of the hand table is tied to: the places with a page worth indexing. */
const PLACES_WITH_ITEMS = new Set(EXPECTED.flatMap((item) => item.places.map((p) => p.slug)));

interface SitemapEntry {
  loc: string;
  alternates: Record<string, string>;
}

async function sitemap(): Promise<{ response: Response; entries: SitemapEntry[] }> {
  const response = await request('/sitemap.xml');
  const xml = await response.text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        ([, lang = '', href = '']) => [lang, href],
      ),
    ),
  }));
  return { response, entries };
}

describe('metadata', () => {
  it('the sitemap lists the fixed pages, every item and every place with items, in every language', async () => {
    const { response, entries } = await sitemap();
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    expectSecurityHeaders(response);
    const urls = entries.map((entry) => entry.loc);
    for (const path of ['/', '/outcomes', '/places', '/source', '/outcomes/documents/88']) {
      for (const lang of LANGS) expect(urls).toContain(`${ORIGIN}${inLang(lang, path)}`);
    }
    const items = urls.filter((url) => /\/outcomes\/[a-z]+\/\d+$/.test(url));
    const expected = ['meetings', 'documents', 'initiatives'].reduce(
      (sum, section) => sum + fixtureCount(section, 1) + fixtureCount(section, 2),
      0,
    );
    expect(expected).toBe(223);
    expect(items).toHaveLength(LANGS.length * expected);
    for (const item of EXPECTED) {
      for (const lang of LANGS) {
        expect(urls).toContain(
          `${ORIGIN}${inLang(lang, `/outcomes/${item.section}/${item.number}`)}`,
        );
      }
    }
    const places = urls.filter((url) => url.includes('/places/'));
    expect(places.map((url) => url.replace(/^.*\/places\//, '')).sort()).toEqual(
      LANGS.flatMap(() => [...PLACES_WITH_ITEMS]).sort(),
    );
    // Numbers this copy lacks answer 404 and are not listed.
    expect(urls).not.toContain(`${ORIGIN}/outcomes/meetings/5`);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('gives every address in the sitemap its language alternates', async () => {
    const { entries } = await sitemap();
    for (const entry of entries) {
      const path = unprefixed(entry.loc.slice(ORIGIN.length) || '/');
      expect(entry.alternates, entry.loc).toEqual({
        ...Object.fromEntries(
          LANGS.map((lang) => [HTML_LANG[lang], `${ORIGIN}${inLang(lang, path)}`]),
        ),
        'x-default': `${ORIGIN}${path}`,
      });
    }
  });

  it('robots.txt allows everything and names the sitemap', async () => {
    const text = await (await request('/robots.txt')).text();
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it.each([
    ['/', messages.site.name, 'website'],
    ['/outcomes', `${messages.outcomes.title} · ${messages.site.shortName}`, 'website'],
    ['/places', `${messages.places.title} · ${messages.site.shortName}`, 'website'],
    ['/places/shenyang', `沈阳市 · ${messages.site.shortName}`, 'website'],
    ['/source', `${messages.source.title} · ${messages.site.shortName}`, 'website'],
  ])(
    '%s has its title, description, canonical address and Open Graph tags',
    async (path, title, type) => {
      const html = await (await request(path)).text();
      // Next.js writes the bare origin for the home page, without its trailing slash.
      const url = path === '/' ? ORIGIN : `${ORIGIN}${path}`;
      expect(html).toContain(`<html lang="zh-Hans">`);
      expect(html).toContain(`<title>${title}</title>`);
      expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
      expect(html).toContain(`<meta property="og:url" content="${url}"/>`);
      expect(html).toContain(`<meta property="og:type" content="${type}"/>`);
      expect(html).toContain('<meta property="og:locale" content="zh_CN"/>');
      expect(html).toMatch(/<meta name="description" content="[^"]{10,}"\/>/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"\/>/);
    },
  );

  // The list's dateline (source line 101) with the page's year (line 288), written as each
  // language writes a day: never the ISO form, nor the page's date as the list's.
  it.each([
    [
      '/',
      '《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》（新华社天津2025年9月1日电）各条目',
    ],
    ['/en', '(Xinhua, Tianjin, 1 September 2025): browse and search'],
    [
      '/outcomes/documents/88',
      '。出自《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》（新华社天津2025年9月1日电）。',
    ],
    // Its type, inferred (the fixture's memorandum), says so where no mark can stand beside it.
    ['/outcomes/documents/88', '类型：备忘录（推断）。'],
    ['/en/outcomes/documents/88', 'type: Memorandum (inferred).'],
    [
      '/en/outcomes/documents/88',
      '. From the list of outcomes of China’s 2024–2025 SCO chairmanship (Xinhua, Tianjin, 1 September 2025).',
    ],
  ])('%s’s description names the list’s dispatch: %s', async (path, words) => {
    const [description = ''] =
      metaTags(await (await request(path)).text()).get('description') ?? [];
    expect(description).toContain(words);
    expect(description).not.toMatch(/\d{4}-\d{2}-\d{2}|9月2日|2 September/);
  });
});

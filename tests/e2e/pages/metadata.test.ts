import { describe, expect, it } from 'vitest';
import { PLACES } from '@/lib/enrich';
import { messages } from '@/lib/messages';
import { request } from '../support/http';
import { fixtureCount } from './support';

const ORIGIN = 'http://localhost:3000';

describe('metadata', () => {
  it('the sitemap lists the fixed pages, every item and every place, and no missing item', async () => {
    const response = await request('/sitemap.xml');
    expect(response.status).toBe(200);
    const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, url]) => url,
    );
    for (const path of ['/', '/outcomes', '/places', '/source', '/outcomes/documents/88']) {
      expect(urls).toContain(`${ORIGIN}${path}`);
    }
    const items = urls.filter((url) => /\/outcomes\/[a-z]+\/\d+$/.test(url ?? ''));
    const expected = ['meetings', 'documents', 'initiatives'].reduce(
      (sum, section) => sum + fixtureCount(section, 1) + fixtureCount(section, 2),
      0,
    );
    expect(items).toHaveLength(expected);
    expect(urls.filter((url) => url?.includes('/places/'))).toHaveLength(PLACES.length);
    expect(urls).not.toContain(`${ORIGIN}/outcomes/meetings/5`);
  });

  it('robots.txt allows everything and names the sitemap', async () => {
    const text = await (await request('/robots.txt')).text();
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it.each([
    ['/', messages.site.name, 'website'],
    ['/places/shenyang', `沈阳市 · ${messages.site.shortName}`, 'website'],
    ['/source', `${messages.source.title} · ${messages.site.shortName}`, 'website'],
  ])(
    '%s has its title, description, canonical address and Open Graph tags',
    async (path, title, type) => {
      const html = await (await request(path)).text();
      // Next.js writes the bare origin for the home page, without its trailing slash.
      const url = path === '/' ? ORIGIN : `${ORIGIN}${path}`;
      expect(html).toContain(`<title>${title}</title>`);
      expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
      expect(html).toContain(`<meta property="og:url" content="${url}"/>`);
      expect(html).toContain(`<meta property="og:type" content="${type}"/>`);
      expect(html).toMatch(/<meta name="description" content="[^"]{10,}"\/>/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"\/>/);
    },
  );
});

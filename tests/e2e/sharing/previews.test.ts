import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { englishTitle, itemOf } from '../outcomes/support';
import { metaTags, ORIGIN } from '../pages/support';
import { request } from '../support/http';

/** Issue 12: every page people share carries a link preview of its own, drawn on the server. */

const SIZE_MAX = 150 * 1024;

/** Page, its preview image's address, and the preview's text alternative. */
const PAGES: Array<[page: string, image: string, alt: string]> = [
  ['/outcomes/documents/68', '/api/preview/outcomes/documents/68', itemOf('documents-68').title],
  [
    '/en/outcomes/documents/68',
    '/api/preview/outcomes/documents/68?lang=en',
    englishTitle('documents-68'),
  ],
  ['/outcomes/meetings/70', '/api/preview/outcomes/meetings/70', itemOf('meetings-70').title],
  ['/outcomes/initiatives/5', '/api/preview/outcomes/initiatives/5', itemOf('initiatives-5').title],
  [
    '/outcomes?place=shenyang&page=1',
    '/api/preview/outcomes?place=shenyang',
    messages.outcomes.filteredTitle('沈阳市'),
  ],
  [
    '/en/outcomes?section=documents&place=uzbekistan',
    '/api/preview/outcomes?section=documents&place=uzbekistan&lang=en',
    en.outcomes.filteredTitle('Outcome documents; Uzbekistan'),
  ],
  ['/outcomes', '/api/preview/outcomes', messages.outcomes.title],
  ['/places/shenyang', '/api/preview/places/shenyang', '沈阳市'],
  ['/en/places/shenyang', '/api/preview/places/shenyang?lang=en', 'Shenyang'],
  ['/', '/api/preview/outcomes', messages.site.name],
  ['/en', '/api/preview/outcomes?lang=en', en.site.name],
];

describe('link previews in the page', () => {
  it('each page declares its X card once', async () => {
    for (const path of ['/outcomes/documents/68', '/places', '/en']) {
      const tags = metaTags(await (await request(path)).text());
      expect(tags.get('twitter:card'), path).toHaveLength(1);
    }
  });

  it.each(PAGES)('%s names its own 1200 × 630 image, large card', async (path, image, alt) => {
    const tags = metaTags(await (await request(path)).text());
    const one = (name: string) => {
      expect(tags.get(name), name).toHaveLength(1);
      return tags.get(name)?.[0];
    };
    expect(one('og:image')).toBe(`${ORIGIN}${image}`);
    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    expect(one('og:image:alt')).toBe(alt);
    expect(one('og:title')).toBe(alt);
    // X's card: the large image. (Said once or twice: see the next test.)
    expect(new Set(tags.get('twitter:card'))).toEqual(new Set(['summary_large_image']));
    const english = path.startsWith('/en');
    expect(one('og:locale')).toBe(english ? 'en_GB' : 'zh_CN');
    // Every other language of the site, in the site's order.
    expect(tags.get('og:locale:alternate')).toEqual(
      english ? ['zh_CN', 'ru_RU'] : ['en_GB', 'ru_RU'],
    );
    expect(one('og:url')).toMatch(new RegExp(`^${ORIGIN}`));
  });
});

interface Png {
  width: number;
  height: number;
  /** RGBA, row after row. */
  pixels: Uint8Array;
}

/** A non-interlaced 8-bit RGB or RGBA PNG, decoded with node:zlib and the five row filters. */
function decodePng(bytes: Uint8Array): Png {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  let channels = 0;
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8);
      if (depth !== 8 || interlace !== 0 || (colour !== 6 && colour !== 2)) {
        throw new Error(`unexpected PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? (row[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = Math.floor((a + b) / 2);
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      row[x] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < width; x += 1) {
      for (let k = 0; k < 4; k += 1) {
        out[(y * width + x) * 4 + k] = k < channels ? (row[x * channels + k] ?? 0) : 255;
      }
    }
    previous = row;
  }
  return { width, height, pixels: out };
}

/** Pixels dark enough to be the title's ink (#1b1f24) on the white ground, in rows y0–y1. */
function darkPixels(png: Png, y0: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y <= y1; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const at = (y * png.width + x) * 4;
      const [r = 255, g = 255, b = 255, a = 255] = png.pixels.subarray(at, at + 4);
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) * (a / 255) + 255 * (1 - a / 255);
      if (luminance < 96) dark += 1;
    }
  }
  return dark;
}

describe('the preview images', () => {
  it.each([...new Set(PAGES.map(([, image]) => image))])(
    '%s is a PNG of 1200 × 630, under 150 KB, with its title drawn',
    async (image) => {
      const response = await request(image);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/png');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBeLessThanOrEqual(SIZE_MAX);
      expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const view = new DataView(bytes.buffer);
      expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);

      const png = decodePng(bytes);
      // White ground: the bottom-right corner is blank.
      expect(darkPixels(png, 600, 629)).toBe(0);
      // The title (bold, 36–64 px) is set from about y 200: its rows hold a good deal of ink.
      expect(darkPixels(png, 200, 330)).toBeGreaterThan(2_000);
    },
  );

  it('the decoder is honest: a blank band has no ink, and the title band of any preview has', async () => {
    const png = decodePng(
      new Uint8Array(await (await request('/api/preview/places/shenyang')).arrayBuffer()),
    );
    expect(darkPixels(png, 14, 40)).toBe(0);
    expect(darkPixels(png, 200, 330)).toBeGreaterThan(0);
  });

  it.each([
    ['/api/preview/outcomes/meetings/5', 404],
    ['/api/preview/places/atlantis', 404],
    ['/api/preview/outcomes?place=atlantis', 400],
    ['/api/preview/outcomes/documents/68?lang=fr', 400],
  ])('%s answers %i', async (path, status) => {
    expect((await request(path)).status).toBe(status);
  });
});

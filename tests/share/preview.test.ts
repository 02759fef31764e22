import { afterEach, describe, expect, test, vi } from 'vitest';
import { ru } from '@/lib/messages/ru';
import { previewImage } from '@/lib/share/preview';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A preview may draw a reader's query. Characters the bundled font lacks must not send the
 * renderer to the network for a font or an emoji (the server may have none, and each distinct
 * text would be fetched and cached anew).
 */
/** Every request the renderer makes to the network while the test runs (none is answered). */
function networkRequests(): string[] {
  const requested: string[] = [];
  const local = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // The renderer loads its own WebAssembly from a data: URL; that is not the network.
    if (url.startsWith('data:')) return local(input, init);
    requested.push(url);
    throw new Error('no network in this test');
  });
  return requested;
}

describe('a link preview with characters the bundled font lacks', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('is drawn without a request to the network', async () => {
    const requested = networkRequests();
    const response = await previewImage({
      site: '上合组织主席国成果目录',
      kicker: '成果列表 · 搜索“😀 ᚠᚢᚦ 𝔸𝔹”',
      title: '沈阳 Shenyang 🎉 ꦲꦏ꧀ꦱꦫ',
      // Bidi marks, a BOM, a line separator and U+FFFD: in the font's ranges, not in its glyphs.
      subtitle: 'Ωμέγα ✓ 𓀀 \u202E\u2066\u200E\uFEFF\u2028\uFFFD',
      footer: '3 items',
      lang: 'zh-Hans',
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(requested).toEqual([]);
  });
});

/**
 * A Russian preview: Cyrillic (ё, №) and Russian punctuation («», –) are drawn from the bundled
 * font's Cyrillic and Latin pieces, not replaced by '?' and not fetched.
 */
describe('a link preview in Russian', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const preview = (title: string) => ({
    site: ru.site.name,
    kicker: `${ru.sections.documents} · ${ru.numbering.item(88)}`,
    title,
    subtitle: '沈阳市与布哈拉市建立友好合作关系谅解备忘录',
    footer: ru.numbering.count(5),
    lang: 'ru',
  });
  const TITLE = 'Меморандум о взаимопонимании между городом Шэньян и городом Бухарой «Могилёв»';

  test('draws its Cyrillic without a request to the network', async () => {
    const requested = networkRequests();
    const drawn = new Uint8Array(await (await previewImage(preview(TITLE))).arrayBuffer());
    expect([...drawn.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(requested).toEqual([]);
    // The same title with every Cyrillic letter as the '?' a missing glyph is drawn as: were
    // the Cyrillic not in the font, the two images would be the same.
    const unknown = TITLE.replace(/\p{Script=Cyrillic}/gu, '?');
    const missing = new Uint8Array(await (await previewImage(preview(unknown))).arrayBuffer());
    expect(Buffer.from(drawn).equals(Buffer.from(missing))).toBe(false);
  });
});

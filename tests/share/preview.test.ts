import { afterEach, describe, expect, test, vi } from 'vitest';
import { previewImage } from '@/lib/share/preview';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A preview may draw a reader's query. Characters the bundled font lacks must not send the
 * renderer to the network for a font or an emoji (the server may have none, and each distinct
 * text would be fetched and cached anew).
 */
describe('a link preview with characters the bundled font lacks', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('is drawn without a request to the network', async () => {
    const requested: string[] = [];
    const local = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      // The renderer loads its own WebAssembly from a data: URL; that is not the network.
      if (url.startsWith('data:')) return local(input, init);
      requested.push(url);
      throw new Error('no network in this test');
    });
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

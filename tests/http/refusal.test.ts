import { describe, expect, it } from 'vitest';
import { URL_LENGTH_MAX } from '@/lib/constants';
import { refusalOf } from '@/lib/http/refusal';

// The one decision behind the server's and the proxy's refusals (tests/proxy.test.ts and
// tests/e2e/hostile-input.test.ts check each of them answers with it).
const statusOf = (method: string, target: string) => {
  const checked = refusalOf(method, target);
  return 'refusal' in checked ? checked.refusal.status : checked.path;
};

describe('refusalOf', () => {
  it('passes a GET or HEAD for a path on this site, as it is', () => {
    expect(statusOf('GET', '/outcomes?q=%ZZ')).toBe('/outcomes?q=%ZZ');
    expect(statusOf('HEAD', '/')).toBe('/');
  });

  it('reads an absolute-form target as its path on this site, whatever host it names', () => {
    expect(statusOf('GET', 'http://elsewhere.example/en/outcomes?q=1')).toBe('/en/outcomes?q=1');
    expect(statusOf('GET', 'https://elsewhere.example')).toBe('/');
  });

  it.each([
    ['*', 400],
    ['ftp://elsewhere.example/x', 400],
    ['outcomes', 400],
    ['/places/%ZZ', 400],
    ['/%C0%AE', 400],
  ])('refuses the target %s with %i', (target, status) => {
    expect(statusOf('GET', target)).toBe(status);
  });

  it('refuses any other method with 405, before it reads the address, and says which it allows', () => {
    const checked = refusalOf('POST', '/places/%ZZ');
    expect('refusal' in checked && checked.refusal).toMatchObject({
      status: 405,
      headers: { Allow: 'GET, HEAD' },
    });
  });

  it('measures the address percent-encoded: raw characters that grow when encoded count as encoded', () => {
    const at = (length: number, fill: string) => `/?q=${fill.repeat(length)}`;
    expect(statusOf('GET', at(URL_LENGTH_MAX - '/?q='.length, 'a'))).toBe(
      at(URL_LENGTH_MAX - '/?q='.length, 'a'),
    );
    expect(statusOf('GET', at(URL_LENGTH_MAX - '/?q='.length + 1, 'a'))).toBe(414);
    // `<` is sent on as %3C: a third of the cap in raw characters already fills it.
    expect(statusOf('GET', at(Math.ceil(URL_LENGTH_MAX / 3), '<'))).toBe(414);
  });

  it('says why in the language of the path, also when named in absolute form', () => {
    const text = (target: string) => {
      const checked = refusalOf('GET', target);
      return 'refusal' in checked ? checked.refusal.text : '';
    };
    expect(text('/en/places/%ZZ')).toBe('Invalid address: its percent-encoding cannot be decoded.');
    expect(text('http://x.example/en/places/%ZZ')).toBe(
      'Invalid address: its percent-encoding cannot be decoded.',
    );
    expect(text('/places/%ZZ')).toBe('网址无效：其中的百分号编码无法解码。');
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterNotices } from '@/components/outcomes/filter-notices';
import type { AddressNotice } from '@/lib/catalogue/address';
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';

const render = (notices: AddressNotice[]) =>
  renderToStaticMarkup(createElement(FilterNotices, { locale: DEFAULT_LOCALE, notices }));

describe('FilterNotices', () => {
  it('renders nothing when nothing was dropped', () => {
    expect(render([])).toBe('');
  });

  it('shows dropped parameters as text, never as markup', () => {
    const html = render([{ param: 'x', value: '<img src=x onerror=alert(1)>', reason: 'unknown' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('cuts a long value short and lists a repeated notice each time', () => {
    const value = 'a'.repeat(100);
    const html = render([
      { param: 'q', value, reason: 'too-long' },
      { param: 'foo', value: '1', reason: 'unknown' },
      { param: 'foo', value: '1', reason: 'unknown' },
    ]);
    expect(html).toContain(`${'a'.repeat(40)}…`);
    expect(html).not.toContain('a'.repeat(41));
    expect(html.match(/<li>/g)).toHaveLength(3);
  });
});

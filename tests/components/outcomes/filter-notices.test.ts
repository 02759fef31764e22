import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterNotices } from '@/components/outcomes/filter-notices';
import type { Catalogue } from '@/lib/catalogue';
import { type AddressNotice, EMPTY_FILTERS, filterOf } from '@/lib/catalogue/address';
import { DEFAULT_LOCALE, localeOf } from '@/lib/i18n/locale';
import { en } from '@/lib/messages/en';
import { TOPICS } from '../../catalogue/reference';
import { names } from '../../support/names';

// What the notices read of a catalogue: its vocabularies, here straight from data/*.json.
const catalogue = {
  places: [],
  types: [],
  topics: TOPICS.map(({ key, zh, en }) => ({ key, names: names(zh, en) })),
} as unknown as Catalogue;

const render = (notices: AddressNotice[], locale = DEFAULT_LOCALE, filters = EMPTY_FILTERS) =>
  renderToStaticMarkup(createElement(FilterNotices, { locale, catalogue, filters, notices }));

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

  it('offers the nearest valid value, keeping the filters that were valid', () => {
    const english = localeOf('en') ?? DEFAULT_LOCALE;
    const html = render(
      [{ param: 'topic', value: 'healht', reason: 'invalid' }],
      english,
      filterOf('section', 'meetings'),
    );
    expect(html).toContain(
      `${en.outcomes.notices.didYouMean.before}<a href="/en/outcomes?section=meetings&amp;topic=health">Health</a>${en.outcomes.notices.didYouMean.after}`,
    );
  });

  it('offers nothing for a value nowhere near, nor for a parameter that is no facet', () => {
    const html = render([
      { param: 'topic', value: 'zzzz', reason: 'invalid' },
      { param: 'sort', value: 'titel', reason: 'invalid' },
    ]);
    expect(html).not.toContain('<a');
  });
});

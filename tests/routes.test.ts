import { describe, expect, it } from 'vitest';
import { parseFiltersStrict } from '@/lib/catalogue/filters';
import {
  categoryValue,
  outcomePath,
  outcomesListPath,
  placePath,
  sourceLinePath,
} from '@/lib/routes';

describe('internal addresses', () => {
  it('builds item, place and source-line paths', () => {
    expect(outcomePath('documents', 88)).toBe('/outcomes/documents/88');
    expect(placePath('shenyang')).toBe('/places/shenyang');
    expect(sourceLinePath(46)).toBe('/source#L46');
  });

  it('builds filtered lists the list page parses back into the same filters', () => {
    const href = outcomesListPath({
      category: categoryValue('meetings', 2),
      year: 2025,
      q: '青岛',
    });
    expect(href).toBe('/outcomes?category=meetings.2&year=2025&q=%E9%9D%92%E5%B2%9B');
    const parsed = parseFiltersStrict(new URL(href, 'http://x').searchParams);
    expect(parsed).toMatchObject({
      ok: true,
      filters: { category: ['meetings.2'], year: [2025], q: '青岛' },
    });
  });

  it('gives the bare list for no filters', () => {
    expect(outcomesListPath({})).toBe('/outcomes');
  });
});

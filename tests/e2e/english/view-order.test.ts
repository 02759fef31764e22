import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../outcomes/support';
import { request } from '../support/http';

/**
 * Issue 24: a reader of English finds the titles whose English holds the word first, in every
 * answer of a view, not only on the list page. initiatives 8 and 9 (20亿元人民币无偿援助,
 * 100亿元人民币贷款) are the two whose English says "yuan", read off the source and
 * data/translations/en.json by hand; about forty more match only by the pinyin of 员, 院, 愿, 源, 园.
 */
const SAYING_YUAN = ['initiatives-8', 'initiatives-9'];

async function text(path: string): Promise<string> {
  const response = await request(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

function keyOf(url: string | null): string {
  const match = /\/outcomes\/([a-z]+)\/(\d+)$/.exec(url ?? '');
  return match ? `${match[1]}-${match[2]}` : `not an item: ${url}`;
}

describe('an English view of a search ranks English words first in every output', () => {
  it('the API', async () => {
    const body = JSON.parse(await text('/api/outcomes?lang=en&q=yuan')) as {
      total: number;
      items: Array<{ key: string }>;
    };
    expect(body.total).toBeGreaterThan(SAYING_YUAN.length);
    expect(body.items.slice(0, 2).map((item) => item.key)).toEqual(SAYING_YUAN);
  });

  it('the API for readers of the original puts another title first', async () => {
    const body = JSON.parse(await text('/api/outcomes?q=yuan')) as {
      items: Array<{ key: string }>;
    };
    expect(body.items.slice(0, 2).map((item) => item.key)).not.toEqual(SAYING_YUAN);
  });

  it('the CSV', async () => {
    const rows = parseCsv((await text('/api/outcomes.csv?lang=en&q=yuan')).slice(1)).slice(1);
    expect(rows.length).toBeGreaterThan(SAYING_YUAN.length);
    expect(rows.slice(0, 2).map((row) => row[0])).toEqual(SAYING_YUAN);
  });

  it('the Atom feed', async () => {
    const parsed = parseFeed(await text('/api/outcomes.atom?lang=en&q=yuan'));
    expect(parsed.items.slice(0, 2).map((item) => keyOf(item.url))).toEqual(SAYING_YUAN);
  });

  it('the citations of the view', async () => {
    const items = JSON.parse(await text('/api/outcomes.csl.json?lang=en&q=yuan')) as Array<{
      id: string;
    }>;
    expect(items.slice(0, 2).map((item) => item.id)).toEqual(SAYING_YUAN);
  });
});

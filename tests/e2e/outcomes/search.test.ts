import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { SOURCE_TEXT } from '../../support/source';
import { expect, test } from '../support/fixtures';
import {
  countStatus,
  EXPECTED,
  escapeRegExp,
  expectedKeys,
  keysWithTitle,
  listedKeys,
  markWindow,
  resultsRegion,
  statusText,
  waitForTotal,
  windowStillMarked,
} from './support';

const text = messages.outcomes;

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: messages.search.label });
}

/** Each result's title and the parts of it marked as matching. */
async function marksByRow(page: Page): Promise<Array<{ title: string; marks: string[] }>> {
  return resultsRegion(page)
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({
        title: link.textContent ?? '',
        marks: [...link.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      })),
    );
}

const shenyang = keysWithTitle('沈阳');
const either = [...new Set([...keysWithTitle('研修班'), ...keysWithTitle('培训班')])];
const inListOrder = (keys: string[]) =>
  EXPECTED.map((item) => item.key).filter((key) => keys.includes(key));

/** Query, the items whose titles hold it, and the words of the titles the page should mark. */
const QUERIES: Array<[string, string[], string[]]> = [
  ['沈阳论坛', keysWithTitle('沈阳', '论坛'), ['沈阳', '论坛']],
  ['论坛', keysWithTitle('论坛'), ['论坛']],
  // The same city, typed in traditional characters and in pinyin: the printed words are marked.
  ['瀋陽', shenyang, ['沈阳']],
  ['shenyang', shenyang, ['沈阳']],
  // Pinyin by whole syllables: shen is not the start of sheng (生, 省), nor yang of 养.
  ['Shen Yang', shenyang, ['沈阳']],
  ['研修班 OR 培训班', inListOrder(either), ['研修班', '培训班']],
];

describe('searching through the page', () => {
  test('the source names Shenyang in five titles, and one joins it with a forum', () => {
    expect(SOURCE_TEXT.split('\n').filter((line) => line.includes('沈阳'))).toHaveLength(5);
    expect(shenyang).toHaveLength(5);
    expect(keysWithTitle('沈阳', '论坛')).toEqual(['documents-68']);
  });

  test.for(QUERIES)(
    '“%s” finds the titles holding it, its words marked',
    async ([query, keys, words], { page }) => {
      await expectSearch(page, query, keys, words);
    },
  );
});

/** Searches through the box as a reader does, and checks the results and what is marked. */
async function expectSearch(page: Page, query: string, keys: string[], words: string[]) {
  expect(keys.length).toBeGreaterThan(0);
  await page.goto('/outcomes');
  await markWindow(page);
  await searchBox(page).fill(query);
  await page.getByRole('button', { name: messages.search.submit }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  // The new count once the results are in, whatever it is; then whether it is the right one.
  await page
    .getByRole('status')
    .filter({ hasText: /^共\d+项成果/ })
    .filter({ hasNotText: statusText(223) })
    .waitFor();
  expect(await countStatus(page).textContent()).toBe(statusText(keys.length));
  expect(await windowStillMarked(page), 'searched without a full reload').toBe(true);

  const word = new RegExp(`^(?:${words.map(escapeRegExp).join('|')})+$`);
  for (const row of await marksByRow(page)) {
    expect(row.marks.length, `${row.title} has a match marked`).toBeGreaterThan(0);
    for (const mark of row.marks) expect(mark, row.title).toMatch(word);
    if (words.length > 1 && !query.includes(' OR ')) {
      // Every word of the query is found, so each is marked somewhere in the title.
      for (const one of words) expect(row.marks.join(''), row.title).toContain(one);
    }
  }
  if (keys.length <= 20) {
    expect((await listedKeys(page)).sort()).toEqual([...keys].sort());
  } else {
    // Too many for one page: in the list's own order, the first page is the first twenty.
    await page
      .getByRole('navigation', { name: text.sort.label })
      .getByRole('link', { name: text.sort.options.section })
      .click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'section');
    await expect.poll(() => listedKeys(page)).toEqual(keys.slice(0, 20));
  }
}

describe('searching with other conditions', () => {
  test('a search keeps the other filters', async ({ page }) => {
    await page.goto('/outcomes?section=documents');
    await searchBox(page).fill('协议');
    await searchBox(page).press('Enter');
    const keys = expectedKeys({ section: ['documents'] }).filter((key) =>
      keysWithTitle('协议').includes(key),
    );
    await waitForTotal(page, keys.length);
    expect(new URL(page.url()).search).toBe(`?section=documents&q=${encodeURIComponent('协议')}`);
    expect((await listedKeys(page)).sort()).toEqual([...keys].sort());
  });

  test('with a query, relevance is the order; the list’s orders stay offered', async ({ page }) => {
    await page.goto(`/outcomes?q=${encodeURIComponent('论坛')}`);
    const sort = page.getByRole('navigation', { name: text.sort.label });
    expect(await sort.getByText(text.sort.options.relevance).getAttribute('aria-current')).toBe(
      'true',
    );
    for (const other of ['section', 'number', 'title'] as const) {
      expect(
        await sort.getByRole('link', { name: text.sort.options[other] }).getAttribute('href'),
      ).toBe(`/outcomes?q=${encodeURIComponent('论坛')}&sort=${other}#results`);
    }
  });
});

describe('an empty result', () => {
  test('says which numbers the copy lacks and links to the account of the copy', async ({
    page,
  }) => {
    expect(keysWithTitle('天津宣言')).toEqual([]);
    await page.goto(`/outcomes?q=${encodeURIComponent('天津宣言')}`);
    await waitForTotal(page, 0);
    const results = resultsRegion(page);
    await results.getByText(text.empty.heading).waitFor();
    await results.getByText(text.empty.missing).waitFor();
    // Read off the source by hand: what each category's numbering says this copy lacks.
    for (const line of [
      '会议和活动（一）第1—110项：第1—23项',
      '成果文件（一）峰会成果文件：第1—24项（清单注明共24份）',
      '成果文件（二）第25—90项：第25—67项',
    ]) {
      await results
        .getByRole('listitem')
        .filter({ hasText: new RegExp(`^${escapeRegExp(line)}$`) })
        .waitFor();
    }
    // Dropping the query, the only condition, gives the whole list.
    expect(
      await results
        .getByRole('link', { name: text.empty.dropOne('“天津宣言”', 223) })
        .getAttribute('href'),
    ).toBe('/outcomes#results');
    const account = results.getByRole('link', { name: text.empty.account });
    expect(await account.getAttribute('href')).toBe('/#copy');
    await account.click();
    await page.waitForURL((url) => url.pathname === '/' && url.hash === '#copy');
    const copy = page.getByRole('region', { name: messages.overview.copy.heading });
    await expect
      .poll(() => copy.evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(200);
  });

  test('offers to drop one condition at a time, each with what it would give', async ({ page }) => {
    expect(expectedKeys({ place: ['shenyang'], section: ['initiatives'] })).toEqual([]);
    const withoutPlace = expectedKeys({ section: ['initiatives'] }).length;
    const withoutSection = expectedKeys({ place: ['shenyang'] }).length;
    await page.goto('/outcomes?section=initiatives&place=shenyang');
    await waitForTotal(page, 0);
    const results = resultsRegion(page);
    await results.getByText(text.empty.drop).waitFor();
    const drops = results.getByRole('link', { name: /^去掉/ });
    // Most results first.
    expect(await drops.allTextContents()).toEqual([
      text.empty.dropOne('沈阳市', withoutPlace),
      text.empty.dropOne('合作倡议', withoutSection),
    ]);
    await drops.first().click();
    await waitForTotal(page, withoutPlace);
    expect(new URL(page.url()).search).toBe('?section=initiatives');
  });
});

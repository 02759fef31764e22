import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { expect, test } from '../support/fixtures';
import { ITEM, SOURCE_LINES, SOURCE_SHA256 } from './support';

const text = messages.source;

describe('the source page', () => {
  test('every line is an anchor with its number as a link to itself', async ({ page }) => {
    await page.goto('/source');
    const lines = page.locator('li[id^="L"]');
    expect(await lines.count()).toBe(SOURCE_LINES.length);
    const ids = await lines.evaluateAll((items) =>
      items.map((item) => [item.id, item.querySelector('a')?.getAttribute('href')]),
    );
    ids.forEach(([id, href], index) => {
      expect(id).toBe(`L${index + 1}`);
      expect(href).toBe(`#L${index + 1}`);
    });
  });

  test('#L46 is the line documents 88 was read from, and links to it', async ({ page }) => {
    await page.goto(`/source#L${ITEM.line}`);
    const line = page.locator(`#L${ITEM.line}`);
    expect(await line.textContent()).toContain(SOURCE_LINES[ITEM.line - 1]);
    expect(SOURCE_LINES[ITEM.line - 1]).toBe(`88.${ITEM.title}`);
    expect(await line.locator(`a[href="${ITEM.path}"]`).count()).toBe(1);
    const inView = await line.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView, 'the browser scrolled to the line').toBe(true);
  });

  test('says what was skipped and why, with a legend', async ({ page }) => {
    await page.goto('/source');
    const legend = page.getByRole('region', { name: text.legend.heading });
    for (const label of Object.values(text.skipped)) await legend.getByText(label).waitFor();
    // Line 108 repeats the list's title at a page break; 266 is a "continued from" marker.
    expect(await page.locator('#L108').textContent()).toContain(text.skipped['list-title']);
    expect(await page.locator('#L266').textContent()).toContain(text.skipped['page-marker']);
    expect(await page.locator('#L103').textContent()).toContain(text.skipped.commentary);
  });

  test('explains the parse in plain words, each note linked to its lines', async ({ page }) => {
    await page.goto('/source');
    const issues = page.getByRole('region', { name: text.issues.heading });
    await issues.getByText(text.issues.missingRange('会议和活动（一）', '第1—23项')).waitFor();
    await issues.getByText(text.issues.countMismatch('成果文件（一）', 24, 0, '份')).waitFor();
    await issues.getByText(text.issues.inferredSection('会议和活动')).waitFor();
    await issues.getByText(text.issues.datelineRemoved('（新华社天津9月1日电）')).waitFor();
    const dateline = issues.getByRole('link', { name: messages.numbering.lines(101, 101) });
    expect(await dateline.getAttribute('href')).toBe('#L101');
    await page.getByText(SOURCE_SHA256).waitFor();
  });

  test('names the list’s dispatch and the newspaper page, each linked to its line', async ({
    page,
  }) => {
    // Read off the copy: line 101 ends the list with its dateline, line 288 is the page's date.
    expect(SOURCE_LINES[100]).toMatch(/（新华社天津9月1日电）$/);
    expect(SOURCE_LINES[287]).toBe('2025年9月2日 星期二');
    const fact = (term: string) =>
      page.locator('dl.facts dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
    for (const [path, facts, dispatch, day] of [
      [
        '/source',
        text.facts,
        '新华社天津2025年9月1日电 · 第101行 · 年份取自报纸版面日期',
        '2025年9月2日 · 第288行',
      ],
      [
        '/en/source',
        en.source.facts,
        'Xinhua, Tianjin, 1 September 2025 · line 101 · year from the page’s date',
        '2 September 2025 · line 288',
      ],
    ] as const) {
      await page.goto(path);
      expect(await fact(facts.dispatch).textContent()).toBe(dispatch);
      expect(await fact(facts.dispatch).getByRole('link').getAttribute('href')).toBe('#L101');
      expect(await fact(facts.page).textContent()).toBe(day);
      expect(await fact(facts.page).getByRole('link').getAttribute('href')).toBe('#L288');
    }
  });

  test('links the open data', async ({ page }) => {
    await page.goto('/source');
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: messages.footer.openData })
        .getAttribute('href'),
    ).toBe('/datapackage.json');
  });
});

import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { expect, test } from '../support/fixtures';

const text = messages.numbers;

/**
 * Issue 23: the commitments page and an item's numbers, against what a reader adds up by hand
 * from the titles (initiatives 8 and 9: 20亿 + 100亿 yuan; 13: 千万 + 千万 kW in one title).
 */
describe('the commitments page', () => {
  test('adds like units only and links every item a total adds', async ({ page }) => {
    await page.goto('/commitments');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(text.page.title);
    const yuan = page.getByRole('region', { name: '元' });
    const total = yuan.locator('p').first();
    expect(await total.textContent()).toContain('120亿元');
    expect(
      await total
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/outcomes/initiatives/8', '/outcomes/initiatives/9']);
    const kw = page.getByRole('region', { name: '千瓦' });
    expect(await kw.locator('p').first().textContent()).toContain('2000万千瓦');
    // A doubling is listed, and added to nothing.
    const scholarships = page.getByRole('region', { name: '奖学金名额' });
    expect(await scholarships.locator('p').first().textContent()).toBe(text.page.noTotal);
    expect(await scholarships.textContent()).toContain('奖学金名额翻一番');
  });

  test('in English, the same totals written from the numbers', async ({ page }) => {
    await page.goto('/en/commitments');
    const yuan = page.getByRole('region', { name: 'yuan' });
    expect(await yuan.locator('p').first().textContent()).toContain('12,000,000,000 yuan');
    const kw = page.getByRole('region', { name: 'kW' });
    expect(await kw.locator('p').first().textContent()).toContain('20,000,000 kW');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      en.numbers.page.title,
    );
  });
});

describe('an item’s numbers', () => {
  test('a commitment with the words it was read from, marked inferred', async ({ page }) => {
    await page.goto('/outcomes/initiatives/8');
    const said = await page.getByRole('main').textContent();
    expect(said).toContain('20亿元 · 无偿援助 · 2025年');
    expect(said).toContain('20亿元人民币无偿援助');
    expect(said).toContain(messages.inferred.mark);
  });

  test('an ordinal shown from its number in each language', async ({ page }) => {
    await page.goto('/outcomes/meetings/24');
    expect(await page.getByRole('main').textContent()).toContain('第12次');
    await page.goto('/en/outcomes/meetings/24');
    expect(await page.getByRole('main').textContent()).toContain('12th session');
  });
});

import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from '../support/fixtures';

const text = messages.places;

describe('the places pages', () => {
  test('the index groups places under their country with counts', async ({ page }) => {
    await page.goto('/places');
    const tree = page.getByRole('list', { name: text.title });
    const china = tree
      .getByRole('listitem')
      .filter({ has: page.locator('a[href="/places/china"]') });
    expect(await china.locator('a[href="/places/shenyang"]').count()).toBe(1);
    expect(await tree.locator('a[href="/places/shenyang"]').textContent()).toContain(
      messages.numbering.count(5),
    );
    await tree.locator('a[href="/places/egypt"]').click();
    await page.waitForURL('/places/egypt');
  });

  test('a city shows its region, its items and the way to the filtered list', async ({ page }) => {
    await page.goto('/places/shenyang');
    await page.getByRole('heading', { level: 1, name: /沈阳市/ }).waitFor();
    expect(await page.getByRole('link', { name: '辽宁省', exact: true }).getAttribute('href')).toBe(
      '/places/liaoning',
    );
    const named = page.getByRole('region', { name: text.named('沈阳市') });
    expect(await named.getByRole('listitem').count()).toBe(5);
    expect(await page.getByRole('link', { name: text.filtered(5) }).getAttribute('href')).toBe(
      '/outcomes?place=shenyang',
    );
  });

  test('a region separates items naming it from those naming a city in it', async ({ page }) => {
    await page.goto('/places/liaoning');
    const named = page.getByRole('region', { name: text.named('辽宁省') });
    const implied = page.getByRole('region', { name: text.implied });
    expect(await named.locator('a[href="/outcomes/documents/84"]').count()).toBe(1);
    const via = implied.getByRole('listitem').filter({
      has: page.locator('a[href="/outcomes/documents/89"]'),
    });
    expect(await via.textContent()).toContain(text.via('沈阳市'));
  });
});

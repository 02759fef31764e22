import { describe, it } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';

const missing = messages.outcome.missing;

describe('items the list has but this copy lacks', () => {
  it.each([
    ['/outcomes/meetings/5', '会议和活动', 5],
    ['/outcomes/meetings/23', '会议和活动', 23],
    ['/outcomes/documents/1', '成果文件', 1],
    ['/outcomes/documents/30', '成果文件', 30],
  ])('%s answers 404 and says the text is missing, without JavaScript', async (path, part, n) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain(missing.heading(part, messages.numbering.item(n)));
    expect(html).toContain(missing.body);
    expect(html).toMatch(/<meta name="robots" content="noindex"\/>/);
  });

  test('the page names the category and links its items', async ({ page }) => {
    const response = await page.goto('/outcomes/meetings/5');
    expect(response?.status()).toBe(404);
    await page
      .getByRole('heading', { level: 1, name: missing.heading('会议和活动', '第5项') })
      .waitFor();
    expect(await page.title()).toBe(
      `${missing.title('会议和活动', '第5项')} · ${messages.site.shortName}`,
    );
    expect(await page.getByRole('link', { name: missing.browse }).getAttribute('href')).toBe(
      '/outcomes?category=meetings.1',
    );
  });
});

describe('addresses that are not items or places', () => {
  it.each([
    '/outcomes/meetings/999',
    '/outcomes/meetings/0',
    '/outcomes/meetings/05',
    '/outcomes/meetings/abc',
    '/outcomes/initiatives/37',
    '/outcomes/bogus/1',
    '/outcomes/documents/88/extra',
    '/places/atlantis',
    '/places/Shenyang',
  ])('%s answers 404 with the site’s page', async (path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(messages.notFound.heading);
  });

  it.each([
    `/outcomes/meetings/${encodeURIComponent('<script>alert(1)</script>')}`,
    `/outcomes/${encodeURIComponent('<img src=x onerror=alert(2)>')}/1`,
    `/places/${encodeURIComponent('"><script>alert(3)</script>')}`,
  ])('%s is a 404 that never echoes the path as markup', async (path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toMatch(/<script>alert\(\d\)<\/script>/);
    expect(html).not.toContain('<img src=x');
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FACET_KEYS, type FacetKey } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { valueLabel } from '@/lib/outcomes/labels';
import { SOURCE_PATH } from '../../support/catalogue-db';
import {
  expectedCatalogue,
  type ReferenceFilters,
  referenceFacets,
  referenceMatches,
} from '../../support/expected';

/**
 * Expectations for the list page, computed without the database or the site: from the source
 * text itself where that is simple, else from the parser and enrichment run in memory.
 */
export const SOURCE_TEXT = readFileSync(SOURCE_PATH, 'utf8');
export const { list, items } = expectedCatalogue();

const HEADINGS = new Map<string, string | null>(
  list.sections.flatMap((section) =>
    section.categories.map((c) => [`${section.key}.${c.ordinal}`, c.heading]),
  ),
);

export function label(facet: FacetKey, value: string): string {
  return valueLabel(facet, value, facet === 'category' ? (HEADINGS.get(value) ?? null) : null);
}

export function expectedKeys(filters: ReferenceFilters): string[] {
  return referenceMatches(items, filters).map((item) => item.key);
}

/** Facet → label → count, as the page should show them (values with no items left out). */
export function expectedFacetCounts(filters: ReferenceFilters) {
  const counts = referenceFacets(items, filters);
  return Object.fromEntries(
    FACET_KEYS.map((facet) => [
      facet,
      Object.fromEntries(
        Object.entries(counts[facet]).map(([value, count]) => [label(facet, value), count]),
      ),
    ]),
  ) as Record<FacetKey, Record<string, number>>;
}

const text = messages.outcomes;
const OPTION = /^(.*?)\s*(?:（已选，再次点击取消）)?\s*（(\d+) 项）$/;

/** Every facet value the page offers as a link, by its accessible name, with its count. */
export async function shownFacetCounts(page: Page) {
  const shown = {} as Record<FacetKey, Record<string, number>>;
  for (const facet of FACET_KEYS) {
    shown[facet] = {};
    const region = page.getByRole('region', { name: text.facets.names[facet], exact: true });
    if ((await region.count()) === 0) continue;
    const snapshot = await region.ariaSnapshot();
    for (const [, name] of snapshot.matchAll(/- link "([^"]*)"/g)) {
      const match = OPTION.exec(name ?? '');
      if (match?.[1] !== undefined) shown[facet][match[1]] = Number(match[2]);
    }
  }
  return shown;
}

export function statusText(total: number, pageSize = 20): RegExp {
  return total > pageSize
    ? new RegExp(`^共 ${total} 项成果，显示第 1–${pageSize} 项$`)
    : new RegExp(`^共 ${total} 项成果$`);
}

/** Waits until the live region announces this total (the list has then been re-rendered). */
export async function waitForTotal(page: Page, total: number): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: statusText(total) })
    .waitFor();
}

/** The keys of the items listed, from their links (/outcomes/documents/83 → documents-83). */
export async function listedKeys(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: text.results.heading, exact: true });
  const hrefs = await results
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').slice(-2).join('-'));
}

export function facetRegion(page: Page, facet: FacetKey) {
  return page.getByRole('region', { name: text.facets.names[facet], exact: true });
}

/** A facet value's link, found by its name as a reader sees it. */
export function facetLink(page: Page, facet: FacetKey, value: string) {
  const name = label(facet, value);
  return facetRegion(page, facet).getByRole('link', {
    name: new RegExp(`^${name.replace(/[()（）.*+?^$[\]{}|\\]/g, '\\$&')}\\s*（`),
  });
}

/** Marks the window; a full page load would lose the mark, a client navigation keeps it. */
export async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __stillHere?: boolean }).__stillHere = true;
  });
}

export function windowStillMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere === true);
}

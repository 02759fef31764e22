import type {
  FacetKey,
  Facets,
  Filters,
  Label,
  OutcomeDetail,
  OutcomeExport,
  OutcomeListing,
  OutcomeRef,
  OutcomeSummary,
  PlaceLabel,
} from '@/lib/catalogue';
import { FACET_KEYS } from '@/lib/catalogue/filters';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { messages } from '@/lib/messages';
import { csvFileName, outcomesCsv } from './csv';
import { outcomeUrl } from './href';
import { categoryLabel, sectionName, valueLabel } from './labels';
import type { ListingNotice } from './params';

const text = messages.outcomes;

/** One item as the API gives it; the same fields for the list and the CSV. */
interface ApiOutcome {
  key: string;
  section: OutcomeSummary['section'];
  /** The category as the `category` filter takes it: `meetings.2`. */
  category: string;
  number: number;
  title: string;
  /** Absolute address of the item's page. */
  url: string;
  /** Places the title names (inferred by rule). */
  places: PlaceLabel[];
  /** Outcome type (inferred by rule). */
  type: Label;
  /** Topics (inferred by rule). */
  topics: Label[];
  /** The first year the title states, or null; a title stating two years (2024—2025年) has both in `years`. */
  year: number | null;
  years: number[];
}

function toApiOutcome(item: OutcomeSummary): ApiOutcome {
  return {
    key: item.key,
    section: item.section,
    category: `${item.section}.${item.category}`,
    number: item.number,
    title: item.title,
    url: outcomeUrl(item.section, item.number),
    places: item.places,
    type: item.type,
    topics: item.topics,
    year: item.years[0] ?? null,
    years: item.years,
  };
}

type ApiFacets = Record<FacetKey, Array<{ value: string; label: string; count: number }>>;

function toApiFacets(facets: Facets): ApiFacets {
  return Object.fromEntries(
    FACET_KEYS.map((facet) => [
      facet,
      facets[facet].map((entry) => ({
        value: entry.value,
        label: valueLabel(facet, entry.value, entry.zh),
        count: entry.count,
      })),
    ]),
  ) as ApiFacets;
}

export function toApiListing(listing: OutcomeListing) {
  return {
    total: listing.total,
    page: listing.page,
    pageSize: listing.pageSize,
    items: listing.items.map(toApiOutcome),
    facets: toApiFacets(listing.facets),
  };
}

function toApiRef(ref: OutcomeRef) {
  return { ...ref, url: outcomeUrl(ref.section, ref.number) };
}

export function toApiDetail(detail: OutcomeDetail) {
  return {
    ...toApiOutcome(detail),
    categoryLabel: categoryLabel(
      `${detail.section}.${detail.category}`,
      detail.categoryInfo.heading,
    ),
    sectionLabel: sectionName(detail.section),
    /** Every place, named in the title or implied by a named one (city → region → country). */
    allPlaces: detail.placeLinks,
    source: detail.source,
    previous: detail.previous && toApiRef(detail.previous),
    next: detail.next && toApiRef(detail.next),
    related: {
      produced: detail.related.produced.map(toApiRef),
      producedBy: detail.related.producedBy.map(toApiRef),
      samePlace: detail.related.samePlace.map(toApiRef),
      sameCategory: detail.related.sameCategory.map(toApiRef),
    },
  };
}

export function badRequest(issues: readonly ListingNotice[]): Response {
  return Response.json(
    {
      error: text.api.invalidParameters,
      issues: issues.map((issue) => ({
        ...issue,
        message: text.notices.reasons[issue.reason],
      })),
    },
    { status: 400, headers: { 'Cache-Control': CACHE_CONTROL.error } },
  );
}

export function notFound(body: Record<string, unknown>): Response {
  return Response.json(body, { status: 404 });
}

/** Every match as a CSV download; the headers say how many matched, even beyond the cap. */
export function csvResponse(filters: Filters, exported: OutcomeExport): Response {
  return new Response(outcomesCsv(exported.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName(text.export.fileName, filters)}"`,
      'X-Total-Count': String(exported.total),
      'X-Export-Truncated': String(exported.truncated),
    },
  });
}

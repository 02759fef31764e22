import 'server-only';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { oneAfterAnother, withCatalogue } from '@/lib/db/reader';
import type { SectionKey } from '@/lib/parser/types';
import { PLACE_SELECT, type PlaceSummary, toPlaceSummary } from './places';
import type { Label } from './summary';

const SECTION_SELECT = {
  key: true,
  ordinal: true,
  heading: true,
  inferred: true,
  categories: {
    orderBy: { ordinal: 'asc' },
    select: {
      ordinal: true,
      heading: true,
      inferred: true,
      declaredCount: true,
      foundCount: true,
      rangeFirst: true,
      rangeLast: true,
      missing: { orderBy: { first: 'asc' }, select: { first: true, last: true } },
    },
  },
} satisfies Prisma.SectionSelect;

type SectionRow = Prisma.SectionGetPayload<{ select: typeof SECTION_SELECT }>;

export interface CategoryOverview {
  ordinal: number;
  heading: string | null;
  inferred: boolean;
  declaredCount: number | null;
  found: number;
  range: { first: number; last: number | null };
  /** Runs of numbers inside the range that this copy lacks. */
  missing: Array<{ first: number; last: number }>;
}

export interface SectionOverview {
  key: SectionKey;
  ordinal: number;
  heading: string | null;
  inferred: boolean;
  found: number;
  /** Sum of the categories' declared counts; null when one of them declares none. */
  declared: number | null;
  categories: CategoryOverview[];
}

export interface SourceInfo {
  fileName: string;
  sha256: string;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  ingestedAt: string;
}

export interface Overview {
  title: string | null;
  source: SourceInfo;
  found: number;
  declared: number | null;
  sections: SectionOverview[];
  types: Array<Label & { count: number }>;
  topics: Array<Label & { count: number }>;
  /** Places with at least one item, with coordinates for the map. */
  places: Array<Omit<PlaceSummary, 'aliases' | 'itemCount'> & { count: number }>;
}

function toSectionOverview(row: SectionRow): SectionOverview {
  const categories = row.categories.map(
    (c): CategoryOverview => ({
      ordinal: c.ordinal,
      heading: c.heading,
      inferred: c.inferred,
      declaredCount: c.declaredCount,
      found: c.foundCount,
      range: { first: c.rangeFirst, last: c.rangeLast },
      missing: c.missing,
    }),
  );
  return {
    key: row.key as SectionKey,
    ordinal: row.ordinal,
    heading: row.heading,
    inferred: row.inferred,
    found: categories.reduce((sum, c) => sum + c.found, 0),
    declared: sumOrNull(categories.map((c) => c.declaredCount)),
    categories,
  };
}

function sumOrNull(values: Array<number | null>): number | null {
  return values.some((value) => value === null)
    ? null
    : values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

export function toSourceInfo(row: {
  fileName: string;
  sha256: string;
  publishedOn: Date | null;
  ingestedAt: Date;
}): SourceInfo {
  return {
    fileName: row.fileName,
    sha256: row.sha256,
    publishedOn: row.publishedOn?.toISOString().slice(0, 10) ?? null,
    ingestedAt: row.ingestedAt.toISOString(),
  };
}

/** The front page's numbers: what the list declares, what this copy holds, and by what. */
export function getOverview(): Promise<Overview> {
  return withCatalogue(async (db) => {
    const [source, sections, types, topics, places] = await oneAfterAnother(
      () =>
        db.source.findFirstOrThrow({
          select: {
            title: true,
            fileName: true,
            sha256: true,
            publishedOn: true,
            ingestedAt: true,
          },
        }),
      () => db.section.findMany({ orderBy: { ordinal: 'asc' }, select: SECTION_SELECT }),
      () =>
        db.outcomeType.findMany({
          orderBy: { ordinal: 'asc' },
          select: { key: true, zh: true, en: true, _count: { select: { items: true } } },
        }),
      () =>
        db.topic.findMany({
          orderBy: { ordinal: 'asc' },
          select: { key: true, zh: true, en: true, _count: { select: { items: true } } },
        }),
      () =>
        db.place.findMany({
          where: { items: { some: {} } },
          orderBy: { ordinal: 'asc' },
          select: PLACE_SELECT,
        }),
    );
    const sectionOverviews = sections.map(toSectionOverview);
    return {
      title: source.title,
      source: toSourceInfo(source),
      found: sectionOverviews.reduce((sum, s) => sum + s.found, 0),
      declared: sumOrNull(sectionOverviews.map((s) => s.declared)),
      sections: sectionOverviews,
      types: types.map(({ _count, ...label }) => ({ ...label, count: _count.items })),
      topics: topics.map(({ _count, ...label }) => ({ ...label, count: _count.items })),
      places: places.map(toPlaceSummary).map(({ aliases, itemCount, ...place }) => ({
        ...place,
        count: itemCount,
      })),
    };
  });
}

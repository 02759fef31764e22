import 'server-only';
import { z } from 'zod';
import { RELATED_PER_KIND } from '@/lib/constants';
import type { CatalogueClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { oneAfterAnother, withCatalogue } from '@/lib/db/reader';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import { type OutcomeSummary, SUMMARY_SELECT, toOutcomeSummary } from './summary';
import { wholeNumber } from './whole-number';

const OutcomeAddressSchema = z.object({
  section: z.enum(SECTION_KEYS),
  number: wholeNumber(1, 999),
});

export interface OutcomeRef {
  key: string;
  section: SectionKey;
  number: number;
  title: string;
}

export interface CategoryRef {
  section: SectionKey;
  ordinal: number;
  heading: string | null;
  declaredCount: number | null;
  /** True when the copy lacks this category's heading and the parser reconstructed it. */
  inferred: boolean;
  /** The part's printed position (一、二、三) and whether the copy lacks its heading too. */
  sectionOrdinal: number;
  sectionInferred: boolean;
}

export interface OutcomeDetail extends OutcomeSummary {
  categoryInfo: CategoryRef;
  /** Every place, named in the title or implied by one that is. */
  placeLinks: Array<{
    slug: string;
    zh: string;
    en: string;
    kind: string;
    via: 'named' | 'implied';
  }>;
  source: { fileName: string; firstLine: number; lastLine: number; lines: string[] };
  previous: OutcomeRef | null;
  next: OutcomeRef | null;
  related: {
    /** For a meeting: the documents and initiatives it produced. */
    produced: OutcomeRef[];
    /** For a document or initiative: the meeting that produced it. */
    producedBy: OutcomeRef[];
    /** Other items naming the same city or region (or country, when the title names only one). */
    samePlace: OutcomeRef[];
    /** Neighbours in the same category, in list order. */
    sameCategory: OutcomeRef[];
  };
}

export type OutcomeLookup =
  | { status: 'found'; outcome: OutcomeDetail }
  /** The number lies inside a category's range, but this copy of the list lacks its text. */
  | { status: 'missing'; section: SectionKey; number: number; category: CategoryRef }
  | null;

const REF_SELECT = {
  key: true,
  sectionKey: true,
  number: true,
  title: true,
} satisfies Prisma.ItemSelect;

const DETAIL_SELECT = {
  ...SUMMARY_SELECT,
  id: true,
  position: true,
  firstLine: true,
  lastLine: true,
  category: {
    select: {
      sectionKey: true,
      ordinal: true,
      heading: true,
      declaredCount: true,
      inferred: true,
      section: { select: { ordinal: true, inferred: true } },
    },
  },
  places: {
    select: { via: true, place: { select: { slug: true, zh: true, en: true, kind: true } } },
    orderBy: { place: { ordinal: 'asc' } },
  },
  linksFrom: { select: { to: { select: REF_SELECT } }, orderBy: { to: { position: 'asc' } } },
  linksTo: { select: { from: { select: REF_SELECT } }, orderBy: { from: { position: 'asc' } } },
} satisfies Prisma.ItemSelect;

type DetailRow = Prisma.ItemGetPayload<{ select: typeof DETAIL_SELECT }>;
type RefRow = Prisma.ItemGetPayload<{ select: typeof REF_SELECT }>;

function toOutcomeRef(row: RefRow): OutcomeRef {
  return {
    key: row.key,
    section: row.sectionKey as SectionKey,
    number: row.number,
    title: row.title,
  };
}

function toCategoryRef(row: DetailRow['category']): CategoryRef {
  return {
    section: row.sectionKey as SectionKey,
    ordinal: row.ordinal,
    heading: row.heading,
    declaredCount: row.declaredCount,
    inferred: row.inferred,
    sectionOrdinal: row.section.ordinal,
    sectionInferred: row.section.inferred,
  };
}

/** One outcome with everything its page shows; a known-but-missing answer; or null. */
export function getOutcome(section: string, number: number | string): Promise<OutcomeLookup> {
  const address = OutcomeAddressSchema.safeParse({ section, number });
  if (!address.success) return Promise.resolve(null);
  const { section: sectionKey, number: itemNumber } = address.data;
  return withCatalogue(async (db) => {
    const row = await db.item.findUnique({
      where: { sectionKey_number: { sectionKey, number: itemNumber } },
      select: DETAIL_SELECT,
    });
    if (row) return { status: 'found', outcome: await toOutcomeDetail(db, row) };
    const gap = await db.missingRange.findFirst({
      where: { category: { sectionKey }, first: { lte: itemNumber }, last: { gte: itemNumber } },
      select: { category: { select: DETAIL_SELECT.category.select } },
    });
    return gap
      ? {
          status: 'missing',
          section: sectionKey,
          number: itemNumber,
          category: toCategoryRef(gap.category),
        }
      : null;
  });
}

async function toOutcomeDetail(db: CatalogueClient, row: DetailRow): Promise<OutcomeDetail> {
  const [source, neighbours, samePlace, sameCategory] = await oneAfterAnother(
    () => db.source.findFirstOrThrow({ select: { fileName: true, text: true } }),
    () =>
      db.item.findMany({
        where: { position: { in: [row.position - 1, row.position + 1] } },
        select: { ...REF_SELECT, position: true },
      }),
    () => itemsNamingSamePlace(db, row),
    () =>
      db.item.findMany({
        where: {
          sectionKey: row.category.sectionKey,
          categoryOrdinal: row.category.ordinal,
          id: { not: row.id },
          position: { gte: row.position - RELATED_PER_KIND, lte: row.position + RELATED_PER_KIND },
        },
        orderBy: { position: 'asc' },
        select: { ...REF_SELECT, position: true },
      }),
  );
  const named = row.places
    .filter((p) => p.via === 'named')
    .map(({ place }) => ({ place: { slug: place.slug, zh: place.zh, en: place.en } }));
  const summary = toOutcomeSummary({ ...row, places: named });
  return {
    ...summary,
    categoryInfo: toCategoryRef(row.category),
    placeLinks: row.places.map(({ via, place }) => ({
      ...place,
      via: via === 'named' ? 'named' : 'implied',
    })),
    source: {
      fileName: source.fileName,
      firstLine: row.firstLine,
      lastLine: row.lastLine,
      lines: source.text.split(/\r\n|\r|\n/).slice(row.firstLine - 1, row.lastLine),
    },
    previous: refAt(neighbours, row.position - 1),
    next: refAt(neighbours, row.position + 1),
    related: {
      produced: row.linksFrom.map(({ to }) => toOutcomeRef(to)),
      producedBy: row.linksTo.map(({ from }) => toOutcomeRef(from)),
      samePlace: samePlace.map(toOutcomeRef),
      sameCategory: closestTo(row.position, sameCategory).map(toOutcomeRef),
    },
  };
}

function refAt(rows: Array<RefRow & { position: number }>, position: number): OutcomeRef | null {
  const row = rows.find((r) => r.position === position);
  return row ? toOutcomeRef(row) : null;
}

/** The RELATED_PER_KIND rows nearest the position, back in list order. */
function closestTo<T extends { position: number }>(position: number, rows: T[]): T[] {
  return [...rows]
    .sort((a, b) => Math.abs(a.position - position) - Math.abs(b.position - position))
    .slice(0, RELATED_PER_KIND)
    .sort((a, b) => a.position - b.position);
}

/**
 * Cities and regions say more than a country (most titles touching 中国 would match), so a
 * country is used only when the title names nothing smaller.
 */
function itemsNamingSamePlace(db: CatalogueClient, row: DetailRow): Promise<RefRow[]> {
  const named = row.places.filter((p) => p.via === 'named').map((p) => p.place);
  const specific = named.filter((place) => place.kind !== 'country');
  const slugs = (specific.length > 0 ? specific : named).map((place) => place.slug);
  if (slugs.length === 0) return Promise.resolve([]);
  return db.item.findMany({
    where: { id: { not: row.id }, places: { some: { placeSlug: { in: slugs }, via: 'named' } } },
    orderBy: { position: 'asc' },
    take: RELATED_PER_KIND,
    select: REF_SELECT,
  });
}

import 'server-only';
import { z } from 'zod';
import { PLACE_ITEMS_MAX } from '@/lib/constants';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { withCatalogue } from '@/lib/db/reader';
import { ORDER_BY, type OutcomeSummary, SUMMARY_SELECT, toOutcomeSummary } from './summary';

export const PLACE_SELECT = {
  slug: true,
  zh: true,
  en: true,
  kind: true,
  parentSlug: true,
  lat: true,
  lon: true,
  aliases: true,
  _count: { select: { items: true } },
} satisfies Prisma.PlaceSelect;

type PlaceRow = Prisma.PlaceGetPayload<{ select: typeof PLACE_SELECT }>;

export interface PlaceSummary {
  slug: string;
  zh: string;
  en: string;
  kind: string;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  aliases: string[];
  /** Items naming this place or any place inside it. */
  itemCount: number;
}

export function toPlaceSummary(row: PlaceRow): PlaceSummary {
  return {
    slug: row.slug,
    zh: row.zh,
    en: row.en,
    kind: row.kind,
    parent: row.parentSlug,
    lat: row.lat,
    lon: row.lon,
    aliases: row.aliases === '' ? [] : row.aliases.split('\n'),
    // Items are stored with every place containing their named ones, so this count already
    // includes the descendants' items.
    itemCount: row._count.items,
  };
}

/** Every place of the gazetteer in its order, with item counts. */
export function listPlaces(): Promise<PlaceSummary[]> {
  return withCatalogue(async (db) => {
    const rows = await db.place.findMany({ orderBy: { ordinal: 'asc' }, select: PLACE_SELECT });
    return rows.map(toPlaceSummary);
  });
}

export interface PlaceDetail {
  place: PlaceSummary;
  parent: PlaceSummary | null;
  children: PlaceSummary[];
  /** Items of the place and its descendants in list order, at most PLACE_ITEMS_MAX. */
  items: OutcomeSummary[];
}

const SlugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

export function getPlace(slug: string): Promise<PlaceDetail | null> {
  if (!SlugSchema.safeParse(slug).success) return Promise.resolve(null);
  return withCatalogue(async (db) => {
    const row = await db.place.findUnique({
      where: { slug },
      select: {
        ...PLACE_SELECT,
        parent: { select: PLACE_SELECT },
        children: { select: PLACE_SELECT, orderBy: { ordinal: 'asc' } },
      },
    });
    if (!row) return null;
    const items = await db.item.findMany({
      where: { places: { some: { placeSlug: slug } } },
      orderBy: ORDER_BY.section,
      take: PLACE_ITEMS_MAX,
      select: SUMMARY_SELECT,
    });
    return {
      place: toPlaceSummary(row),
      parent: row.parent ? toPlaceSummary(row.parent) : null,
      children: row.children.map(toPlaceSummary),
      items: items.map(toOutcomeSummary),
    };
  });
}

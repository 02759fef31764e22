import 'server-only';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import type { SectionKey } from '@/lib/parser/types';
import type { SortKey } from './filters';

/** The columns an item's line in a list needs; every list selects exactly these. */
export const SUMMARY_SELECT = {
  key: true,
  sectionKey: true,
  categoryOrdinal: true,
  number: true,
  title: true,
  type: { select: { key: true, zh: true, en: true } },
  places: {
    where: { via: 'named' },
    select: { place: { select: { slug: true, zh: true, en: true } } },
    orderBy: { place: { ordinal: 'asc' } },
  },
  topics: {
    select: { topic: { select: { key: true, zh: true, en: true } } },
    orderBy: { topic: { ordinal: 'asc' } },
  },
  years: { select: { year: true }, orderBy: { year: 'asc' } },
} satisfies Prisma.ItemSelect;

type SummaryRow = Prisma.ItemGetPayload<{ select: typeof SUMMARY_SELECT }>;

export interface Label {
  key: string;
  zh: string;
  en: string;
}

export interface PlaceLabel {
  slug: string;
  zh: string;
  en: string;
}

export interface OutcomeSummary {
  key: string;
  section: SectionKey;
  category: number;
  number: number;
  title: string;
  type: Label;
  /** Places the title names (not the regions and countries they imply). */
  places: PlaceLabel[];
  topics: Label[];
  years: number[];
}

export function toOutcomeSummary(row: SummaryRow): OutcomeSummary {
  return {
    key: row.key,
    section: row.sectionKey as SectionKey,
    category: row.categoryOrdinal,
    number: row.number,
    title: row.title,
    type: row.type,
    places: row.places.map(({ place }) => place),
    topics: row.topics.map(({ topic }) => topic),
    years: row.years.map(({ year }) => year),
  };
}

/** Orders for lists; the list position breaks ties so every order is total and stable. */
export const ORDER_BY = {
  section: [{ position: 'asc' }],
  number: [{ number: 'asc' }, { position: 'asc' }],
  title: [{ titleSort: 'asc' }, { position: 'asc' }],
} satisfies Record<SortKey, Prisma.ItemOrderByWithRelationInput[]>;

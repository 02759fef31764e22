import { z } from 'zod';
import { LOCALES, ORIGINAL_LOCALE } from '@/lib/i18n/locales';
import { NAME_FIELDS, withNames } from '@/lib/i18n/names';
import { SECTION_KEYS } from '@/lib/parser/types';
import { fold } from './text';
import type { Place, PlaceKind } from './types';

/** An abbreviation that stands for a place, but only inside the words listed as its contexts. */
export interface Abbreviation {
  text: string;
  place: string;
  contexts: string[];
  /** Sections it applies in; all when empty. */
  sections: string[];
  why: string;
}

interface Gazetteer {
  /** Phrases that contain a place name without naming the place (上海合作组织). */
  maskPhrases: string[];
  places: Place[];
  abbreviations: Abbreviation[];
}

const Slug = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'slug must be lowercase words joined by -');

const PlaceSchema = z
  .strictObject({
    slug: Slug,
    ...NAME_FIELDS,
    kind: z.enum(['macro-region', 'country', 'region', 'city']),
    parent: z.string().nullable(),
    // Optional per language: where a language lacks it, the place's own name stands.
    full: z
      .strictObject(
        Object.fromEntries(LOCALES.map(({ key }) => [key, z.string().min(1).optional()])),
      )
      .optional(),
    aliases: z.array(z.string().min(1)).min(1),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
  })
  .transform(withNames);

const AbbreviationSchema = z.strictObject({
  text: z.string().min(1),
  place: Slug,
  contexts: z.array(z.string().min(2)).min(1),
  sections: z.array(z.enum(SECTION_KEYS)),
  why: z.string().min(1),
});

const GazetteerSchema = z
  .strictObject({
    maskPhrases: z.array(z.string().min(1)),
    places: z.array(PlaceSchema).min(1),
    abbreviations: z.array(AbbreviationSchema),
  })
  .superRefine((gazetteer, ctx) => {
    for (const message of integrityProblems(gazetteer)) ctx.addIssue({ code: 'custom', message });
  });

/** Throws (ZodError) unless `raw` is a well-formed, internally consistent gazetteer. */
export function parseGazetteer(raw: unknown): Gazetteer {
  return GazetteerSchema.parse(raw);
}

/** A child must sit strictly below its parent; this alone already rules out cycles. */
const RANK: Record<PlaceKind, number> = { 'macro-region': 4, country: 3, region: 2, city: 1 };

function integrityProblems({ maskPhrases, places, abbreviations }: Gazetteer): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Place>();
  for (const place of places) {
    if (bySlug.has(place.slug)) problems.push(`duplicate slug ${place.slug}`);
    bySlug.set(place.slug, place);
  }

  const owner = new Map<string, string>();
  for (const place of places) {
    // Titles are matched in the list's language, so its name is one of the spellings matched.
    const original = place.names[ORIGINAL_LOCALE];
    if (!place.aliases.includes(original))
      problems.push(`${place.slug}: aliases lack ${ORIGINAL_LOCALE} ${original}`);
    for (const alias of place.aliases.map(fold)) {
      const previous = owner.get(alias);
      if (previous !== undefined)
        problems.push(`alias ${alias} used by ${previous} and ${place.slug}`);
      owner.set(alias, place.slug);
    }
    // The map draws every place but a macro-region, which has no single point.
    if ((place.kind === 'macro-region') !== (place.lat === null || place.lon === null)) {
      problems.push(`${place.slug}: only a macro-region has no coordinates`);
    }
  }

  for (const place of places) {
    if (place.parent === null) {
      if (RANK[place.kind] < RANK.country)
        problems.push(`${place.slug}: only a country or a macro-region may lack a parent`);
      continue;
    }
    const parent = bySlug.get(place.parent);
    if (parent === undefined) problems.push(`${place.slug}: unknown parent ${place.parent}`);
    else if (RANK[parent.kind] <= RANK[place.kind]) {
      problems.push(`${place.slug}: a ${place.kind} cannot sit in a ${parent.kind}`);
    }
  }

  for (const phrase of maskPhrases.map(fold)) {
    if (owner.has(phrase)) problems.push(`mask phrase ${phrase} is itself an alias`);
    // A phrase that hides no alias would mask nothing and only risks hiding a neighbour.
    if (![...owner.keys()].some((alias) => phrase.includes(alias))) {
      problems.push(`mask phrase ${phrase} contains no alias`);
    }
  }

  for (const abbreviation of abbreviations) {
    if (!bySlug.has(abbreviation.place)) {
      problems.push(`abbreviation ${abbreviation.text}: unknown place ${abbreviation.place}`);
    }
    for (const context of abbreviation.contexts) {
      if (!context.includes(abbreviation.text)) {
        problems.push(`abbreviation ${abbreviation.text}: context ${context} does not contain it`);
      }
      if (owner.has(fold(context))) {
        problems.push(`abbreviation context ${context} is a place name: list it as an alias`);
      }
    }
  }
  return problems;
}

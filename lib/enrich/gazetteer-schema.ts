import { z } from 'zod';
import { fold } from './text';
import type { Place, PlaceKind } from './types';

interface Gazetteer {
  /** Phrases that contain a place name without naming the place (上海合作组织). */
  maskPhrases: string[];
  places: Place[];
}

const PlaceSchema = z.strictObject({
  slug: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'slug must be lowercase words joined by -'),
  zh: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(['country', 'region', 'city']),
  parent: z.string().nullable(),
  aliases: z.array(z.string().min(1)).min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const GazetteerSchema = z
  .strictObject({
    maskPhrases: z.array(z.string().min(1)),
    places: z.array(PlaceSchema).min(1),
  })
  .superRefine((gazetteer, ctx) => {
    for (const message of integrityProblems(gazetteer)) ctx.addIssue({ code: 'custom', message });
  });

/** Throws (ZodError) unless `raw` is a well-formed, internally consistent gazetteer. */
export function parseGazetteer(raw: unknown): Gazetteer {
  return GazetteerSchema.parse(raw);
}

/** A child must sit strictly below its parent; this alone already rules out cycles. */
const RANK: Record<PlaceKind, number> = { country: 3, region: 2, city: 1 };

function integrityProblems({ maskPhrases, places }: Gazetteer): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Place>();
  for (const place of places) {
    if (bySlug.has(place.slug)) problems.push(`duplicate slug ${place.slug}`);
    bySlug.set(place.slug, place);
  }

  const owner = new Map<string, string>();
  for (const place of places) {
    if (!place.aliases.includes(place.zh))
      problems.push(`${place.slug}: aliases lack zh ${place.zh}`);
    for (const alias of place.aliases.map(fold)) {
      const previous = owner.get(alias);
      if (previous !== undefined)
        problems.push(`alias ${alias} used by ${previous} and ${place.slug}`);
      owner.set(alias, place.slug);
    }
  }

  for (const place of places) {
    if (place.parent === null) {
      if (place.kind !== 'country')
        problems.push(`${place.slug}: only a country may lack a parent`);
      continue;
    }
    const parent = bySlug.get(place.parent);
    if (parent === undefined) problems.push(`${place.slug}: unknown parent ${place.parent}`);
    else if (RANK[parent.kind] <= RANK[place.kind]) {
      problems.push(`${place.slug}: a ${place.kind} cannot sit in a ${parent.kind}`);
    }
    if (onCycle(place, bySlug)) problems.push(`${place.slug}: parent chain loops`);
  }

  for (const phrase of maskPhrases.map(fold)) {
    if (owner.has(phrase)) problems.push(`mask phrase ${phrase} is itself an alias`);
    // A phrase that hides no alias would mask nothing and only risks hiding a neighbour.
    if (![...owner.keys()].some((alias) => phrase.includes(alias))) {
      problems.push(`mask phrase ${phrase} contains no alias`);
    }
  }
  return problems;
}

function onCycle(start: Place, bySlug: ReadonlyMap<string, Place>): boolean {
  const seen = new Set<string>([start.slug]);
  for (let at = start.parent; at !== null; ) {
    if (seen.has(at)) return true;
    seen.add(at);
    at = bySlug.get(at)?.parent ?? null;
  }
  return false;
}

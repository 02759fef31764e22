import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoDistance } from 'd3-geo';
import { pinyin } from 'pinyin-pro';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import raw from '@/data/gazetteer.json' with { type: 'json' };
import { PLACES } from '@/lib/enrich';
import { parseGazetteer } from '@/lib/enrich/gazetteer-schema';
import type { Place } from '@/lib/enrich/types';
import { names } from '../support/names';

const bySlug = new Map(PLACES.map((place) => [place.slug, place]));

/** The country a place lies in (itself for a country); none for a macro-region. */
function countryOf(place: Place): Place | undefined {
  if (place.kind === 'country') return place;
  const parent = place.parent === null ? undefined : bySlug.get(place.parent);
  return parent === undefined ? undefined : countryOf(parent);
}

/** A place somewhere, as the map draws it. */
function located(place: Place): place is Place & { lat: number; lon: number } {
  return place.lat !== null && place.lon !== null;
}

const base = {
  slug: 'x',
  ...names('某国', 'X'),
  kind: 'country',
  parent: null,
  aliases: ['某国'],
  lat: 0,
  lon: 0,
};

describe('gazetteer data', () => {
  it('passes its own validation', () => {
    expect(() => parseGazetteer(raw)).not.toThrow();
  });

  it('holds every place the brief names, with the parent it must have', () => {
    const expected: [string, string | null][] = [
      ['china', null],
      ['tianjin', 'china'],
      ['shenyang', 'liaoning'],
      ['qingdao', 'shandong'],
      ['kunming', 'yunnan'],
      ['xinjiang', 'china'],
      ['henan', 'china'],
      ['sichuan', 'china'],
      ['ningxia', 'china'],
      ['yulin', 'shaanxi'],
      ['ganzhou', 'jiangxi'],
      ['neimenggu', 'china'],
      ['central-asia', null],
      ['eurasia', null],
      ['kyrgyzstan', 'central-asia'],
      ['kazakhstan', 'central-asia'],
      ['uzbekistan', 'central-asia'],
      ['tajikistan', 'central-asia'],
      ['turkmenistan', 'central-asia'],
      ['belarus', null],
      ['russia', null],
      ['krasnodar-krai', 'russia'],
      ['saratov-oblast', 'russia'],
      ['arkhangelsk', 'arkhangelsk-oblast'],
      ['arkhangelsk-oblast', 'russia'],
      ['vladikavkaz', 'north-ossetia-alania'],
      ['north-ossetia-alania', 'russia'],
      ['bukhara', 'bukhara-region'],
      ['bukhara-region', 'uzbekistan'],
      ['myanmar', null],
      ['mongolia', null],
      ['egypt', null],
      ['atyrau', 'atyrau-region'],
      ['atyrau-region', 'kazakhstan'],
      ['almaty-region', 'kazakhstan'],
      ['mogilev', 'mogilev-region'],
      ['mogilev-region', 'belarus'],
    ];
    for (const [slug, parent] of expected) expect(bySlug.get(slug)?.parent, slug).toBe(parent);
  });

  it('romanises places in China as toneless pinyin and others from their English name', () => {
    // Shaanxi is the official spelling that keeps 陕西 apart from 山西 (Shanxi).
    const pinyinOf: Record<string, string> = { shaanxi: 'shanxi' };
    for (const place of PLACES) {
      if (place.kind !== 'country' && countryOf(place)?.slug === 'china') {
        const shortest = place.aliases
          .filter((alias) => /^\p{Script=Han}+$/u.test(alias))
          .sort((a, b) => a.length - b.length)[0];
        expect(pinyin(shortest ?? '', { toneType: 'none', separator: '' }), place.slug).toBe(
          pinyinOf[place.slug] ?? place.slug,
        );
      } else {
        const kebab = place.names.en
          .toLowerCase()
          .replace(/[^a-z]+/g, '-')
          .replace(/^-|-$/g, '');
        expect(kebab, place.slug).toBe(place.slug);
      }
    }
  });

  it('puts every place inside its country on the world map, and cities near their region', () => {
    const require = createRequire(import.meta.url);
    const world = JSON.parse(
      readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
    ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(world, world.objects.countries).features;
    for (const place of PLACES.filter(located)) {
      const country = countries.find((f) => f.properties.name === countryOf(place)?.names.en);
      expect(country, `${place.slug} country shape`).toBeDefined();
      if (country === undefined) continue;
      expect(geoContains(country, [place.lon, place.lat]), place.slug).toBe(true);
      const parent = place.parent === null ? undefined : bySlug.get(place.parent);
      if (place.kind === 'city' && parent?.kind === 'region' && located(parent)) {
        const km = geoDistance([place.lon, place.lat], [parent.lon, parent.lat]) * 6371;
        expect(km, place.slug).toBeLessThan(500);
      }
    }
  });
});

describe('macro-regions', () => {
  it('are the only places without coordinates', () => {
    for (const place of PLACES) {
      expect(located(place), place.slug).toBe(place.kind !== 'macro-region');
    }
    expect(PLACES.filter((place) => place.kind === 'macro-region').map((p) => p.slug)).toEqual([
      'central-asia',
      'eurasia',
    ]);
  });

  it('hold the five Central Asian countries, and a country may sit in one', () => {
    const inside = PLACES.filter((place) => place.parent === 'central-asia').map((p) => p.slug);
    expect(inside.sort()).toEqual(
      ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'].sort(),
    );
    for (const slug of inside) expect(bySlug.get(slug)?.kind).toBe('country');
  });
});

describe('gazetteer validation', () => {
  const reject = (
    reason: RegExp,
    places: object[],
    maskPhrases: string[] = [],
    abbreviations: object[] = [],
  ) => expect(() => parseGazetteer({ maskPhrases, places, abbreviations })).toThrow(reason);
  const macro = {
    ...base,
    slug: 'z',
    ...names('某洲', 'Z'),
    aliases: ['某洲'],
    kind: 'macro-region',
    lat: null,
    lon: null,
  };

  it('rejects a duplicate slug', () => {
    reject(/duplicate slug x/, [base, { ...base, zh: '他国', aliases: ['他国'] }]);
  });

  it('rejects an unknown parent and a country below another place', () => {
    reject(/unknown parent nowhere/, [{ ...base, kind: 'city', parent: 'nowhere' }]);
    reject(/a country cannot sit in a country/, [
      base,
      { ...base, slug: 'y', zh: '乙国', aliases: ['乙国'], parent: 'x' },
    ]);
  });

  it('rejects a cycle: a place must rank strictly below its parent', () => {
    reject(/a region cannot sit in a region/, [
      { ...base, kind: 'region', parent: 'y' },
      { ...base, slug: 'y', zh: '乙', aliases: ['乙'], kind: 'region', parent: 'x' },
    ]);
  });

  it('rejects an alias shared by two places, also when only case or dash differs', () => {
    reject(/alias 某国 used by x and y/, [
      base,
      { ...base, slug: 'y', zh: '乙国', aliases: ['乙国', '某国'] },
    ]);
    reject(/alias qingdao used by x and y/, [
      { ...base, aliases: ['某国', 'Qingdao'] },
      { ...base, slug: 'y', zh: '乙国', aliases: ['乙国', 'QINGDAO'] },
    ]);
  });

  it('rejects aliases lacking zh, and mask phrases that are aliases or hide none', () => {
    reject(/aliases lack zh/, [{ ...base, aliases: ['别名'] }]);
    reject(/is itself an alias/, [base], ['某国']);
    reject(/contains no alias/, [base], ['上合']);
  });

  it('rejects coordinates on a macro-region and a place elsewhere without them', () => {
    reject(/z: only a macro-region has no coordinates/, [{ ...macro, lat: 40, lon: 60 }]);
    reject(/x: only a macro-region has no coordinates/, [{ ...base, lat: null }]);
  });

  it('lets a country sit in a macro-region, never a macro-region in a country', () => {
    expect(() =>
      parseGazetteer({
        maskPhrases: [],
        places: [macro, { ...base, parent: 'z' }],
        abbreviations: [],
      }),
    ).not.toThrow();
    reject(/a macro-region cannot sit in a country/, [base, { ...macro, parent: 'x' }]);
  });

  it('rejects a city or region without a parent', () => {
    reject(/only a country or a macro-region may lack a parent/, [{ ...base, kind: 'city' }]);
  });

  const abbreviation = {
    text: '某',
    place: 'x',
    contexts: ['访某'],
    sections: [],
    why: 'stands for X in 访某',
  };

  it('rejects an abbreviation whose context lacks it, or that names an unknown place', () => {
    reject(
      /context 来访 does not contain it/,
      [base],
      [],
      [{ ...abbreviation, contexts: ['来访'] }],
    );
    reject(
      /abbreviation 某: unknown place nowhere/,
      [base],
      [],
      [{ ...abbreviation, place: 'nowhere' }],
    );
  });

  it('rejects an abbreviation context that is a place name, and an unknown section', () => {
    reject(/context 某国 is a place name/, [base], [], [{ ...abbreviation, contexts: ['某国'] }]);
    expect(() =>
      parseGazetteer({
        maskPhrases: [],
        places: [base],
        abbreviations: [{ ...abbreviation, sections: ['speeches'] }],
      }),
    ).toThrow();
  });

  it('accepts a minimal consistent gazetteer', () => {
    expect(() =>
      parseGazetteer({ maskPhrases: ['某国组织'], places: [base], abbreviations: [abbreviation] }),
    ).not.toThrow();
  });
});

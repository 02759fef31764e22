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

const bySlug = new Map(PLACES.map((place) => [place.slug, place]));

function countryOf(place: Place): Place {
  const parent = place.parent === null ? undefined : bySlug.get(place.parent);
  return parent === undefined ? place : countryOf(parent);
}

const base = {
  slug: 'x',
  zh: '某国',
  en: 'X',
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
      ['kyrgyzstan', null],
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
      if (place.kind !== 'country' && countryOf(place).slug === 'china') {
        const shortest = place.aliases
          .filter((alias) => /^\p{Script=Han}+$/u.test(alias))
          .sort((a, b) => a.length - b.length)[0];
        expect(pinyin(shortest ?? '', { toneType: 'none', separator: '' }), place.slug).toBe(
          pinyinOf[place.slug] ?? place.slug,
        );
      } else {
        const kebab = place.en
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
    for (const place of PLACES) {
      const country = countries.find((f) => f.properties.name === countryOf(place).en);
      expect(country, `${place.slug} country shape`).toBeDefined();
      if (country === undefined) continue;
      expect(geoContains(country, [place.lon, place.lat]), place.slug).toBe(true);
      const parent = place.parent === null ? undefined : bySlug.get(place.parent);
      if (place.kind === 'city' && parent?.kind === 'region') {
        const km = geoDistance([place.lon, place.lat], [parent.lon, parent.lat]) * 6371;
        expect(km, place.slug).toBeLessThan(500);
      }
    }
  });
});

describe('gazetteer validation', () => {
  const reject = (reason: RegExp, places: object[], maskPhrases: string[] = []) =>
    expect(() => parseGazetteer({ maskPhrases, places })).toThrow(reason);

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

  it('rejects a cycle', () => {
    reject(/parent chain loops/, [
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

  it('accepts a minimal consistent gazetteer', () => {
    expect(() => parseGazetteer({ maskPhrases: ['某国组织'], places: [base] })).not.toThrow();
  });
});

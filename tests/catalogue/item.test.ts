import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, getOutcome, type OutcomeDetail } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { RELATED_PER_KIND } from '@/lib/constants';
import { LOCALES } from '@/lib/i18n/locales';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { EXPECTED, type ExpectedItem } from '../support/expected';
import {
  abbreviationWord,
  FACTS,
  GAZETTEER_BY_SLUG,
  itemText,
  SOURCE_LINES,
  translationsOf,
} from './reference';

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

const byKey = new Map(EXPECTED.map((item) => [item.key, item]));
const expectedItem = (key: string) => byKey.get(key) as ExpectedItem;

function found(section: string, number: string): OutcomeDetail {
  const lookup = getOutcome(catalogue, section, number);
  if (lookup?.status !== 'found') throw new Error(`${section}-${number} not found`);
  return lookup.outcome;
}

const keys = (refs: ReadonlyArray<{ key: string }>) => refs.map((ref) => ref.key);

describe('getOutcome finds', () => {
  it('an item with its exact title, category and source lines', () => {
    const outcome = found('meetings', '111');
    const expected = expectedItem('meetings-111');
    expect(outcome.item).toMatchObject({
      key: 'meetings-111',
      section: 'meetings',
      number: 111,
      title: expected.title,
      category: {
        section: 'meetings',
        ordinal: 2,
        value: 'meetings.2',
        heading: '中方举办的其他活动',
        declaredCount: 77,
      },
    });
    // Line 468 of the file: 111.上海合作组织成员国安全会议秘书第二十次专家会
    expect(outcome.item).toMatchObject({ firstLine: 468, lastLine: 468 });
    expect(outcome.lines).toEqual([SOURCE_LINES[467]]);
    expect(outcome.lines[0]).toBe(`111.${expected.title}`);
  });

  it('every item of the table, with the lines of the real file it was read from', () => {
    for (const expected of EXPECTED) {
      const outcome = found(expected.section, String(expected.number));
      const { firstLine, lastLine } = outcome.item;
      expect(outcome.lines, expected.key).toEqual(SOURCE_LINES.slice(firstLine - 1, lastLine));
      const text = itemText(outcome.lines, expected.number);
      // initiatives-36's line ends with a dateline, which is not part of the title.
      expect(text, expected.key).toBe(
        expected.key === 'initiatives-36'
          ? `${expected.title}（新华社天津9月1日电）`
          : expected.title,
      );
      expect(outcome.item.category.value, expected.key).toBe(
        `${expected.section}.${expected.category}`,
      );
    }
  });

  it('the two titles wrapped over two lines, joined', () => {
    expect(found('documents', '68').item).toMatchObject({ firstLine: 3, lastLine: 5 });
    expect(found('documents', '68').lines).toEqual([
      '68.2025年上海合作组织',
      '',
      '民间友好论坛暨友好城市论坛沈阳倡议',
    ]);
    expect(found('documents', '70').item).toMatchObject({ firstLine: 9, lastLine: 11 });
  });

  it('every item with its type, topics, years and translation', () => {
    for (const expected of EXPECTED) {
      const { item } = found(expected.section, String(expected.number));
      expect(item.type.key, expected.key).toBe(expected.type);
      expect(item.secondaryType?.key ?? null, expected.key).toBe(expected.secondaryType);
      expect(
        item.topics.map((topic) => topic.key),
        expected.key,
      ).toEqual(expected.topics);
      expect(item.years, expected.key).toEqual(expected.years);
      expect(item.translations, expected.key).toEqual(translationsOf(expected.key));
    }
  });
});

describe('places with their reasons', () => {
  it('every item has the table’s places, in its order, each with how it was reached and its role', () => {
    for (const expected of EXPECTED) {
      const { item } = found(expected.section, String(expected.number));
      expect(
        item.places.map((tag) => ({
          slug: tag.place.slug,
          via: tag.via,
          ref: tag.fact?.id ?? tag.linked?.key ?? tag.heading?.value ?? null,
          word: tag.word,
          role: tag.role,
        })),
        expected.key,
      ).toEqual(
        expected.places.map((place) => ({
          slug: place.slug,
          via: place.via,
          ref: place.via === 'abbreviation' ? null : place.ref,
          word: place.via === 'abbreviation' ? abbreviationWord(expected.key) : null,
          role: place.role,
        })),
      );
    }
  });

  it('meetings-70 is in Shenyang because the initiative it produced names it (documents-68)', () => {
    const { item } = found('meetings', '70');
    expect(item.title).not.toContain('沈阳');
    const [shenyang, liaoning, china] = item.places;
    expect(shenyang).toMatchObject({
      place: { slug: 'shenyang', kind: 'city', parent: 'liaoning' },
      via: 'linked',
      fact: null,
      word: null,
    });
    expect(shenyang?.linked).toEqual({
      key: 'documents-68',
      section: 'documents',
      number: 68,
      title: expectedItem('documents-68').title,
      translations: translationsOf('documents-68'),
    });
    expect(shenyang?.linked?.title).toContain('沈阳');
    // Its parents, walking up the gazetteer.
    expect(liaoning).toMatchObject({ place: { slug: 'liaoning' }, via: 'parent', linked: null });
    expect(china).toMatchObject({ place: { slug: 'china' }, via: 'parent', linked: null });
    expect(item.places).toHaveLength(3);
  });

  it('meetings-77 is in Tianjin by the 2025 summit fact, with the fact’s source', () => {
    const { item } = found('meetings', '77');
    expect(item.title).toContain('上合峰会');
    const fact = FACTS.find((one) => one.id === 'sco-summit-2025');
    expect(item.places[0]).toMatchObject({ place: { slug: 'tianjin' }, via: 'fact', linked: null });
    expect(item.places[0]?.fact).toEqual({
      id: 'sco-summit-2025',
      place: 'tianjin',
      names: Object.fromEntries(LOCALES.map(({ key }) => [key, fact?.[key]])),
      why: fact?.why,
      source: fact?.source,
    });
    expect(item.places[1]).toMatchObject({ place: { slug: 'china' }, via: 'parent', fact: null });
  });

  it('meetings-145 is in Tianjin by the abbreviation 津 of 津彩', () => {
    const { item } = found('meetings', '145');
    expect(item.title).toContain('津彩');
    expect(item.places.map((tag) => [tag.place.slug, tag.via, tag.word])).toEqual([
      ['tianjin', 'abbreviation', '津彩'],
      ['china', 'parent', null],
    ]);
  });

  it('access by 访华 (meetings-82) and by 中方 in an initiative (initiatives-7) reach China', () => {
    expect(
      found('meetings', '82').item.places.map((tag) => [tag.place.slug, tag.via, tag.word]),
    ).toEqual([['china', 'abbreviation', '访华']]);
    expect(
      found('initiatives', '7').item.places.map((tag) => [tag.place.slug, tag.via, tag.word]),
    ).toEqual([
      ['china', 'abbreviation', '中方'],
      ['tianjin', 'heading', null],
    ]);
  });

  it('initiatives-7 is put forward in Tianjin by its heading, with the heading as it stands', () => {
    const tianjin = found('initiatives', '7').item.places[1];
    expect(tianjin?.heading).toMatchObject({
      value: 'initiatives.1',
      heading: '中方在天津峰会上提出的倡议',
    });
    // Its China is the title's 中方, not the heading's: the title's reason is kept.
    expect(found('initiatives', '7').item.places[0]?.heading).toBeNull();
    // The other category's items have China by their heading, and no Tianjin.
    expect(
      found('initiatives', '24').item.places.map((tag) => [
        tag.place.slug,
        tag.via,
        tag.heading?.value,
      ]),
    ).toEqual([['china', 'heading', 'initiatives.2']]);
  });

  it('a city and its region and country: documents-89 (沈阳市, 阿特劳市)', () => {
    const { item } = found('documents', '89');
    expect(item.places.map((tag) => [tag.place.slug, tag.via])).toEqual([
      ['china', 'named'],
      ['shenyang', 'named'],
      ['kazakhstan', 'named'],
      ['atyrau', 'named'],
      ['liaoning', 'parent'],
      ['central-asia', 'parent'],
      ['atyrau-region', 'parent'],
    ]);
    for (const tag of item.places) {
      const gazetteer = GAZETTEER_BY_SLUG.get(tag.place.slug);
      expect(tag.place, tag.place.slug).toMatchObject({
        names: { zh: gazetteer?.zh, en: gazetteer?.en },
        kind: gazetteer?.kind,
        parent: gazetteer?.parent,
      });
    }
  });
});

describe('neighbours and related items', () => {
  it('links the previous and next item in printed order, across sections', () => {
    const last = found('meetings', '187');
    expect(last.previous?.key).toBe('meetings-186');
    expect(last.next).toEqual({
      key: 'documents-68',
      section: 'documents',
      number: 68,
      title: expectedItem('documents-68').title,
      translations: translationsOf('documents-68'),
    });
    expect(found('documents', '90').next?.key).toBe('initiatives-1');
    expect(found('meetings', '24').previous).toBeNull();
    expect(found('initiatives', '36').next).toBeNull();
  });

  it('links a forum and the initiative it produced, both ways', () => {
    const forum = found('meetings', '70');
    expect(forum.item.title).toBe('2025年上海合作组织民间友好论坛暨友好城市论坛');
    expect(keys(forum.related.produced)).toEqual(['documents-68']);
    expect(forum.related.producedBy).toEqual([]);
    const initiative = found('documents', '68');
    expect(initiative.item.title).toBe('2025年上海合作组织民间友好论坛暨友好城市论坛沈阳倡议');
    expect(keys(initiative.related.producedBy)).toEqual(['meetings-70']);
    expect(initiative.related.produced).toEqual([]);
    expect(keys(found('documents', '70').related.producedBy)).toEqual(['meetings-124']);
    expect(keys(found('meetings', '124').related.produced)).toEqual(['documents-70']);
    // Neither names a city, but the forum produced the initiative.
    expect(keys(found('documents', '69').related.producedBy)).toEqual(['meetings-62']);
  });

  it('no other item produced or was produced', () => {
    const linked = new Set([
      'meetings-62',
      'meetings-70',
      'meetings-124',
      'documents-68',
      'documents-69',
      'documents-70',
    ]);
    for (const expected of EXPECTED) {
      if (linked.has(expected.key)) continue;
      const { related } = found(expected.section, String(expected.number));
      expect([...related.produced, ...related.producedBy], expected.key).toEqual([]);
    }
  });

  it('relates items tied to the same city (documents-89: Shenyang and Atyrau)', () => {
    // Not the countries (China, Kazakhstan): the item has cities. meetings-70 is tied to
    // Shenyang by its link; documents-84 lies in the Atyrau region but is not tied to the city.
    expect(keys(found('documents', '89').related.samePlace)).toEqual([
      'meetings-70',
      'documents-68',
      'documents-83',
      'documents-88',
      'documents-90',
    ]);
  });

  it('relates by the smallest places tied, else the country, never by a parent alone', () => {
    // The forums and what they produced (the test above) are listed as such, not again here.
    const PRODUCED_PAIRS = new Map(
      [
        ['meetings-62', 'documents-69'],
        ['meetings-70', 'documents-68'],
        ['meetings-124', 'documents-70'],
      ].flatMap(([a = '', b = '']) => [
        [a, b],
        [b, a],
      ]),
    );
    const kind = (slug: string) => GAZETTEER_BY_SLUG.get(slug)?.kind;
    for (const expected of EXPECTED) {
      const tied = expected.places.filter((p) => p.via !== 'parent').map((p) => p.slug);
      const smaller = tied.filter((slug) => kind(slug) === 'city' || kind(slug) === 'region');
      const by = smaller.length > 0 ? smaller : tied;
      const related = EXPECTED.filter(
        (other) =>
          other.key !== expected.key &&
          PRODUCED_PAIRS.get(expected.key) !== other.key &&
          other.places.some((p) => p.via !== 'parent' && by.includes(p.slug)),
      )
        .slice(0, RELATED_PER_KIND)
        .map((other) => other.key);
      expect(
        keys(found(expected.section, String(expected.number)).related.samePlace),
        expected.key,
      ).toEqual(related);
    }
  });

  it('lists each related item once, under the closest relation', () => {
    // documents-68 was produced by meetings-70, which is also tied to Shenyang: it is listed
    // as what produced it, not again among the items of the same place.
    const initiative = found('documents', '68').related;
    expect(keys(initiative.producedBy)).toEqual(['meetings-70']);
    expect(keys(initiative.samePlace)).not.toContain('meetings-70');
    for (const expected of EXPECTED) {
      const { related } = found(expected.section, String(expected.number));
      const all = keys([
        ...related.producedBy,
        ...related.produced,
        ...related.samePlace,
        ...related.sameCategory,
      ]);
      expect(new Set(all).size, expected.key).toBe(all.length);
      expect(all, expected.key).not.toContain(expected.key);
    }
  });

  it('gives the nearest neighbours in the category, in list order, never crossing it', () => {
    const numbers = (section: string, number: string) =>
      found(section, number).related.sameCategory.map((ref) => ref.number);
    // Without 83, 88 and 90, listed already as tied to Shenyang (each item is listed once).
    expect(numbers('documents', '89')).toEqual([81, 82, 84, 85, 86, 87]);
    expect(numbers('meetings', '24')).toEqual([25, 26, 27, 28, 29, 30]);
    // meetings-110 ends category 1; 111 begins category 2.
    expect(numbers('meetings', '110')).toEqual([104, 105, 106, 107, 108, 109]);
    expect(numbers('meetings', '111')).toEqual([112, 113, 114, 115, 116, 117]);
    expect(numbers('initiatives', '24')).toEqual([25, 26, 27, 28, 29, 30]);
    expect(numbers('initiatives', '23')).toEqual([17, 18, 19, 20, 21, 22]);
    expect(
      found('documents', '89').related.sameCategory.every((ref) => ref.section === 'documents'),
    ).toBe(true);
  });
});

describe('getOutcome for numbers this copy lacks, and for nonsense', () => {
  it('answers "missing" for a number inside a category’s range that this copy lacks', () => {
    // meetings 1–23: category 1 (heading lost) runs from 1; the copy starts at 24.
    expect(getOutcome(catalogue, 'meetings', '10')).toEqual({
      status: 'missing',
      section: 'meetings',
      number: 10,
      category: expect.objectContaining({ value: 'meetings.1', inferred: true }),
    });
    expect(getOutcome(catalogue, 'meetings', '1')?.status).toBe('missing');
    expect(getOutcome(catalogue, 'meetings', '23')?.status).toBe('missing');
    // documents 1–24: the summit documents (（一）峰会成果文件（共24份）), none in this copy.
    expect(getOutcome(catalogue, 'documents', '1')).toMatchObject({
      status: 'missing',
      category: { value: 'documents.1', heading: '峰会成果文件', declaredCount: 24 },
    });
    expect(getOutcome(catalogue, 'documents', '24')).toMatchObject({
      status: 'missing',
      category: { value: 'documents.1' },
    });
    // documents 25–67: category 2 (heading lost); the copy starts at 68.
    for (const number of ['25', '30', '67']) {
      expect(getOutcome(catalogue, 'documents', number), number).toMatchObject({
        status: 'missing',
        number: Number(number),
        category: { value: 'documents.2', inferred: true },
      });
    }
  });

  it('returns null beyond every range and for an unknown section', () => {
    expect(getOutcome(catalogue, 'initiatives', '37')).toBeNull();
    expect(getOutcome(catalogue, 'meetings', '188')).toBeNull();
    expect(getOutcome(catalogue, 'meetings', '500')).toBeNull();
    expect(getOutcome(catalogue, 'documents', '91')).toBeNull();
    expect(getOutcome(catalogue, 'speeches', '1')).toBeNull();
    expect(getOutcome(catalogue, 'constructor', '1')).toBeNull();
    expect(getOutcome(catalogue, '', '1')).toBeNull();
  });

  it.each([
    '010',
    '1e1',
    'x',
    'x1',
    '024',
    '24.0',
    '2.4e1',
    '0x18',
    ' 24',
    '24 ',
    '+24',
    '-1',
    '２４',
    '',
    '0',
    '100000',
  ])('finds nothing at %j: an item has one address', (number) => {
    expect(getOutcome(catalogue, 'meetings', number)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { enrichItem, enrichList, itemKey } from '@/lib/enrich';
import { producedLinks } from '@/lib/enrich/links';
import type { EnrichInput } from '@/lib/enrich/types';
import { parseSource } from '@/lib/parser';
import { SOURCE_BYTES } from '../support/source';
import { reasonsOf, type Tie } from './ties';

/**
 * What the list reveals across items: a document named after the meeting that adopted it
 * (…论坛沈阳倡议 after …论坛) was produced by it, and the city one of the two names is the
 * other's venue too — unless the other names a city of its own.
 */

const list = parseSource(SOURCE_BYTES);
const parsed = list.items;
const keyAt = (index: number) => itemKey(parsed[index] as { section: string; number: number });

const linked = (slug: string, key: string): Tie => ({ slug, via: 'linked', ref: key });
const named = (slug: string): Tie => ({ slug, via: 'named', ref: null });
const parent = (...slugs: string[]): Tie[] =>
  slugs.map((slug) => ({ slug, via: 'parent', ref: null }));

type Input = EnrichInput & { category: number; number: number };
const meeting = (number: number, title: string): Input => ({
  section: 'meetings',
  category: 1,
  number,
  title,
});
const document = (number: number, title: string): Input => ({
  section: 'documents',
  category: 1,
  number,
  title,
});
/** A list of two sections, each of one category without a heading. */
const HEADINGLESS = (['meetings', 'documents'] as const).map((key) => ({
  key,
  categories: [{ ordinal: 1, heading: null }],
}));
const pairs = (items: readonly Input[]) =>
  producedLinks(items).map(({ from, to }) => [
    itemKey(items[from] as Input),
    itemKey(items[to] as Input),
  ]);

describe('links on the real list', () => {
  const { enrichments, links } = enrichList(parsed, list.sections);
  const placesOf = (key: string) =>
    reasonsOf(enrichments[parsed.findIndex((item) => itemKey(item) === key)]?.places ?? []);

  it('pairs the three documents named after their meetings, and nothing else', () => {
    // By hand: the 沈阳倡议 of the friendship forum, the 倡议 of the medical innovation forum,
    // the 青岛倡议 of the local trade conference.
    expect(links.map(({ from, to, kind }) => [keyAt(from), keyAt(to), kind])).toEqual([
      ['meetings-70', 'documents-68', 'produced'],
      ['meetings-62', 'documents-69', 'produced'],
      ['meetings-124', 'documents-70', 'produced'],
    ]);
  });

  it('gives a forum the city its initiative names', () => {
    expect(placesOf('meetings-70')).toEqual([
      linked('shenyang', 'documents-68'),
      ...parent('liaoning', 'china'),
    ]);
    expect(placesOf('meetings-124')).toEqual([
      named('china'),
      linked('qingdao', 'documents-70'),
      ...parent('shandong'),
    ]);
  });

  it('leaves the documents, which name their cities, and a pair naming none, as they were', () => {
    expect(placesOf('documents-68')).toEqual([named('shenyang'), ...parent('liaoning', 'china')]);
    expect(placesOf('meetings-62')).toEqual([]);
    expect(placesOf('documents-69')).toEqual([]);
  });

  it('needs the list: the meeting alone has no place', () => {
    const title = parsed.find((item) => itemKey(item) === 'meetings-70')?.title ?? '';
    expect(enrichItem({ section: 'meetings', title }).places).toEqual([]);
  });
});

describe('link rules', () => {
  const FORUM = '2025年上海合作组织青年科技论坛';

  it('links a document whose title is a meeting’s name and a short suffix, the year aside', () => {
    expect(pairs([meeting(1, FORUM), document(2, '上海合作组织青年科技论坛宣言')])).toEqual([
      ['meetings-1', 'documents-2'],
    ]);
  });

  it('does not link a short generic name, a long suffix, or two meetings', () => {
    expect(pairs([meeting(1, '上合论坛'), document(2, '上合论坛沈阳倡议')])).toEqual([]);
    expect(
      pairs([meeting(1, FORUM), document(2, `${FORUM}关于加强青年科技人才交流合作的联合倡议`)]),
    ).toEqual([]);
    expect(pairs([meeting(1, FORUM), meeting(2, `${FORUM}沈阳分会`)])).toEqual([]);
  });

  it('links to the longest meeting name the title starts with', () => {
    const items = [
      meeting(1, FORUM),
      meeting(2, `${FORUM}暨创新论坛`),
      document(3, `${FORUM}暨创新论坛沈阳倡议`),
    ];
    expect(pairs(items)).toEqual([['meetings-2', 'documents-3']]);
  });

  it('does not give a meeting that names its own city the document’s', () => {
    const { enrichments } = enrichList(
      [meeting(1, `${FORUM}天津会议`), document(2, `${FORUM}天津会议沈阳倡议`)],
      HEADINGLESS,
    );
    expect(reasonsOf(enrichments[0]?.places ?? [])).toEqual([named('tianjin'), ...parent('china')]);
  });

  it('carries cities only: a country in the document is a partner, not a venue', () => {
    const { enrichments } = enrichList(
      [meeting(1, FORUM), document(2, `${FORUM}哈萨克斯坦倡议`)],
      HEADINGLESS,
    );
    expect(enrichments[0]?.places).toEqual([]);
  });
});

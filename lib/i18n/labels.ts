import {
  type Catalogue,
  type CatalogueItem,
  type CategoryEntry,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  facetOf,
  type ItemRef,
  type PlaceEntry,
  type SourceInfo,
  type Term,
  valueHref,
} from '@/lib/catalogue';
import { placesByRole } from '@/lib/catalogue/roles';
import { COMMITMENT_KINDS, COMMITMENT_UNITS } from '@/lib/enrich/numbers';
import type { Commitment, Ordinal, Period } from '@/lib/enrich/numbers/types';
import type { SectionKey } from '@/lib/parser/types';
import { OUTCOMES_PATH, outcomePath } from '@/lib/paths';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from './locale';
import { type Named, namesFrom } from './names';

/**
 * Every name the site gives its things — sections, categories, items, facet values, a view's
 * filters — and the summary lines made of them, so a row, a feed entry, a preview, a citation,
 * JSON-LD and a page name one thing alike.
 */

/** Between the parts of a summary line (a row's details, a feed entry, a preview's kicker). */
export const SUMMARY_SEPARATOR = ' · ';

/** The parts that are not empty, as one line: 成果文件第88项 · （二）第25–90项 · 协议. */
export function summaryLine(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(SUMMARY_SEPARATOR);
}

/** 成果文件 / Outcome documents. */
export function sectionName(locale: Locale, section: SectionKey): string {
  return locale.messages.sections[section];
}

/**
 * A category as the list names it — its printed heading, translated where the page's language
 * has a translation of it — or, where the copy lacks the heading,
 * by the number range it spans, which the reader can check (marked inferred by the caller).
 */
export function categoryName(locale: Locale, category: CategoryEntry): string {
  const { numbering } = locale.messages;
  if (category.heading !== null)
    return category.headingTranslations[locale.key] ?? category.heading;
  return category.range.last === null
    ? numbering.openItems(category.range.first)
    : numbering.items(category.range.first, category.range.last);
}

/** The section with its printed number: 二、成果文件. */
export function numberedSectionName(
  locale: Locale,
  section: { key: SectionKey; ordinal: number },
): string {
  return `${locale.messages.numbering.section(section.ordinal)}${sectionName(locale, section.key)}`;
}

/** The category with its printed number: （二）第25–90项. */
export function numberedCategoryName(locale: Locale, category: CategoryEntry): string {
  return `${locale.messages.numbering.category(category.ordinal)}${categoryName(locale, category)}`;
}

/** The category with its section: 成果文件（二）第25–90项. */
export function fullCategoryName(locale: Locale, category: CategoryEntry): string {
  return [sectionName(locale, category.section), numberedCategoryName(locale, category)].join(
    locale.messages.locale.wordSeparator,
  );
}

/** An item by where it stands: 成果文件第88项. */
export function itemLabel(locale: Locale, item: Pick<ItemRef, 'section' | 'number'>): string {
  return locale.messages.numbering.itemIn(sectionName(locale, item.section), item.number);
}

/**
 * The steps to an item, each named and with its site path (the item's own last): the list, its
 * section, its category, the item. The visible breadcrumb and the JSON-LD one are both these.
 */
export function itemSteps(
  locale: Locale,
  item: Pick<CatalogueItem, 'section' | 'number' | 'category'>,
): Array<{ name: string; path: string }> {
  return [
    { name: locale.messages.nav.outcomes, path: OUTCOMES_PATH },
    {
      name: sectionName(locale, item.section),
      path: valueHref('section', item.section),
    },
    {
      name: numberedCategoryName(locale, item.category),
      path: valueHref('category', item.category.value),
    },
    {
      name: locale.messages.numbering.item(item.number),
      path: outcomePath(item.section, item.number),
    },
  ];
}

/** A facet value's name for people, from the loaded catalogue's vocabularies. */
export function facetValueName(
  locale: Locale,
  catalogue: Catalogue,
  facet: FacetKey,
  value: string,
): string {
  const { label } = facetOf(facet);
  switch (label.kind) {
    case 'section':
      return locale.messages.sections[value as SectionKey] ?? value;
    case 'category': {
      const category = catalogue.categories.find((entry) => entry.value === value);
      return category ? fullCategoryName(locale, category) : value;
    }
    case 'year':
      return locale.messages.outcomes.yearLabel(value);
    case 'term': {
      const term = label.term(catalogue, value);
      return term ? locale.name(term) : value;
    }
  }
}

/**
 * A facet value away from its facet's heading (a view's title, summary, feed, the filter to
 * drop): its name, or a phrase where the name alone would read as another facet's value
 * (在青岛市举办 / took place in Qingdao, not 青岛市, which the place facet also names).
 */
export function facetValueWords(
  locale: Locale,
  catalogue: Catalogue,
  facet: FacetKey,
  value: string,
): string {
  const name = facetValueName(locale, catalogue, facet, value);
  const phrase = locale.messages.outcomes.facets.phrases[facet];
  return phrase ? phrase(name) : name;
}

/**
 * A place under its official full name, in every language, where the data gives one (中华人民共和国,
 * People’s Republic of China); lists keep the short name (中国) its `names` hold.
 */
export function officialNames(place: Pick<PlaceEntry, 'names' | 'full'>): Named {
  return { names: namesFrom((key) => place.full?.[key] ?? place.names[key]) };
}

/**
 * The name shown beside a name, in another language, with that language: beside a translated
 * name the original (沈阳市 under Shenyang), beside the original the first translation's (Shenyang
 * beside 沈阳市). None where the site has one language.
 */
export function nameBeside(locale: Locale, named: Named): { text: string; lang: string } | null {
  const other = locale.key === DEFAULT_LOCALE.key ? LOCALE_LIST[1] : DEFAULT_LOCALE;
  return other === undefined ? null : { text: other.name(named), lang: other.lang };
}

/**
 * An item's title for this language: the original where the page is in the list's language or
 * no translation exists; otherwise the translation, with the original to show beside it.
 */
export function titleOf(
  locale: Locale,
  item: Pick<CatalogueItem, 'title' | 'translations'>,
): { text: string; translated: boolean } {
  const translation = item.translations[locale.key];
  return translation === undefined
    ? { text: item.title, translated: false }
    : { text: translation, translated: true };
}

/**
 * The chosen facets in words, one entry per facet in address order, its values joined as the
 * alternatives they are (沈阳市或青岛市): values within a facet are or-ed, facets and-ed.
 */
export function facetsInWords(locale: Locale, catalogue: Catalogue, filters: Filters): string[] {
  return FACET_KEYS.filter((facet) => filters[facet].length > 0).map((facet) =>
    locale.messages.locale.alternatives(
      filters[facet].map((value) => facetValueWords(locale, catalogue, facet, value)),
    ),
  );
}

/** The filters of a view in words, one entry per facet, then the search: 成果文件, 沈阳市或青岛市, “协议”. */
export function filtersInWords(locale: Locale, catalogue: Catalogue, filters: Filters): string[] {
  const words = facetsInWords(locale, catalogue, filters);
  if (filters.q !== '') words.push(locale.messages.outcomes.quoted(filters.q));
  return words;
}

/** A view's filters in one line, facets set apart so the 或 within one reads right: 成果文件；沈阳市或青岛市. */
export function filtersLine(locale: Locale, catalogue: Catalogue, filters: Filters): string {
  return filtersInWords(locale, catalogue, filters).join(locale.messages.locale.clauseSeparator);
}

/**
 * The names of what numbers say — amounts with their units, kinds, periods, relations,
 * ordinals — made from the numbers in each language, never from a translated string: the
 * English 12th session and the Chinese 第12次 are both written from 12.
 */

const UNIT_BY_KEY = new Map(COMMITMENT_UNITS.map((unit) => [unit.key, unit]));
const KIND_BY_KEY = new Map(COMMITMENT_KINDS.map((kind) => [kind.key, kind]));

/** A unit's key with its names in every language (the key itself where it has none). */
export function unitTerm(key: string): Term {
  return { key, names: UNIT_BY_KEY.get(key)?.names ?? namesFrom(() => key) };
}

/** A kind's key with its names in every language (the key itself where it has none). */
export function kindTerm(key: string): Term {
  return { key, names: KIND_BY_KEY.get(key)?.names ?? namesFrom(() => key) };
}

/** A unit's name as a heading: 元 / yuan, 患者 / patients. */
export function unitName(locale: Locale, key: string): string {
  return locale.name(unitTerm(key));
}

/** A kind's name: 无偿援助 / grant. */
export function kindName(locale: Locale, key: string): string {
  return locale.name(kindTerm(key));
}

/**
 * One of a unit, as a phase is of it: 基金 / fund. Its form after the number 1 where the language
 * has one of its own (fund), else its name (Chinese counts with no singular).
 */
function unitOneName(locale: Locale, key: string): string {
  const unit = UNIT_BY_KEY.get(key);
  if (unit === undefined) return key;
  return unit.counted[locale.key].one ?? unit.names[locale.key];
}

/**
 * An amount in its unit, the unit in the form the language gives it after that number (its
 * plural category): 20亿元, 500名患者 / 2,000,000,000 yuan, 1 fund, 500 patients.
 */
export function amountLabel(locale: Locale, quantity: number, unitKey: string): string {
  const unit = UNIT_BY_KEY.get(unitKey);
  const number = locale.messages.numbers.quantity(quantity);
  if (unit === undefined) return number;
  const forms = unit.counted[locale.key];
  const form = forms[locale.plural(quantity)] ?? forms.other;
  return `${number}${locale.messages.locale.wordSeparator}${form}`;
}

/** One commitment on one line: 20亿元 · 无偿援助 · 2025年 / 2,000,000,000 yuan · grant · in 2025. */
export function commitmentSummary(locale: Locale, commitment: Commitment): string {
  return summaryLine([
    commitmentValue(locale, commitment),
    kindName(locale, commitment.kind),
    commitment.period ? periodLabel(locale, commitment.period) : '',
  ]);
}

/** One ordinal on one line, with its series: 上海合作组织成员国交通部长会议（第12次）. */
export function ordinalSummary(locale: Locale, ordinal: Ordinal): string {
  return locale.messages.numbers.inSeries(ordinalLabel(locale, ordinal), ordinal.series);
}

/** What one commitment amounts to: its amount, or its relation to what there is. */
export function commitmentValue(locale: Locale, commitment: Commitment): string {
  const { numbers } = locale.messages;
  if (commitment.quantity !== null) {
    return amountLabel(locale, commitment.quantity, commitment.unit);
  }
  const relation = commitment.relation;
  if (relation === null) return unitName(locale, commitment.unit);
  if (relation.key === 'multiple') {
    return numbers.relation.multiple(unitName(locale, commitment.unit), relation.value);
  }
  return numbers.relation.phase(unitOneName(locale, commitment.unit), relation.value);
}

export function periodLabel(locale: Locale, period: Period): string {
  return locale.messages.numbers.period[period.kind](period.value);
}

/** 第12次 / 12th session. */
export function ordinalLabel(locale: Locale, ordinal: Pick<Ordinal, 'value' | 'kind'>): string {
  return locale.messages.numbers.ordinal(ordinal.value, ordinal.kind);
}

/**
 * What part an item's places play, a line each: 发起方：中华人民共和国 / By China, where it was
 * held (adopted, put forward), its parties, what it is about. Empty when no place is tied.
 */
export function placeRoleLines(locale: Locale, item: CatalogueItem): string[] {
  const { roles } = locale.messages.outcome;
  const separator = locale.messages.locale.listSeparator;
  return placesByRole(item).map(({ role, places }) => {
    const names = places.map((place) => locale.name(place)).join(separator);
    return role === 'venue' ? roles.venue[item.section](names) : roles[role](names);
  });
}

/** Where the dispatch was filed from: as printed in Chinese (天津), else its gazetteer name. */
export function dispatchPlaceName(locale: Locale, dispatch: SourceInfo['dispatch']): string | null {
  const place = dispatch?.place;
  if (!place) return null;
  if (locale.key === DEFAULT_LOCALE.key || !place.entry) return place.printed;
  return locale.name(place.entry);
}

/**
 * Xinhua's dispatch of the list, as its dateline reads with its year: 新华社天津2025年9月1日电,
 * Xinhua, Tianjin, 1 September 2025; a year taken from the file's name says so.
 */
export function dispatchLabel(locale: Locale, source: SourceInfo): string {
  const text = locale.messages.publication;
  const { dispatch } = source;
  const date = dispatch?.date ? locale.day(dispatch.date) : null;
  const label = text.dispatch(dispatchPlaceName(locale, dispatch), date);
  return dispatch?.yearFrom === 'file-name' ? text.yearFromFileName(label) : label;
}

/**
 * The dispatch and the newspaper page the copy was taken from, each named for what it is:
 * 新华社天津2025年9月1日电，载2025年9月2日报纸版面; Xinhua, Tianjin, 1 September 2025 (newspaper
 * page of 2 September 2025).
 */
export function publicationLine(locale: Locale, source: SourceInfo): string {
  const text = locale.messages.publication;
  const page = source.page ? text.page(locale.day(source.page.date)) : null;
  return text.line(dispatchLabel(locale, source), page);
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import rawGazetteer from '@/data/gazetteer.json' with { type: 'json' };
import rawGlossary from '@/data/translations/glossary.ru.json' with { type: 'json' };
import rawTranslation from '@/data/translations/ru.json' with { type: 'json' };
import { CATEGORIES } from '../e2e/pages/support';
import { EXPECTED } from '../support/expected';

/*
 * The Russian edition of the titles (data/translations/ru.json) checked against the Chinese list
 * as the hand-made tables have it (tests/fixtures: the titles, the places each names, and every
 * number each holds), never as the parser or the enrichment read it. What can be checked
 * mechanically: every item translated and nothing else, no Chinese left over, every number kept,
 * every glossary term rendered by one of its accepted Russian forms, every named place present,
 * and every glossary entry that names something says where its Russian form comes from.
 */

// ---------------------------------------------------------------------------------------------
// Files and their shape

const ItemKey = z.string().regex(/^(meetings|documents|initiatives)-[1-9]\d*$/);

const cleanText = z
  .string()
  .min(1)
  .refine((text) => text === text.trim() && !/\s{2}/.test(text), 'no stray whitespace');

/** A Russian title: Russian quotes only, so no ASCII or English curly quotes. */
const russianText = cleanText.refine((text) => !/["“”„']/.test(text), '«ёлочки» quotes only');

const TranslationFile = z.strictObject({
  locale: z.literal('ru'),
  provenance: z.strictObject({
    status: z.literal('unofficial'),
    note: z.string().min(40),
    glossary: z.literal('data/translations/glossary.ru.json'),
    date: z.iso.date(),
  }),
  titles: z.record(ItemKey, russianText),
  /** Category headings, keyed by the heading as printed. */
  headings: z.record(z.string().regex(/^\p{Script=Han}+$/u), russianText),
});

/** Where a name's Russian form was read: the owner's page, or the SCO's, Xinhua's, a ministry's. */
const Source = z.strictObject({
  title: cleanText,
  publisher: cleanText,
  date: z.iso.date(),
  url: z.url(),
});

const Term = z
  .strictObject({
    /** The Chinese as printed: Han characters, with the marks names carry (中国—, ·, ！, +). */
    zh: z.string().regex(/^\p{Script=Han}[\p{Script=Han}—·！+]*$/u),
    ru: cleanText,
    /** A name (of a body, programme, brand, event or document) or a recurring term. */
    kind: z.enum(['name', 'term']),
    note: cleanText.optional(),
    /**
     * Forms the check accepts, matched at the start of a word and ignoring case: `*` stands for
     * the letters of an ending (форум* → форума, форумов), `#` for digits (#-* → 12-е).
     */
    accepted: z.array(cleanText).min(1),
    /** Titles that render the term otherwise, each with the form they must use and why. */
    exceptions: z
      .array(z.strictObject({ key: ItemKey, rendered: cleanText, reason: cleanText }))
      .optional(),
    /** Places named inside the term that its rendering stands for (中国 in 中国人民对外友好协会). */
    covers: z.array(z.strictObject({ slug: z.string(), reason: cleanText })).optional(),
    source: Source.optional(),
    reason: cleanText.optional(),
  })
  .refine(
    (term) => term.kind === 'term' || term.source !== undefined || term.reason !== undefined,
    'a name says where its Russian form comes from (source) or why none was followed (reason)',
  );

const GlossaryFile = z
  .strictObject({ locale: z.literal('ru'), terms: z.array(Term).min(1) })
  .refine(
    (glossary) => new Set(glossary.terms.map((t) => t.zh)).size === glossary.terms.length,
    'each Chinese term once',
  );

type Term = z.infer<typeof Term>;

const translation = TranslationFile.parse(rawTranslation);
const glossary = GlossaryFile.parse(rawGlossary);
const titles = translation.titles;

interface Item {
  key: string;
  zh: string;
  /** The places the title names, as the hand-made table has them (via `named`). */
  named: string[];
}

const ITEMS: Item[] = EXPECTED.map((item) => ({
  key: item.key,
  zh: item.title,
  named: item.places.filter((place) => place.via === 'named').map((place) => place.slug),
}));

// ---------------------------------------------------------------------------------------------
// Check 1: every item of the list has a translation, and every translation an item

function coverageProblems(listKeys: readonly string[], titleKeys: readonly string[]): string[] {
  const translated = new Set(titleKeys);
  const listed = new Set(listKeys);
  return [
    ...listKeys.filter((key) => !translated.has(key)).map((key) => `${key}: no translation`),
    ...titleKeys
      .filter((key) => !listed.has(key))
      .map((key) => `${key}: translation names no item of the list`),
  ];
}

// ---------------------------------------------------------------------------------------------
// Check 2: no Chinese, Japanese or Korean script and no full-width punctuation (as for English:
// the em dash and the middle dot · are ordinary Russian typography too)

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\u30fb\uff00-\uffef]/gu;

function cjkProblems(text: string): string[] {
  const found = text.match(CJK);
  return found ? [`CJK characters left: ${[...new Set(found)].join(' ')}`] : [];
}

// ---------------------------------------------------------------------------------------------
// Check 3: numbers
//
// Every number of a title is a row of the hand-made table tests/fixtures/expected-numbers.tsv,
// with its class and value. Each must appear in the Russian as Russian writes it:
//
//   ordinal N (第N次, 第N届)       → N with a Russian ending: 12-е, 21-го, 15-я, 2-й
//   year, period                   → the number as written: 2025, 3 (в ближайшие 3 года)
//   amount of yuan ≥ 10^9 / 10^6    → «2 млрд», «10 млрд» (млн likewise)
//   amount of kilowatts 10^7        → «10 ГВт» (10 million kilowatts)
//   any other amount                → the integer: 100, 500, 5000, 10 000 (a no-break, narrow
//                                     no-break or thin space may group thousands; years never)
//   relative: a multiple of 2       → удвоить (удвоит, удвоение)
//   relative: phase 2               → второй этап or 2-й этап
//   word                            → nothing: a numeral that is a word (单一窗口, 同一片)
//
// And the other way round: every Arabic number of the Russian is accounted for by a row, as
// often as it occurs (12 by 12-е, 2 by 2 млрд, 10 by 10 ГВт), so 2024 in place of 2025 fails.

interface NumberRow {
  key: string;
  words: string;
  kind: string;
  value: number;
  unit: string;
  relation: string;
}

const NUMBER_ROWS: NumberRow[] = readFileSync(
  fileURLToPath(new URL('../fixtures/expected-numbers.tsv', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [key = '', words = '', kind = '', value = '', unit = '', , relation = ''] =
      line.split('\t');
    return { key, words, kind, value: Number(value), unit, relation };
  });

interface NumberToken {
  shown: string;
  /** The Arabic number the Russian shows for it, if any (12 for 12-е, 2 for 2 млрд). */
  value: number | null;
  pattern: RegExp;
}

const BEFORE_NUMBER = '(?<![\\d.,])';
const AFTER_NUMBER = '(?!\\d|[.,]\\d)';
const GROUP_SEPARATOR = '[\\u00a0\\u202f\\u2009]';

function integer(n: number): NumberToken {
  const plain = String(n);
  const groupable = n >= 1000 && (n < 1900 || n > 2100);
  const grouped = plain.replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR);
  return {
    shown: plain,
    value: n,
    pattern: new RegExp(
      `${BEFORE_NUMBER}(?:${plain}${groupable ? `|${grouped}` : ''})${AFTER_NUMBER}`,
      'g',
    ),
  };
}

function numberToken(row: NumberRow): NumberToken | null {
  const { kind, value, unit, relation } = row;
  if (kind === 'word') return null;
  if (kind === 'ordinal') {
    return {
      shown: `${value}-е`,
      value,
      pattern: new RegExp(`${BEFORE_NUMBER}${value}-[а-яё]{1,3}(?![а-яё])`, 'gu'),
    };
  }
  if (kind === 'relative' && relation === 'multiple' && value === 2) {
    return { shown: 'удвоить', value: null, pattern: /(?<![а-яё])удво[а-яё]*/giu };
  }
  if (kind === 'relative' && relation === 'phase' && value === 2) {
    return { shown: 'второй этап', value: null, pattern: /(?:второй|2-й) этап/giu };
  }
  if (kind === 'amount' && unit === 'kilowatt' && value === 1e7) {
    return { shown: '10 ГВт', value: 10, pattern: /(?<![\d.,])10[ \u00a0]ГВт/gu };
  }
  if (kind === 'amount' && unit === 'yuan') {
    for (const [size, word] of [
      [1e9, 'млрд'],
      [1e6, 'млн'],
    ] as const) {
      if (value >= size) {
        const shown = value / size;
        return {
          shown: `${shown} ${word}`,
          value: shown,
          pattern: new RegExp(`${BEFORE_NUMBER}${shown}[ \\u00a0]${word}(?![а-яё])`, 'gu'),
        };
      }
    }
  }
  if (kind === 'amount' || kind === 'year' || kind === 'period') return integer(value);
  throw new Error(`${row.key}: no Russian form for the number ${row.words} (${kind})`);
}

function tokensOf(key: string): NumberToken[] {
  return NUMBER_ROWS.filter((row) => row.key === key).flatMap((row) => numberToken(row) ?? []);
}

/** Every Arabic number the Russian shows, grouped thousands read as one (10 000 → 10000). */
function numbersIn(text: string): number[] {
  const found = text.match(/\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+/g) ?? [];
  return found.map((each) => Number(each.replace(/[\u00a0\u202f\u2009]/g, '')));
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function numberProblems(key: string, ru: string): { checked: number; problems: string[] } {
  const tokens = tokensOf(key);
  const problems: string[] = [];
  for (const [shown, count] of countBy(tokens.map((token) => token.shown))) {
    const token = tokens.find((each) => each.shown === shown);
    const found = token ? (ru.match(token.pattern)?.length ?? 0) : 0;
    if (found < count) problems.push(`${shown}: wanted ${count}×, found ${found}×`);
  }
  const allowed = countBy(tokens.flatMap((token) => (token.value === null ? [] : [token.value])));
  for (const [value, count] of countBy(numbersIn(ru))) {
    if (count > (allowed.get(value) ?? 0)) {
      problems.push(`${value} in the translation is not in the original (${count}×)`);
    }
  }
  return { checked: tokens.length, problems };
}

// ---------------------------------------------------------------------------------------------
// Check 4: glossary terms
//
// As for English: terms are matched in the Chinese title longest first, a match blanks its span
// (圆桌会议 is checked as круглый стол, not also as 会议), and a term found must be rendered by
// one of its accepted forms at least once, or by the form its `exceptions` give for that title.
// Russian inflects, so a form is a stem: it must start a word, and `*` takes any ending.

const TERMS: readonly Term[] = [...glossary.terms].sort(
  (a, b) => b.zh.length - a.zh.length || (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0),
);

function termsIn(zh: string): Term[] {
  let rest = zh;
  const found: Term[] = [];
  for (const term of TERMS) {
    if (!rest.includes(term.zh)) continue;
    found.push(term);
    rest = rest.replaceAll(term.zh, ' '.repeat(term.zh.length));
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formPattern(form: string): RegExp {
  const body = form
    .split(/([*#])/)
    .map((part) => (part === '*' ? '\\p{L}*' : part === '#' ? '\\d+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'iu');
}

function renders(ru: string, form: string): boolean {
  return formPattern(form).test(ru);
}

function glossaryProblems(
  key: string,
  zh: string,
  ru: string,
): { checked: number; problems: string[] } {
  const terms = termsIn(zh);
  const problems = terms.flatMap((term) => {
    const exception = term.exceptions?.find((e) => e.key === key);
    const forms = exception ? [exception.rendered] : term.accepted;
    return forms.some((form) => renders(ru, form))
      ? []
      : [`${term.zh} is rendered by none of ${forms.map((f) => `«${f}»`).join(', ')}`];
  });
  return { checked: terms.length, problems };
}

// ---------------------------------------------------------------------------------------------
// Check 5: places
//
// Each place the hand-made table says a title names must appear in the Russian under its
// gazetteer name (data/gazetteer.json, `ru`), inflected: each word of the name matched by its
// stem (the name less a final vowel, ь or й, and an adjective less its ending), at the start of
// a word and ignoring case, so Тяньцзинь is found in «Тяньцзиня» and «Тяньцзиньского», Россия
// in «Российской» and «российско-китайской», Атырауская область in «Атырауской областью». The
// few adjectives whose stem differs from the name's are listed below by hand. A city named with
// its region must appear outside the region's name (Бухарской области does not count for Бухара).
// A place named only inside a glossary term that `covers` it is rendered by that term; a place
// the Chinese itself writes in Latin letters (@Qingdao) may keep them.

const gazetteer = rawGazetteer as {
  maskPhrases: string[];
  places: Array<{ slug: string; ru: string; aliases: string[] }>;
};
const PLACE_RU = new Map(gazetteer.places.map((place) => [place.slug, place.ru]));
const ALIASES = new Map(gazetteer.places.map((place) => [place.slug, place.aliases]));

/** Adjectives of places whose stem is not the name's: Монголия → монгольский. */
const ADJECTIVES: Record<string, string[]> = {
  mongolia: ['Монгольск'],
  'saratov-oblast': ['Саратовск'],
};

function stem(word: string): string {
  if (/(?:ая|ий|ый|ой|ое|ые)$/u.test(word) && word.length > 5) return word.slice(0, -2);
  return word.replace(/[аяьйоеыиу]$/u, '');
}

function placePatterns(slug: string): RegExp[] {
  const name = PLACE_RU.get(slug) ?? slug;
  const words = name.split(' ').map((word) => (word === '–' ? '–' : `${stem(word)}\\p{L}*`));
  return [words.join('\\s+'), ...(ADJECTIVES[slug] ?? []).map((adj) => `${adj}\\p{L}*`)].map(
    (body) => new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'giu'),
  );
}

/** Whether a text spells the place, once the gazetteer's masked phrases (上海合作组织) are out. */
function spells(text: string, slug: string): boolean {
  const masked = gazetteer.maskPhrases.reduce(
    (rest, phrase) => rest.replaceAll(phrase, ' '.repeat(phrase.length)),
    text,
  );
  return (ALIASES.get(slug) ?? []).some((alias) => masked.includes(alias));
}

function placeProblems({ zh, named }: Item, ru: string): { checked: number; problems: string[] } {
  const covering = termsIn(zh).filter((term) => term.covers !== undefined);
  const outside = covering.reduce(
    (text, term) => text.replaceAll(term.zh, ' '.repeat(term.zh.length)),
    zh,
  );
  const covered = new Set(covering.flatMap((term) => term.covers?.map((c) => c.slug) ?? []));
  const checked = named.filter((slug) => spells(outside, slug) || !covered.has(slug));
  const problems = checked.flatMap((slug) => {
    const name = PLACE_RU.get(slug) ?? slug;
    const latin = (ALIASES.get(slug) ?? []).filter((alias) => /^[A-Za-z]+$/.test(alias));
    if (latin.some((alias) => zh.includes(alias) && ru.includes(alias))) return [];
    // A region whose name contains this place's (Бухарская область for Бухара) is taken out first.
    const text = named
      .filter((other) => other !== slug && (PLACE_RU.get(other) ?? '').includes(stem(name)))
      .flatMap(placePatterns)
      .reduce((rest, pattern) => rest.replace(pattern, ' '), ru);
    return placePatterns(slug).some((pattern) => new RegExp(pattern.source, 'iu').test(text))
      ? []
      : [`${slug}: «${name}» is missing`];
  });
  return { checked: checked.length, problems };
}

// ---------------------------------------------------------------------------------------------
// All checks over a set of titles

function checkTranslation(set: Record<string, string>) {
  const problems = coverageProblems(
    ITEMS.map((item) => item.key),
    Object.keys(set),
  );
  const counts = { items: 0, terms: 0, numbers: 0, places: 0 };
  for (const item of ITEMS) {
    const { key, zh } = item;
    const ru = set[key];
    if (ru === undefined) continue;
    const numbers = numberProblems(key, ru);
    const terms = glossaryProblems(key, zh, ru);
    const places = placeProblems(item, ru);
    counts.items += 1;
    counts.numbers += numbers.checked;
    counts.terms += terms.checked;
    counts.places += places.checked;
    for (const problem of [
      ...cjkProblems(ru),
      ...numbers.problems,
      ...terms.problems,
      ...places.problems,
    ]) {
      problems.push(`${key}: ${problem}`);
    }
  }
  return { problems, counts };
}

// ---------------------------------------------------------------------------------------------

describe('the Russian translation of the titles', () => {
  it('translates every item of the list, and nothing else, in list order', () => {
    expect(ITEMS).toHaveLength(223);
    expect(
      coverageProblems(
        ITEMS.map((item) => item.key),
        Object.keys(titles),
      ),
    ).toEqual([]);
    expect(Object.keys(titles)).toEqual(ITEMS.map((item) => item.key));
  });

  it('keeps numbers, glossary terms and places and leaves no Chinese', () => {
    const { problems, counts } = checkTranslation(titles);
    expect(problems).toEqual([]);
    expect(counts.items).toBe(223);
    console.log(
      `ru translation: ${counts.items} items checked, ${glossary.terms.length} glossary terms ` +
        `(${counts.terms} renderings), ${counts.numbers} number tokens, ` +
        `${counts.places} places checked`,
    );
  });

  it('translates every printed category heading, and only those, with no Chinese left', () => {
    const printed = CATEGORIES.flatMap((category) => (category.heading ? [category.heading] : []));
    expect(Object.keys(translation.headings).sort()).toEqual([...printed].sort());
    expect(Object.values(translation.headings).flatMap(cjkProblems)).toEqual([]);
  });

  it('has a Russian reading for every number of the hand-made table', () => {
    const keys = new Set(ITEMS.map((item) => item.key));
    expect(NUMBER_ROWS.length).toBeGreaterThan(70);
    for (const row of NUMBER_ROWS) {
      expect(keys.has(row.key), row.key).toBe(true);
      expect(() => numberToken(row), `${row.key} ${row.words}`).not.toThrow();
    }
  });
});

describe('the Russian glossary', () => {
  it('has no term that no title uses', () => {
    const unused = glossary.terms.filter(
      (term) => !ITEMS.some((item) => item.zh.includes(term.zh)),
    );
    expect(unused.map((term) => term.zh)).toEqual([]);
  });

  it('gives as ru a form the titles really use', () => {
    const unusedForm = glossary.terms.filter((term) => {
      const uses = ITEMS.filter((item) => termsIn(item.zh).includes(term));
      return !uses.some((item) =>
        term.accepted.some((form) => renders(titles[item.key] ?? '', form)),
      );
    });
    expect(unusedForm.map((term) => `${term.zh} → ${term.ru}`)).toEqual([]);
  });

  it('lists exceptions only for titles that have the term', () => {
    const stale = glossary.terms.flatMap((term) =>
      (term.exceptions ?? [])
        .filter(({ key }) => {
          const item = ITEMS.find((i) => i.key === key);
          return item === undefined || !termsIn(item.zh).includes(term);
        })
        .map(({ key }) => `${term.zh}: ${key}`),
    );
    expect(stale).toEqual([]);
  });

  it('covers only places that its terms name', () => {
    const wrong = glossary.terms.flatMap((term) =>
      (term.covers ?? [])
        .filter(({ slug }) => !spells(term.zh, slug))
        .map(({ slug }) => `${term.zh}: ${slug}`),
    );
    expect(wrong).toEqual([]);
  });

  it('says for every name where its Russian form comes from, or why none was followed', () => {
    const names = glossary.terms.filter((term) => term.kind === 'name');
    expect(names.filter((term) => !term.source && !term.reason)).toEqual([]);
    console.log(
      `ru glossary: ${glossary.terms.length} entries, ${names.length} names, ` +
        `${names.filter((term) => term.source).length} with a source, ` +
        `${names.filter((term) => !term.source).length} with a reason only`,
    );
  });

  it('refuses a name with neither a source nor a reason', () => {
    const bare = {
      zh: '银联体',
      ru: 'Межбанковское объединение ШОС',
      kind: 'name',
      accepted: ['x'],
    };
    expect(Term.safeParse(bare).success).toBe(false);
    expect(Term.safeParse({ ...bare, reason: 'no page of the owner was found' }).success).toBe(
      true,
    );
    expect(
      Term.safeParse({
        ...bare,
        source: { title: 'T', publisher: 'P', date: '2025-09-01', url: 'not a url' },
      }).success,
    ).toBe(false);
    expect(Term.safeParse({ ...bare, kind: 'term' }).success).toBe(true);
  });

  it('looks for every place a title names in its translation, but those a glossary term renders', () => {
    const pairs = ITEMS.flatMap((item) => item.named.map((slug) => `${item.key}:${slug}`));
    // By hand: China inside 中国人民对外友好协会 (documents 75 and 76) and Russia inside 全俄… and
    // 俄中友协 (documents 75, 80, 81) are named only inside a covering term.
    const renderedByTerm = [
      'documents-75:china',
      'documents-76:china',
      'documents-75:russia',
      'documents-80:russia',
      'documents-81:russia',
    ];
    expect(pairs).toEqual(expect.arrayContaining(renderedByTerm));
    for (const pair of pairs) expect(PLACE_RU.get(pair.split(':')[1] ?? ''), pair).toBeDefined();
    expect(checkTranslation(titles).counts.places).toBe(pairs.length - renderedByTerm.length);
  });
});

describe('the Russian checks fail on broken translations', () => {
  const broken = (key: string, ru: string) => checkTranslation({ ...titles, [key]: ru }).problems;

  it('flags Chinese left in the translation', () => {
    expect(broken('meetings-57', 'Форум политических партий 上合')).toEqual([
      'meetings-57: CJK characters left: 上 合',
      'meetings-57: 上海合作组织 is rendered by none of «ШОС»',
    ]);
    expect(cjkProblems('Форум ШОС（2025）')).toEqual(['CJK characters left: （ ）']);
  });

  it('refuses ASCII quotes in a title', () => {
    expect(russianText.safeParse('Медиаакция "ШОС"').success).toBe(false);
    expect(russianText.safeParse('Медиаакция «ШОС»').success).toBe(true);
  });

  it('flags a year changed from 2025 to 2024 and an ordinal from 9 to 8', () => {
    expect(broken('meetings-58', 'Форум цифровой экономики ШОС 2024 года')).toEqual([
      'meetings-58: 2025: wanted 1×, found 0×',
      'meetings-58: 2024 in the translation is not in the original (1×)',
    ]);
    expect(
      broken('meetings-26', '8-е Совещание министров науки и техники государств – членов ШОС'),
    ).toEqual([
      'meetings-26: 9-е: wanted 1×, found 0×',
      'meetings-26: 8 in the translation is not in the original (1×)',
    ]);
  });

  it('flags an amount rendered wrongly, a number dropped, and a doubling or phase lost', () => {
    expect(
      broken(
        'initiatives-8',
        'В 2025 году Китай предоставит государствам-членам безвозмездную помощь в размере 20 млрд юаней',
      ),
    ).toEqual([
      'initiatives-8: 2 млрд: wanted 1×, found 0×',
      'initiatives-8: 20 in the translation is not in the original (1×)',
    ]);
    expect(
      broken(
        'initiatives-13',
        'В ближайшие 5 лет Китай совместно с другими странами ШОС реализует новые проекты «10 ГВт солнечной энергетики» и ветроэнергетики',
      ),
    ).toEqual(['initiatives-13: 10 ГВт: wanted 2×, found 1×']);
    expect(
      numberProblems('initiatives-12', 'В ближайшие 5 лет Китай предоставит 10000 мест'),
    ).toEqual({ checked: 2, problems: [] });
    expect(
      broken(
        'initiatives-31',
        'Учредить новый этап Фонда экономического сотрудничества «Китай – Евразия»',
      ),
    ).toEqual(['initiatives-31: второй этап: wanted 1×, found 0×']);
    expect(
      numberProblems('initiatives-10', 'Начиная с 2026 года Китай увеличит число мест').problems,
    ).toEqual(['удвоить: wanted 1×, found 0×']);
  });

  it('flags a glossary term that is not rendered, and holds an exception to its own form', () => {
    expect(broken('meetings-58', 'Конференция цифровой экономики ШОС 2025 года')).toEqual([
      'meetings-58: 论坛 is rendered by none of «форум*»',
    ]);
    expect(broken('meetings-29', '26-е заседание Совета Делового совета ШОС')).toEqual([
      'meetings-29: 理事会 is rendered by none of «Правлени*»',
    ]);
    expect(glossaryProblems('x', '上海合作组织大学', 'Колледж ШОС').problems).toEqual([
      '上海合作组织大学 is rendered by none of «Университет* ШОС»',
    ]);
    expect(glossaryProblems('x', '圆桌会议', 'Круглый стол').problems).toEqual([]);
  });

  it('flags a named place that is missing, and a region name counted for its city', () => {
    expect(
      broken(
        'documents-90',
        'Письмо о намерениях между городом Шэньян Китайской Народной Республики и городом Республики Беларусь об установлении отношений дружбы и сотрудничества',
      ),
    ).toEqual(['documents-90: mogilev: «Могилёв» is missing']);
    expect(
      broken(
        'documents-88',
        'Меморандум о взаимопонимании между городом Шэньян провинции Ляонин Китайской Народной Республики и Бухарской областью Республики Узбекистан об установлении отношений дружбы и сотрудничества',
      ),
    ).toEqual(['documents-88: bukhara: «Бухара» is missing']);
    expect(broken('meetings-93', 'Международный марафон ШОС в Шанхае 2024 года')).toEqual([
      'meetings-93: kunming: «Куньмин» is missing',
    ]);
  });

  it('flags items without a translation and translations without an item', () => {
    const rest = Object.fromEntries(
      Object.entries(titles).filter(([key]) => key !== 'meetings-24'),
    );
    expect(checkTranslation({ ...rest, 'meetings-1': 'Совещание' }).problems).toEqual([
      'meetings-24: no translation',
      'meetings-1: translation names no item of the list',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import rawGazetteer from '@/data/gazetteer.json' with { type: 'json' };
import rawTranslation from '@/data/translations/en.json' with { type: 'json' };
import rawGlossary from '@/data/translations/glossary.en.json' with { type: 'json' };
import { CATEGORIES } from '../e2e/pages/support';
import { EXPECTED } from '../support/expected';

/*
 * The English edition of the titles (data/translations/en.json) checked against the Chinese list
 * as the hand-made tables have it (tests/fixtures: titles, and the places each title names),
 * never as the parser or the enrichment read it. The translation is unofficial, so what can be
 * checked mechanically is: every item translated and nothing else, no Chinese left over, every
 * number kept, every glossary term rendered by its fixed English, every named place present.
 */

// ---------------------------------------------------------------------------------------------
// Files and their shape

const ItemKey = z.string().regex(/^(meetings|documents|initiatives)-[1-9]\d*$/);

const cleanText = z
  .string()
  .min(1)
  .refine((text) => text === text.trim() && !/\s{2}/.test(text), 'no stray whitespace');

const TranslationFile = z.strictObject({
  locale: z.literal('en'),
  provenance: z.strictObject({
    status: z.literal('unofficial'),
    note: z.string().min(40),
    glossary: z.literal('data/translations/glossary.en.json'),
    date: z.iso.date(),
  }),
  titles: z.record(ItemKey, cleanText),
  /** Category headings, keyed by the heading as printed. */
  headings: z.record(z.string().regex(/^\p{Script=Han}+$/u), cleanText),
});

/** Where a name's English form comes from: its owner's own English, or Xinhua's, the SCO
 * Secretariat's or the host ministry's, as published (a page one can open and quote). */
const Source = z.strictObject({
  title: cleanText,
  publisher: cleanText,
  date: z.iso.date(),
  url: z.url({ protocol: /^https?$/ }),
});

const Term = z
  .strictObject({
    /** The Chinese term as printed: Han characters, possibly joined by a dash (中国—上海合作组织),
     * a middle dot, a plus or the full-width punctuation of a printed name (你好！中国). */
    zh: z.string().regex(/^\p{Script=Han}[\p{Script=Han}—·！+]*$/u),
    /** A name (of a body, programme, brand, event or document) has an owner whose English it
     * should follow; a term is ordinary vocabulary the glossary fixes for consistency. */
    kind: z.enum(['name', 'term']),
    /** Where the English form of a name was found. */
    source: Source.optional(),
    /** Why this English, when no owner's form was found (or why it departs from the source's). */
    reason: cleanText.optional(),
    /** The form the titles use. */
    en: cleanText,
    note: cleanText.optional(),
    /** Every form the check accepts, `en` included; matched whole-word, ignoring case. */
    accepted: z.array(cleanText).min(1),
    /** Titles that render the term otherwise, each with the form they must use and why. */
    exceptions: z
      .array(z.strictObject({ key: ItemKey, rendered: cleanText, reason: cleanText }))
      .optional(),
    /** Places named inside the term that its English rendering stands for (中国 in 中国人民对外友好协会). */
    covers: z.array(z.strictObject({ slug: z.string(), reason: cleanText })).optional(),
  })
  .refine((term) => term.accepted.includes(term.en), 'accepted must include en')
  .refine(
    (term) => term.kind !== 'name' || term.source !== undefined || term.reason !== undefined,
    "a name needs a source, or a reason why no owner's form is followed",
  );

const GlossaryFile = z
  .strictObject({ locale: z.literal('en'), terms: z.array(Term).min(40) })
  .refine(
    (glossary) => new Set(glossary.terms.map((t) => t.zh)).size === glossary.terms.length,
    'each Chinese term once',
  );

type Term = z.infer<typeof Term>;

const translation = TranslationFile.parse(rawTranslation);
const glossary = GlossaryFile.parse(rawGlossary);

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
// Check 2: no Chinese, Japanese or Korean script and no full-width punctuation
//
// Han, kana, hangul and bopomofo; CJK symbols and punctuation (U+3000–303F: 、。《》「」);
// the katakana middle dot (U+30FB); half- and full-width forms (U+FF00–FFEF: （），：！).
// Curly quotes (U+201C/U+201D), the em dash and the middle dot · (U+00B7) are ordinary English
// typography that Chinese shares, so they cannot show untranslated text and are allowed.

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\u30fb\uff00-\uffef]/gu;

function cjkProblems(en: string): string[] {
  const found = en.match(CJK);
  return found ? [`CJK characters left: ${[...new Set(found)].join(' ')}`] : [];
}

// ---------------------------------------------------------------------------------------------
// Check 3: numbers
//
// extractNumbers turns a Chinese title into the English tokens that must appear in its
// translation. Rules are tried in table order; each rule blanks out what it read so that a later
// rule (the plain Arabic one) does not read it again.
//
//   第N次, 第N届 (Chinese or Arabic N)  → ordinal:              第十二次 → 12th, 第二十一次 → 21st
//   N期 (Chinese or Arabic N)           → Phase + Roman numeral: 二期 → Phase II
//   N亿, N万 (Arabic N)                 → amount in English:     20亿 → 2 billion, 100亿 → 10 billion,
//                                          1万 → 10,000 (millions as "N million")
//   千万千瓦                            → 10 GW (10 million kilowatts; the catalogue writes gigawatts)
//   翻一番                              → double (double, doubles, doubled, doubling)
//   Arabic numerals                     → as written: 2025, 100, 500; 5000 → 5,000 or 5000;
//                                          2024—2025 → 2024 and 2025
//
// An integer of 1000 or more may be grouped in threes with a comma or a no-break, narrow no-break
// or thin space (5,000; 10 000), except 1900–2100, which are years and are written plainly.
// Each token must occur at least as often as the original has it; and the other way round,
// every Arabic number in the translation must be accounted for by a token of the original
// (12 by 12th, 2 by 2 billion, 10 by 10 GW), as often as it occurs, so 2024 in place of 2025
// fails. A Chinese numeral followed by a counter (个 年 所 名 例 次 届 期 项 位 场) that no rule
// read is reported as unread, so a new kind of number cannot slip through unchecked.

interface NumberToken {
  /** How the token is written in the translation (the first accepted form). */
  shown: string;
  /** The Arabic number the translation shows for it, if any (12 for 12th, 2 for 2 billion). */
  value: number | null;
  pattern: RegExp;
}

const BEFORE_NUMBER = '(?<![\\d.,])';
const AFTER_NUMBER = '(?!\\d|[.,]\\d)';
const GROUP_SEPARATOR = '[,\\u00a0\\u202f\\u2009]';

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 九 → 9, 十二 → 12, 二十一 → 21, 一百零五 → 105, and Arabic digits as they are. */
function readNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char === '十' || char === '百') {
      total += (digit || 1) * (char === '十' ? 10 : 100);
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[char] ?? Number.NaN;
    }
  }
  const value = total + digit;
  if (!Number.isInteger(value)) throw new Error(`not a Chinese numeral: ${text}`);
  return value;
}

const ORDINAL_SUFFIXES: Partial<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** 1 → 1st, 12 → 12th, 21 → 21st, 42 → 42nd, 103 → 103rd. */
function ordinal(n: number): NumberToken {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (ORDINAL_SUFFIXES[n % 10] ?? 'th');
  return {
    shown: `${n}${suffix}`,
    value: n,
    pattern: new RegExp(`${BEFORE_NUMBER}${n}${suffix}\\b`, 'g'),
  };
}

function roman(n: number): string {
  const numerals: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of numerals) {
    for (; rest >= value; rest -= value) out += letters;
  }
  return out;
}

function phase(n: number): NumberToken {
  const shown = `Phase ${roman(n)}`;
  return { shown, value: null, pattern: new RegExp(`\\b${shown}\\b`, 'g') };
}

function integer(n: number): NumberToken {
  const plain = String(n);
  const groupable = n >= 1000 && (n < 1900 || n > 2100);
  const grouped = plain.replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR);
  return {
    shown: groupable ? n.toLocaleString('en-GB') : plain,
    value: n,
    pattern: new RegExp(
      `${BEFORE_NUMBER}(?:${plain}${groupable ? `|${grouped}` : ''})${AFTER_NUMBER}`,
      'g',
    ),
  };
}

/** 2000000000 → 2 billion, 3000000 → 3 million, 10000 → 10,000. */
function amount(n: number): NumberToken {
  for (const [size, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (n >= size) {
      const value = n / size;
      const shown = `${value} ${word}`;
      return {
        shown,
        value,
        pattern: new RegExp(`${BEFORE_NUMBER}${String(value)}[ \\u00a0]${word}\\b`, 'g'),
      };
    }
  }
  return integer(n);
}

const NUMBER_RULES: { rule: string; zh: RegExp; token: (match: string[]) => NumberToken }[] = [
  {
    rule: '第N次/第N届 → ordinal',
    zh: /第([零〇一二两三四五六七八九十百]+|\d+)[次届]/g,
    token: ([, n = '']) => ordinal(readNumeral(n)),
  },
  {
    rule: 'N期 → Phase + Roman numeral',
    zh: /([一二三四五六七八九十]+|\d+)期/g,
    token: ([, n = '']) => phase(readNumeral(n)),
  },
  {
    rule: 'N亿/N万 → billion, million or digits',
    zh: /(\d+)([亿万])/g,
    token: ([, n = '', unit]) => amount(Number(n) * (unit === '亿' ? 1e8 : 1e4)),
  },
  {
    rule: '千万千瓦 → 10 GW',
    zh: /千万千瓦/g,
    token: () => ({ shown: '10 GW', value: 10, pattern: /(?<![\d.,])10[ \u00a0]GW\b/g }),
  },
  {
    rule: '翻一番 → double',
    zh: /翻一番/g,
    token: () => ({ shown: 'double', value: null, pattern: /\bdoubl(?:e|es|ed|ing)\b/gi }),
  },
  {
    rule: 'Arabic numerals as written',
    zh: /\d+/g,
    token: ([n = '']) => integer(Number(n)),
  },
];

const UNREAD_NUMBER = /[零〇一二两三四五六七八九十百千万亿]+[个年所名例次届期项位场]/g;

function extractNumbers(zh: string): { tokens: NumberToken[]; unread: string[] } {
  let rest = zh;
  const tokens: NumberToken[] = [];
  for (const { zh: pattern, token } of NUMBER_RULES) {
    for (const match of rest.matchAll(pattern)) tokens.push(token([...match]));
    rest = rest.replace(pattern, (text) => ' '.repeat(text.length));
  }
  return { tokens, unread: rest.match(UNREAD_NUMBER) ?? [] };
}

/** Every Arabic number the translation shows, grouped thousands read as one (5,000 → 5000). */
function numbersIn(en: string): number[] {
  const found = en.match(/\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? [];
  return found.map((text) => Number(text.replace(/[,\u00a0\u202f\u2009]/g, '')));
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function numberProblems(zh: string, en: string): { checked: number; problems: string[] } {
  const { tokens, unread } = extractNumbers(zh);
  const problems = unread.map((text) => `no rule reads the number in ${text}`);
  const byShown = new Map<string, { token: NumberToken; count: number }>();
  for (const token of tokens) {
    const entry = byShown.get(token.shown) ?? { token, count: 0 };
    entry.count += 1;
    byShown.set(token.shown, entry);
  }
  for (const [shown, { token, count }] of byShown) {
    const found = en.match(token.pattern)?.length ?? 0;
    if (found < count) problems.push(`${shown}: wanted ${count}×, found ${found}×`);
  }
  const allowed = countBy(tokens.flatMap((token) => (token.value === null ? [] : [token.value])));
  for (const [value, count] of countBy(numbersIn(en))) {
    if (count > (allowed.get(value) ?? 0)) {
      problems.push(`${value} in the translation is not in the original (${count}×)`);
    }
  }
  return { checked: tokens.length, problems };
}

// ---------------------------------------------------------------------------------------------
// Check 4: glossary terms
//
// Terms are matched in the Chinese title longest first, and a match blanks its span, so a longer
// term containing a shorter one is checked as the longer only (圆桌会议 as Round Table, not also
// as 会议 Meeting; 上海合作组织大学 as SCO University). A term found must be rendered by one of
// its accepted forms: whole words (letters and digits may not adjoin), case ignored, at least
// once however often the term occurs. A title that needs another rendering is listed in the
// term's `exceptions` with the form it must use instead and the reason: the code has none.

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

function renders(en: string, form: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').test(en);
}

function glossaryProblems(
  key: string,
  zh: string,
  en: string,
): { checked: number; problems: string[] } {
  const terms = termsIn(zh);
  const problems = terms.flatMap((term) => {
    const exception = term.exceptions?.find((e) => e.key === key);
    const forms = exception ? [exception.rendered] : term.accepted;
    return forms.some((form) => renders(en, form))
      ? []
      : [`${term.zh} is rendered by none of ${forms.map((f) => `"${f}"`).join(', ')}`];
  });
  return { checked: terms.length, problems };
}

// ---------------------------------------------------------------------------------------------
// Check 5: places
//
// Each place enrichItem tags as `named` in the Chinese title must appear in the translation
// under its gazetteer English name (阿特劳州 → Atyrau Region, 阿特劳市 → Atyrau), matched with
// case and not preceded by a letter, so the adjective of a country counts (All-Russian,
// Mongolian) but Prussia would not. When a title names both a city and its region and the
// region's name contains the city's (布哈拉州布哈拉市: Bukhara Region, Bukhara), both must appear:
// the city is looked for outside the region's name, so "Bukhara Region" alone does not count for
// Bukhara. A place named only inside a glossary term that lists it under `covers` is rendered
// by that term, which check 4 holds to its fixed English (中国 in 中国人民对外友好协会 → Chinese
// People's Association for Friendship with Foreign Countries).

const gazetteer = rawGazetteer as {
  maskPhrases: string[];
  places: Array<{ slug: string; en: string; aliases: string[] }>;
};
const PLACE_EN = new Map(gazetteer.places.map((place) => [place.slug, place.en]));
const ALIASES = new Map(gazetteer.places.map((place) => [place.slug, place.aliases]));

/** Whether a text spells the place, once the gazetteer's masked phrases (上海合作组织) are out. */
function spells(text: string, slug: string): boolean {
  const masked = gazetteer.maskPhrases.reduce(
    (rest, phrase) => rest.replaceAll(phrase, ' '.repeat(phrase.length)),
    text,
  );
  return (ALIASES.get(slug) ?? []).some((alias) => masked.includes(alias));
}

function placeProblems({ zh, named }: Item, en: string): { checked: number; problems: string[] } {
  const covering = termsIn(zh).filter((term) => term.covers !== undefined);
  const outside = covering.reduce(
    (text, term) => text.replaceAll(term.zh, ' '.repeat(term.zh.length)),
    zh,
  );
  const outsideTerms = new Set(named.filter((slug) => spells(outside, slug)));
  const covered = new Set(covering.flatMap((term) => term.covers?.map((c) => c.slug) ?? []));
  const checked = named.filter((slug) => outsideTerms.has(slug) || !covered.has(slug));
  const names = named.map((slug) => PLACE_EN.get(slug) ?? slug);
  const problems = checked.flatMap((slug) => {
    const name = PLACE_EN.get(slug) ?? slug;
    const text = names
      .filter((other) => other !== name && other.includes(name))
      .reduce((rest, other) => rest.replaceAll(other, ' '), en);
    return new RegExp(`(?<!\\p{L})${escapeRegExp(name)}`, 'u').test(text)
      ? []
      : [`${slug}: "${name}" is missing`];
  });
  return { checked: checked.length, problems };
}

// ---------------------------------------------------------------------------------------------
// All checks over a set of titles

function checkTranslation(titles: Record<string, string>) {
  const problems = coverageProblems(
    ITEMS.map((item) => item.key),
    Object.keys(titles),
  );
  const counts = { items: 0, terms: 0, numbers: 0, places: 0 };
  for (const item of ITEMS) {
    const { key, zh } = item;
    const en = titles[key];
    if (en === undefined) continue;
    const numbers = numberProblems(zh, en);
    const terms = glossaryProblems(key, zh, en);
    const places = placeProblems(item, en);
    counts.items += 1;
    counts.numbers += numbers.checked;
    counts.terms += terms.checked;
    counts.places += places.checked;
    for (const problem of [
      ...cjkProblems(en),
      ...numbers.problems,
      ...terms.problems,
      ...places.problems,
    ]) {
      problems.push(`${key}: ${problem}`);
    }
  }
  return { problems, counts };
}

const titles = translation.titles;

// ---------------------------------------------------------------------------------------------

describe('the English translation of the titles', () => {
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
    console.log(
      `en translation: ${counts.items} items checked, ${glossary.terms.length} glossary terms ` +
        `(${counts.terms} renderings), ${counts.numbers} number tokens, ` +
        `${counts.places} places checked`,
    );
  });

  it('translates every printed category heading, and only those, with no Chinese left', () => {
    const printed = CATEGORIES.flatMap((category) => (category.heading ? [category.heading] : []));
    // The real copy prints four headings; the other two are missing from it (inferred).
    expect(printed).toEqual([
      '中方举办的其他活动',
      '峰会成果文件',
      '中方在天津峰会上提出的倡议',
      '中方其他倡议',
    ]);
    expect(Object.keys(translation.headings).sort()).toEqual([...printed].sort());
    expect(Object.values(translation.headings).flatMap(cjkProblems)).toEqual([]);
  });

  it('reads every number of every title with a rule', () => {
    expect(
      ITEMS.flatMap(({ key, zh }) => extractNumbers(zh).unread.map((u) => `${key}: ${u}`)),
    ).toEqual([]);
  });
});

describe('the glossary', () => {
  it('has no term that no title uses', () => {
    const unused = glossary.terms.filter(
      (term) => !ITEMS.some((item) => item.zh.includes(term.zh)),
    );
    expect(unused.map((term) => term.zh)).toEqual([]);
  });

  it('gives as en the form the titles really use', () => {
    const unusedForm = glossary.terms.filter((term) => {
      const uses = ITEMS.filter((item) => termsIn(item.zh).includes(term));
      return !uses.some((item) => renders(titles[item.key] ?? '', term.en));
    });
    expect(unusedForm.map((term) => `${term.zh} → ${term.en}`)).toEqual([]);
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

  it('looks for every place a title names in its translation, but those a glossary term renders', () => {
    const pairs = ITEMS.flatMap((item) => item.named.map((slug) => `${item.key}:${slug}`));
    // By hand: China, in 中国人民对外友好协会 (rendered "Chinese People's Association…"), is
    // the only named place that only a covering glossary term spells, in these two titles.
    const renderedByTerm = ['documents-75:china', 'documents-76:china'];
    expect(pairs).toEqual(expect.arrayContaining(renderedByTerm));
    expect(pairs.length).toBeGreaterThan(80);
    for (const pair of pairs) expect(PLACE_EN.get(pair.split(':')[1] ?? ''), pair).toBeDefined();
    expect(checkTranslation(titles).counts.places).toBe(pairs.length - renderedByTerm.length);
  });
});

describe('the titles follow the glossary', () => {
  /** A form reduced to what one rendering shares with its plural, capitalised or hyphenated forms. */
  const baseForm = (form: string) =>
    form
      .toLowerCase()
      .replaceAll('-', ' ')
      .split(/\s+/)
      .map((word) => word.replace(/ies$/, 'y').replace(/s$/, ''))
      .join(' ');
  /** An abbreviation of the term's English (AI, RATS, CICA), which a reader meets in its place. */
  const ABBREVIATION = /^[A-Z]{2,6}$/;

  it('renders every glossary term a title’s Chinese contains by one of its accepted forms, or by its listed exception', () => {
    const uses = new Map<string, number>();
    const problems = ITEMS.flatMap(({ key, zh }) => {
      for (const term of termsIn(zh)) uses.set(term.zh, (uses.get(term.zh) ?? 0) + 1);
      return glossaryProblems(key, zh, titles[key] ?? '').problems.map((p) => `${key}: ${p}`);
    });
    expect(problems).toEqual([]);
    const recurring = [...uses.values()].filter((count) => count > 1).length;
    // Every term is used (the glossary test below); most recur, and those are the point.
    expect(recurring).toBeGreaterThan(40);
    console.log(
      `glossary: ${glossary.terms.length} terms, ${recurring} recurring in two titles or more, ` +
        `${[...uses.values()].reduce((a, b) => a + b, 0)} renderings checked`,
    );
  });

  it('gives each term one rendering: accepted forms differ from it only in number, case or hyphen, or abbreviate it', () => {
    const two = glossary.terms.flatMap((term) =>
      term.accepted
        .filter((form) => baseForm(form) !== baseForm(term.en) && !ABBREVIATION.test(form))
        .map((form) => `${term.zh}: "${term.en}" and "${form}"`),
    );
    expect(two).toEqual([]);
    // The reduction is not so loose that different words pass as one.
    expect(baseForm('Young People')).not.toBe(baseForm('Youth'));
    expect(baseForm('Committee')).not.toBe(baseForm('Commission'));
    expect(baseForm('Ministries of Foreign Affairs')).toBe(baseForm('Ministry of Foreign Affairs'));
  });

  it('flags a title that renders a term otherwise than the glossary', () => {
    const broken = (key: string, en: string) =>
      glossaryProblems(key, ITEMS.find((item) => item.key === key)?.zh ?? '', en).problems;
    // 青少年 once rendered "Young People" and once "Youth": one rendering, so search finds both.
    expect(
      broken(
        'meetings-130',
        'China-SCO “Young Emergency Responders” Emergency Medicine Training Camp for Young People',
      ),
    ).toEqual(['青少年 is rendered by none of "Youth"']);
    // The Commission's own English, not a back-translation of 委员会.
    expect(
      broken(
        'documents-77',
        'Memorandum of Cooperation between the SCO Committee on Good-Neighbourliness, Friendship and Cooperation and the Myanmar Institute of Strategic and International Studies',
      ),
    ).toEqual([
      '睦邻友好合作委员会 is rendered by none of "Good-Neighborliness, Friendship and Cooperation Commission"',
    ]);
    expect(broken('meetings-89', '“SCO+” Youth Think Tank Salon')).toEqual([
      '上海合作组织+ is rendered by none of "SCO Plus"',
    ]);
    expect(
      broken('initiatives-18', 'China will host a successful SCO Political Parties Forum'),
    ).toEqual(['办好 is rendered by none of "ensure the success of"']);
  });

  it('sets quotations and apostrophes in titles with curly quotes, as the interface does, each opened quote closed', () => {
    const straight = Object.entries(titles).filter(([, en]) => /["']/.test(en));
    expect(straight.map(([key]) => key)).toEqual([]);
    const unbalanced = Object.entries(titles).filter(
      ([, en]) => (en.match(/“/g)?.length ?? 0) !== (en.match(/”/g)?.length ?? 0),
    );
    expect(unbalanced.map(([key]) => key)).toEqual([]);
    // Every title whose Chinese quotes a name (“…” or 《…》, 35 of them) quotes it in English too.
    const quotedZh = ITEMS.filter((item) => /[“《]/.test(item.zh)).map((item) => item.key);
    expect(quotedZh).toHaveLength(35);
    expect(quotedZh.filter((key) => !(titles[key] ?? '').includes('“'))).toEqual([]);
  });
});

describe('the glossary’s sources', () => {
  it('records for every name where its English comes from, or why no owner’s form is followed', () => {
    const names = glossary.terms.filter((term) => term.kind === 'name');
    const sourced = names.filter((term) => term.source !== undefined);
    expect(names.filter((term) => !term.source && !term.reason)).toEqual([]);
    // Sources are pages published before this edition of the translation.
    expect(
      sourced.filter((term) => (term.source?.date ?? '') > translation.provenance.date),
    ).toEqual([]);
    expect(sourced.length).toBeGreaterThan(names.length / 2);
    console.log(
      `glossary: ${names.length} names, ${sourced.length} with an owner’s or official source, ` +
        `${names.length - sourced.length} with a stated reason`,
    );
  });

  it('refuses a name with neither a source nor a reason, and a source without its address', () => {
    const name = {
      zh: '健康快车',
      en: 'Lifeline Express',
      kind: 'name',
      accepted: ['Lifeline Express'],
    };
    expect(Term.safeParse(name).success).toBe(false);
    expect(Term.safeParse({ ...name, reason: 'No page of its own was found' }).success).toBe(true);
    expect(Term.safeParse({ ...name, kind: 'term' }).success).toBe(true);
    const source = { title: 'Lifeline Express', publisher: 'GNFCC', date: '2024-04-26' };
    expect(Term.safeParse({ ...name, source }).success).toBe(false);
    expect(
      Term.safeParse({ ...name, source: { ...source, url: 'http://en.gnfccsco.com/' } }).success,
    ).toBe(true);
  });
});

describe('the number extractor', () => {
  it.each([
    ['上海合作组织成员国交通部长第十二次会议', ['12th']],
    ['上海合作组织银联体理事会第二十一次会议', ['21st']],
    ['上海合作组织成员国科技部长第九次会议', ['9th']],
    ['上海合作组织地区反恐机构理事会第四十二次会议法律专家会', ['42nd']],
    ['2025第二届上海合作组织雪地足球赛', ['2nd', '2025']],
    ['第3届', ['3rd']],
    ['第一百零三次', ['103rd']],
    ['“2024—2025年上海合作组织旅游和文化之都”', ['2024', '2025']],
    ['中方2025年向成员国提供20亿元人民币无偿援助', ['2 billion', '2025']],
    ['中方未来3年对银行联合体成员行新增发放100亿元人民币贷款', ['10 billion', '3']],
    ['未来5年,中方提供1万个人力资源研修培训名额', ['10,000', '5']],
    ['未来5年,中方将为上海合作组织其他国家实施5000例白内障手术', ['5', '5,000']],
    ['“千万千瓦光伏”和“千万千瓦风电”', ['10 GW', '10 GW']],
    ['将上海合作组织专项奖学金名额翻一番', ['double']],
    ['设立中国—欧亚经济合作基金二期', ['Phase II']],
    ['上海合作组织青年交流营', []],
  ])('%s → %j', (zh, shown) => {
    const { tokens, unread } = extractNumbers(zh);
    expect(unread).toEqual([]);
    expect(tokens.map((token) => token.shown)).toEqual(shown);
  });

  it('reports a counted Chinese number that no rule reads', () => {
    expect(extractNumbers('三年内建设十所工坊').unread).toEqual(['三年', '十所']);
  });

  it('accepts 5,000 and 5000 for 5000, 10 000 with a no-break space, and 2025 only plainly', () => {
    const zh = '实施5000例手术';
    expect(numberProblems(zh, 'perform 5,000 operations').problems).toEqual([]);
    expect(numberProblems(zh, 'perform 5000 operations').problems).toEqual([]);
    expect(numberProblems('1万例', '10\u00a0000 screenings').problems).toEqual([]);
    expect(numberProblems('2025年', '2,025').problems).not.toEqual([]);
  });
});

describe('the checks fail on broken translations', () => {
  const broken = (key: string, en: string) => checkTranslation({ ...titles, [key]: en }).problems;

  it('flags Chinese left in the translation', () => {
    expect(cjkProblems('SCO 论坛')).toEqual(['CJK characters left: 论 坛']);
    expect(cjkProblems('SCO Forum（2025）')).toEqual(['CJK characters left: （ ）']);
    expect(cjkProblems('“SCO Rendezvous” · 2025 — SCO')).toEqual([]);
    expect(broken('meetings-57', 'SCO Political Parties 论坛')).toEqual([
      'meetings-57: CJK characters left: 论 坛',
      'meetings-57: 论坛 is rendered by none of "Forum", "Forums"',
    ]);
  });

  it('flags a year changed from 2025 to 2024', () => {
    expect(broken('meetings-58', '2024 SCO Digital Economy Forum')).toEqual([
      'meetings-58: 2025: wanted 1×, found 0×',
      'meetings-58: 2024 in the translation is not in the original (1×)',
    ]);
  });

  it('flags 第九次 rendered as 8th', () => {
    expect(
      broken(
        'meetings-26',
        '8th Meeting of the Ministers of Science and Technology of the SCO Member States',
      ),
    ).toEqual([
      'meetings-26: 9th: wanted 1×, found 0×',
      'meetings-26: 8 in the translation is not in the original (1×)',
    ]);
  });

  it('flags an amount rendered wrongly or a number dropped', () => {
    expect(
      broken('initiatives-8', 'In 2025, China will provide 20 billion yuan of grant assistance'),
    ).toContain('initiatives-8: 2 billion: wanted 1×, found 0×');
    expect(
      broken(
        'initiatives-13',
        'Over the next 5 years, China will work with other SCO countries to implement new "10 GW Photovoltaic" and wind power projects',
      ),
    ).toEqual(['initiatives-13: 10 GW: wanted 2×, found 1×']);
  });

  it('flags a glossary term that is not rendered', () => {
    expect(broken('meetings-57', 'SCO Political Parties Conference')).toEqual([
      'meetings-57: 论坛 is rendered by none of "Forum", "Forums"',
    ]);
    expect(
      broken(
        'meetings-24',
        '12th Conference of the Ministers of Transport of the SCO Member States',
      ),
    ).toEqual(['meetings-24: 会议 is rendered by none of "Meeting", "Meetings"']);
  });

  it('holds an exception to its own rendering', () => {
    expect(
      broken('meetings-29', '26th Meeting of the Council of the SCO Business Council'),
    ).toEqual(['meetings-29: 理事会 is rendered by none of "Board"']);
  });

  it('checks a longer term as the longer one', () => {
    expect(glossaryProblems('x', '上海合作组织大学', 'SCO College').problems).toEqual([
      '上海合作组织大学 is rendered by none of "SCO University"',
    ]);
    expect(glossaryProblems('x', '圆桌会议', 'Round Table').problems).toEqual([]);
  });

  it('flags a named place that is missing', () => {
    expect(
      broken(
        'documents-90',
        'Letter of Intent between Shenyang City, People’s Republic of China, and the City of the Republic of Belarus on Establishing Friendly Cooperative Relations',
      ),
    ).toEqual(['documents-90: mogilev: "Mogilev" is missing']);
  });

  it('does not count a region name for the city it contains', () => {
    expect(
      broken(
        'documents-88',
        'Memorandum of Understanding between Shenyang City, Liaoning Province, People’s Republic of China, and Bukhara Region, Republic of Uzbekistan, on Establishing Friendly Cooperative Relations',
      ),
    ).toEqual(['documents-88: bukhara: "Bukhara" is missing']);
  });

  it('flags items without a translation and translations without an item', () => {
    const rest = Object.fromEntries(
      Object.entries(titles).filter(([key]) => key !== 'meetings-24'),
    );
    expect(checkTranslation({ ...rest, 'meetings-1': 'A meeting' }).problems).toEqual([
      'meetings-24: no translation',
      'meetings-1: translation names no item of the list',
    ]);
  });
});

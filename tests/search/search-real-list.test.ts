import { describe, expect, it } from 'vitest';
import { ITEMS, marked, ranked, search } from './real-list';

/**
 * Search over the 223 titles of the real list, with the English translations and the names of
 * the places each title names. The expected keys were read off the titles, their translations
 * and a pinyin reading of their characters by hand; where a query finds many, the expectation
 * is written as the characters or English words read by hand, and the items holding them.
 */

const holding = (characters: string) =>
  ITEMS.filter((item) => [...characters].some((character) => item.title.includes(character)));
const inEnglish = (pattern: RegExp) => ITEMS.filter((item) => pattern.test(item.en));
const keys = (...lists: ReadonlyArray<ReadonlyArray<{ key: string }>>) => {
  const wanted = new Set(lists.flat().map((item) => item.key));
  return ITEMS.filter((item) => wanted.has(item.key)).map((item) => item.key);
};

/** The five titles with 沈阳 (Shenyang) in them. */
const SHENYANG = ['documents-68', 'documents-83', 'documents-88', 'documents-89', 'documents-90'];

/** Every title with 研修班 or 培训班 (seminar, training course). */
const COURSES = [
  'meetings-106',
  'meetings-107',
  'meetings-109',
  'meetings-110',
  'meetings-160',
  ...Array.from({ length: 26 }, (_, i) => `meetings-${162 + i}`),
];

/** The eight 备忘录 (memoranda), each translated "Memorandum of …". */
const MEMORANDA = [
  'documents-73',
  'documents-74',
  'documents-75',
  'documents-76',
  'documents-77',
  'documents-78',
  'documents-79',
  'documents-88',
];

/** The 25 titles with 论坛, each translated with "Forum". */
const FORUMS = [
  ...Array.from({ length: 18 }, (_, i) => `meetings-${57 + i}`),
  'meetings-121',
  'meetings-155',
  'documents-68',
  'documents-69',
  'initiatives-18',
  'initiatives-19',
  'initiatives-20',
];

/** The titles whose English says "Forum", in list order: the 25 with 论坛 and meetings-81, whose
 * 人文交流活动 its organisers (China Media Group and the SCO Secretariat) name a forum in English. */
const FORUMS_EN = [...FORUMS.slice(0, 18), 'meetings-81', ...FORUMS.slice(18)];

describe('queries on the real list', () => {
  it.each([
    // 癌 (ái) in 宫颈癌 and 癌症, 埃 (āi) in 埃及, "AI+" in the English of 人工智能+医疗…; never
    // the `hai` of 上海, which almost every title holds.
    ['AI', ['meetings-109', 'meetings-153', 'documents-83', 'initiatives-23']],
    ['ai', ['meetings-109', 'meetings-153', 'documents-83', 'initiatives-23']],
    ['shenyang', SHENYANG],
    ['Shenyang', SHENYANG],
    ['SHENYANG', SHENYANG],
    // Whole syllables from their start, so 沈阳 — but not across a syllable: `henyang` is nothing.
    ['shenyan', SHENYANG],
    ['henyang', []],
    // Shen ∧ Yang, each a whole syllable: 沈阳 only. 博士生培养 (bó shì shēng péi yǎng) is not
    // found: shēng is another syllable than shěn.
    ['Shen Yang', SHENYANG],
    ['沈阳', SHENYANG],
    // Traditional characters find the simplified titles.
    ['瀋陽', SHENYANG],
    // Only one title holds both 沈阳 and 论坛: the Shenyang Initiative of the friendship forum.
    ['沈阳论坛', ['documents-68']],
    ['沈阳 论坛', ['documents-68']],
    ['瀋陽論壇', ['documents-68']],
    ['"民间友好论坛"', ['meetings-70', 'documents-68']],
    ['“民间友好论坛”', ['meetings-70', 'documents-68']],
    // A phrase must stand as written: these two words are never adjacent in that order.
    ['"论坛沈阳倡议民间"', []],
    ['研修班 OR 培训班', COURSES],
    ['memorandum', MEMORANDA],
    ['Memo', MEMORANDA],
    // English words are found from their start, not by stem: no title says "memoranda".
    ['memoranda', []],
    // Nothing to search for in the text: nothing found, not every item.
    ['%', []],
    ['？', []],
    ['forum', FORUMS_EN],
    ['论坛', FORUMS],
    ['Xinjiang', ['meetings-118']],
    // 青岛 (or Qingdao) with 2025 in the title or its English: the supply-chain conference and the
    // "@Qingdao" week of 2024—2025; not the 2025 conference whose Qingdao is only inferred.
    ['Qingdao 2025', ['meetings-126', 'meetings-152']],
  ])('%s', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it('`an` finds 安, 岸, 案 and the English word "an", never the an inside a syllable', () => {
    // By hand: 安全 (ān quán), 口岸 (kǒu àn), 方案 (fāng àn); the English article "an" as a
    // whole word (a two-letter term is never a word beginning: not "and", "annual", "anti-").
    // Not 关 (guān) or 环 (huán): 海关隶属关长 (meetings-163) has neither.
    const expected = keys(holding('安岸案'), inEnglish(/\ban\b/i));
    expect(search('an')).toEqual(expected);
    expect(search('an')).not.toContain('meetings-163');
    // "…Ministers of Education … and 15th …": an "and", no 安, 岸 or 案.
    expect(search('an')).not.toContain('meetings-34');
  });

  it('`xi` finds the characters read xi and Xi Jinping, not those whose syllable begins xi', () => {
    // By hand, the title characters read exactly xi: 息 xī, 系 xì, 习 xí, 喜 xǐ, 西 xī. Not
    // 协 xié, 信 xìn, 新 xīn, 先 xiān, 行 xíng…, and not "Xinjiang" in the English. "Xi Jinping"
    // is 习近平 (meetings-134), found both ways.
    expect(search('xi')).toEqual(keys(holding('息系习喜西')));
    expect(search('xi')).toContain('meetings-134');
    expect(search('xi')).not.toContain('meetings-118');
  });

  it('`shen` finds 沈 and 审 (shěn), not 生, 升, 省 (shēng)', () => {
    expect(search('shen')).toEqual(keys(holding('沈审')));
    expect(search('shen')).toHaveLength(6);
  });
});

describe('relevance', () => {
  it('ranks titles holding the query as one phrase before those holding its words apart', () => {
    // 合作论坛 is 合作 ∧ 论坛: 24 titles hold both, four of them as the phrase 合作论坛.
    const phrase = ['meetings-59', 'meetings-62', 'meetings-69', 'documents-69'];
    const found = ranked('合作论坛');
    expect(found).toHaveLength(24);
    expect(found.slice(0, phrase.length).sort()).toEqual([...phrase].sort());
  });

  it('puts the one title with 沈阳 and 论坛 first for 沈阳论坛', () => {
    expect(ranked('沈阳论坛')[0]).toBe('documents-68');
  });

  it('ranks a match in the title before a match in the English alone', () => {
    // `an` reads 安, 岸, 案 in four titles; the others hold only an English "and", "an"….
    const inTitle = ['meetings-111', 'meetings-167', 'meetings-170', 'documents-72'];
    const found = ranked('an');
    expect(found.slice(0, inTitle.length).sort()).toEqual([...inTitle].sort());
    expect(found.length).toBeGreaterThan(inTitle.length);
  });

  it('keeps the list order between equals', () => {
    // Every forum is found through its English alone: no title match tells them apart.
    expect(ranked('forum')).toEqual(FORUMS_EN);
  });
});

describe('highlights', () => {
  it('marks exactly the characters of a Chinese word, adjacent matches merged', () => {
    expect(marked('documents-68', '沈阳')).toEqual({ title: ['沈阳'], en: [] });
    // …论坛暨友好城市论坛沈阳倡议: the second 论坛 runs into 沈阳, one mark.
    expect(marked('documents-68', '沈阳 论坛')).toEqual({ title: ['论坛', '论坛沈阳'], en: [] });
    expect(marked('documents-68', '瀋陽')).toEqual({ title: ['沈阳'], en: [] });
  });

  it('marks the character a pinyin syllable reads, and the English word’s start', () => {
    expect(marked('documents-83', 'shen')).toEqual({ title: ['沈'], en: ['Shen'] });
    expect(marked('documents-83', 'shenyang')).toEqual({ title: ['沈阳'], en: ['Shenyang'] });
    expect(marked('meetings-109', 'ai')).toEqual({ title: ['癌'], en: [] });
  });

  it('marks an English word in the translation, not in the title', () => {
    expect(marked('documents-73', 'memorandum')).toEqual({ title: [], en: ['Memorandum'] });
    expect(marked('meetings-153', 'AI')).toEqual({ title: [], en: ['AI'] });
  });

  it('marks a phrase where it stands', () => {
    expect(marked('meetings-70', '"民间友好论坛"')).toEqual({ title: ['民间友好论坛'], en: [] });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseList } from '@/lib/parser';
import type { ParsedList } from '@/lib/parser/types';
import { SOURCE_TEXT } from '../support/source';

/**
 * What must not change between copies: items, structure and the publication facts, not where
 * lines happen to be.
 */
function catalogue(list: ParsedList) {
  const { dateline, pageDate } = list.publication;
  return {
    title: list.title,
    dateline: dateline && {
      text: dateline.text,
      place: dateline.place,
      month: dateline.month,
      day: dateline.day,
      closes: dateline.closes,
    },
    pageDate: pageDate?.date ?? null,
    items: list.items.map(({ section, category, number, title }) => ({
      section,
      category,
      number,
      title,
    })),
    sections: list.sections.map((s) => ({
      key: s.key,
      heading: s.heading,
      categories: s.categories.map(
        ({ ordinal, heading, declaredCount, range, numbers, missing }) => ({
          ordinal,
          heading,
          declaredCount,
          range,
          numbers,
          missing,
        }),
      ),
    })),
  };
}

const expected = catalogue(parseList(SOURCE_TEXT));
const lines = SOURCE_TEXT.split('\n');

/**
 * The copy's page fragments, cut where a new piece of the newspaper begins (a page marker, the
 * list title, a page header, the commentary after a dateline). Found by content, so the cut is
 * the test's own reading of the page, not the parser's.
 */
function pageFragments(): string[][] {
  const starts = /^(（上接|中国担任上海合作组织.*清单$|要 闻$|的全球治理体系。$)/;
  const chunks: string[][] = [];
  for (const line of lines) {
    if (chunks.length === 0 || starts.test(line)) chunks.push([]);
    chunks.at(-1)?.push(line);
  }
  return chunks;
}

const ITEM = /^(\d+)\.(.*)$/;
const LOOKS_STRUCTURAL =
  /^(\d+\s*[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\s)/;

const separator = fc.constantFrom('.', '．', '、', '. ', ' ．');
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

/** Re-wraps item lines at random places, as another column width would. */
const rewrap = fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.boolean()), {
  minLength: lines.length,
  maxLength: lines.length,
});

function wrap(source: string[], choices: [boolean, number, boolean][]): string[] {
  return source.flatMap((line, i) => {
    const [doWrap, at, blank] = choices[i] ?? [false, 0, false];
    const match = ITEM.exec(line);
    const title = match?.[2] ?? '';
    if (!doWrap || !match || title.length < 4) return [line];
    const cut = 2 + (at % (title.length - 3));
    const head = title.slice(0, cut);
    const tail = title.slice(cut);
    if (LOOKS_STRUCTURAL.test(tail) || /\s$/.test(head)) return [line];
    return blank ? [`${match[1]}.${head}`, '', tail] : [`${match[1]}.${head}`, tail];
  });
}

const toFullWidth = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('other copies of the same list give the same catalogue', () => {
  it('compares the publication facts in every case: the real copy has both', () => {
    // Read off the copy by hand in tests/parser/publication.test.ts.
    expect(expected.dateline).toMatchObject({ place: '天津', month: 9, day: 1 });
    expect(expected.pageDate).toBe('2025-09-02');
  });

  it('pages in another order, with or without page furniture between them', () => {
    const chunks = pageFragments();
    expect(chunks.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(chunks, { minLength: chunks.length, maxLength: chunks.length }),
        fc.boolean(),
        (order, furniture) => {
          const glue = furniture ? ['', '要 闻', ''] : [''];
          const text = order
            .flatMap((chunk, i) => (i === 0 ? chunk : [...glue, ...chunk]))
            .join('\n');
          expect(catalogue(parseList(text))).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('commentary closed by its own dateline, anywhere between the pages', () => {
    const chunks = pageFragments();
    const commentary = fc.constantFrom(
      ['', '这一倡议倡导平等、公正和互利合作。（新华社北京9月3日电）', ''],
      ['', '这一倡议倡导平等、公正和互利合作。', '', '(新华社莫斯科９月３日电)', ''],
      ['（新华社北京9月3日电）'],
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(chunks.length - 1), commentary), { minLength: 1, maxLength: 4 }),
        (insertions) => {
          const out = chunks.map((chunk) => [...chunk]);
          for (const [after, lines] of insertions) out[after]?.push(...lines);
          const text = out.flat().join('\n');
          expect(catalogue(parseList(text))).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('other wrapping, separators, digits, line endings, BOM and blank lines', () => {
    fc.assert(
      fc.property(
        rewrap,
        separator,
        lineEnding,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('keep', 'none', 'double'),
        (choices, sep, eol, fullWidth, bom, blanks) => {
          let out = wrap(lines, choices).map((line) => line.replace(/^(\d+)\./, `$1${sep}`));
          if (blanks === 'none') out = out.filter((l) => l.trim() !== '');
          if (blanks === 'double') out = out.flatMap((l) => (l.trim() === '' ? [l, l] : [l]));
          let text = out.join(eol);
          if (fullWidth) text = toFullWidth(text);
          if (bom) text = `\ufeff${text}`;
          expect(catalogue(parseList(text))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic and total on arbitrary text: a ParsedList or a SourceError, nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...lines), fc.string()), { maxLength: 60 }),
        (picked) => {
          try {
            const a = parseList(picked.join('\n'));
            expect(parseList(picked.join('\n'))).toEqual(a);
          } catch (error) {
            expect((error as Error).name).toBe('SourceError');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

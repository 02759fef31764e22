import { describe, expect, it } from 'vitest';
import { QUERY_MAX_LENGTH, QUERY_TERMS_MAX } from '@/lib/constants';
import { atomsIn, parseQuery } from '@/lib/search/query';

/**
 * What a typed query means: a list of clauses all required, each a list of alternatives (OR),
 * each a list of atoms. `words` writes the expected structure compactly: clauses joined by
 * ' ∧ ', alternatives by ' | ', atoms by '+', phrases in quotes.
 */
function words(raw: string): string {
  return parseQuery(raw)
    .clauses.map((clause) =>
      clause
        .map((alternative) =>
          alternative
            .map((atom) => (atom.kind === 'phrase' ? `"${atom.text}"` : atom.text))
            .join('+'),
        )
        .join(' | '),
    )
    .join(' ∧ ');
}

describe('parseQuery', () => {
  it('has no clause for an empty or blank query: it matches everything', () => {
    expect(parseQuery('').clauses).toEqual([]);
    expect(parseQuery('   \t ').clauses).toEqual([]);
  });

  it('has one clause nothing satisfies for text with no word in it: it matches nothing', () => {
    for (const text of ['""', 'OR', '%', '_ \\', '？！', '——']) {
      expect(parseQuery(text).clauses, text).toEqual([[]]);
    }
  });

  // Stems as the Snowball Russian stemmer cuts them, checked by hand: the case endings go, the
  // word's beginning stays; ё is е and capitals are small before the cut.
  it('reads a Russian word as its stem, every form alike', () => {
    for (const form of ['форум', 'Форума', 'ФОРУМЫ', 'форумах']) {
      expect(parseQuery(form), form).toEqual({ clauses: [[[{ kind: 'stem', text: 'форум' }]]] });
    }
    expect(words('Молодёжный форум OR семинар')).toBe('молодежн ∧ форум | семинар');
  });

  it('quotes a phrase in «ёлочки» and „лапки“ as in other quotation marks', () => {
    expect(words('«Женский форум» форума')).toBe('"женский форум" ∧ форум');
    expect(words('„Деловой совет“')).toBe('"деловой совет"');
  });

  it('splits Chinese typed without spaces into words, all required', () => {
    expect(parseQuery('沈阳论坛')).toEqual({
      clauses: [
        [
          [
            { kind: 'cjk', text: '沈阳' },
            { kind: 'cjk', text: '论坛' },
          ],
        ],
      ],
    });
    // Typed with a space, the same two words are two clauses: the same conditions.
    expect(atomsIn(parseQuery('沈阳 论坛'))).toEqual(atomsIn(parseQuery('沈阳论坛')));
  });

  it('keeps a quoted phrase whole, spaces and OR included, in ASCII or Chinese quotes', () => {
    expect(words('"民间友好论坛"')).toBe('"民间友好论坛"');
    expect(words('“民间 友好”')).toBe('"民间 友好"');
    expect(words('「沈阳」')).toBe('"沈阳"');
    expect(words('"a OR b" 沈阳')).toBe('"a or b" ∧ 沈阳');
    expect(parseQuery('"民间友好论坛"').clauses[0]?.[0]?.[0]?.kind).toBe('phrase');
  });

  it('folds a phrase like the text it is looked for in', () => {
    expect(words('"瀋陽 FORUM"')).toBe('"沈阳 forum"');
  });

  it('joins the terms either side of OR as alternatives of one clause', () => {
    expect(words('研修班 OR 培训班').split(' ∧ ')).toHaveLength(1);
    expect(words('a OR b')).toBe('a | b');
    expect(words('a OR b OR c')).toBe('a | b | c');
    expect(words('x a OR b')).toBe('x ∧ a | b');
    expect(words('a OR OR b')).toBe('a | b');
  });

  it('ignores an OR with nothing before or after it', () => {
    expect(words('OR 沈阳')).toBe('沈阳');
    expect(words('沈阳 OR')).toBe('沈阳');
    expect(words('OR a OR')).toBe('a');
  });

  it('takes only upper-case OR as the operator; `or` is a word', () => {
    expect(words('a or b')).toBe('a ∧ or ∧ b');
  });

  it('reads Latin words lower-cased, full-width forms as ASCII', () => {
    expect(parseQuery('AI Forum')).toEqual({
      clauses: [[[{ kind: 'latin', text: 'ai' }]], [[{ kind: 'latin', text: 'forum' }]]],
    });
    expect(words('Ｓｈｅｎｙａｎｇ ２０２５')).toBe('shenyang ∧ 2025');
  });

  it('folds traditional characters to simplified', () => {
    expect(words('瀋陽')).toBe('沈阳');
    expect(words('論壇')).toBe('论坛');
  });

  it('drops punctuation between words (one token, so one alternative of both)', () => {
    expect(words('沈阳、青岛！')).toBe('沈阳+青岛');
  });

  it(`keeps at most QUERY_TERMS_MAX (${QUERY_TERMS_MAX}) words, the first ones`, () => {
    const letters = 'a b c d e f g h'.split(' ');
    expect(atomsIn(parseQuery(letters.join(' '))).map((atom) => atom.text)).toEqual(
      letters.slice(0, QUERY_TERMS_MAX),
    );
    // An OR clause counts as its longest alternative.
    expect(words('a OR b c d e f g h')).toBe('a | b ∧ c ∧ d ∧ e ∧ f ∧ g');
  });

  it('reads only the first QUERY_MAX_LENGTH characters', () => {
    const long = `${'x'.repeat(QUERY_MAX_LENGTH)} y`;
    expect(words(long)).toBe('x'.repeat(QUERY_MAX_LENGTH));
  });
});

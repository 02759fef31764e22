import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { QUERY_MAX_LENGTH, QUERY_TERMS_MAX } from '@/lib/constants';

// Both sides of a search go through `fold`: ingest when it stores Item.searchText, the
// catalogue when it reads a query. Substring matching on the folded forms then makes
// 瀋陽 find 沈阳, Ｑingdao find qingdao, and a two-character word find every title holding it.

const FIELD_SEPARATOR = '\u001f';

// Prisma's `contains` becomes LIKE '%term%' without escaping, so `%`, `_` (and `\`, the default
// escape in PostgreSQL) would act as wildcards. Folding turns them into private-use characters
// on both sides: they still match themselves, and no wildcard ever reaches LIKE.
const LIKE_SPECIALS: Readonly<Record<string, string>> = {
  '%': '\ue025',
  _: '\ue05f',
  '\\': '\ue05c',
};
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

let toSimplified: ((text: string) => string) | undefined;

function fold(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/g, '')
    .replaceAll(FIELD_SEPARATOR, '')
    .replace(/[%_\\]/g, (special) => LIKE_SPECIALS[special] as string);
}

function tonelessPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('');
}

/** The stored search column: folded title, its toneless pinyin, and the names of its places. */
export function searchTextOf(title: string, placeNames: readonly string[]): string {
  return [title, tonelessPinyin(title), ...placeNames].map(fold).join(FIELD_SEPARATOR);
}

/** Sort key for ordering by title: pinyin orders Chinese titles the way readers expect. */
export function titleSortKeyOf(title: string): string {
  return fold(tonelessPinyin(title));
}

/**
 * A free-text query → the substrings an item's search text must all contain. Chinese queries
 * split on spaces into terms; a query without Chinese (pinyin, English) is one term with its
 * spaces dropped, so `shen yang` and `shenyang` find the same items.
 */
export function searchTermsOf(query: string): string[] {
  const capped = query.slice(0, QUERY_MAX_LENGTH);
  const words = CJK.test(capped) ? capped.split(/\s+/) : [capped];
  const terms = words.map(fold).filter((term) => term !== '');
  return [...new Set(terms)].slice(0, QUERY_TERMS_MAX);
}

import { eventSpans } from '../outcome-type';
import { fold, maskQuoted } from '../text';
import type { Found } from './scan';
import type { Ordinal } from './types';
import { NUMBERS_VOCABULARY as VOCABULARY } from './vocabulary';

const EDITION_WORDS = VOCABULARY.editionWords.words.map(fold);
/** What is left at the edges of a series once its year is gone: 2025·… and spaces. */
const EDGES = /^[\s·・—-]+|[\s·・—-]+$/g;

/**
 * The ordinals of a title, each with its series: the event it stands in (a compound A暨B or
 * A和B has one per event) without its ordinal, its years and its edition words, as printed.
 */
export function readOrdinals(title: string, found: readonly Found[]): Ordinal[] {
  const text = fold(title);
  const events = eventSpans(maskQuoted(text));
  const dropped = found.filter((one) => one.role === 'ordinal' || one.role === 'year');
  return found.flatMap((one) => {
    if (one.role !== 'ordinal') return [];
    const event = events.find((span) => span.start <= one.start && one.start < span.end);
    if (event === undefined) return [];
    let series = '';
    for (let at = event.start; at < event.end; ) {
      const cut = dropped.find((other) => other.start === at);
      if (cut !== undefined) {
        at = Math.max(cut.end, editionEnd(text, cut.start, cut.end));
        continue;
      }
      const edition = EDITION_WORDS.find((word) => text.startsWith(word, at));
      if (edition !== undefined) {
        at += edition.length;
        continue;
      }
      series += title[at] ?? '';
      at += 1;
    }
    return [
      {
        value: one.value,
        kind: one.kind,
        series: series.replace(EDGES, ''),
        start: one.start,
        words: title.slice(one.start, one.end),
      },
    ];
  });
}

/** Where an edition word that overlaps dropped words ends (2025年度: 年 is the year's too). */
function editionEnd(text: string, start: number, end: number): number {
  for (let at = start; at < end; at += 1) {
    const word = EDITION_WORDS.find((one) => text.startsWith(one, at));
    if (word !== undefined && at + word.length > end) return at + word.length;
  }
  return end;
}

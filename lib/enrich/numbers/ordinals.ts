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
        at = cut.end;
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

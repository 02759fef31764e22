import type { Catalogue, CatalogueItem } from '@/lib/catalogue';
import { attachment } from '@/lib/http/content-disposition';
import { dispatchPlaceName, itemLabel } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locale';
import { CITATION_FORMATS, type CitationFormat } from '@/lib/paths';
import { outcomeUrl } from '@/lib/site-url';

/**
 * An item cited as citation managers take it: the title as printed, the Xinhua list as the
 * work it is part of, the list's publisher, the place and day of its dispatch (its dateline's,
 * not the newspaper page's), and the item's permanent address. One record (CSL-JSON, the citation-js and Zotero interchange form), written out as
 * RIS and BibTeX too; a translation, where the page's language has one, goes in the note.
 */
interface CslItem {
  id: string;
  type: 'event' | 'document';
  title: string;
  'container-title': string;
  publisher: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': number[][] };
  URL: string;
  language: string;
  note: string;
}

export function toCsl(locale: Locale, catalogue: Catalogue, item: CatalogueItem): CslItem {
  const { citation } = locale.messages;
  const { dispatch } = catalogue.source;
  const date = dispatch?.date?.split('-').map(Number);
  const place = dispatchPlaceName(locale, dispatch);
  const translation = item.translations[locale.key];
  return {
    id: item.key,
    // Meetings and activities happened; documents and initiatives are texts.
    type: item.section === 'meetings' ? 'event' : 'document',
    title: item.title,
    'container-title': citation.listTitle,
    publisher: citation.publisher,
    ...(place ? { 'publisher-place': place } : {}),
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
    URL: outcomeUrl(item, locale),
    language: DEFAULT_LOCALE.lang,
    note: [
      citation.note(itemLabel(locale, item)),
      ...(translation === undefined
        ? []
        : [`${locale.messages.translation.unofficial}: ${translation}`]),
    ].join('. '),
  };
}

/** RIS (Research Information Systems), one record per item, CRLF lines as the format has them. */
function toRis(items: readonly CslItem[]): string {
  const field = (tag: string, value: string | undefined) =>
    value === undefined || value === '' ? [] : [`${tag}  - ${value.replace(/[\r\n]+/g, ' ')}`];
  return items
    .map((item) => {
      const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
      const date = year === undefined ? undefined : `${year}/${pad(month)}/${pad(day)}/`;
      return [
        // Generic: the type whose T2 (the list) every reader keeps; GOVDOC's T2 is dropped.
        'TY  - GEN',
        ...field('ID', item.id),
        ...field('TI', item.title),
        ...field('T2', item['container-title']),
        ...field('PB', item.publisher),
        ...field('CY', item['publisher-place']),
        ...field('PY', year === undefined ? undefined : String(year)),
        ...field('DA', date),
        ...field('UR', item.URL),
        ...field('LA', item.language),
        ...field('N1', item.note),
        'ER  - ',
      ].join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

function pad(value: number | undefined): string {
  return value === undefined ? '' : String(value).padStart(2, '0');
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

// TeX joins '' and `` into curly quotes, -- and --- into dashes, ?` and !` into ¡ and ¿; an
// empty group between the characters keeps each as typed.
const BIBTEX_LIGATURE = /(['`-])(?=\1)|[?!](?=`)/g;

function bibtexValue(text: string): string {
  const escaped = text.replace(/[\\{}&%$#_~^]/g, (unit) => BIBTEX_SPECIALS[unit] as string);
  return `{${escaped.replace(BIBTEX_LIGATURE, (first) => `${first}{}`)}}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX, one @incollection per item — an entry of a published collection, the list as its
 * booktitle (@misc has no field for the work it is part of that readers keep), UTF-8.
 */
function toBibtex(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
      const fields: Array<[string, string]> = [
        ['title', bibtexValue(item.title)],
        ['booktitle', bibtexValue(item['container-title'])],
        ['publisher', bibtexValue(item.publisher)],
        ...(item['publisher-place'] === undefined
          ? []
          : [['address', bibtexValue(item['publisher-place'])] as [string, string]]),
        ...(year === undefined ? [] : [['year', `{${year}}`] as [string, string]]),
        ...(month === undefined
          ? []
          : [['month', MONTHS[month - 1] ?? `{${month}}`] as [string, string]]),
        // BibTeX has no day; biblatex's `day`, which other readers skip, keeps it.
        ...(day === undefined ? [] : [['day', `{${day}}`] as [string, string]]),
        ['url', `{${item.URL}}`],
        ['language', bibtexValue(item.language)],
        ['note', bibtexValue(item.note)],
      ];
      return `@incollection{${item.id},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
    })
    .join('\n\n')
    .concat('\n');
}

/** The citations of some items in one format, as a download. */
export function citationResponse(
  format: CitationFormat,
  items: readonly CslItem[],
  fileName: string,
  version: string,
): Response {
  const body =
    format === 'ris'
      ? toRis(items)
      : format === 'bib'
        ? toBibtex(items)
        : `${JSON.stringify(items, null, 2)}\n`;
  return new Response(body, {
    headers: {
      'Content-Type': CITATION_FORMATS[format].mediaType,
      'Content-Disposition': attachment(`${fileName}.${CITATION_FORMATS[format].extension}`),
      'Catalogue-Version': version,
    },
  });
}

import { romanNumeral } from './roman';
import type { Messages } from './zh-CN';

/** 1 item, 2 items. */
function itemCount(count: number): string {
  return count === 1 ? `${count} item` : `${count} items`;
}

/** 1 outcome, 2 outcomes. */
function outcomeCount(count: number): string {
  return count === 1 ? `${count} outcome` : `${count} outcomes`;
}

function itemNumber(number: number): string {
  return `No. ${number}`;
}

function itemNumbers(first: number, last: number): string {
  return first === last ? itemNumber(first) : `Nos. ${first}–${last}`;
}

const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
const englishOrdinal = new Intl.PluralRules('en-GB', { type: 'ordinal' });
/** 1st, 2nd, 3rd, 4th, 11th, 12th, 21st: by the ordinal's plural category. */
const ORDINAL_SUFFIX: Readonly<Record<string, string>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
};

const LIST_TITLE = '中国担任上海合作组织2024—2025年轮值主席国工作成果清单';

/** A calendar day as British prose writes it (1 September 2025); days are UTC midnight. */
const ENGLISH_DAY = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** Shenyang, Qingdao or Tianjin: the values one filter takes, any of which will do. */
const ENGLISH_ALTERNATIVES = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** A moment in UTC, which it says: 2 September 2025, 08:05 UTC. */
function englishMoment(at: Date): string {
  const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  return `${ENGLISH_DAY.format(at)}, ${time} UTC`;
}

/**
 * The English interface text: every key of zh-CN.ts, in British English. Titles stay as the
 * list prints them (Chinese), with the catalogue's own, unofficial English translation beside
 * them (data/translations/en.json); the list's own title is quoted in Chinese.
 */
export const en: Messages = {
  locale: {
    /** BCP 47, for `<html lang>`, `hreflang` and number formats. */
    lang: 'en',
    /** The language's own name, as the language switch shows it. */
    name: 'English',
    switchLabel: 'Language',
    /** `list` joins names in running text: Shenyang, Qingdao. */
    listSeparator: ', ',
    clauseSeparator: '; ',
    /** Between words: Chinese runs words together, English spaces them. */
    wordSeparator: ' ',
    day: (day: Date) => ENGLISH_DAY.format(day),
    alternatives: (names: readonly string[]) => ENGLISH_ALTERNATIVES.format(names),
  },
  site: {
    name: 'Catalogue of Outcomes of China’s SCO Chairmanship',
    shortName: 'China’s SCO Chairmanship',
    description: `A reference catalogue of Xinhua’s list of outcomes of China’s 2024–2025 chairmanship of the Shanghai Cooperation Organisation (《${LIST_TITLE}》). Titles are shown as printed, in Chinese, with an unofficial English translation.`,
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    outcomes: 'Outcomes',
    places: 'Places',
    commitments: 'Commitments',
    source: 'Source',
  },
  skipLink: {
    toMain: 'Skip to main content',
    toResults: 'Skip to results',
  },
  footer: {
    source: (publication: string) =>
      `Source: 《${LIST_TITLE}》 (list of outcomes of China’s 2024–2025 chairmanship of the Shanghai Cooperation Organisation), ${publication}. Titles are shown as printed, in Chinese; the English translations are unofficial.`,
    inferred:
      'The places, types and topics of the outcomes are inferred automatically by rules; they are not stated in the original and may be wrong.',
    version: (version: string, loaded: string) =>
      `Catalogue version ${version}, loaded on ${loaded}.`,
    stale: (since: Date) =>
      `The catalogue database has been unreadable since ${englishMoment(since)}: this page was made from the last catalogue loaded and may be out of date.`,
    openData: 'Open data (Data Package)',
    api: 'JSON API',
  },
  notFound: {
    title: 'Page not found',
    heading: 'This page could not be found',
    body: 'The address you requested does not exist; it may have moved, or it may have been mistyped.',
    home: 'Back to the home page',
  },
  error: {
    title: 'Something went wrong',
    heading: 'This page cannot be shown at the moment',
    body: 'An error occurred while showing this page. Please try again; if the problem persists, go back to the home page.',
    reference: 'Error reference',
    retry: 'Try again',
    home: 'Back to the home page',
  },
  http: {
    methodNotAllowed: 'This site is read-only: only GET and HEAD requests are accepted.',
    badPath: 'Invalid address: its percent-encoding cannot be decoded.',
    badTarget: 'Invalid request target: only paths on this site are accepted.',
    uriTooLong: 'The address is too long to process.',
    overloaded: 'The server is busy; please try again shortly.',
    unavailable:
      'The catalogue database has not been set up yet or cannot be read; please try again shortly.',
    failed: 'Internal server error.',
  },
  /**
   * The catalogue's names for the list's three parts. The copy prints 成果文件 and 合作倡议 but
   * lacks the first part's heading, so "Meetings and activities" is the catalogue's own name
   * (shown as inferred).
   */
  sections: {
    meetings: 'Meetings and activities',
    documents: 'Outcome documents',
    initiatives: 'Cooperation initiatives',
  },
  numbering: {
    /** "I. " before a part's name, for the 一、 the list prints. */
    section: (ordinal: number) => `${romanNumeral(ordinal)}. `,
    /** "(1) " before a category's heading, for the （一） the list prints. */
    category: (ordinal: number) => `(${ordinal}) `,
    item: (number: number) => itemNumber(number),
    items: (first: number, last: number) => itemNumbers(first, last),
    openItems: (first: number) => `Nos. ${first}–`,
    count: (count: number) => itemCount(count),
    lines: (first: number, last: number) =>
      first === last ? `line ${first}` : `lines ${first}–${last}`,
    /** Outcome documents, No. 68: the part's name, then the item's number in it. */
    itemIn: (section: string, number: number) => `${section}, ${itemNumber(number)}`,
  },
  inferred: {
    mark: 'inferred',
    marked: (value: string) => `${value} (inferred)`,
    /** Shown once on every page that marks inferred values. */
    legend:
      'Types, topics and places marked “inferred” have been inferred by this catalogue following published rules (from the titles, and for places also from documented facts, linked items and category headings); the list does not state them.',
    headingMissing: 'Heading missing',
    sectionHeading:
      'The original lacks the heading of this part; the catalogue has named it from its contents.',
    categoryHeading:
      'The original lacks the heading of this category; it is referred to here by its range of numbers.',
    places:
      'Places are inferred by rules: places and abbreviations named in the title, documented facts, linked items, the heading of the item’s category, and the regions and countries these lie in; each says the part it plays in the item: venue, party, actor or subject.',
    type: 'The type is inferred from the title.',
    topics: 'Topics are inferred from keywords in the title.',
    total:
      'The total is worked out from the number ranges of the categories; it is not stated in the original.',
    reasons: {
      named: 'named in the title',
      abbreviation: (text: string) => `the abbreviation “${text}” in the title`,
      fact: (fact: string) => `documented fact: ${fact}`,
      factSource: (title: string, publisher: string, date: string) =>
        ` (source: ${title}, ${publisher}, ${date})`,
      linked: (item: string, title: string) => `named by the linked item ${item}, “${title}”`,
      heading: (heading: string, line: string) =>
        `stated by the heading of its category, “${heading}” (${line})`,
      parent: (children: string) => `contains ${children}`,
    },
  },
  search: {
    label: 'Search titles',
    placeholder: 'e.g. Shenyang forum, 沈阳论坛, training OR seminar',
    submit: 'Search',
    pending: 'Updating…',
    help: {
      summary: 'How to search',
      rules: [
        'Chinese can be typed without spaces: 沈阳论坛 finds titles containing both 沈阳 and 论坛. Traditional characters work too.',
        'Put a phrase in quotation marks to match it exactly as written: “民间友好论坛” finds only titles (or category headings) in which those characters appear just so, not titles where they appear apart.',
        'Pinyin matches whole syllables: shen, shenyang and Shen Yang all work, but “ai” does not match the hai of 上海, nor shen the syllable sheng.',
        'English words match the translated titles from the start of a word: forum, Shenyang, memo. A term of one or two letters must be a whole word: an does not match and; a hyphenated word matches whole words: people-to-people does not match People’s. On English pages, titles whose English holds the word come before those matched only by pinyin.',
        'A few common synonyms are found too: RMB and renminbi find yuan (人民币), aid finds assistance (援助), SME finds small and medium (中小企业).',
        'OR in capitals between two terms finds titles with either: 研修班 OR 培训班, training OR seminar; a lower-case or is an ordinary word. All other terms are required.',
        'Besides the titles, the search reads the heading of each item’s category and the other spellings of the places a title names: 天津峰会 finds the initiatives under “Initiatives China put forward at the Tianjin Summit” although their titles do not name Tianjin, and 中国 finds titles that write 中华人民共和国. Sorted by relevance, items whose own title holds the terms come first.',
      ],
    },
  },
  outcomes: {
    title: 'Outcomes',
    heading: 'Outcomes',
    description:
      'Filter, search and export the outcomes of China’s SCO chairmanship by part, category, place, type, topic and year.',
    filteredTitle: (filters: string) => `Outcomes: ${filters}`,
    pagedTitle: (title: string, page: number) => `${title} (page ${page})`,
    filteredDescription: (filters: string) => `Filters: ${filters}.`,
    quoted: (query: string) => `“${query}”`,
    /** The one-line summary of a view, as previews and feeds state it: Shenyang · Outcome documents · 5 items */
    viewSummary: (parts: readonly string[], count: number) =>
      [...parts, itemCount(count)].join(' · '),
    facetLogic:
      'Several values within one filter are combined with “or”, different filters with “and”. The number beside each value is how many outcomes have that value under the other filters.',
    yearLabel: (year: string) => year,
    facets: {
      heading: 'Filters',
      names: {
        section: 'Part',
        category: 'Category',
        place: 'Place',
        venue: 'Took place in',
        type: 'Type',
        topic: 'Topic',
        year: 'Year in title',
        commitment: 'Commitment',
        unit: 'Unit of commitment',
      },
      notes: {
        place:
          'Counts outcomes tied to the place in any role: venue, party, actor or subject, including places within it.',
        venue: 'Counts only outcomes held, adopted or put forward there or somewhere within it.',
      } as Readonly<Record<string, string>>,
      phrases: {
        venue: (place: string) => `took place in ${place}`,
      } as Readonly<Record<string, (name: string) => string>>,
      count: (count: number) => itemCount(count),
      inferredCount: (count: number) => `${count} inferred`,
      more: (count: number) => `${count} more`,
      fewer: 'Show fewer',
      summary: (active: string) => (active === '' ? 'Filters' : `Filters: ${active}`),
      selected: ' (selected; select again to remove)',
      unavailable: 'No results with the current filters',
    },
    chips: {
      heading: 'Active filters',
      remove: 'Remove',
      chip: (facet: string, value: string) => `${facet}: ${value}`,
      query: 'Search',
      clearAll: 'Clear all filters',
    },
    notices: {
      heading: 'Some parameters in the address were invalid and have been ignored:',
      reasons: {
        invalid: 'invalid value',
        'too-many': 'too many values',
        repeated: 'repeated parameter',
        'too-long': 'too long; truncated',
        unknown: 'unknown parameter',
      },
      item: (param: string, value: string, reason: string) => `${param} = ${value} (${reason})`,
      didYouMean: { before: 'Did you mean ', after: '?' },
    },
    results: {
      heading: 'Results',
      status: (total: number) => outcomeCount(total),
      statusPaged: (total: number, first: number, last: number) =>
        `${outcomeCount(total)}; showing ${first}–${last}`,
      pageOutOfRange: (pages: number) =>
        `This page lies beyond the results (${pages === 1 ? 'there is 1 page' : `there are ${pages} pages`}).`,
      firstPage: 'Back to page 1',
      withSecondary: (type: string, secondary: string) => `${type} (also ${secondary})`,
    },
    empty: {
      heading: 'No outcomes match these filters.',
      missing:
        'The text this catalogue is based on is incomplete; the items with the following numbers are not in it:',
      missingRange: (category: string, items: string, declared: string) =>
        `${category}: ${items}${declared}`,
      declared: (count: number, _measure: string) => ` (the list states ${itemCount(count)})`,
      account: 'See what this copy lacks',
      drop: 'Remove one filter:',
      dropOne: (condition: string, count: number) => `Remove ${condition} (${outcomeCount(count)})`,
      clear: 'Clear all filters and see every outcome',
    },
    sort: {
      label: 'Sort by',
      options: {
        relevance: 'Relevance',
        section: 'List order',
        number: 'Number',
        title: 'Title (A–Z)',
      },
    },
    pageSize: {
      label: 'Per page',
      option: (size: number) => `${size}`,
    },
    pagination: {
      label: 'Pages',
      previous: 'Previous',
      next: 'Next',
      page: (page: number) => `Page ${page}`,
    },
    export: {
      heading: 'Download and subscribe',
      csv: (count: number) => `CSV spreadsheet (${count === 1 ? '1 row' : `${count} rows`})`,
      csvTruncated: (count: number, total: number) =>
        `CSV spreadsheet (first ${count} of ${total} rows)`,
      note: 'Exports every outcome matching the current filters, not just this page.',
      json: 'JSON',
      feed: 'Atom feed',
      feedNote:
        'A feed: add this address to a feed reader (such as Feedly, Thunderbird or a browser extension) to see outcomes matching these filters as they change; opened in a browser it shows raw XML.',
      citations: 'Citations (RIS, BibTeX, CSL-JSON)',
      columns: {
        key: 'Identifier',
        section: 'Part',
        category: 'Category',
        number: 'Number',
        title: 'Title (Chinese, as printed)',
        titleTranslated: (language: string) => `Title (${language}, unofficial translation)`,
        type: 'Type (inferred)',
        topics: 'Topics (inferred)',
        places: 'Places tied (inferred; containing regions and countries not listed)',
        roles: 'Place roles (inferred)',
        years: 'Years in title',
        commitments: 'Commitments (inferred)',
        ordinals: 'Session or edition (inferred)',
        url: 'URL',
      },
      fileName: 'sco-outcomes',
    },
    share: {
      label: 'Link to this page',
      copy: 'Copy link',
      copied: 'Link copied',
      failed:
        'The link could not be copied automatically; please select it above and copy it by hand.',
    },
    api: {
      invalidParameters: 'Invalid request parameters.',
      notFound: 'There is no such outcome.',
      missing: (number: number) =>
        `${itemNumber(number)} lies within the list’s numbering, but the copy of the list this catalogue is based on lacks its text.`,
    },
  },
  translation: {
    /** Beside a translated title: it is ours, not Xinhua's. */
    unofficial: 'unofficial translation',
    original: 'original',
    none: '',
  },
  overview: {
    description: (dispatch: string) =>
      `A reference catalogue of the list of outcomes of China’s 2024–2025 chairmanship of the Shanghai Cooperation Organisation (${dispatch}): browse and search by part, place, topic and type, with a map, open data and the original text to check line by line. Titles are shown as printed, in Chinese, with an unofficial English translation.`,
    lead: (title: string) =>
      `A reference catalogue of 《${title}》, the list of outcomes of China’s 2024–2025 chairmanship of the Shanghai Cooperation Organisation. Titles are shown as printed, in Chinese, with an unofficial English translation.`,
    sectionCount: (count: number) => itemCount(count),
    waysIn: 'Browse',
    byPlace: 'By place',
    byType: 'By type',
    byTopic: 'By topic',
    allPlaces: 'All places',
    copy: {
      heading: 'The text this catalogue is based on',
      totals: (found: number, numbered: number) =>
        `This copy contains ${itemCount(found)}; going by the numbering of its categories, the list has ${numbered} in all.`,
      intro:
        'For each category: the number the list states, the number found in this copy, and the numbers this copy lacks. Each bar is its category’s numbered range, filled for the outcomes found and hollow for those missing, and links to the outcomes of that category.',
      declared: (count: number, _measure: string) => `The list states ${count}`,
      undeclared: 'The list states no number',
      numbered: (first: number, last: number) => itemNumbers(first, last),
      complete: 'Complete',
      legendFound: 'In this copy',
      legendMissing: 'Missing from this copy (going by the numbering)',
      missingHeading: 'What this copy lacks',
      missingRange: (category: string, items: string) =>
        `${category}: ${items} missing from this copy`,
      none: 'This copy contains every item of the list.',
      details: 'Parsing record and line-by-line original',
    },
    source: {
      heading: 'Source',
      dispatch: 'Dateline',
      page: 'Newspaper page',
      file: 'File',
      sha256: 'SHA-256',
    },
    topics: {
      heading: 'By topic',
      caption: 'Outcomes per topic (an outcome can belong to several topics)',
    },
    types: {
      heading: 'By type',
      caption: 'Outcomes per type (the second activity of a compound title is counted too)',
    },
  },
  chart: {
    zero: 'No items',
  },
  map: {
    label: 'Map of the places connected with the outcomes',
    legendCity: 'City',
    legendRegion: 'Province, state or region (where none of its cities is marked)',
    legendCountry: 'Country involved',
    legendVenue: 'Venue: outcomes took place here',
    note: 'Places are inferred by this catalogue’s rules (from the titles, documented facts, linked items and category headings); positions are approximate centres.',
    point: (name: string, count: number, venues: number) =>
      venues === 0
        ? `${name}: ${itemCount(count)}`
        : `${name}: ${itemCount(count)}, ${venues} took place here`,
    list: 'List of places',
  },
  places: {
    title: 'Places',
    description:
      'The regions, countries, provinces and states, and cities the outcomes involve, grouped by what lies within what, with the number of outcomes for each.',
    intro:
      'The places below are inferred by rules: places and abbreviations named in the titles, documented facts, linked items, and the regions and countries these lie in. The numbers count the outcomes involving each place (including the places within it).',
    kinds: {
      'macro-region': 'Macro-region',
      country: 'Country',
      region: 'Province, state or region',
      city: 'City',
    } as Record<string, string>,
    parent: 'Part of',
    children: 'Places within',
    aliases: 'As written in titles',
    named: (name: string) => `Outcomes whose titles name ${name}`,
    inferredGroup: 'Outcomes inferred to involve this place',
    filtered: (count: number) => `Outcomes tied to this place in any role (${itemCount(count)})`,
    venues: (count: number) => `Outcomes held, adopted or put forward here (${itemCount(count)})`,
    noVenues: 'No outcome was held, adopted or put forward here.',
    more: (shown: number, total: number) => `The first ${shown} of ${total} are listed here.`,
    metaDescription: (name: string, count: number) =>
      `${name}: ${outcomeCount(count)} inferred to involve this place.`,
  },
  outcome: {
    breadcrumb: 'Breadcrumb',
    facts: 'Details',
    section: 'Part',
    category: 'Category',
    number: 'Number',
    type: 'Type',
    topics: 'Topics',
    places: 'Places',
    roles: {
      actor: (places: string) => `By ${places}`,
      venue: {
        meetings: (places: string) => `Held in ${places}`,
        documents: (places: string) => `Adopted in ${places}`,
        initiatives: (places: string) => `Put forward in ${places}`,
      },
      party: (places: string) => `Parties: ${places}`,
      subject: (places: string) => `About ${places}`,
    },
    years: 'Years in title',
    noTopics: 'Not assigned to any topic',
    noPlaces: 'No place could be inferred',
    noYears: 'The title gives no year',
    source: 'Source',
    sourceLines: (file: string, lines: string) => `${file}, ${lines}`,
    related: {
      heading: 'Related items',
      produced: 'Outcomes of this event',
      producedBy: 'The event that produced this outcome',
      samePlace: 'Other outcomes involving the same place',
      sameCategory: 'Neighbouring items in the same category',
    },
    sequence: 'Previous and next in the list',
    previous: 'Previous',
    next: 'Next',
    metaDescription: (part: string, item: string, type: string, dispatch: string) =>
      `${part}, ${item}; type: ${type}. From the list of outcomes of China’s 2024–2025 SCO chairmanship (${dispatch}).`,
    cite: {
      heading: 'Cite',
      intro:
        'When citing this item, please give the Xinhua list and the permanent address of this page:',
      line: (title: string, item: string, list: string, publication: string, url: string) =>
        `${title}. ${item}, in the list of outcomes 《${list}》, ${publication}. ${url}`,
      formats: 'Download citation: ',
    },
    missing: {
      title: (part: string, item: string) => `${part}, ${item} (missing from this copy)`,
      heading: (part: string, item: string) => `${part}, ${item} is not in this copy`,
      body: 'The list as published by Xinhua has this number, but the text this catalogue is based on lacks the wording of this item, so there is nothing to show here.',
      category: 'Category: ',
      browse: 'Browse the items of this category that this copy contains',
      source: 'See the original text and the parsing record',
    },
  },
  publication: {
    /** Xinhua, Tianjin, 1 September 2025; Xinhua when the copy has no dateline. */
    dispatch: (place: string | null, day: string | null) =>
      ['Xinhua', place, day].filter((part) => part !== null).join(', '),
    yearFromFileName: (dispatch: string) => `${dispatch} (year inferred from the file name)`,
    page: (day: string) => `newspaper page of ${day}`,
    line: (dispatch: string, page: string | null) => (page ? `${dispatch} (${page})` : dispatch),
  },
  citation: {
    publisher: 'Xinhua News Agency',
    listTitle: LIST_TITLE,
    note: (item: string) => `${item}, in the list of outcomes`,
  },
  feed: {
    title: (view: string) => `China’s SCO Chairmanship: ${view}`,
    all: 'All outcomes',
  },
  source: {
    title: 'Source text',
    description:
      'The full text this catalogue is based on, numbered and linkable line by line, with skipped lines and the reasons marked, and the parsing record in plain language.',
    intro:
      'This catalogue is parsed line by line from the text below. Every line has a number and a link (for example /source#L46), so anyone can check where each outcome comes from.',
    facts: {
      file: 'File',
      sha256: 'SHA-256',
      dispatch: 'Dateline',
      page: 'Newspaper page',
      yearFromPage: 'year from the page’s date',
      pageGiven: 'not printed in the copy; given when it was loaded',
      ingested: 'Loaded',
      at: (at: Date) => englishMoment(at),
      lines: 'Lines',
    },
    how: {
      heading: 'How this catalogue was made',
      steps: [
        'The text is read line by line, picking out part headings (一、二、三), category headings (（一）, （二） and their counts, “共N项” or “共N份”, N items in all) and numbered items (“24.”).',
        'A title that runs over several lines is joined into one item; page headers, page-turn markers, datelines and the text of other reports on the same page are skipped, and each kind is marked in the original below.',
        'Headings missing from the original are inferred from position and numbering and marked “inferred” in the catalogue; items within a numbered range that this copy lacks are listed one by one.',
        'The places, type, topics and years of each item are inferred from its title by published rules (the gazetteer, documented facts and classification rules in the data/ folder).',
      ],
    },
    legend: {
      heading: 'Key',
      item: 'Line holding an item (links to the item)',
    },
    skipped: {
      commentary: 'Text of other reports on the same page',
      'page-marker': 'Page-turn marker',
      'page-header': 'Page header',
      dateline: 'Dateline',
      'list-title': 'Title of the list (repeated)',
    },
    issues: {
      heading: 'Parsing record',
      intro:
        'Problems found and dealt with during parsing, in the order they occur; line numbers link to the original below.',
      parserSaid: 'The parser’s own note: ',
      countMismatch: (part: string, declared: number, found: number, _measure: string) =>
        `${part}: the list states ${itemCount(declared)}, but this copy has only ${found}.`,
      missingRange: (part: string, items: string) => `${part}: ${items} missing from this copy.`,
      duplicateNumber: (part: string, item: string) =>
        `${part}, ${item} occurs more than once in this copy.`,
      inferredSection: (part: string) =>
        `The heading of the part “${part}” is not in this copy; its items are assigned to this part by position.`,
      inferredCategory: (part: string) =>
        `The heading of ${part} is not in this copy; its range is inferred from the numbering.`,
      fragmentPlaced: (part: string) =>
        `This run of items has no part heading before it; it is assigned to “${part}” by position and numbering.`,
      unplacedFragment: 'This run of items could not be assigned to any part and is not included.',
      skippedLines: (what: string) => `${what}; not taken as an item.`,
      datelineRemoved: (text: string) =>
        `The dateline “${text}” at the end of the item has been removed from the title.`,
    },
    text: {
      heading: 'Full text',
      item: (part: string, item: string) => `${part}, ${item}`,
    },
  },
  numbers: {
    /** Exact, with the thousands grouped: 2,000,000,000. */
    quantity: (value: number) => englishNumber.format(value),
    ordinal: (value: number, kind: string) =>
      `${value}${ORDINAL_SUFFIX[englishOrdinal.select(value)] ?? 'th'} ${kind === 'edition' ? 'edition' : 'session'}`,
    /** The ordinal as part of its series: 上海合作组织成员国交通部长会议 (12th session). */
    inSeries: (ordinal: string, series: string) => `${series} (${ordinal})`,
    period: {
      year: (year: number) => `in ${year}`,
      'from-year': (year: number) => `from ${year}`,
      'next-years': (years: number) => `over the next ${years} years`,
    },
    relation: {
      multiple: (units: string, times: number) =>
        `${units} ${times === 2 ? 'doubled (×2)' : `×${times}`}`,
      phase: (unit: string, phase: number) => `${unit}: phase ${phase}`,
    },
    readFrom: 'Read from the title: ',
    commitments: 'Commitments',
    ordinals: 'Session or edition',
    inferredCommitments:
      'Amount, unit, kind and period are read from the numbers and words of the title by published rules; the list states nothing else about them.',
    inferredOrdinals: 'Read from 第N次 (Nth session) and 第N届 (Nth edition) in the title.',
    page: {
      title: 'Commitments',
      description:
        'What the titles of the list commit to — amounts, units, kinds and periods — by unit and kind; amounts are added only where the unit is the same.',
      intro:
        'Every amount below is read from the numbers and words of a title (20亿元 reads as 2,000,000,000 yuan) and links to its item. Amounts in different units are never added; relative commitments such as a doubling (翻一番) or a second phase (二期) are listed apart and added to nothing.',
      total: 'Total',
      noTotal: 'no amounts to add',
      kind: 'Kind',
      item: 'Item',
      words: 'Words of the title',
      period: 'Period',
      value: 'Value',
      items: (count: number) => itemCount(count),
      empty: 'No commitment was read from the titles of this catalogue.',
    },
  },
};

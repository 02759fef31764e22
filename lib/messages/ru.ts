import { romanNumeral } from './roman';
import type { Messages } from './zh-CN';

const RUSSIAN_PLURAL = new Intl.PluralRules('ru');
const RUSSIAN_NUMBER = new Intl.NumberFormat('ru', { maximumFractionDigits: 20 });

/**
 * A noun's forms after a number: `one` after 1, 21, 101 (пункт), `few` after 2–4, 22–24 (пункта),
 * `many` after 0, 5–20, 25–30, 111 (пунктов). CLDR's `other` (fractions) takes the `few` form,
 * the genitive singular (1,5 пункта).
 */
interface Forms {
  one: string;
  few: string;
  many: string;
}

function formFor(count: number, forms: Forms): string {
  const category = RUSSIAN_PLURAL.select(count);
  return category === 'one' || category === 'many' ? forms[category] : forms.few;
}

/** The number with its noun in the form the number asks: 1 пункт, 2 пункта, 5 пунктов. */
function counted(count: number, forms: Forms): string {
  return `${RUSSIAN_NUMBER.format(count)}\u00a0${formFor(count, forms)}`;
}

const ITEM: Forms = { one: 'пункт', few: 'пункта', many: 'пунктов' };
const OUTCOME: Forms = { one: 'результат', few: 'результата', many: 'результатов' };
const ROW: Forms = { one: 'строка', few: 'строки', many: 'строк' };
const PAGE: Forms = { one: 'страница', few: 'страницы', many: 'страниц' };
const YEAR: Forms = { one: 'год', few: 'года', many: 'лет' };
/** After «из» (of), the genitive: из 21 строки, из 223 строк. */
const OF_ROWS: Forms = { one: 'строки', few: 'строк', many: 'строк' };
/** The form after «из них» (of them): 1 проведён, 5 проведены. */
const HELD: Forms = { one: 'проведён здесь', few: 'проведены здесь', many: 'проведены здесь' };

const itemCount = (count: number) => counted(count, ITEM);
const outcomeCount = (count: number) => counted(count, OUTCOME);

/** № 68: the sign, a no-break space, the number. */
function itemNumber(number: number): string {
  return `№\u00a0${number}`;
}

function itemNumbers(first: number, last: number): string {
  return first === last ? itemNumber(first) : `№\u00a0${first}–${last}`;
}

/** Russian quotation marks («ёлочки»). */
function quoted(text: string): string {
  return `«${text}»`;
}

const LIST_TITLE = '中国担任上海合作组织2024—2025年轮值主席国工作成果清单';
/** The list named in Russian, after its title in Chinese. */
const LIST_NAME =
  'перечень итогов председательства Китая в Шанхайской организации сотрудничества в 2024–2025 годах';

/** A calendar day as Russian prose writes it (2 сентября 2025 г.); days are UTC midnight. */
const RUSSIAN_DAY = new Intl.DateTimeFormat('ru', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 08:05, in UTC. */
const RUSSIAN_TIME = new Intl.DateTimeFormat('ru', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

const RUSSIAN_ALTERNATIVES = new Intl.ListFormat('ru', { type: 'disjunction' });

/** A moment in UTC, which it says: 2 сентября 2025 г., 08:05 UTC. */
function russianMoment(at: Date): string {
  return `${RUSSIAN_DAY.format(at)}, ${RUSSIAN_TIME.format(at)} UTC`;
}

/**
 * The Russian interface text: every key of zh-CN.ts, written for Russian readers (Central Asia,
 * Russia, Belarus). SCO names as the SCO writes them in Russian (ШОС, государства – члены ШОС).
 * Titles stay as the list prints them (Chinese), with the catalogue's own, unofficial Russian
 * translation beside them (data/translations/ru.json); the list's own title is quoted in Chinese.
 */
export const ru: Messages = {
  locale: {
    /** BCP 47, for `<html lang>`, `hreflang` and number formats. */
    lang: 'ru',
    /** The language's own name, as the language switch shows it. */
    name: 'Русский',
    switchLabel: 'Язык',
    listSeparator: ', ',
    clauseSeparator: '; ',
    wordSeparator: ' ',
    day: (day: Date) => RUSSIAN_DAY.format(day),
    alternatives: (names: readonly string[]) => RUSSIAN_ALTERNATIVES.format(names),
  },
  site: {
    name: 'Каталог итогов председательства Китая в ШОС',
    shortName: 'Итоги председательства Китая в ШОС',
    description: `Справочный каталог опубликованного Синьхуа перечня итогов председательства Китая в Шанхайской организации сотрудничества в 2024–2025 годах (《${LIST_TITLE}》). Названия приводятся так, как они напечатаны, на китайском языке, с неофициальным переводом на русский.`,
  },
  nav: {
    label: 'Основная навигация',
    overview: 'Обзор',
    outcomes: 'Итоги',
    places: 'Места',
    commitments: 'Обязательства',
    source: 'Источник',
  },
  skipLink: {
    toMain: 'Перейти к основному содержанию',
    toResults: 'Перейти к результатам',
  },
  footer: {
    source: (publication: string) =>
      `Источник: 《${LIST_TITLE}》 (${LIST_NAME}), ${publication}. Названия приводятся так, как они напечатаны, на китайском языке; переводы на русский неофициальные.`,
    inferred:
      'Места, типы и темы итогов определены автоматически по правилам; в оригинале они не указаны и могут быть неверны.',
    version: (version: string, loaded: string) =>
      `Версия каталога ${version}, загружена ${loaded}.`,
    stale: (since: Date) =>
      `С ${russianMoment(since)} база данных каталога недоступна: страница составлена по последней загруженной версии и может быть устаревшей.`,
    openData: 'Открытые данные (Data Package)',
    api: 'Программный интерфейс (JSON)',
  },
  notFound: {
    title: 'Страница не найдена',
    heading: 'Такой страницы нет',
    body: 'Запрошенного адреса не существует: возможно, страница перемещена или адрес набран с ошибкой.',
    home: 'На главную страницу',
  },
  error: {
    title: 'Произошла ошибка',
    heading: 'Сейчас эту страницу показать нельзя',
    body: 'При показе страницы произошла ошибка. Попробуйте ещё раз; если ошибка повторится, вернитесь на главную страницу.',
    reference: 'Код ошибки',
    retry: 'Попробовать ещё раз',
    home: 'На главную страницу',
  },
  http: {
    methodNotAllowed: 'Сайт доступен только для чтения: принимаются лишь запросы GET и HEAD.',
    badPath: 'Недопустимый адрес: процентную кодировку в нём нельзя раскодировать.',
    badTarget: 'Недопустимая цель запроса: принимаются только пути этого сайта.',
    uriTooLong: 'Адрес слишком длинный.',
    overloaded: 'Сервер перегружен; повторите попытку немного позже.',
    unavailable:
      'База данных каталога ещё не создана или недоступна; повторите попытку немного позже.',
    failed: 'Внутренняя ошибка сервера.',
  },
  /**
   * The catalogue's names for the list's three parts. The copy prints 成果文件 and 合作倡议 but
   * lacks the first part's heading, so «Встречи и мероприятия» is the catalogue's own name
   * (shown as inferred).
   */
  sections: {
    meetings: 'Встречи и мероприятия',
    documents: 'Итоговые документы',
    initiatives: 'Инициативы о сотрудничестве',
  },
  numbering: {
    /** «I. » before a part's name, for the 一、 the list prints. */
    section: (ordinal: number) => `${romanNumeral(ordinal)}. `,
    /** «(1) » before a category's heading, for the （一） the list prints. */
    category: (ordinal: number) => `(${ordinal}) `,
    item: (number: number) => itemNumber(number),
    items: (first: number, last: number) => itemNumbers(first, last),
    openItems: (first: number) => `№\u00a0${first} и далее`,
    count: (count: number) => itemCount(count),
    lines: (first: number, last: number) =>
      first === last ? `строка ${first}` : `строки ${first}–${last}`,
    /** Итоговые документы, № 68: the part, then the number within it. */
    itemIn: (section: string, number: number) => `${section}, ${itemNumber(number)}`,
  },
  inferred: {
    mark: 'выведено',
    marked: (value: string) => `${value} (выведено)`,
    legend:
      'Типы, темы и места с пометкой «выведено» определены каталогом по опубликованным правилам (по названиям, а места также по документированным фактам, связанным пунктам и заголовкам категорий); в перечне они не указаны.',
    headingMissing: 'Заголовок отсутствует',
    sectionHeading:
      'В оригинале нет заголовка этого раздела; название дано каталогом по содержанию.',
    categoryHeading:
      'В оригинале нет заголовка этой категории; здесь она названа по диапазону номеров.',
    places:
      'Места определены по правилам: места и сокращения, названные в заголовке, подтверждённые источниками постоянные сведения, связанные пункты, заголовок категории пункта, а также регионы и страны, в которые они входят; для каждого места указана его роль в пункте: место проведения, участник, инициатор или предмет.',
    type: 'Тип определён по названию.',
    topics: 'Темы определены по ключевым словам названия.',
    total: 'Общее число рассчитано по диапазонам номеров категорий; в оригинале оно не указано.',
    reasons: {
      named: 'названо в заголовке',
      abbreviation: (text: string) => `сокращение ${quoted(text)} в заголовке`,
      fact: (fact: string) => `постоянное сведение: ${fact}`,
      factSource: (title: string, publisher: string, date: string) =>
        ` (источник: ${title}, ${publisher}, ${date})`,
      linked: (item: string, title: string) =>
        `названо в связанном пункте ${item} ${quoted(title)}`,
      heading: (heading: string, line: string) =>
        `указано в заголовке категории ${quoted(heading)} (${line})`,
      parent: (children: string) => `включает: ${children}`,
    },
  },
  search: {
    label: 'Поиск по названиям',
    placeholder: 'например: форум Шэньян, 沈阳论坛, семинар OR курсы',
    submit: 'Найти',
    pending: 'Обновление…',
    help: {
      summary: 'Как искать',
      rules: [
        'Русские слова находятся в любой форме: «форум», «форума» и «форумы» находят одни и те же пункты; буквы «е» и «ё», прописные и строчные не различаются.',
        'Китайские названия мест находятся и в русской транскрипции: «Шэньян», «Циндао», «Тяньцзинь».',
        'Фраза в кавычках («…» или "…") ищется точно в том виде, в каком написана, в названиях (и в заголовках категорий), а не по отдельным словам.',
        'Китайский текст можно вводить без пробелов: 沈阳论坛 найдёт названия, где есть и 沈阳, и 论坛. Полные иероглифы тоже подходят.',
        'Пиньинь сопоставляется целыми слогами: shen, shenyang и Shen Yang находят 沈阳, но shen не находит слог sheng.',
        'Английские слова ищутся в английском переводе названий от начала слова: forum, memo.',
        'OR (латиницей, прописными) между двумя словами находит названия с любым из них: семинар OR курсы; строчное or — обычное слово. Все остальные слова обязательны.',
        'Кроме самих названий, поиск просматривает заголовок категории каждого пункта и другие написания упомянутых в названии мест: 天津峰会 находит инициативы из категории «Инициативы, выдвинутые Китаем на Тяньцзиньском саммите», хотя в их названиях Тяньцзинь не упомянут. При сортировке по релевантности первыми идут пункты, в названии которых есть искомые слова.',
      ],
    },
  },
  outcomes: {
    title: 'Итоги',
    heading: 'Итоги',
    description:
      'Фильтрация, поиск и выгрузка итогов председательства Китая в ШОС по разделам, категориям, местам, типам, темам и годам.',
    filteredTitle: (filters: string) => `Итоги: ${filters}`,
    pagedTitle: (title: string, page: number) => `${title} (страница ${page})`,
    filteredDescription: (filters: string) => `Фильтры: ${filters}.`,
    quoted: (query: string) => quoted(query),
    viewSummary: (parts: readonly string[], count: number) =>
      [...parts, itemCount(count)].join(' · '),
    facetLogic:
      'Несколько значений одного фильтра объединяются через «или», разные фильтры — через «и». Число рядом со значением — сколько итогов имеют это значение при остальных фильтрах.',
    yearLabel: (year: string) => `${year} г.`,
    facets: {
      heading: 'Фильтры',
      names: {
        section: 'Раздел',
        category: 'Категория',
        place: 'Место',
        venue: 'Место проведения',
        type: 'Тип',
        topic: 'Тема',
        year: 'Год в названии',
        commitment: 'Обязательство',
        unit: 'Единица обязательства',
      },
      notes: {
        place:
          'Учитываются итоги, связанные с местом в любой роли: место проведения, участник, инициатор или предмет, включая места, входящие в него.',
        venue:
          'Учитываются только итоги, проведённые, принятые или выдвинутые в этом месте или в местах, входящих в него.',
      } as Readonly<Record<string, string>>,
      phrases: {
        venue: (place: string) => `${place} (место проведения)`,
      } as Readonly<Record<string, (name: string) => string>>,
      count: (count: number) => itemCount(count),
      inferredCount: (count: number) => `выведено: ${count}`,
      more: (count: number) => `ещё ${count}`,
      fewer: 'Свернуть',
      summary: (active: string) => (active === '' ? 'Фильтры' : `Фильтры: ${active}`),
      selected: ' (выбрано; нажмите ещё раз, чтобы снять)',
      unavailable: 'При текущих фильтрах результатов нет',
    },
    chips: {
      heading: 'Выбранные фильтры',
      remove: 'Снять',
      chip: (facet: string, value: string) => `${facet}: ${value}`,
      query: 'Поиск',
      clearAll: 'Сбросить все фильтры',
    },
    notices: {
      heading: 'Некоторые параметры адреса недопустимы и пропущены:',
      reasons: {
        invalid: 'недопустимое значение',
        'too-many': 'слишком много значений',
        repeated: 'параметр повторяется',
        'too-long': 'слишком длинное; обрезано',
        unknown: 'неизвестный параметр',
      },
      item: (param: string, value: string, reason: string) => `${param} = ${value} (${reason})`,
      didYouMean: { before: 'Возможно, вы имели в виду «', after: '»?' },
    },
    results: {
      heading: 'Результаты',
      status: (total: number) => `Найдено: ${outcomeCount(total)}`,
      statusPaged: (total: number, first: number, last: number) =>
        `Найдено: ${outcomeCount(total)}; показаны ${first}–${last}`,
      pageOutOfRange: (pages: number) =>
        `Эта страница лежит за пределами результатов (всего ${counted(pages, PAGE)}).`,
      firstPage: 'Вернуться на страницу 1',
      withSecondary: (type: string, secondary: string) => `${type} (а также ${secondary})`,
    },
    empty: {
      heading: 'Нет итогов, отвечающих этим фильтрам.',
      missing:
        'Текст, на котором основан каталог, неполон; пунктов со следующими номерами в нём нет:',
      missingRange: (category: string, items: string, declared: string) =>
        `${category}: ${items}${declared}`,
      declared: (count: number) => ` (по перечню — ${itemCount(count)})`,
      account: 'Чего не хватает в этой копии',
      drop: 'Снимите один фильтр:',
      dropOne: (condition: string, count: number) =>
        `Снять фильтр: ${condition} (${outcomeCount(count)})`,
      clear: 'Сбросить все фильтры и показать все итоги',
    },
    sort: {
      label: 'Сортировка',
      options: {
        relevance: 'По релевантности',
        section: 'В порядке перечня',
        number: 'По номеру',
        title: 'По названию (пиньинь)',
      },
    },
    pageSize: {
      label: 'На странице',
      option: (size: number) => `${size}`,
    },
    pagination: {
      label: 'Страницы',
      previous: 'Назад',
      next: 'Вперёд',
      page: (page: number) => `Страница ${page}`,
    },
    export: {
      heading: 'Выгрузка и подписка',
      csv: (count: number) => `Таблица CSV (${counted(count, ROW)})`,
      csvTruncated: (count: number, total: number) =>
        `Таблица CSV (первые ${count} из ${counted(total, OF_ROWS)})`,
      note: 'Выгружаются все итоги, отвечающие текущим фильтрам, а не только эта страница.',
      json: 'JSON',
      feed: 'Лента Atom',
      feedNote:
        'Лента: добавьте этот адрес в программу для чтения лент (например, Feedly, Thunderbird или расширение браузера), чтобы видеть изменения в итогах, отвечающих этим фильтрам; в браузере откроется исходный XML.',
      citations: 'Ссылки (RIS, BibTeX, CSL-JSON)',
      columns: {
        key: 'Идентификатор',
        section: 'Раздел',
        category: 'Категория',
        number: 'Номер',
        title: 'Название (на китайском, как напечатано)',
        titleTranslated: (language: string) => `Название (${language}, неофициальный перевод)`,
        type: 'Тип (выведено)',
        topics: 'Темы (выведено)',
        places: 'Связанные места (выведено; объемлющие регионы и страны не перечислены)',
        roles: 'Роли мест (выведено)',
        years: 'Годы в названии',
        commitments: 'Обязательства (выведено)',
        ordinals: 'Заседание или выпуск (выведено)',
        url: 'Адрес',
      },
      fileName: 'sco-outcomes',
    },
    share: {
      label: 'Ссылка на эту страницу',
      copy: 'Копировать ссылку',
      copied: 'Ссылка скопирована',
      failed: 'Не удалось скопировать ссылку автоматически; выделите её выше и скопируйте вручную.',
    },
    api: {
      invalidParameters: 'Недопустимые параметры запроса.',
      notFound: 'Такого пункта нет.',
      missing: (number: number) =>
        `${itemNumber(number)} входит в нумерацию перечня, но в копии перечня, на которой основан каталог, его текста нет.`,
    },
  },
  translation: {
    /** Beside a translated title: it is ours, not Xinhua's. */
    unofficial: 'неофициальный перевод',
    original: 'оригинал',
    none: '',
  },
  overview: {
    description: (dispatch: string) =>
      `Справочный каталог перечня итогов председательства Китая в Шанхайской организации сотрудничества в 2024–2025 годах (${dispatch}): просмотр и поиск по разделам, местам, темам и типам, карта, открытые данные и построчно сверяемый оригинал. Названия приводятся так, как они напечатаны, на китайском языке, с неофициальным переводом на русский.`,
    lead: (title: string) =>
      `Справочный каталог 《${title}》 — ${LIST_NAME}. Названия приводятся так, как они напечатаны, на китайском языке, с неофициальным переводом на русский.`,
    sectionCount: (count: number) => itemCount(count),
    waysIn: 'Как смотреть',
    byPlace: 'По местам',
    byType: 'По типам',
    byTopic: 'По темам',
    allPlaces: 'Все места',
    copy: {
      heading: 'Текст, на котором основан каталог',
      totals: (found: number, numbered: number) =>
        `В этой копии ${itemCount(found)}; судя по нумерации категорий, в перечне их ${numbered}.`,
      intro:
        'Для каждой категории: число, указанное в перечне, число пунктов в этой копии и номера, которых в ней нет. Полоса — это диапазон номеров категории: закрашено то, что есть в копии, пусто — то, чего нет; полоса ведёт к итогам этой категории.',
      declared: (count: number) => `В перечне указано: ${count}`,
      undeclared: 'Число в перечне не указано',
      numbered: (first: number, last: number) => itemNumbers(first, last),
      complete: 'Полностью',
      legendFound: 'Есть в копии',
      legendMissing: 'Нет в копии (судя по нумерации)',
      missingHeading: 'Чего нет в этой копии',
      missingRange: (category: string, items: string) => `${category}: ${items} — нет в копии`,
      none: 'В этой копии есть все пункты перечня.',
      details: 'Журнал разбора и построчный оригинал',
    },
    source: {
      heading: 'Источник',
      dispatch: 'Выходные данные сообщения',
      page: 'Газетная полоса',
      file: 'Файл',
      sha256: 'SHA-256',
    },
    topics: {
      heading: 'По темам',
      caption: 'Итоги по темам (один итог может относиться к нескольким темам)',
    },
    types: {
      heading: 'По типам',
      caption: 'Итоги по типам (второе мероприятие составного названия тоже учитывается)',
    },
  },
  chart: {
    zero: 'Нет пунктов',
  },
  map: {
    label: 'Карта мест, связанных с итогами',
    legendCity: 'Город',
    legendRegion: 'Провинция, штат или область (если ни один её город не отмечен)',
    legendCountry: 'Затронутая страна',
    legendVenue: 'Место проведения: здесь проведены итоговые мероприятия',
    note: 'Места определены каталогом по правилам (по названиям, документированным фактам, связанным пунктам и заголовкам категорий); положение на карте — приблизительный центр.',
    point: (name: string, count: number, venues: number) =>
      venues === 0
        ? `${name}: ${itemCount(count)}`
        : `${name}: ${itemCount(count)}, из них ${venues} ${formFor(venues, HELD)}`,
    list: 'Список мест',
  },
  places: {
    title: 'Места',
    description:
      'Регионы, страны, провинции и штаты, города, которых касаются итоги, сгруппированные по вхождению друг в друга, с числом итогов для каждого.',
    intro:
      'Места ниже определены по правилам: места и сокращения, названные в заголовках, подтверждённые постоянные сведения, связанные пункты, а также регионы и страны, в которые они входят. Числа — сколько итогов касаются места (включая места, входящие в него).',
    kinds: {
      'macro-region': 'Макрорегион',
      country: 'Страна',
      region: 'Провинция, штат или область',
      city: 'Город',
    } as Record<string, string>,
    parent: 'Входит в',
    children: 'Входящие места',
    aliases: 'Написание в названиях',
    named: (name: string) => `Итоги, в названиях которых упомянуто: ${name}`,
    inferredGroup: 'Итоги, связь которых с этим местом выведена',
    filtered: (count: number) =>
      `Итоги, связанные с этим местом в любой роли (${itemCount(count)})`,
    venues: (count: number) =>
      `Итоги, проведённые, принятые или выдвинутые здесь (${itemCount(count)})`,
    noVenues: 'Здесь не проводилось, не принималось и не выдвигалось ни одного итога.',
    more: (shown: number, total: number) => `Показаны первые ${shown} из ${total}.`,
    metaDescription: (name: string, count: number) =>
      `${name}: ${outcomeCount(count)}, связанных с этим местом.`,
  },
  outcome: {
    breadcrumb: 'Навигационная цепочка',
    facts: 'Сведения',
    section: 'Раздел',
    category: 'Категория',
    number: 'Номер',
    type: 'Тип',
    topics: 'Темы',
    places: 'Места',
    roles: {
      actor: (places: string) => `Инициатор: ${places}`,
      venue: {
        meetings: (places: string) => `Место проведения: ${places}`,
        documents: (places: string) => `Место принятия: ${places}`,
        initiatives: (places: string) => `Где выдвинута: ${places}`,
      },
      party: (places: string) => `Участники: ${places}`,
      subject: (places: string) => `Касается: ${places}`,
    },
    years: 'Годы в названии',
    noTopics: 'Не отнесено ни к одной теме',
    noPlaces: 'Место определить не удалось',
    noYears: 'Год в названии не указан',
    source: 'Источник',
    sourceLines: (file: string, lines: string) => `${file}, ${lines}`,
    related: {
      heading: 'Связанные пункты',
      produced: 'Итоги этого мероприятия',
      producedBy: 'Мероприятие, по итогам которого принят этот пункт',
      samePlace: 'Другие итоги, связанные с тем же местом',
      sameCategory: 'Соседние пункты той же категории',
    },
    sequence: 'Предыдущий и следующий пункты перечня',
    previous: 'Предыдущий',
    next: 'Следующий',
    metaDescription: (part: string, item: string, type: string, dispatch: string) =>
      `${part}, ${item}; тип: ${type}. Из перечня итогов председательства Китая в ШОС (${dispatch}).`,
    cite: {
      heading: 'Как ссылаться',
      intro: 'Ссылаясь на этот пункт, укажите перечень Синьхуа и постоянный адрес этой страницы:',
      line: (title: string, item: string, list: string, publication: string, url: string) =>
        `${title}. ${item}, перечень результатов «${list}», ${publication}. ${url}`,
      formats: 'Скачать ссылку: ',
    },
    missing: {
      title: (part: string, item: string) => `${part}, ${item} (нет в копии)`,
      heading: (part: string, item: string) => `${part}, ${item}: этого пункта нет в копии`,
      body: 'В перечне, опубликованном Синьхуа, этот номер есть, но в тексте, на котором основан сайт, формулировки этого пункта нет, поэтому показать здесь нечего.',
      category: 'Категория: ',
      browse: 'Пункты этой категории, которые есть в копии',
      source: 'Оригинал и журнал разбора',
    },
  },
  publication: {
    /** Синьхуа, Тяньцзинь, 1 сентября 2025 г.; Синьхуа when the copy has no dateline. */
    dispatch: (place: string | null, day: string | null) =>
      ['Синьхуа', place, day].filter((part) => part !== null).join(', '),
    yearFromFileName: (dispatch: string) => `${dispatch} (год выведен из имени файла)`,
    page: (day: string) => `газетная полоса от ${day}`,
    line: (dispatch: string, page: string | null) => (page ? `${dispatch} (${page})` : dispatch),
  },
  citation: {
    publisher: 'Информационное агентство Синьхуа',
    listTitle: LIST_TITLE,
    note: (item: string) => `${item}, в перечне итогов`,
  },
  feed: {
    title: (view: string) => `Итоги председательства Китая в ШОС: ${view}`,
    all: 'Все итоги',
  },
  source: {
    title: 'Исходный текст',
    description:
      'Полный текст, на котором основан каталог, с нумерацией строк и ссылками на каждую, с отметками пропущенных строк и причин и с журналом разбора простым языком.',
    intro:
      'Каталог построчно разобран из приведённого ниже текста. У каждой строки есть номер и ссылка (например, /source#L46), так что любой может проверить, откуда взят каждый итог.',
    facts: {
      file: 'Файл',
      sha256: 'SHA-256',
      dispatch: 'Выходные данные сообщения',
      page: 'Газетная полоса',
      yearFromPage: 'год взят из даты полосы',
      pageGiven: 'в копии не напечатана; указана при загрузке',
      ingested: 'Загружено',
      at: (at: Date) => russianMoment(at),
      lines: 'Строк',
    },
    how: {
      heading: 'Как составлен каталог',
      steps: [
        'Текст читается построчно; в нём выделяются заголовки разделов (一、二、三), заголовки категорий (（一）, （二） и «共N项», «всего N пунктов») и нумерованные пункты («24.»).',
        'Название, занимающее несколько строк, объединяется в один пункт; колонтитулы, пометки о переносе на другую полосу, выходные данные сообщения и текст других материалов той же полосы пропускаются, и каждый такой случай отмечен в оригинале ниже.',
        'Отсутствующие в оригинале заголовки выводятся по положению и нумерации и отмечаются в каталоге как «выведено»; пункты из пронумерованного диапазона, которых нет в копии, перечисляются поштучно.',
        'Места, тип, темы и годы каждого пункта выводятся из его названия по опубликованным правилам (перечень мест, постоянные сведения и правила классификации в папке data/).',
      ],
    },
    legend: {
      heading: 'Условные обозначения',
      item: 'Строка с пунктом (ссылка на пункт)',
    },
    skipped: {
      commentary: 'Текст других материалов той же полосы',
      'page-marker': 'Пометка о переносе на другую полосу',
      'page-header': 'Колонтитул полосы',
      dateline: 'Выходные данные сообщения',
      'list-title': 'Заголовок перечня (повтор)',
    },
    issues: {
      heading: 'Журнал разбора',
      intro:
        'Замеченные при разборе и устранённые неполадки в порядке их появления; номера строк ведут к оригиналу ниже.',
      parserSaid: 'Примечание программы разбора (на английском): ',
      countMismatch: (part: string, declared: number, found: number) =>
        `${part}: в перечне указано ${itemCount(declared)}, а в копии только ${found}.`,
      missingRange: (part: string, items: string) => `${part}: ${items} — нет в копии.`,
      duplicateNumber: (part: string, item: string) =>
        `${part}, ${item}: встречается в копии больше одного раза.`,
      inferredSection: (part: string) =>
        `Заголовка раздела ${quoted(part)} в копии нет; пункты отнесены к нему по положению.`,
      inferredCategory: (part: string) =>
        `Заголовка категории «${part}» в копии нет; её диапазон выведен из нумерации.`,
      fragmentPlaced: (part: string) =>
        `Перед этой группой пунктов нет заголовка раздела; по положению и нумерации она отнесена к разделу ${quoted(part)}.`,
      unplacedFragment:
        'Эту группу пунктов не удалось отнести ни к одному разделу; она не включена.',
      skippedLines: (what: string) => `${what}; не считается пунктом.`,
      datelineRemoved: (text: string) =>
        `Выходные данные ${quoted(text)} в конце пункта удалены из названия.`,
    },
    text: {
      heading: 'Полный текст',
      item: (part: string, item: string) => `${part}, ${item}`,
    },
  },
  numbers: {
    /** Exact, grouped as Russian groups thousands (a no-break space): 2 000 000 000. */
    quantity: (value: number) => RUSSIAN_NUMBER.format(value),
    ordinal: (value: number, kind: string) =>
      kind === 'edition' ? `${value}-й по счёту` : `${value}-е заседание`,
    inSeries: (ordinal: string, series: string) => `${series} (${ordinal})`,
    period: {
      year: (year: number) => `в ${year} г.`,
      'from-year': (year: number) => `с ${year} г.`,
      'next-years': (years: number) =>
        years === 1 ? 'на ближайший год' : `на ближайшие ${counted(years, YEAR)}`,
    },
    relation: {
      multiple: (units: string, times: number) =>
        `${units}: ${times === 2 ? 'вдвое больше (×2)' : `×${times}`}`,
      phase: (unit: string, phase: number) => `${unit}: этап ${phase}`,
    },
    readFrom: 'Взято из названия: ',
    commitments: 'Обязательства',
    ordinals: 'Заседание или выпуск',
    inferredCommitments:
      'Сумма, единица, вид и срок прочитаны из чисел и слов названия по опубликованным правилам; больше перечень о них ничего не сообщает.',
    inferredOrdinals: 'Прочитано из 第N次 (N-е заседание) и 第N届 (N-й по счёту) в названии.',
    page: {
      title: 'Обязательства',
      description:
        'Обязательства, записанные в названиях перечня, — суммы, единицы, виды и сроки — по единицам и видам; суммы складываются только в одной и той же единице.',
      intro:
        'Каждая сумма ниже прочитана из чисел и слов названия (20亿元 читается как 2 000 000 000 юаней) и ведёт к своему пункту. Суммы в разных единицах не складываются; относительные обязательства, например удвоение (翻一番) или второй этап (二期), перечислены отдельно и ни с чем не складываются.',
      total: 'Итого',
      noTotal: 'нечего складывать',
      kind: 'Вид',
      item: 'Пункт',
      words: 'Слова названия',
      period: 'Срок',
      value: 'Значение',
      items: (count: number) => itemCount(count),
      empty: 'Из названий этого каталога не прочитано ни одного обязательства.',
    },
  },
};

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 23 → 二十三: the ordinals the list prints before headings (below 100). */
function zhNumeral(value: number): string {
  const tens = Math.floor(value / 10);
  const units = ZH_DIGITS[value % 10] ?? '';
  if (tens === 0) return units;
  return `${tens === 1 ? '' : (ZH_DIGITS[tens] ?? '')}十${units}`;
}

const CHINESE_QUANTITY = new Intl.NumberFormat('zh-CN', {
  notation: 'compact',
  maximumFractionDigits: 20,
  useGrouping: false,
});

/** 2000000000 → 20亿, 10000 → 1万, 500 → 500: exact, whatever the size. */
function chineseQuantity(value: number): string {
  return CHINESE_QUANTITY.format(value);
}

/** A calendar day as Chinese prose writes it (2025年9月1日); days are stored as UTC midnight. */
const CHINESE_DAY = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 沈阳市、青岛市或天津市: the values one filter takes, any of which will do. */
const CHINESE_ALTERNATIVES = new Intl.ListFormat('zh-CN', { type: 'disjunction' });

/** A moment as Chinese prose writes it, in UTC, which it says: 2025年9月2日8时05分（协调世界时）. */
function chineseMoment(at: Date): string {
  const minutes = String(at.getUTCMinutes()).padStart(2, '0');
  return `${CHINESE_DAY.format(at)}${at.getUTCHours()}时${minutes}分（协调世界时）`;
}

/**
 * The language's names and the error boundaries' text are constants of their own: the boundary
 * that replaces the whole layout imports them alone, so its client bundle carries these strings
 * rather than every message.
 */
export const zhCNLocale = {
  /** BCP 47, for `<html lang>`, `hreflang` and number formats. */
  lang: 'zh-Hans',
  /** The language's own name, as the language switch shows it. */
  name: '中文',
  switchLabel: '语言',
  /** `list` joins names in running text: 沈阳、青岛. */
  listSeparator: '、',
  /** `clauses` joins whole statements in one cell: 举办地：青岛市；涉及：哈萨克斯坦共和国. */
  clauseSeparator: '；',
  /** Between words: Chinese runs words together, English spaces them. */
  wordSeparator: '',
  /** A day in running text: 2025年9月1日, never the ISO form (that stays in machine formats). */
  day: (day: Date) => CHINESE_DAY.format(day),
  /** The values chosen within one filter, any of which will do: 沈阳市、青岛市或天津市. */
  alternatives: (names: readonly string[]) => CHINESE_ALTERNATIVES.format(names),
};

export const zhCNError = {
  title: '出错了',
  heading: '页面暂时无法显示',
  body: '页面显示出错，请重试；如问题仍然存在，请返回首页。',
  reference: '错误编号',
  retry: '重试',
  home: '返回首页',
};

/**
 * Every piece of interface text, Chinese first. Another locale is a sibling file typed
 * `Messages` (so a missing or extra key fails the type check); components get the locale's
 * messages from lib/i18n/locale.ts and never hold text of their own.
 */
export const zhCN = {
  locale: zhCNLocale,
  site: {
    name: '中国担任上合组织轮值主席国成果目录',
    shortName: '主席国成果目录',
    description:
      '收录新华社发布的《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》各条目，可分类浏览、检索和导出。',
  },
  nav: {
    label: '主导航',
    overview: '概览',
    outcomes: '成果列表',
    places: '地点',
    commitments: '承诺',
    source: '所据文本',
  },
  skipLink: {
    toMain: '跳到主要内容',
    toResults: '跳到结果',
  },
  footer: {
    /** `publication` is publication.line's: 新华社天津2025年9月1日电；所据文本取自2025年9月2日报纸版面. */
    source: (publication: string) =>
      `资料来源：《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》，${publication}。`,
    inferred: '各条目的地点、类型和主题由本目录按规则自动推断，清单并未载明，可能有误。',
    version: (version: string, loaded: string) => `本目录版本${version}，${loaded}载入。`,
    stale: (since: Date) =>
      `自${chineseMoment(since)}起无法读取本目录的数据库，本页依据最后一次载入的数据生成，内容可能不是最新的。`,
    openData: '开放数据（Data Package格式）',
    api: 'JSON接口',
  },
  notFound: {
    title: '页面不存在',
    heading: '找不到这个页面',
    body: '您访问的页面不存在，可能已移动或网址有误。',
    home: '返回首页',
  },
  error: zhCNError,
  http: {
    methodNotAllowed: '本目录只读，仅接受GET和HEAD请求。',
    badPath: '网址无效：其中的百分号编码无法解码。',
    badTarget: '请求目标无效：仅接受本目录的路径。',
    uriTooLong: '网址过长，无法处理。',
    overloaded: '服务器繁忙，请稍后重试。',
    unavailable: '本目录的数据库尚未建立或无法读取，请稍后重试。',
    failed: '服务器内部错误。',
  },
  /**
   * The catalogue's names for the list's three parts. The copy prints 成果文件 and 合作倡议 but
   * lacks the first part's heading, so 会议和活动 is the catalogue's own name (shown as inferred).
   */
  sections: {
    meetings: '会议和活动',
    documents: '成果文件',
    initiatives: '合作倡议',
  },
  numbering: {
    /** 一、 before a part's name, as the list prints it. */
    section: (ordinal: number) => `${zhNumeral(ordinal)}、`,
    /** （一） before a category's heading, as the list prints it. */
    category: (ordinal: number) => `（${zhNumeral(ordinal)}）`,
    item: (number: number) => `第${number}项`,
    items: (first: number, last: number) =>
      first === last ? `第${first}项` : `第${first}—${last}项`,
    openItems: (first: number) => `第${first}项起`,
    count: (count: number) => `${count}项`,
    lines: (first: number, last: number) =>
      first === last ? `第${first}行` : `第${first}—${last}行`,
    /** 成果文件第68项 */
    itemIn: (section: string, number: number) => `${section}第${number}项`,
  },
  inferred: {
    mark: '推断',
    /** An inferred value where no mark can stand beside it (previews, descriptions, feeds). */
    marked: (value: string) => `${value}（推断）`,
    /** Shown once on every page that marks inferred values. */
    legend:
      '标有“推断”的类型、主题、地点等，是本目录按公开规则推断的（依据标题，地点还依据相关事实、关联条目和所属类别的标题），清单并未载明。',
    headingMissing: '缺少标题',
    sectionHeading: '所据文本缺少这一部分的标题，现有名称由本目录根据内容拟定。',
    categoryHeading: '所据文本缺少这一类别的标题，这里以编号范围指称。',
    places:
      '地点由规则推断，依据包括：标题提到的地点和简称、有据可查的相关事实、关联条目、所属类别的标题，以及上述地点所属的地区和国家。每个地点注明其在该条目中的角色：举办地、参与方、发起方或涉及对象。',
    type: '类型由标题推断。',
    topics: '主题由标题中的关键词推断。',
    total: '总数由各类别的编号范围推算，清单并未载明。',
    reasons: {
      named: '标题提到',
      abbreviation: (text: string) => `标题中的简称“${text}”`,
      fact: (fact: string) => `相关事实：${fact}`,
      /** `date` is formatted for prose (2025年9月1日). */
      factSource: (title: string, publisher: string, date: string) =>
        `（来源：${title}，${publisher}，${date}）`,
      linked: (item: string, title: string) => `关联条目${item}“${title}”提到这一地点`,
      heading: (heading: string, line: string) => `据所属类别的标题“${heading}”（${line}）`,
      parent: (children: string) => `包含${children}`,
    },
  },
  search: {
    label: '检索标题',
    placeholder: '例如：沈阳论坛、shenyang、培训班 OR 研修班',
    submit: '检索',
    pending: '正在更新……',
    help: {
      summary: '检索说明',
      rules: [
        '中文可连续输入，不必分词：输入沈阳论坛，会找出同时含有“沈阳”和“论坛”的标题；也可输入繁体字。',
        '检索完整短语，请加引号（“”、「」或英文双引号均可）：输入“民间友好论坛”，只找出原样含有这几个字的标题（或类别标题），而不是三个词分散出现的标题。',
        '拼音按完整音节匹配：shen、shenyang、Shen Yang均可；ai不会匹配“上海”中的hai，shen也不会匹配sheng。',
        '英文词从词首匹配标题译文，如forum、Shenyang、memo；一两个字母的词须是完整的词（an不会匹配and）；带连字符的词按整词匹配（people-to-people不会匹配People’s）。',
        '部分常用同义词也能检索到：RMB、renminbi可找到“人民币”（译文作yuan），aid可找到“援助”（译文作assistance），SME可找到“中小企业”。',
        '两个词之间加大写的OR，表示两者有其一即可，如：研修班 OR 培训班；小写的or不起这一作用。除此之外，输入的各词须同时出现。',
        '除标题本身外，检索也查找条目所属类别的标题和标题所提地点的其他写法：输入天津峰会，会找出“中方在天津峰会上提出的倡议”这一类别下的各项倡议，尽管其标题并未提到天津；输入中国，也会找出标题写作“中华人民共和国”的条目。按相关程度排序时，标题本身含有检索词的条目排在前面。',
      ],
    },
  },
  outcomes: {
    title: '成果列表',
    heading: '成果列表',
    description: '按部分、类别、地点、类型、主题和年份筛选、检索和导出轮值主席国工作成果。',
    filteredTitle: (filters: string) => `成果列表：${filters}`,
    pagedTitle: (title: string, page: number) => `${title}（第${page}页）`,
    filteredDescription: (filters: string) => `筛选条件：${filters}。`,
    quoted: (query: string) => `“${query}”`,
    /** The one-line summary of a view, as previews and feeds state it: 沈阳市 · 成果文件 · 5项 */
    viewSummary: (parts: readonly string[], count: number) => [...parts, `${count}项`].join(' · '),
    facetLogic:
      '同一筛选项内选择多个值时，符合其中任一值即可（或）；不同筛选项须同时满足（且）。各值旁的数字，是在其他筛选条件下具有该值的成果数。',
    yearLabel: (year: string) => `${year}年`,
    facets: {
      heading: '筛选',
      names: {
        section: '部分',
        category: '类别',
        place: '地点',
        venue: '举办地',
        type: '类型',
        topic: '主题',
        year: '标题所注年份',
        commitment: '承诺',
        unit: '承诺单位',
      },
      /** Under a facet's heading, what its counts count, where the heading alone may not say. */
      notes: {
        place:
          '计入以任何角色与该地点相关的成果（举办地、参与方、发起方或涉及对象），含其下属地点。',
        venue: '只计在该地点或其下属地点举办、通过或提出的成果。',
      } as Readonly<Record<string, string>>,
      /** A value in a view's title and summary, where its name alone would read as a place. */
      phrases: {
        venue: (place: string) => `在${place}举办`,
      } as Readonly<Record<string, (name: string) => string>>,
      count: (count: number) => `${count}项`,
      inferredCount: (count: number) => `其中${count}项为推断`,
      more: (count: number) => `展开其余${count}个`,
      fewer: '收起',
      summary: (active: string) => (active === '' ? '筛选条件' : `筛选条件：${active}`),
      selected: '（已选，再次点击取消）',
      unavailable: '在当前条件下没有结果',
    },
    chips: {
      heading: '已选条件',
      remove: '取消',
      chip: (facet: string, value: string) => `${facet}：${value}`,
      query: '关键词',
      clearAll: '清除全部条件',
    },
    notices: {
      heading: '部分网址参数无效，已忽略：',
      reasons: {
        invalid: '无效的值',
        'too-many': '值过多',
        repeated: '重复的参数',
        'too-long': '过长，已截断',
        unknown: '未知的参数',
      },
      item: (param: string, value: string, reason: string) => `${param} = ${value}（${reason}）`,
      /** Around the link to the nearest valid value: 您是不是要找“卫生健康”？ */
      didYouMean: { before: '您是不是要找“', after: '”？' },
    },
    results: {
      heading: '结果',
      status: (total: number) => `共${total}项成果`,
      statusPaged: (total: number, first: number, last: number) =>
        `共${total}项成果，显示第${first}—${last}项`,
      pageOutOfRange: (pages: number) => `此页超出结果范围（共${pages}页）。`,
      firstPage: '回到第1页',
      withSecondary: (type: string, secondary: string) => `${type}（兼${secondary}）`,
    },
    empty: {
      heading: '没有符合这些条件的成果。',
      missing: '本目录所据文本不完整，缺少以下编号的条目：',
      missingRange: (category: string, items: string, declared: string) =>
        `${category}：${items}${declared}`,
      /** The count as the list's heading prints it, with its measure word: （清单注明共24份） */
      declared: (count: number, measure: string) => `（清单注明共${count}${measure}）`,
      account: '查看所据文本缺少哪些内容',
      drop: '去掉一个条件：',
      dropOne: (condition: string, count: number) => `去掉${condition}（${count}项）`,
      clear: '清除全部条件，查看所有成果',
    },
    sort: {
      label: '排序',
      options: { relevance: '相关程度', section: '清单顺序', number: '编号', title: '标题拼音' },
    },
    pageSize: {
      label: '每页',
      option: (size: number) => `${size}项`,
    },
    pagination: {
      label: '分页',
      previous: '上一页',
      next: '下一页',
      page: (page: number) => `第${page}页`,
    },
    export: {
      heading: '下载与订阅',
      csv: (count: number) => `CSV表格（${count}项）`,
      csvTruncated: (count: number, total: number) => `CSV表格（前${count}项，共${total}项）`,
      note: '导出符合当前条件的全部成果，不限于本页。',
      json: 'JSON',
      feed: 'Atom订阅',
      feedNote:
        '订阅源：将此网址添加到阅读器（如Feedly、Thunderbird或浏览器扩展），即可看到符合这些筛选条件的成果的更新；直接在浏览器中打开只会显示XML代码。',
      citations: '引用格式（RIS、BibTeX、CSL-JSON）',
      columns: {
        key: '标识',
        section: '部分',
        category: '类别',
        number: '编号',
        title: '标题',
        /** The title's translation into a language, named in Chinese (英语). */
        titleTranslated: (language: string) => `标题译文（${language}）`,
        type: '类型（推断）',
        topics: '主题（推断）',
        places: '所涉地点（推断；不列其所在的地区和国家）',
        roles: '地点角色（推断）',
        years: '标题所注年份',
        commitments: '承诺（推断）',
        ordinals: '届次（推断）',
        url: '网址',
      },
      fileName: 'sco-outcomes',
    },
    share: {
      label: '本页链接',
      copy: '复制链接',
      copied: '已复制链接',
      failed: '无法自动复制，请手动选取上面的链接。',
    },
    api: {
      invalidParameters: '请求参数无效。',
      notFound: '没有此编号的成果。',
      missing: (number: number) =>
        `第${number}项在清单的编号范围内，但本目录所据文本缺少该条目的文字。`,
    },
  },
  translation: {
    /** Beside a translated title: it is ours, not Xinhua's. */
    unofficial: '非官方译文',
    original: '原标题',
    none: '',
  },
  overview: {
    /** `dispatch` is publication.dispatch's: 新华社天津2025年9月1日电. */
    description: (dispatch: string) =>
      `本目录收录《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》（${dispatch}）各条目，可按部分、地点、主题和类型浏览和检索，并提供地图、开放数据和可逐行核对的所据文本。`,
    lead: (title: string) => `本目录收录《${title}》各条目。`,
    sectionCount: (count: number) => `${count}项`,
    waysIn: '浏览方式',
    byPlace: '按地点',
    byType: '按类型',
    byTopic: '按主题',
    allPlaces: '全部地点',
    copy: {
      heading: '本目录所据文本',
      totals: (found: number, numbered: number) =>
        `所据文本含${found}项；按各类别编号推算，清单共${numbered}项。`,
      intro:
        '各类别依次列出：清单注明的数量、所据文本所见的数量，以及所据文本缺少的编号。每个条形代表该类别的全部编号，实心为所据文本所见，空心为缺少的部分；点击条形可查看该类别的成果列表。',
      /** The count as the list's heading prints it, with its measure word: 清单注明共24份. */
      declared: (count: number, measure: string) => `清单注明共${count}${measure}`,
      undeclared: '清单未注明数量',
      numbered: (first: number, last: number) => `编号${first}—${last}`,
      complete: '齐全',
      legendFound: '所据文本所见',
      legendMissing: '所据文本缺少（按编号推算）',
      missingHeading: '所据文本缺少的内容',
      missingRange: (category: string, items: string) => `${category}：所据文本缺少${items}`,
      none: '所据文本包含清单的全部条目。',
      details: '解析记录与逐行对照的所据文本',
    },
    source: {
      heading: '来源',
      dispatch: '电头',
      page: '报纸版面日期',
      file: '文件',
      sha256: 'SHA-256',
    },
    topics: { heading: '按主题', caption: '各主题的成果数（一项成果可属多个主题）' },
    types: { heading: '按类型', caption: '各类型的成果数（含复合标题中的第二项活动）' },
  },
  chart: {
    zero: '无',
  },
  map: {
    label: '成果相关地点地图',
    legendCity: '城市',
    legendRegion: '省、州、区（其下城市未标出时）',
    legendCountry: '涉及的国家',
    legendVenue: '举办地：有成果在此举办、通过或提出',
    note: '地点由本目录按规则推断（依据标题、相关事实、关联条目和所属类别的标题），标注位置为大致中心。',
    /** A point's name: its items of any role, and of those the ones that took place there. */
    point: (name: string, count: number, venues: number) =>
      venues === 0 ? `${name}：${count}项` : `${name}：${count}项，其中${venues}项以此为举办地`,
    list: '地点列表',
  },
  places: {
    title: '地点',
    description: '成果涉及的地区、国家、省州和城市，按所属关系分组，附各地点的成果数。',
    intro:
      '下列地点由规则推断，依据包括：标题提到的地点和简称、有据可查的相关事实、关联条目，以及上述地点所属的地区和国家。数字为涉及该地点（含下属地点）的成果数。',
    kinds: {
      'macro-region': '地区',
      country: '国家',
      region: '省、州、区',
      city: '城市',
    } as Record<string, string>,
    parent: '所属',
    children: '下属地点',
    aliases: '标题中的写法',
    named: (name: string) => `标题提到${name}的成果`,
    inferredGroup: '推断涉及这一地点的成果',
    filtered: (count: number) => `以任何角色涉及这一地点的成果（${count}项）`,
    /** The items that took place there, as the venue filter counts them; none is a plain line. */
    venues: (count: number) => `在这里举办、通过或提出的成果（${count}项）`,
    noVenues: '没有成果在这里举办、通过或提出。',
    more: (shown: number, total: number) => `这里列出前${shown}项，共${total}项。`,
    metaDescription: (name: string, count: number) =>
      `${name}：按规则推断涉及这一地点的成果共${count}项。`,
  },
  outcome: {
    breadcrumb: '所在位置',
    facts: '条目信息',
    section: '部分',
    category: '类别',
    number: '编号',
    type: '类型',
    topics: '主题',
    places: '地点',
    /** What part the item's places play, one line each (举办地：青岛市). */
    roles: {
      actor: (places: string) => `发起方：${places}`,
      venue: {
        meetings: (places: string) => `举办地：${places}`,
        documents: (places: string) => `通过地：${places}`,
        initiatives: (places: string) => `提出地：${places}`,
      },
      party: (places: string) => `参与方：${places}`,
      subject: (places: string) => `涉及：${places}`,
    },
    years: '标题所注年份',
    noTopics: '未归入任何主题',
    noPlaces: '无可推断的地点',
    noYears: '标题未注明年份',
    source: '出处',
    sourceLines: (file: string, lines: string) => `${file}，${lines}`,
    related: {
      heading: '相关条目',
      produced: '本次活动产生的成果',
      producedBy: '产生这项成果的活动',
      samePlace: '涉及同一地点的其他成果',
      sameCategory: '同一类别中的相邻条目',
    },
    sequence: '清单中的前后条目',
    previous: '上一条',
    next: '下一条',
    /** `type` comes marked as inferred: 论坛（推断）. */
    metaDescription: (part: string, item: string, type: string, dispatch: string) =>
      `${part}${item}，类型：${type}。出自《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》（${dispatch}）。`,
    cite: {
      heading: '引用',
      intro: '引用本条目时，请注明新华社发布的清单和本页的永久网址：',
      /** “标题”，《清单》成果文件第68项，新华社天津2025年9月1日电；……。网址 */
      line: (title: string, item: string, list: string, publication: string, url: string) =>
        `“${title}”，《${list}》${item}，${publication}。${url}`,
      formats: '下载引用格式：',
    },
    missing: {
      title: (part: string, item: string) => `${part}${item}（所据文本缺失）`,
      heading: (part: string, item: string) => `所据文本缺少${part}${item}`,
      body: '新华社发布的清单有这一编号，但本目录所据文本缺少该条目的文字，因此无内容可显示。',
      category: '所属类别：',
      browse: '浏览这一类别中所据文本收录的条目',
      source: '查看所据文本与解析记录',
    },
  },
  /**
   * The copy's publication, each fact named for what it is: Xinhua's dispatch of the list, as
   * the dateline closing it reads with the year it does not print, and the newspaper page the
   * copy was taken from. Days come formatted by locale.day.
   */
  publication: {
    /** 新华社天津2025年9月1日电; 新华社电 when the copy has no dateline. */
    dispatch: (place: string | null, day: string | null) => `新华社${place ?? ''}${day ?? ''}电`,
    /** A dispatch whose year came from the file's name, not from the page. */
    yearFromFileName: (dispatch: string) => `${dispatch}（年份据文件名推断）`,
    page: (day: string) => `${day}报纸版面`,
    line: (dispatch: string, page: string | null) =>
      page ? `${dispatch}；所据文本取自${page}` : dispatch,
  },
  citation: {
    publisher: '新华社',
    listTitle: '中国担任上海合作组织2024—2025年轮值主席国工作成果清单',
    note: (item: string) => `新华社所发清单中的${item}`,
  },
  feed: {
    title: (view: string) => `主席国成果目录：${view}`,
    all: '全部成果',
  },
  source: {
    title: '所据文本',
    description:
      '本目录所据文本的全文：逐行编号、可链接，标出未收录的行及原因，并以通俗的语言列出解析记录。',
    intro:
      '本目录由下列文本逐行解析而成。每行都有编号和链接（如/source#L46），任何人都可逐条核对成果的出处。',
    facts: {
      file: '文件',
      sha256: 'SHA-256',
      dispatch: '电头',
      page: '报纸版面日期',
      /** The dispatch's year, which its dateline does not print, read off the page. */
      yearFromPage: '年份取自报纸版面日期',
      /** A page date given when the copy was loaded, the copy printing none. */
      pageGiven: '所据文本未载，载入时指定',
      ingested: '载入时间',
      /** A moment in prose: 2025年9月2日8时05分（协调世界时）. */
      at: (at: Date) => chineseMoment(at),
      lines: '行数',
    },
    how: {
      heading: '本目录的制作方法',
      steps: [
        '逐行读取文本，识别部分标题（如“一、”）、类别标题（如“（一）”，及其后所注的“共N项”“共N份”）和编号条目（如“24.”）。',
        '跨行的标题合并为一条；页眉、转版标记、电头及同版其他报道的文字不予收录，在下方全文中逐类标出。',
        '所据文本缺少的标题，按位置和编号推断，在本目录中标为“推断”；编号范围内所据文本缺少的条目逐一列出。',
        '各条目的地点、类型、主题和年份，由公开的规则从标题推断（地名表、相关事实和分类规则见源代码的data文件夹）。',
      ],
    },
    legend: {
      heading: '图例',
      item: '条目所在的行（链接到该条目）',
    },
    skipped: {
      commentary: '同版其他报道的文字',
      'page-marker': '转版标记',
      'page-header': '版面页眉',
      dateline: '电头',
      'list-title': '清单标题（重复出现）',
    },
    issues: {
      heading: '解析记录',
      intro: '解析时发现并处理的问题，按出现顺序列出；行号链接到下方全文。',
      parserSaid: '解析器的英文说明：',
      /** `measure` is the heading's own measure word: 清单注明共24份. */
      countMismatch: (part: string, declared: number, found: number, measure: string) =>
        `${part}：清单注明共${declared}${measure}，所据文本只有${found}${measure}。`,
      missingRange: (part: string, items: string) => `${part}：所据文本缺少${items}。`,
      duplicateNumber: (part: string, item: string) => `${part}${item}在所据文本中出现不止一次。`,
      inferredSection: (part: string) =>
        `所据文本缺少“${part}”部分的标题，其条目按位置归入这一部分。`,
      inferredCategory: (part: string) => `所据文本缺少${part}的标题，其编号范围由推断得出。`,
      fragmentPlaced: (part: string) => `这一段条目之前没有部分标题，按位置和编号归入“${part}”。`,
      unplacedFragment: '这一段条目无法归入任何部分，未收录。',
      skippedLines: (what: string) => `${what}，未作为条目收录。`,
      datelineRemoved: (text: string) => `条目末尾的电头“${text}”已从标题中去除。`,
    },
    text: {
      heading: '全文',
      item: (part: string, item: string) => `${part}${item}`,
    },
  },
  numbers: {
    /** Exact, in the way Chinese writes large amounts: 20亿, 1万, 1000万. */
    quantity: (value: number) => chineseQuantity(value),
    ordinal: (value: number, kind: string) => `第${value}${kind === 'edition' ? '届' : '次'}`,
    /** The ordinal as part of its series: 上海合作组织成员国交通部长会议（第12次）. */
    inSeries: (ordinal: string, series: string) => `${series}（${ordinal}）`,
    period: {
      year: (year: number) => `${year}年`,
      'from-year': (year: number) => `${year}年起`,
      'next-years': (years: number) => `未来${years}年`,
    },
    /** A relation to what exists, with the name of what it is of (plural, then singular). */
    relation: {
      multiple: (units: string, times: number) => `${units}增至${times}倍`,
      phase: (unit: string, phase: number) => `${unit}第${phase}期`,
    },
    readFrom: '读自标题：',
    commitments: '承诺',
    ordinals: '届次',
    inferredCommitments:
      '数额、单位、类别和期限由标题中的数字与词语按公开规则读出，清单并未另行载明。',
    inferredOrdinals: '届次和所属系列由标题中的“第N次”“第N届”读出。',
    page: {
      title: '承诺一览',
      description:
        '清单标题中写明的承诺：数额、单位、类别和期限，按单位和类别汇总；只有单位相同的数额才相加。',
      intro:
        '以下数额均从标题中的数字与词语读出（如“20亿元”读作2,000,000,000元），每个数额都链接到所在条目。不同单位的数额从不相加；“翻一番”“二期”这样的相对承诺单独列出，不计入合计。',
      total: '合计',
      noTotal: '无可相加的数额',
      kind: '类别',
      item: '条目',
      words: '标题用语',
      period: '期限',
      value: '数值',
      items: (count: number) => `${count}项`,
      empty: '本目录的标题中没有读出承诺。',
    },
  },
};

/** The shape every locale file must have; string values are plain `string`, not literals. */
export type Messages = typeof zhCN;

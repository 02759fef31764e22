/**
 * Every piece of interface text, Chinese first. Another locale is a sibling file of the same
 * shape (`Messages`); components read only `messages` and never hold text of their own.
 */
export const zhCN = {
  locale: { lang: 'zh-CN', openGraph: 'zh_CN' },
  site: {
    name: '上合组织轮值主席国成果目录',
    shortName: '上合成果目录',
    description: '《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》的参考目录。',
  },
  nav: {
    label: '主导航',
    overview: '概览',
    outcomes: '成果列表',
    places: '地点',
    source: '来源',
  },
  skipLink: {
    toMain: '跳到主要内容',
    toResults: '跳到结果',
  },
  footer: {
    source:
      '资料来源：新华社 2025-09-02 发布的《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》。',
    inferred: '成果的地点、类型和主题由规则自动推断，并非原文所载，可能有误。',
  },
  home: {
    heading: '上合组织轮值主席国成果目录',
    building: '目录正在建设中。成果列表、地点和来源页面完成后将在此处提供。',
  },
  notFound: {
    title: '页面不存在',
    heading: '找不到这个页面',
    body: '您访问的地址不存在，可能已被移动或输入有误。',
    home: '返回首页',
  },
  error: {
    title: '出错了',
    heading: '页面暂时无法显示',
    body: '显示这个页面时出错。请重试；如果问题仍然存在，可返回首页。',
    reference: '错误编号',
    retry: '重试',
    home: '返回首页',
  },
  http: {
    methodNotAllowed: '本站只读：只接受 GET 和 HEAD 请求。',
  },
  outcomes: {
    title: '成果列表',
    heading: '成果列表',
    description: '按部分、类别、地点、类型、主题和年份筛选、搜索和导出轮值主席国工作成果。',
    filteredTitle: (filters: string) => `成果列表：${filters}`,
    pagedTitle: (title: string, page: number) => `${title}（第 ${page} 页）`,
    filteredDescription: (filters: string) => `筛选条件：${filters}。`,
    quoted: (query: string) => `“${query}”`,
    listSeparator: '、',
    facetLogic:
      '同一筛选项内的多个值为“或”的关系，不同筛选项之间为“且”的关系；每个值旁的数字是在其他已选条件下选中它后增加的结果数。',
    sectionNames: { meetings: '会议和活动', documents: '成果文件', initiatives: '合作倡议' },
    categoryLabel: (section: string, ordinal: string, heading: string | null) =>
      `${section}（${ordinal}）${heading ?? ''}`,
    yearLabel: (year: string) => `${year}年`,
    search: {
      label: '搜索标题',
      hint: '可输入中文（简体或繁体）、拼音或地名，例如：论坛、shenyang、瀋陽。多个中文词用空格分开，须同时出现。',
      submit: '搜索',
      pending: '正在更新…',
    },
    facets: {
      heading: '筛选',
      names: {
        section: '部分',
        category: '类别',
        place: '地点',
        type: '类型',
        topic: '主题',
        year: '年份',
      },
      count: (count: number) => `（${count} 项）`,
      selected: '已选，再次点击取消',
      unavailable: '在当前条件下没有结果',
    },
    chips: {
      heading: '已选条件',
      remove: (facet: string, value: string) => `取消 ${facet}：${value}`,
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
    },
    results: {
      heading: '结果',
      status: (total: number) => `共 ${total} 项成果`,
      statusPaged: (total: number, first: number, last: number) =>
        `共 ${total} 项成果，显示第 ${first}–${last} 项`,
      empty: '没有符合这些条件的成果。',
      emptyHint: '可以去掉一些筛选条件或换一个关键词再试。',
      clear: '清除全部条件，查看所有成果',
      pageOutOfRange: (pages: number) => `这一页超出了结果范围（共 ${pages} 页）。`,
      firstPage: '回到第 1 页',
      number: '编号',
      section: '部分',
      category: '类别',
      type: '类型',
      topics: '主题',
      places: '地点',
      year: '年份',
      none: '无',
      inferred: '推断',
      inferredNote:
        '标有“推断”的类型、主题和地点是本目录按公开规则根据标题自动推断的，并非原文所载，可能有误。',
    },
    sort: {
      label: '排序',
      options: { section: '清单顺序', number: '编号', title: '标题拼音' },
    },
    pagination: {
      label: '分页',
      previous: '上一页',
      next: '下一页',
      page: (page: number) => `第 ${page} 页`,
    },
    export: {
      link: (count: number) => `导出 CSV（${count} 条）`,
      linkTruncated: (count: number, total: number) => `导出 CSV（前 ${count} 条，共 ${total} 条）`,
      note: '导出全部符合当前条件的成果，不只是本页。',
      columns: {
        key: '标识',
        section: '部分',
        category: '类别',
        number: '编号',
        title: '标题',
        type: '类型（推断）',
        topics: '主题（推断）',
        places: '地点（推断）',
        years: '年份',
        url: '网址',
      },
      fileName: 'sco-outcomes',
    },
    api: {
      invalidParameters: '请求参数无效。',
      unknownParameter: '未知的参数',
      notFound: '没有这一项成果。',
      missing: (number: number) =>
        `第 ${number} 项在清单的编号范围内，但本目录所依据的清单副本缺少它的文字。`,
    },
  },
};

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangRuns } from '@/components/ui/lang-runs';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '@/lib/i18n/locale';

const ENGLISH = LOCALE_LIST.find((locale) => locale.key === 'en') as Locale;
const render = (locale: Locale, text: string) =>
  renderToStaticMarkup(createElement(LangRuns, { locale, text }));

describe('LangRuns', () => {
  it('marks each run of Chinese on an English page, title punctuation and years included', () => {
    expect(
      render(
        ENGLISH,
        'Source: 《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》 (Xinhua).',
      ),
    ).toBe(
      'Source: <span lang="zh-Hans">《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》</span> (Xinhua).',
    );
    expect(render(ENGLISH, 'e.g. 沈阳论坛, training OR 研修班')).toBe(
      'e.g. <span lang="zh-Hans">沈阳论坛</span>, training OR <span lang="zh-Hans">研修班</span>',
    );
  });

  it('leaves English alone, and Chinese pages as they are', () => {
    expect(render(ENGLISH, 'No Chinese here, 2024—2025.')).toBe('No Chinese here, 2024—2025.');
    expect(render(DEFAULT_LOCALE, '沈阳论坛 and forum')).toBe('沈阳论坛 and forum');
  });
});
